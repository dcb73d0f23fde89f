package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.Calibration;
import io.github.cptskit.aci.simulation.CalibrationResult;
import io.github.cptskit.aci.simulation.ModelParameters;
import io.github.cptskit.aci.simulation.PublicFigure;
import io.github.cptskit.aci.simulation.Simulation;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cpts calibrate}: fits the model's parameters to the public totals and writes them. */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {
            "Fits the uncertain model parameters to the public cash totals of 2022 and 2023 (importance weighting",
            "of prior draws, docs/simulation.md), keeps 2024 out of the fit as a check, and writes the fitted",
            "parameters for 'cpts simulate --params FILE'."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad input (file, option, rule)", "3:internal error"})
final class CalibrateCommand implements Callable<Integer> {

    @Mixin
    ModelOptions model = new ModelOptions();

    @Option(names = "--draws", description = "Prior draws (default: ${DEFAULT-VALUE})")
    int draws = 20_000;

    @Option(names = "--tolerance", description = "Relative tolerance of the fit (default: ${DEFAULT-VALUE})")
    double tolerance = 0.10;

    @Option(names = "--particles", description = "Particles of the posterior (default: ${DEFAULT-VALUE})")
    int particles = 1_000;

    @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the fitted parameters (default: ${DEFAULT-VALUE})")
    Path out = Path.of("cpts-calibration", "fitted-parameters.json");

    @Option(
            names = "--compare",
            paramLabel = "CHOICES",
            description = "Also fit other choices of years from the same prior draws and compare them, e.g."
                    + " 2022+2023,2023 (each choice's years joined by +)")
    String compare;

