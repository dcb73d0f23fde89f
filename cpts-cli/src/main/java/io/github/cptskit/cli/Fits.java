package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.Basis;
import io.github.cptskit.aci.simulation.Calibration;
import io.github.cptskit.aci.simulation.CalibrationResult;
import io.github.cptskit.aci.simulation.ModelParameters;
import io.github.cptskit.aci.simulation.PublicFigure;
import io.github.cptskit.aci.simulation.Simulation;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Keeps a run's fit current: checks that the fit in use was made from the run's own inputs
 * ({@link Calibration#check}); when it was not, refits with the defaults of {@code cpts calibrate} if
 * that is quick enough ({@code --refit auto}) or whatever it takes ({@code --refit always}), or refuses
 * with a coded problem naming what changed.
 */
final class Fits {
    private Fits() {}

    /** Refit automatically only when the estimated time is below this. */
    static final double MAX_AUTOMATIC_SECONDS = 30;

    /** What a run uses: its parameters and a sentence saying which fit and whether it matches. */
    record Used(ModelParameters parameters, String statement, String status) {}

    /**
     * The fit a run uses.
     *
     * @param probe the run's simulation built with {@code params}: the fit's fingerprints are those of its
     *     rules, priors and portfolio, whatever its years and basis, so the run's own simulation serves
     * @param rules the run's rules
     * @param national the national portfolio a refit is made on
     * @param params the model parameters the run was given
     * @param targets the public figures
     * @param refit auto, always or never
     * @param origin where {@code params} came from, for the statement
     * @return the parameters to use ({@code params} itself unless refitted) and what to say of them
     */
    static Used current(
            Simulation probe,
            TariffRules rules,
            Portfolio national,
            ModelParameters params,
            Seq<PublicFigure> targets,
            String refit,
            String origin) {
        checkRefit(refit);
        var check = Calibration.check(probe, targets);
        if (check.isValid()) {
            return switch (check.get()) {
                case PRIORS -> new Used(params, "priors only (not fitted)", "priors");
                case MATCHES ->
                    new Used(
                            params,
                            origin + ", fitted on the public figures; it matches this run's rules, priors, targets and"
                                    + " model (" + params.posterior().get().method() + ")",
                            "matches");
                case TRANSFERRED ->
                    new Used(
                            params,
                            origin
                                    + ", fitted on the national portfolio and applied to this one (rules, priors, targets"
                                    + " and model match; "
                                    + params.posterior().get().method() + ")",
                            "transferred");
            };
        }
        String changed = Calibration.staleInputs(probe, targets).mkString(", ");
        if (refit.equals("never")) {
            throw new UserError(List.of(Problem.of(CliProblem.FIT_STALE_NEVER, changed)));
        }
        // The public figures are national: a refit is made on the national portfolio, whatever this run's.
        Simulation priors = calibrationSimulation(rules, national, params.priors(), targets);
        Calibration.Settings settings = Calibration.Settings.defaults();
        if (refit.equals("auto")) {
            double estimate = estimateSeconds(priors, targets, settings);
            if (!quickEnough(estimate)) {
                throw new UserError(List.of(Problem.of(
                        CliProblem.FIT_STALE_TOO_SLOW,
                        changed,
                        String.format(java.util.Locale.ROOT, "%.0f", estimate))));
            }
            System.err.printf(
                    java.util.Locale.ROOT,
                    "cpts: the fit in use was made from other inputs (%s changed): refitting (about %.0f s)...%n",
                    changed,
                    estimate);
        } else {
            System.err.printf(
                    java.util.Locale.ROOT,
                    "cpts: the fit in use was made from other inputs (%s changed): refitting (--refit always)...%n",
                    changed);
        }
        CalibrationResult r = Rules.orThrow(Calibration.run(priors, targets, settings, d -> {}));
        return new Used(
                r.fitted(),
                "refitted now on the public figures and the national portfolio (" + national.source()
                        + ") because the fit in use was stale (" + changed + " changed): "
                        + r.posterior().method(),
                "refitted (" + changed + " changed)");
    }

    /** Refuses a {@code --refit} value other than auto, always and never ({@code REFIT_UNKNOWN}). */
    static void checkRefit(String refit) {
        if (!refit.equals("auto") && !refit.equals("always") && !refit.equals("never")) {
            throw new UserError(List.of(Problem.of(CliProblem.REFIT_UNKNOWN, refit)));
        }
    }

    /** Whether a refit estimated at {@code seconds} is made without asking ({@code --refit auto}). */
    static boolean quickEnough(double seconds) {
        return seconds < MAX_AUTOMATIC_SECONDS;
    }

    /**
     * How long a refit with {@code settings} would take, from a pilot of {@value #PILOT} draws timed after
     * a first pilot of as many: the first one pays for the JIT compiler's warm-up (seconds on a cold
     * JVM, which would make the estimate of the whole run ten times too high), the second runs at the
     * speed the refit will.
     */
    static double estimateSeconds(Simulation priors, Seq<PublicFigure> targets, Calibration.Settings settings) {
        Calibration.Settings pilot = new Calibration.Settings(settings.seed(), PILOT, settings.tolerance(), 10);
        Rules.orThrow(Calibration.run(priors, targets, pilot, d -> {}));
        long started = System.nanoTime();
        Rules.orThrow(Calibration.run(priors, targets, pilot, d -> {}));
        return (System.nanoTime() - started) / 1e9 * settings.draws() / PILOT;
    }

    /** The draws of each pilot run that estimates a refit's time. */
    static final int PILOT = 200;

    /** The simulation a fit is made with: cash basis, from 2019 to 2025 or the targets' last year. */
    static Simulation calibrationSimulation(
            TariffRules rules, Portfolio portfolio, ModelParameters params, Seq<PublicFigure> targets) {
        int last = Math.max(
                2025,
                targets.filter(f -> f.role() != PublicFigure.Role.CONTEXT)
                        .map(PublicFigure::year)
                        .max()
                        .getOrElse(2025));
        return Rules.orThrow(Simulation.builder(rules, portfolio.signatories())
                .parameters(params)
                .basis(Basis.CASH)
                .years(2019, last)
                .build());
    }
}
