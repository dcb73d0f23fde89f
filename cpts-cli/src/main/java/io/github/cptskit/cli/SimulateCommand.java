package io.github.cptskit.cli;

import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.simulation.AchievementDistribution;
import io.github.cptskit.aci.simulation.ScenarioSimulation;
import io.github.cptskit.aci.simulation.ScenarioSimulationResult;
import io.github.cptskit.aci.simulation.Summary;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpts simulate}: Monte Carlo of national ACI spending over a portfolio. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Monte Carlo simulation of ACI spending over a portfolio of CPTS (default: the bundled SYNTHETIC",
            "national portfolio). Variable-part achievements are drawn from a Beta distribution by default."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad input (file, option, rule)", "3:internal error"})
final class SimulateCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "PORTFOLIO", description = "Portfolio CSV (docs/cli.md); default: bundled")
    Path portfolioFile;

    @Option(
            names = "--year",
            description = "Calendar year whose contract years are simulated (default: ${DEFAULT-VALUE})")
    int year = 2025;

    @Option(names = "--draws", description = "Number of draws (default: ${DEFAULT-VALUE})")
    int draws = 10_000;

    @Option(names = "--seed", description = "Seed; the same seed gives the same result (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--distribution", description = "beta, uniform or fixed (default: ${DEFAULT-VALUE})")
    String distribution = "beta";

    @Option(names = "--alpha", description = "Beta alpha (default: ${DEFAULT-VALUE})")
    double alpha = 8;

    @Option(names = "--beta", description = "Beta beta (default: ${DEFAULT-VALUE}); mean = alpha / (alpha + beta)")
    double beta = 2;

    @Option(names = "--low", description = "Uniform lower rate, or the fixed rate (default: ${DEFAULT-VALUE})")
    String low = "0.5";

    @Option(names = "--high", description = "Uniform upper rate (default: ${DEFAULT-VALUE})")
    String high = "1";

    @Option(names = "--rules", paramLabel = "VERSION", description = "Rules up to this version: accord-2019, avenant-2")
    String rulesVersion;

    @Option(names = "--on", paramLabel = "DATE", description = "Rules in force that day (YYYY-MM-DD)")
    LocalDate on;

    @Option(
            names = "--set",
            paramLabel = "PARAM=VALUE",
            description = "Replace a figure, e.g. missions.acces.fixe.taille2=40000")
    java.util.List<String> sets = new java.util.ArrayList<>();

    @Option(
            names = "--reform",
            paramLabel = "FILE",
            description = "Rule file layered on the baseline, run side by side")
    Path reform;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write the CSV and SVG (default: ${DEFAULT-VALUE})")
    Path out = Path.of("cpts-simulation");

    @Option(names = "--progress", description = "Show a progress bar on stderr")
    boolean progress;

    @Override
    public Integer call() throws IOException {
        if (draws < 1 || draws > 10_000_000) {
            throw new UserError(List.of(
                    Problem.error("DRAWS_RANGE", "--draws entre 1 et 10 000 000", "--draws between 1 and 10,000,000")));
        }
        long started = System.nanoTime();
        Portfolio portfolio = portfolioFile == null ? Portfolio.bundled() : Portfolio.read(portfolioFile);
        TariffRules rules = Rules.build(rulesVersion, on, sets);
        AchievementDistribution dist = distribution();
        Seq<Scenario> scenarios = portfolio.scenarios(year);
        if (scenarios.isEmpty()) {
            throw new UserError(List.of(Problem.error(
                    "NO_CPTS_IN_YEAR",
                    "aucune CPTS signataire en " + year,
                    "no CPTS had signed the ACI by the end of " + year)));
        }
        ScenarioSimulation baseline = Rules.orThrow(ScenarioSimulation.of(rules, scenarios));
        ScenarioSimulation reformed =
                reform == null ? null : Rules.orThrow(ScenarioSimulation.of(Rules.withFile(rules, reform), scenarios));
        PrintWriter o = Main.out();
        banner(o, portfolio, baseline, scenarios.size());
        ScenarioSimulationResult base = run(baseline, dist, reformed == null ? 1 : 2, 0);
        ScenarioSimulationResult other = reformed == null ? null : run(reformed, dist, 2, 1);
        report(o, "Baseline", base);
        if (other != null) {
            report(o, "Reform (" + reform + ")", other);
            Summary d = base.difference(other);
            o.printf(
                    "Reform minus baseline, draw by draw: mean %s  P5 %s  P50 %s  P95 %s%n",
                    Svg.millions(d.meanCents()),
                    Svg.millions(d.p5Cents()),
                    Svg.millions(d.p50Cents()),
                    Svg.millions(d.p95Cents()));
        }
        write(base, other, baseline, portfolio);
        o.printf(
                "%nWrote %s and %s (%.1f s)%n",
                out.resolve("simulation-draws.csv"),
                out.resolve("simulation-distribution.svg"),
                (System.nanoTime() - started) / 1e9);
        o.flush();
        return 0;
    }

    private AchievementDistribution distribution() {
        switch (distribution) {
            case "beta" -> {
                if (!(alpha > 0 && beta > 0 && alpha < 1e6 && beta < 1e6)) {
                    throw new UserError(List.of(Problem.error(
                            "DISTRIBUTION_PARAMETERS",
                            "--alpha et --beta doivent être positifs",
                            "--alpha and --beta must be positive")));
                }
                return AchievementDistribution.beta(alpha, beta);
            }
            case "uniform" -> {
                Achievement lo = rate(low, "--low");
                Achievement hi = rate(high, "--high");
                if (lo.compareTo(hi) > 0) {
                    throw new UserError(List.of(Problem.error(
                            "DISTRIBUTION_PARAMETERS", "--low doit être ≤ --high", "--low must be <= --high")));
                }
                return AchievementDistribution.uniform(lo, hi);
            }
            case "fixed" -> {
                return AchievementDistribution.fixed(rate(low, "--low"));
            }
            default ->
                throw new UserError(List.of(Problem.error(
                        "DISTRIBUTION_UNKNOWN",
                        "distribution inconnue : " + distribution + " (beta, uniform, fixed)",
                        "unknown distribution: " + distribution + " (beta, uniform, fixed)")));
        }
    }

    private static Achievement rate(String text, String option) {
        var v = Achievement.parse(text);
        if (v.isInvalid()) {
            Problem p = v.getError();
            throw new UserError(
                    List.of(Problem.error(p.code(), option + " : " + p.messageFr(), option + ": " + p.messageEn())));
        }
        return v.get();
    }

    private ScenarioSimulationResult run(ScenarioSimulation sim, AchievementDistribution dist, int runs, int index) {
        AtomicInteger done = new AtomicInteger();
        boolean bar = progress || (System.console() != null && draws >= 1000);
        return sim.run(dist, seed, draws, d -> {
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

    private void banner(PrintWriter o, Portfolio portfolio, ScenarioSimulation sim, int size) {
        o.println(
                "cptskit ACI simulation — " + size + " CPTS-years in " + year + ", " + draws + " draws, seed " + seed);
        o.println("Portfolio: " + portfolio.source()
                + (portfolio.synthetic()
                        ? "  [SYNTHETIC: stands for the CPTS of France, not a list of real CPTS; docs/portfolio.md]"
                        : ""));
        o.println("Rules: " + sim.ruleVersions() + "; achievements: " + describe());
        if (!sim.unconfirmedParameters().isEmpty()) {
            o.println(
                    "WARNING: these figures are unconfirmed or estimated (docs/aci-estimates.md); supply real ones with");
            o.println("  --set PARAM=VALUE or a rules file (--reform FILE):");
            o.println("  " + sim.unconfirmedParameters().mkString(", "));
        }
        o.println();
    }

    private String describe() {
        return switch (distribution) {
            case "beta" ->
                "Beta(" + alpha + ", " + beta + "), mean "
                        + String.format(java.util.Locale.ROOT, "%.3f", alpha / (alpha + beta));
            case "uniform" -> "uniform[" + low + ", " + high + "]";
            default -> "fixed " + low;
        };
    }

    private static void report(PrintWriter o, String title, ScenarioSimulationResult r) {
        o.println(title + " — national total: mean " + Svg.millions(r.total().meanCents()) + "  P5 "
                + Svg.millions(r.total().p5Cents()) + "  P50 "
                + Svg.millions(r.total().p50Cents()) + "  P95 "
                + Svg.millions(r.total().p95Cents()));
        o.println("  fonctionnement + fixed parts: " + Svg.millions(r.fixedCents()) + "; variable parts: mean "
                + Svg.millions(r.variable().meanCents()));
        o.println("  by size band (mean / P5 / P95):");
        for (SizeBand b : SizeBand.values()) {
            Summary s = r.byBand().get(b).get();
            o.printf(
                    "    taille %d  %12s %12s %12s%n",
                    b.number(), Svg.millions(s.meanCents()), Svg.millions(s.p5Cents()), Svg.millions(s.p95Cents()));
        }
        o.println("  by region (mean / P5 / P95):");
        CommuneRegistry registry = CommuneRegistry.bundled();
        for (var e : r.byRegion()) {
            String name = registry.region(e._1).map(x -> x.name()).getOrElse(e._1);
            o.printf(
                    "    %-3s %-28s %12s %12s %12s%n",
                    e._1,
                    name,
                    Svg.millions(e._2.meanCents()),
                    Svg.millions(e._2.p5Cents()),
                    Svg.millions(e._2.p95Cents()));
        }
        o.println();
    }

    private void write(ScenarioSimulationResult base, ScenarioSimulationResult other, ScenarioSimulation sim, Portfolio portfolio)
            throws IOException {
        Files.createDirectories(out);
        StringBuilder csv = new StringBuilder();
        csv.append("# cptskit ACI simulation, year ")
                .append(year)
                .append(", seed ")
                .append(seed)
                .append(", ")
                .append(draws)
                .append(" draws, achievements ")
                .append(describe())
                .append('\n');
        csv.append("# portfolio: ")
                .append(portfolio.source())
                .append(portfolio.synthetic() ? " (SYNTHETIC)" : "")
                .append('\n');
        csv.append("# rules: ").append(sim.ruleVersions()).append('\n');
        csv.append(
                        "# unconfirmed or estimated figures used (supply real ones with --set PARAM=VALUE or a rules file): ")
                .append(sim.unconfirmedParameters().mkString(" "))
                .append('\n');
        csv.append(other == null ? "draw,total_eur\n" : "draw,total_eur,reform_total_eur,difference_eur\n");
        long[] t = base.totalsCents();
        long[] r = other == null ? null : other.totalsCents();
        for (int i = 0; i < t.length; i++) {
            csv.append(i + 1)
                    .append(',')
                    .append(java.math.BigDecimal.valueOf(t[i], 2).toPlainString());
            if (r != null) {
                csv.append(',')
                        .append(java.math.BigDecimal.valueOf(r[i], 2).toPlainString())
                        .append(',')
                        .append(java.math.BigDecimal.valueOf(r[i] - t[i], 2).toPlainString());
            }
            csv.append('\n');
        }
        Files.writeString(out.resolve("simulation-draws.csv"), csv, StandardCharsets.UTF_8);
        Summary s = base.total();
        Files.writeString(
                out.resolve("simulation-distribution.svg"),
                Svg.histogram(
                        t,
                        "ACI national spending " + year + " (" + sim.ruleVersions() + ")"
                                + (portfolio.synthetic() ? ", SYNTHETIC portfolio" : ""),
                        s.p5Cents(),
                        s.p50Cents(),
                        s.p95Cents()),
                StandardCharsets.UTF_8);
    }
}
