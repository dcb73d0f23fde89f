package io.github.cptskit.aci.simulation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;

/**
 * What {@link Sensitivity} found for one year.
 *
 * @param year the calendar year analysed
 * @param basis the accounting basis
 * @param centralMeanCents the year's mean total with every parameter at its central value
 * @param tornado the tornado's bars, largest swing first
 * @param sobol the Sobol indices, largest total-effect index first (empty if not computed)
 * @param settings the settings used
 * @param onPosterior whether the fitted parameters were drawn from the posterior's marginals (else
 *     the priors)
 */
public record SensitivityResult(
        int year,
        Basis basis,
        long centralMeanCents,
        Seq<Sensitivity.TornadoBar> tornado,
        Seq<Sensitivity.SobolIndex> sobol,
        Sensitivity.Settings settings,
        boolean onPosterior) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * {@link #tornado()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Sensitivity.TornadoBar> tornadoList() {
        return tornado().asJava();
    }

    /**
     * {@link #sobol()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Sensitivity.SobolIndex> sobolList() {
        return sobol().asJava();
    }
}
