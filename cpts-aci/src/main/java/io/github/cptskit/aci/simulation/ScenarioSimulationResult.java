package io.github.cptskit.aci.simulation;

import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import java.io.Serializable;

/**
 * The result of a {@link ScenarioSimulation}: the distribution of the national total, of the fixed and
 * variable components, by size band and by region, and the total of every draw.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Serializable for distributed simulations between JVMs of one cptskit version; the serial form is not API.
 *
 * @serial exclude
 */
public final class ScenarioSimulationResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ruleVersions;
    private final Seq<String> unconfirmed;
    private final int portfolioSize;
    private final long seed;
    private final long[] totals;
    private final long fixedCents;
    private final Summary variable;
    private final SortedMap<SizeBand, Summary> byBand;
    private final SortedMap<String, Summary> byRegion;

    ScenarioSimulationResult(
            String ruleVersions,
            Seq<String> unconfirmed,
            int portfolioSize,
            long seed,
            long[] totals,
            long fixedCents,
            Summary variable,
            SortedMap<SizeBand, Summary> byBand,
            SortedMap<String, Summary> byRegion) {
        this.ruleVersions = ruleVersions;
        this.unconfirmed = unconfirmed;
        this.portfolioSize = portfolioSize;
        this.seed = seed;
        this.totals = totals;
        this.fixedCents = fixedCents;
        this.variable = variable;
        this.byBand = byBand;
        this.byRegion = byRegion;
    }

    /**
     * The rule versions used.
     *
     * @return the versions
     */
    public String ruleVersions() {
        return ruleVersions;
    }

    /**
     * The unconfirmed or estimated parameters the simulation relied on.
     *
     * @return their paths
     */
    public Seq<String> unconfirmedParameters() {
        return unconfirmed;
    }

    /**
     * The number of CPTS-years simulated.
     *
     * @return the portfolio size
     */
    public int portfolioSize() {
        return portfolioSize;
    }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The number of draws.
     *
     * @return the draws
     */
    public int draws() {
        return totals.length;
    }

    /**
     * The national total of each draw, in cents.
     *
     * @return a copy of the totals, in draw order
     */
    public long[] totalsCents() {
        return totals.clone();
    }

    /**
     * The distribution of the national total.
     *
     * @return the summary
     */
    public Summary total() {
        return Summary.of(totals);
    }

    /**
     * Fonctionnement and fixed parts, which do not depend on the draws, in cents.
     *
     * @return the cents
     */
    public long fixedCents() {
        return fixedCents;
    }

    /**
     * The distribution of the variable parts.
     *
     * @return the summary
     */
    public Summary variable() {
        return variable;
    }

    /**
     * The distribution of the total by size band.
     *
     * @return band to summary
     */
    public SortedMap<SizeBand, Summary> byBand() {
        return byBand;
    }

    /**
     * The distribution of the total by region code.
     *
     * @return region to summary
     */
    public SortedMap<String, Summary> byRegion() {
        return byRegion;
    }

    /**
     * The distribution of another result's total minus this one's, draw by draw: a reform's effect
     * when both ran with the same seed and draws.
     *
     * @param reform the other result
     * @return the summary of the differences
     * @throws IllegalArgumentException if the draws differ in number or seed
     */
    public Summary difference(ScenarioSimulationResult reform) {
        if (reform.totals.length != totals.length || reform.seed != seed) {
            throw new IllegalArgumentException("compare results with the same seed and number of draws");
        }
        long[] d = new long[totals.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = reform.totals[i] - totals[i];
        }
        return Summary.of(d);
    }

    /**
     * {@link #unconfirmedParameters()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> unconfirmedParametersList() {
        return unconfirmedParameters().asJava();
    }

    /**
     * {@link #byBand()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<SizeBand, Summary> byBandMap() {
        return java.util.Collections.unmodifiableMap(byBand().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * {@link #byRegion()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, Summary> byRegionMap() {
        return java.util.Collections.unmodifiableMap(byRegion().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }
}
