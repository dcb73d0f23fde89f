package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.AchievementDistribution;
import io.github.cptskit.aci.simulation.Basis;
import io.github.cptskit.aci.simulation.ModelParameters;
import io.github.cptskit.aci.simulation.PublicFigure;
import io.github.cptskit.aci.simulation.Simulation;
import io.github.cptskit.aci.simulation.SimulationResult;
import io.github.cptskit.aci.simulation.Summary;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cpts simulate}: national ACI spending by calendar year, with its uncertainty and the public figures. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "National simulation of ACI spending by calendar year (default: cash basis, 2020-2027, the bundled",
            "SYNTHETIC portfolio and the parameters fitted on the public totals of 2022 and 2023). Prints each",
            "year's P5-P50-P95 beside the public figures; writes CSV files and a fan chart (docs/simulation.md)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad input (file, option, rule)", "3:internal error"})
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    ModelOptions model = new ModelOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--years", paramLabel = "FIRST-LAST", description = "Calendar years (default: ${DEFAULT-VALUE})")
    String years = "2020-2027";

    @Option(names = "--year", paramLabel = "YEAR", description = "One calendar year (shorthand for --years Y-Y)")
    Integer year;

    @Option(
            names = "--basis",
            description = "cash (payments, as the public totals), accrual or contract-year (default: ${DEFAULT-VALUE})")
    String basis = "cash";

    @Option(names = "--draws", description = "Number of draws (default: ${DEFAULT-VALUE})")
    int draws = 10_000;

    @Option(names = "--seed", description = "Seed; the same seed gives the same result (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(
            names = "--distribution",
            description = "Base distribution of one achievement: beta (from the parameters), uniform or fixed")
    String distribution;

    @Option(names = "--alpha", description = "Beta alpha, with --distribution beta")
    Double alpha;

    @Option(names = "--beta", description = "Beta beta, with --distribution beta")
    Double beta;

    @Option(names = "--low", description = "Uniform lower rate, or the fixed rate (default: ${DEFAULT-VALUE})")
    String low = "0.5";

    @Option(names = "--high", description = "Uniform upper rate (default: ${DEFAULT-VALUE})")
    String high = "1";

    @Option(
            names = "--reform",
            paramLabel = "FILE",
            description = "Rule file layered on the baseline, run side by side on the same draws; repeat for"
                    + " several reforms, each compared with the baseline")
    java.util.List<Path> reforms = new java.util.ArrayList<>();

    @Option(
            names = "--batch",
            paramLabel = "FILE",
            description = "Scenario file: several named reforms and parameter sets run in one command, each compared"
                    + " with the baseline on the same draws (docs/cli.md)")
    Path batch;

    @Option(
            names = "--by-cpts-draws",
            paramLabel = "N",
            description = "How many draws the per-CPTS file simulation-cpts.csv summarises (default: ${DEFAULT-VALUE},"
                    + " at most --draws)")
    int byCptsDraws = 1_000;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write the CSV files and the chart (default: ${DEFAULT-VALUE})")
    Path out = Path.of("cpts-simulation");

    @Option(
            names = "--draws-out",
            paramLabel = "FILE",
            description = "Also write every draw's national total per year (CSV; gzip if FILE ends with .gz)")
    Path drawsOut;

    @Option(names = "--progress", description = "Show a progress bar on stderr")
    boolean progress;

    @Option(
            names = "--national",
            description = "The portfolio is every CPTS of France: compare it with the public figures (implied for the"
                    + " bundled portfolio; a partial portfolio is never compared with national totals)")
    boolean national;

    @Option(
            names = "--refit",
            paramLabel = "WHEN",
            description = "When the fit in use was made from other inputs: auto (refit if it takes under 30 s, else"
                    + " refuse), always (refit, however long it takes) or never (refuse) (default: ${DEFAULT-VALUE})")
    String refit = "auto";

    @Override
    public Integer call() {
        if (draws < 1 || draws > 10_000_000) {
            throw new UserError(List.of(Problem.of(CliProblem.DRAWS_RANGE)));
        }
        Fits.checkRefit(refit);
        int[] span = span(year, years);
        Basis b = basis(basis);
        long started = System.nanoTime();
        Portfolio portfolio = model.portfolio();
        TariffRules rules = model.rules();
        Seq<PublicFigure> figures = model.targets();
        // --reform files first, named after their files, then the scenario file's named scenarios.
        java.util.List<Path> files = new java.util.ArrayList<>(reforms);
        java.util.List<String> names = SimulationOutputs.names(reforms);
        if (batch != null) {
            for (BatchFile.Scenario s : BatchFile.read(batch, names)) {
                files.add(s.reform());
                names.add(s.name());
            }
        }
        java.util.List<io.github.cptskit.aci.simulation.Reform> read = new java.util.ArrayList<>();
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        for (Path file : files) {
            var v = io.github.cptskit.aci.simulation.Reform.read(
                    new java.io.StringReader(UserFiles.readText(file)), file.toString());
            if (v.isInvalid()) {
                problems.addAll(v.getError().toJavaList());
            } else {
                read.add(v.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(List.ofAll(problems));
        }
        if (byCptsDraws < 1) {
            throw new UserError(List.of(Problem.of(CliProblem.DRAWS_RANGE_BY_CPTS)));
        }
        boolean compare = national || portfolio.synthetic();
        ModelParameters given = model.parameters();
        Simulation baseline = build(rules, portfolio, given, b, span);
        Fits.Used fit = Fits.current(
                baseline, rules, compare ? portfolio : Portfolio.bundled(), given, figures, refit, model.fitOrigin());
        ModelParameters params = fit.parameters();
        if (params != given) { // refitted
            baseline = build(rules, portfolio, params, b, span);
        }
        java.util.List<Simulation> reformed = new java.util.ArrayList<>();
        for (io.github.cptskit.aci.simulation.Reform r : read) {
            reformed.add(build(Rules.orThrow(r.rules(rules)), portfolio, Rules.orThrow(r.parameters(params)), b, span));
        }
        PrintWriter o = Main.out();
        banner(o, portfolio, baseline, span, fit, compare);
        for (int i = 0; i < read.size(); i++) {
            var r = read.get(i);
            o.println("Reform " + names.get(i) + " (" + files.get(i) + "): from " + r.effective()
                    + (r.counterfactual()
                            ? ", counterfactual dropping " + r.dropped(rules).mkString(", ")
                            : "")
                    + (r.changesModel() ? ", changes model parameters" : ""));
        }
        int runs = 1 + reformed.size();
        SimulationResult base = run(baseline, runs, 0);
        java.util.List<SimulationOutputs.Reform> others = new java.util.ArrayList<>();
        for (int i = 0; i < reformed.size(); i++) {
            others.add(new SimulationOutputs.Reform(names.get(i), files.get(i), run(reformed.get(i), runs, i + 1)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        table(o, base, compare ? figures : io.vavr.collection.List.empty(), compare, portfolio);
        for (SimulationOutputs.Reform other : others) {
            o.println();
            o.println("Reform " + other.name() + " (" + other.file() + ") minus baseline, on the same draws (M€):");
            o.println("  year        mean          P5         P50         P95");
            for (int y : base.years()) {
                Summary d = base.difference(other.result(), y);
                o.printf(
                        Locale.ROOT,
                        "  %d  %10s  %10s  %10s  %10s%n",
                        y,
                        m(d.meanCents()),
                        m(d.p5Cents()),
                        m(d.p50Cents()),
                        m(d.p95Cents()));
            }
            o.println("  (every component, size band, mission and region: rows " + other.name()
                    + "_minus_baseline of simulation-summary.csv)");
        }
        details(o, base, span[1]);
        int cptsDraws = Math.min(byCptsDraws, draws);
        SimulationOutputs.write(out, base, others, portfolio, figures, compare, drawsOut, cptsDraws);
        java.util.Map<String, Path> written = new java.util.TreeMap<>();
        for (String name : SimulationOutputs.files(!others.isEmpty())) {
            written.put(name, out.resolve(name));
        }
        if (drawsOut != null) {
            written.put(drawsOut.getFileName().toString(), drawsOut);
        }
        ModelOptions.write(
                out.resolve("run.json"),
                Provenance.json(
                        spec.commandLine().getParseResult().originalArgs(),
                        base,
                        portfolio,
                        model,
                        others,
                        batch,
                        cptsDraws,
                        written,
                        fit,
                        describe(),
                        compare));
        o.printf(
                Locale.ROOT,
                "%nWrote %s (%s, run.json)%s (simulation %.1f s)%n",
                out,
                String.join(", ", SimulationOutputs.files(!others.isEmpty())),
                drawsOut == null ? "" : " and " + drawsOut,
                seconds);
        o.flush();
        return 0;
    }

    static int[] span(Integer year, String years) {
        if (year != null) {
            return new int[] {year, year};
        }
        String[] parts = years.split("-");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            }
            if (parts.length == 1) {
                int y = Integer.parseInt(parts[0].strip());
                return new int[] {y, y};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(List.of(Problem.of(CliProblem.YEARS_SYNTAX, years)));
    }

    static Basis basis(String name) {
        return Basis.ofName(name)
                .getOrElseThrow(() -> new UserError(List.of(Problem.of(CliProblem.BASIS_UNKNOWN, name))));
    }

    private Simulation build(TariffRules rules, Portfolio portfolio, ModelParameters params, Basis b, int[] span) {
        Simulation.Builder sb = Simulation.builder(rules, portfolio.signatories())
                .parameters(params)
                .basis(b)
                .years(span[0], span[1]);
        AchievementDistribution d = distribution();
        if (d != null) {
            sb.achievements(d);
        }
        return Rules.orThrow(sb.build());
    }

    private AchievementDistribution distribution() {
        if (distribution == null) {
            return null;
        }
        switch (distribution) {
            case "beta" -> {
                if (alpha == null || beta == null) {
                    return null; // from the parameters' mean and concentration
                }
                if (!(alpha > 0 && beta > 0 && alpha < 1e6 && beta < 1e6)) {
                    throw new UserError(List.of(Problem.of(CliProblem.DISTRIBUTION_PARAMETERS)));
                }
                return AchievementDistribution.beta(alpha, beta);
            }
            case "uniform" -> {
                Achievement lo = rate(low, "--low");
                Achievement hi = rate(high, "--high");
                if (lo.compareTo(hi) > 0) {
                    throw new UserError(List.of(Problem.of(CliProblem.DISTRIBUTION_PARAMETERS_RANGE)));
                }
                return AchievementDistribution.uniform(lo, hi);
            }
            case "fixed" -> {
                return AchievementDistribution.fixed(rate(low, "--low"));
            }
            default -> throw new UserError(List.of(Problem.of(CliProblem.DISTRIBUTION_UNKNOWN, distribution)));
        }
    }

    private static Achievement rate(String text, String option) {
        var v = Achievement.parse(text);
        if (v.isInvalid()) {
            Problem p = v.getError().head(); // parse reports one problem
            throw new UserError(List.of(new Problem(
                    p.code(),
                    p.severity(),
                    option + " : " + p.messageFr(),
                    option + ": " + p.messageEn(),
                    p.reference(),
                    p.location())));
        }
        return v.get();
    }

    private SimulationResult run(Simulation sim, int runs, int index) {
        AtomicInteger done = new AtomicInteger();
        boolean bar = progress || (System.console() != null && draws >= 1000);
        // The per-CPTS file's draws are run once, for both the national series and the file's rows.
        return sim.run(seed, draws, Math.min(byCptsDraws, draws), d -> {
            int n = done.incrementAndGet();
            if (bar && (n % Math.max(1, draws / 50) == 0 || n == draws)) {
                int pct = (int) ((index * 100L + n * 100L / draws) / runs);
                synchronized (System.err) {
                    System.err.print("\r[" + "#".repeat(pct / 2) + " ".repeat(50 - pct / 2) + "] " + pct + " %");
                    if (pct == 100) {
                        System.err.println();
                    }
                }
            }
        });
    }

    String describe() {
        return distribution == null ? "Beta around the parameters' mean" : distribution;
    }

    private void banner(
            PrintWriter o, Portfolio portfolio, Simulation sim, int[] span, Fits.Used fit, boolean compare) {
        o.println("cptskit ACI simulation — " + sim.basis().cliName() + " basis, " + span[0] + "–" + span[1] + ", "
                + draws + " draws, seed " + seed + ", " + sim.size() + " CPTS");
        o.println("Portfolio: " + portfolio.source()
                + (portfolio.synthetic()
                        ? "  [SYNTHETIC: stands for the CPTS of France, not a list of real CPTS; docs/portfolio.md]"
                        : "")
                + (compare ? "" : "  [not the national portfolio: public figures not compared; --national if it is]"));
        o.println("Rules by year: "
                + sim.rulesByYear().map(e -> e._1 + " " + e._2).mkString(", "));
        o.println("Model parameters: " + fit.statement());
        o.println("Public figures: " + model.targetsSource());
        for (Problem w : sim.warnings()) {
            o.println("WARNING: " + w.messageEn());
        }
        o.println("WARNING: the result rests on estimated or unconfirmed figures (docs/aci-estimates.md,"
                + " docs/simulation.md); their ranges are drawn in every draw. Supply real ones with --set, --params or a"
                + " rules file:");
        o.println("  " + compact(sim.unconfirmed()).mkString(", ") + " ("
                + sim.unconfirmed().size() + " in all, listed one by one in run.json)");
        o.println();
    }

    /**
     * The figures grouped for a reader: the four bands of one amount as one entry
     * ({@code missions.acces.fixe.taille1-4}), the model parameters by name with their confidence.
     */
    static Seq<String> compact(Seq<String> names) {
        java.util.Map<String, java.util.SortedSet<String>> bands = new java.util.LinkedHashMap<>();
        for (String n : names) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("^(.*\\.taille)(\\d)$").matcher(n);
            String key = m.matches() ? m.group(1) : n;
            bands.computeIfAbsent(key, k -> new java.util.TreeSet<>());
            if (m.matches()) {
                bands.get(key).add(m.group(2));
            }
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        bands.forEach((k, v) -> {
            boolean contiguous =
                    !v.isEmpty() && Integer.parseInt(v.last()) - Integer.parseInt(v.first()) == v.size() - 1;
            out.add(
                    v.isEmpty()
                            ? k
                            : v.size() == 1
                                    ? k + v.first()
                                    : contiguous ? k + v.first() + "-" + v.last() : k + String.join(",", v));
        });
        return io.vavr.collection.List.ofAll(out);
    }

    private void table(
            PrintWriter o, SimulationResult r, Seq<PublicFigure> figures, boolean compare, Portfolio portfolio) {
        o.println("National total by calendar year, " + r.simulation().basis().cliName() + " basis (M€):");
        o.println("  year      P5     P50     P95    mean  MC s.e.   public figure");
        for (int y : r.years()) {
            Summary s = r.total(y);
            Seq<SimulationResult.FigureCheck> checks = r.checks(figures.filter(f -> f.year() == y));
            String first = checks.isEmpty() ? "" : figure(checks.head(), r);
            o.printf(
                    Locale.ROOT,
                    "  %d  %6.1f  %6.1f  %6.1f  %6.1f  %7.2f   %s%n",
                    y,
                    s.p5Cents() / 1e8,
                    s.p50Cents() / 1e8,
                    s.p95Cents() / 1e8,
                    s.meanCents() / 1e8,
                    r.standardErrorCents(y) / 1e8,
                    first);
            for (SimulationResult.FigureCheck c : checks.drop(1)) {
                o.printf(Locale.ROOT, "  %59s%s%n", "", figure(c, r));
            }
        }
        if (r.simulation().basis() != Basis.CASH && compare) {
            o.println("  Public figures not comparable on this basis: they are payments (cash basis).");
        }
        if (!compare) {
            o.println("  Public figures not shown: they are national totals and this portfolio of "
                    + portfolio.entries().size() + " CPTS is not the national one (--national if it is).");
        }
        o.println("  P5-P95: the model's uncertainty (parameters, estimated figures, achievements); MC s.e.: the"
                + " sampling noise of the mean.");
        if (!r.exactPercentiles()) {
            o.printf(
                    Locale.ROOT,
                    "  Above %,d draws the percentiles of the breakdowns (components, bands, missions, regions) are"
                            + " streamed: within %.4f %% of the exact ones; the national total's stay exact.%n",
                    Simulation.EXACT_DRAWS,
                    100 * Simulation.SKETCH_RELATIVE_ERROR);
        }
        o.println("  The public totals may include money outside the ACI (FIR funding, support before signature): the"
                + " Sénat report does not say. The letter-of-intent support and the fonctionnement uplift are counted"
                + " as switchable parts (lettre.intention.active, majoration.fonctionnement.active).");
    }

    private static String figure(SimulationResult.FigureCheck c, SimulationResult r) {
        PublicFigure f = c.figure();
        String role = switch (f.role()) {
            case FIT -> "fitted";
            case HELD_OUT -> "held out";
            case CONTEXT -> "context";
        };
        var share = r.simulation().parameters().get("chiffres.publics.part.hors.aci");
        if (f.coverage() == PublicFigure.Coverage.ACI_AND_OTHER && (share.uncertain() || share.central() != 0)) {
            role += ", vs ACI / (1 - non-ACI share)";
        }
        String verdict = c.inside() ? "inside P5-P95" : "OUTSIDE P5-P95";
        return String.format(
                Locale.ROOT, "%.1f [%s, %s] %s — %s", f.amountCents() / 1e8, role, f.confidence(), verdict, f.source());
    }

    private static void details(PrintWriter o, SimulationResult r, int y) {
        o.println();
        o.println(y + " by component (mean M€): "
                + SimulationResult.COMPONENTS
                        .map(c -> c + " " + m(r.component(y, c).meanCents()))
                        .mkString(", "));
        o.println(y + " by size band (mean / P5 / P95, M€):");
        for (SizeBand band : SizeBand.values()) {
            Summary s = r.band(y, band);
            o.printf(
                    Locale.ROOT,
                    "    taille %d  %10s %10s %10s%n",
                    band.number(),
                    m(s.meanCents()),
                    m(s.p5Cents()),
                    m(s.p95Cents()));
        }
    }

    static String m(long cents) {
        return String.format(Locale.ROOT, "%.1f", cents / 1e8);
    }
}
