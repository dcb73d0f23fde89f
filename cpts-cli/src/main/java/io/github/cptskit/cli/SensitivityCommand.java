package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.Basis;
import io.github.cptskit.aci.simulation.Sensitivity;
import io.github.cptskit.aci.simulation.SensitivityResult;
import io.github.cptskit.aci.simulation.Simulation;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cpts sensitivity}: which uncertain parameters move a year's national total. */
@Command(
        name = "sensitivity",
        mixinStandardHelpOptions = true,
        description = {
            "Sensitivity of a year's national total to the uncertain model parameters: a tornado (each parameter",
            "at its low and high end, the others central) and Sobol first-order and total indices (Saltelli",
            "sampling). Writes CSV files and an SVG tornado chart (docs/simulation.md)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad input (file, option, rule)", "3:internal error"})
final class SensitivityCommand implements Callable<Integer> {

    @Mixin
    ModelOptions model = new ModelOptions();

    @Option(names = "--year", description = "Calendar year analysed (default: ${DEFAULT-VALUE})")
    int year = 2025;

    @Option(names = "--basis", description = "cash, accrual or contract-year (default: ${DEFAULT-VALUE})")
    String basis = "cash";

    @Option(names = "--tornado-draws", description = "Draws behind each tornado point (default: ${DEFAULT-VALUE})")
    int tornadoDraws = 200;

    @Option(
            names = "--sobol-rows",
            description = "N of Saltelli's scheme; 0 skips the indices (default: ${DEFAULT-VALUE})")
    int sobolRows = 2048;

