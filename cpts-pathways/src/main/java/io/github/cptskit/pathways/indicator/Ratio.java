package io.github.cptskit.pathways.indicator;

import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.indicator.IndicatorResult;

/**
 * A count of successes out of a count of cases, as a read model yields it: the plain value an ACI
 * variable-part indicator takes ({@link #indicator}). An empty denominator achieves nothing.
 *
 * <pre>{@code
 * Ratio r = SnpWithinDelay.of(logs, Duration.ofHours(48)).ratio();
 * IndicatorResult i = r.indicator("snp-48h", 2);   // for cpts-aci's Scenario.mission(…, indicators)
 * }</pre>
 *
 * @param numerator the successes
 * @param denominator the cases
 */
public record Ratio(long numerator, long denominator) {
    /**
     * Checks the components.
     *
     * @param numerator the successes
     * @param denominator the cases
     */
    public Ratio {
        if (numerator < 0 || denominator < numerator) {
            throw new IllegalArgumentException("0 <= numerator <= denominator: " + numerator + "/" + denominator);
        }
    }

    /** @return the ratio as an achievement between 0 and 1 (0 when there is no case) */
    public Achievement achievement() {
        return Achievement.ofFraction(numerator, denominator).get();
    }

    /**
     * @param name the indicator's name in the CPTS contract
     * @param weight its weight among the mission's indicators
     * @return the indicator result
     */
    public IndicatorResult indicator(String name, int weight) {
        return new IndicatorResult(name, weight, achievement());
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
