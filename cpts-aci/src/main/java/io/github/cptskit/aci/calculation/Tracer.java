package io.github.cptskit.aci.calculation;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.ProRata;
import io.github.cptskit.core.territory.SizeBand;
import org.jspecify.annotations.Nullable;

/**
 * What observes the remuneration formula ({@link RemunerationFormula}) as it runs: each parameter it
 * reads and each amount it computes, in the order it does. After OpenFisca's tracer: the explanation
 * of a remuneration is the formula run once with {@link Trace}, which records everything; the fast
 * path of simulations runs the same formula with {@link #NONE}, whose empty methods the JIT inlines
 * away (every argument is a primitive or an existing object: nothing is allocated for it).
 *
 * <pre>{@code
 * Trace trace = new Trace(scenario, tariff);
 * PreparedScenario p = RemunerationFormula.prepare(scenario, tariff, trace);
 * long total = RemunerationFormula.total(p, p.achievements(), trace);
 * }</pre>
 */
interface Tracer {

    /** Observes nothing: the allocation-free path. */
    Tracer NONE = new Tracer() {};

    /**
     * A parameter was read.
     *
     * @param parameter which
     * @param mission its mission, for per-mission parameters
     * @param band the band
     */
    default void read(Parameter parameter, @Nullable Mission mission, SizeBand band) {}

    /**
     * The fonctionnement was computed: the band's amount, in full.
     *
     * @param cents the amount
     * @param population the population that chose the band
     * @param unconfirmedScale whether the scale of bands is unconfirmed
     */
    default void fonctionnement(long cents, long population, boolean unconfirmedScale) {}

    /**
     * A contracted mission is not in the rules in force: it pays nothing.
     *
     * @param mission the mission
     */
    default void notInForce(Mission mission) {}

    /**
     * A mission's fixed part was computed: {@code round(base × numerator / denominator)}.
     *
     * @param mission the mission
     * @param baseCents the yearly amount
     * @param numerator days or months the mission runs
     * @param denominator days or months of the year
     * @param method days or months
     * @param cents the amount
     */
    default void fixed(Mission mission, long baseCents, long numerator, long denominator, ProRata method, long cents) {}

    /**
     * A mission's variable part was computed: {@code round(base × achievement × numerator /
     * denominator)}.
     *
     * @param mission the mission
     * @param baseCents the yearly maximum
     * @param partsPerMillion the achievement
     * @param numerator days or months the mission runs
     * @param denominator days or months of the year
     * @param method days or months
     * @param cents the amount
     */
    default void variable(
            Mission mission,
            long baseCents,
            int partsPerMillion,
            long numerator,
            long denominator,
            ProRata method,
            long cents) {}

    /**
     * The sum of the lines exceeded the ceiling, which the year pays instead.
     *
     * @param totalCents the sum of the lines
     * @param ceilingCents the ceiling
     */
    default void capped(long totalCents, long ceilingCents) {}
}