    @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(
            names = "--analyse",
            paramLabel = "WHAT",
            description =
                    "prior, posterior (the fit's marginals) or both (default: ${DEFAULT-VALUE}; both needs a fit)")
    String on = "both";

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE})")
    Path out = Path.of("cpts-sensitivity");

    @Override
    public Integer call() {
        if (year < 2019
                || year > 2100
                || tornadoDraws < 1
                || tornadoDraws > 100_000
                || sobolRows < 0
                || sobolRows > 100_000) {
            throw new UserError(List.of(Problem.of(CliProblem.SENSITIVITY_SETTINGS)));
        }
        if (!java.util.Set.of("prior", "posterior", "both").contains(on)) {
            throw new UserError(List.of(Problem.of(CliProblem.SENSITIVITY_ANALYSE_UNKNOWN, on)));
        }
        Basis b = SimulateCommand.basis(basis);
        long started = System.nanoTime();
        Portfolio portfolio = model.portfolio();
        Simulation sim = Rules.orThrow(Simulation.builder(model.rules(), portfolio.signatories())
                .parameters(model.parameters())
                .basis(b)
                .years(Math.max(2019, Math.min(year, 2020)), year)
                .build());
        boolean fitted = sim.parameters().posterior().isDefined();
        if (on.equals("posterior") && !fitted) {
            throw new UserError(
                    List.of(Problem.of(CliProblem.SENSITIVITY_ANALYSE_UNKNOWN, on + " (no fit: --priors)")));
        }
        java.util.List<Boolean> which = new java.util.ArrayList<>();
        if (!on.equals("posterior")) {
            which.add(false);
        }
        if (!on.equals("prior") && fitted) {
            which.add(true);
        }
        PrintWriter o = Main.out();
        CsvOut tornado = new CsvOut()
                .header(
                        "distribution",
                        "parameter",
                        "unit",
                        "low_value",
                        "high_value",
                        "mean_total_at_low_eur",
                        "mean_total_at_high_eur",
                        "swing_eur");
        CsvOut sobol = new CsvOut()
                .header(
                        "distribution",
                        "parameter",
                        "first_order",
                        "first_order_p5",
                        "first_order_p95",
                        "total",
                        "total_p5",
                        "total_p95");
        java.util.List<Svg.Bar> bars = new java.util.ArrayList<>();
        long centralForChart = 0;
        o.println("cptskit sensitivity — " + year + ", " + b.cliName() + " basis, portfolio " + portfolio.source()
                + (portfolio.synthetic() ? " (SYNTHETIC)" : "") + "; "
                + sim.parameters().uncertain().size()
                + " uncertain parameters; Sobol N = " + sobolRows + " (" + sobolRows + " x (k + 2) runs each)");
        for (boolean posterior : which) {
            String label = posterior ? "posterior" : "prior";
            SensitivityResult r = Sensitivity.run(
                    sim, year, new Sensitivity.Settings(seed, tornadoDraws, sobolRows, 200), posterior, n -> {});
            o.println();
            o.println(
                    posterior
                            ? "ON THE FITTED POSTERIOR (each fitted parameter drawn from its marginal, independently: the"
                                    + " fit's correlations are left out)"
                            : "ON THE PRIORS");
            o.printf(
                    Locale.ROOT,
                    "Central value: %.1f M€ (mean of %d draws)%n",
                    r.centralMeanCents() / 1e8,
                    tornadoDraws);
            o.println("Tornado (mean national total, M€): parameter, low end -> total, high end -> total, swing");
            for (Sensitivity.TornadoBar t : r.tornado()) {
                var p = t.parameter();
                o.printf(
                        Locale.ROOT,
                        "  %-38s %8s -> %7.1f   %8s -> %7.1f   %+7.1f%n",
                        p.name(),
                        p.format(t.lowValue()),
                        t.lowMeanCents() / 1e8,
                        p.format(t.highValue()),
                        t.highMeanCents() / 1e8,
                        t.swingCents() / 1e8);
                tornado.text(label)
                        .text(p.name())
                        .text(p.unit())
                        .text(p.format(t.lowValue()))
                        .text(p.format(t.highValue()))
                        .number(SimulationOutputs.eur(t.lowMeanCents()))
                        .number(SimulationOutputs.eur(t.highMeanCents()))
                        .number(SimulationOutputs.eur(t.swingCents()))
                        .end();
                if (!posterior) {
                    bars.add(new Svg.Bar(
                            p.name() + " [" + p.format(p.low()) + "–" + p.format(p.high()) + " " + p.unit() + "]",
                            t.lowMeanCents(),
                            t.highMeanCents()));
                    centralForChart = r.centralMeanCents();
                }
            }
            if (!r.sobol().isEmpty()) {
                o.println("Sobol indices (share of the variance of the total), largest total first; bootstrap 90 %"
                        + " intervals:");
                o.println("  parameter                               first order (90 % CI)       total (90 % CI)");
                for (Sensitivity.SobolIndex x : r.sobol()) {
                    o.printf(
                            Locale.ROOT,
                            "  %-38s %6.3f (%6.3f, %6.3f)    %6.3f (%6.3f, %6.3f)%n",
                            x.parameter().name(),
                            x.firstOrder(),
                            x.firstLow(),
                            x.firstHigh(),
                            x.withInteractions(),
                            x.withInteractionsLow(),
                            x.withInteractionsHigh());
                    sobol.text(label).text(x.parameter().name());
                    for (double v : new double[] {
                        x.firstOrder(),
                        x.firstLow(),
                        x.firstHigh(),
                        x.withInteractions(),
                        x.withInteractionsLow(),
                        x.withInteractionsHigh()
                    }) {
                        sobol.number(String.format(Locale.ROOT, "%.4f", v));
                    }
                    sobol.end();
                }
                o.printf(
                        Locale.ROOT,
                        "  smallest first-order index: %.3f%n",
                        r.sobol().map(Sensitivity.SobolIndex::firstOrder).min().getOrElse(0.0));
            }
        }
        ModelOptions.write(out.resolve("sensitivity-tornado.csv"), tornado.toString());
        if (sobolRows > 0) {
            ModelOptions.write(out.resolve("sensitivity-sobol.csv"), sobol.toString());
        }
        ModelOptions.write(
                out.resolve("sensitivity-tornado.svg"),
                Svg.tornado(
                        "What moves national ACI spending in " + year + " (" + b.cliName() + " basis)",
                        (portfolio.synthetic() ? "SYNTHETIC portfolio; " : "")
                                + "each parameter at the low and high end"
                                + " of its prior range, the others central; mean of " + tornadoDraws + " draws each",
                        centralForChart,
                        bars,
                        "Warning: the per-mission ACI amounts and several other figures are ESTIMATES (docs/aci-estimates.md);"
                                + " tarif.quantile moves all of them together within their ranges."));
        o.printf(
                Locale.ROOT,
                "%nWrote %s%s and %s (%.1f s)%n",
                out.resolve("sensitivity-tornado.csv"),
                sobolRows > 0 ? ", " + out.resolve("sensitivity-sobol.csv") : "",
                out.resolve("sensitivity-tornado.svg"),
                (System.nanoTime() - started) / 1e9);
        o.flush();
        return 0;
    }
}
