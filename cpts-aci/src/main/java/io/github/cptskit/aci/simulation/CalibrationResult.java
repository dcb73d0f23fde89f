package io.github.cptskit.aci.simulation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;

/**
 * What {@link Calibration} found: the fitted parameters (priors plus a {@link Posterior}), each
 * uncertain parameter's prior and posterior interval, and each public figure beside the interval
 * that the prior and the posterior give its year: fitted figures show the fit, held-out ones the
 * out-of-sample check.
 *
 * @param fitted the priors with the posterior, to pass to {@link Simulation.Builder#parameters}
 * @param posterior the posterior
 * @param settings the settings used
 * @param draws the number of prior draws
 * @param effectiveSampleSize the effective number of prior draws behind the posterior (1 / Σ w²): small
 *     values mean the figures are hard to reach under the priors
 * @param parameters each uncertain parameter's intervals
 * @param years each used public figure beside the simulated intervals
 * @param totals each simulated year's ACI total under the prior and the posterior, with its growth
 *     from the year before
 */
public record CalibrationResult(
        ModelParameters fitted,
        Posterior posterior,
        Calibration.Settings settings,
        int draws,
        double effectiveSampleSize,
        Seq<ParameterFit> parameters,
        Seq<YearFit> years,
        Seq<YearTotal> totals) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * One parameter's prior and posterior: P5, P50, P95 each.
     *
     * @param parameter the parameter
     * @param prior the prior's P5, P50, P95
     * @param posterior the posterior's P5, P50, P95
     */
    public record ParameterFit(ModelParameter parameter, double[] prior, double[] posterior) {}

    /**
     * A public figure beside its year's simulated total.
     *
     * @param figure the figure
     * @param priorP5Cents the P5 under the priors
     * @param priorP95Cents the P95 under the priors
     * @param p5Cents the posterior P5
     * @param p50Cents the posterior P50
     * @param p95Cents the posterior P95
     * @param inside whether the figure lies within the posterior's P5–P95
     */
    public record YearFit(
            PublicFigure figure,
            long priorP5Cents,
            long priorP95Cents,
            long p5Cents,
            long p50Cents,
            long p95Cents,
            boolean inside) {}

    /**
     * A simulated year's ACI total (before any non-ACI share) and its growth from the year before,
     * each under the prior and the posterior: what a fit says about the path between the figures.
     *
     * @param year the calendar year
     * @param priorCents the prior's P5, P50, P95
     * @param posteriorCents the posterior's P5, P50, P95
     * @param priorGrowth the prior's P5, P50, P95 of this year's total over the year before's, draw by
     *     draw (empty for the first year)
     * @param posteriorGrowth the same under the posterior
     */
    public record YearTotal(
            int year, long[] priorCents, long[] posteriorCents, double[] priorGrowth, double[] posteriorGrowth) {}

    /**
     * {@link #parameters()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<ParameterFit> parametersList() {
        return parameters().asJava();
    }

    /**
     * {@link #years()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<YearFit> yearsList() {
        return years().asJava();
    }

    /**
     * {@link #totals()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<YearTotal> totalsList() {
        return totals().asJava();
    }
}