    @Override
    public Integer call() {
        Calibration.Settings settings;
        try {
            settings = new Calibration.Settings(seed, draws, tolerance, particles);
        } catch (IllegalArgumentException e) {
            throw new UserError(List.of(Problem.of(CliProblem.CALIBRATION_SETTINGS)));
        }
        model.priors = true;
        long started = System.nanoTime();
        Portfolio portfolio = model.portfolio();
        ModelParameters priors = model.parameters().priors();
        io.vavr.collection.Seq<PublicFigure> targets = model.targets();
        java.util.List<io.vavr.collection.Seq<PublicFigure>> choices = new java.util.ArrayList<>();
        java.util.List<String> labels = new java.util.ArrayList<>();
        choices.add(targets);
        labels.add("fit "
                + targets.filter(f -> f.role() == PublicFigure.Role.FIT)
                        .map(f -> String.valueOf(f.year()))
                        .distinct()
                        .mkString("+"));
        if (compare != null) {
            for (String choice : compare.split(",", -1)) {
                java.util.List<Integer> years = new java.util.ArrayList<>();
                for (String y : choice.split("\\+", -1)) {
                    try {
                        years.add(Integer.parseInt(y.strip()));
                    } catch (NumberFormatException e) {
                        throw new UserError(List.of(Problem.of(CliProblem.COMPARE_SYNTAX, compare)));
                    }
                }
                choices.add(Rules.orThrow(PublicFigure.fitting(targets, years)));
                labels.add("fit " + choice.strip());
            }
        }
        Simulation sim = Fits.calibrationSimulation(model.rules(), portfolio, priors, targets);
        AtomicInteger done = new AtomicInteger();
        boolean bar = System.console() != null;
        io.vavr.collection.Seq<CalibrationResult> results =
                Rules.orThrow(Calibration.compare(sim, io.vavr.collection.List.ofAll(choices), settings, d -> {
                    int n = done.incrementAndGet();
                    if (bar && (n % Math.max(1, draws / 50) == 0 || n == draws)) {
                        int pct = (int) (n * 100L / draws);
                        synchronized (System.err) {
                            System.err.print(
                                    "\r[" + "#".repeat(pct / 2) + " ".repeat(50 - pct / 2) + "] " + pct + " %");
                            if (n == draws) {
                                System.err.println();
                            }
                        }
                    }
                }));
        CalibrationResult r = results.head();
        PrintWriter o = Main.out();
        o.println("cptskit calibration — " + r.draws() + " prior draws, cash basis, portfolio " + portfolio.source()
                + (portfolio.synthetic() ? " (SYNTHETIC)" : "") + "; public figures: " + model.targetsSource());
        o.println("Method: " + r.posterior().method());
        if (r.effectiveSampleSize() < 100) {
            o.println("WARNING: effective sample size " + Math.round(r.effectiveSampleSize())
                    + " < 100: the figures are hard to reach under the priors; widen them or add draws.");
        }
        o.println();
        o.println("Public figures (M€): year, figure, role, prior P5-P95, posterior P5-P50-P95, inside");
        years(o, r);
        o.println();
        o.println("Parameters: prior P5 / P50 / P95  ->  posterior P5 / P50 / P95");
        for (CalibrationResult.ParameterFit p : r.parameters()) {
            var mp = p.parameter();
            o.printf(
                    Locale.ROOT,
                    "  %-38s %8s %8s %8s  ->  %8s %8s %8s  %s%n",
                    mp.name(),
                    mp.format(p.prior()[0]),
                    mp.format(p.prior()[1]),
                    mp.format(p.prior()[2]),
                    mp.format(p.posterior()[0]),
                    mp.format(p.posterior()[1]),
                    mp.format(p.posterior()[2]),
                    mp.unit());
        }
        o.println();
        o.println("Each choice of fitted years, from the same prior draws: ESS, then the posterior P50 [P5-P95] of each"
                + " public figure's year (M€) and of the ACI total's growth from the year before");
        for (int i = 0; i < results.size(); i++) {
            CalibrationResult c = results.get(i);
            o.printf(Locale.ROOT, "  %-16s ESS %6d%n", labels.get(i), Math.round(c.effectiveSampleSize()));
            years(o, c);
            for (CalibrationResult.YearTotal t : c.totals()) {
                if (t.posteriorGrowth().length == 3 && t.year() >= 2021) {
                    o.printf(
                            Locale.ROOT,
                            "      %d total %6.1f [%6.1f-%6.1f]  growth from %d: x%.2f [%.2f-%.2f] (prior x%.2f"
                                    + " [%.2f-%.2f])%n",
                            t.year(),
                            t.posteriorCents()[1] / 1e8,
                            t.posteriorCents()[0] / 1e8,
                            t.posteriorCents()[2] / 1e8,
                            t.year() - 1,
                            t.posteriorGrowth()[1],
                            t.posteriorGrowth()[0],
                            t.posteriorGrowth()[2],
                            t.priorGrowth()[1],
                            t.priorGrowth()[0],
                            t.priorGrowth()[2]);
                }
            }
        }
        o.println();
        o.println("The public totals may include money outside the ACI (FIR funding, support before signature): the"
                + " Sénat report does not say. Figures with coverage aci-and-other are compared with the ACI total /"
                + " (1 - chiffres.publics.part.hors.aci), " + priors.get("chiffres.publics.part.hors.aci")
                + "; tolerance " + Math.round(tolerance * 100) + " %.");
        o.println("The fit records the fingerprint of its inputs (model, priors, rules, portfolio, targets): "
                + r.posterior().inputs());
        ModelOptions.write(out, r.fitted().toJson());
        o.printf(Locale.ROOT, "%nWrote %s (%.1f s)%n", out, (System.nanoTime() - started) / 1e9);
        o.flush();
        return 0;
    }

    private static void years(PrintWriter o, CalibrationResult r) {
        for (CalibrationResult.YearFit y : r.years()) {
            o.printf(
                    Locale.ROOT,
                    "  %d  %6.1f  %-8s  %6.1f-%6.1f  %6.1f %6.1f %6.1f  %s  (%s)%n",
                    y.figure().year(),
                    y.figure().amountCents() / 1e8,
                    y.figure().role() == PublicFigure.Role.FIT ? "fitted" : "held out",
                    y.priorP5Cents() / 1e8,
                    y.priorP95Cents() / 1e8,
                    y.p5Cents() / 1e8,
                    y.p50Cents() / 1e8,
                    y.p95Cents() / 1e8,
                    y.inside() ? "inside" : "OUTSIDE",
                    y.figure().citation());
        }
    }
}
