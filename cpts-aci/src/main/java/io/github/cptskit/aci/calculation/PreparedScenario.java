package io.github.cptskit.aci.calculation;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.ProRata;
import io.github.cptskit.core.territory.SizeBand;
import java.io.Serializable;

/**
 * A scenario checked and reduced to integers against a tariff, ready for the fast path of
 * {@link RemunerationCalculator#totalCents(PreparedScenario, int[])}: everything that does not depend
 * on the achievements is computed once, by the first stage of the one remuneration formula
 * ({@code RemunerationFormula.prepare}), which the explained remuneration runs too. Used by
 * simulations, which evaluate the same CPTS-year under many draws of achievements.
 *
 * <p>This class is immutable, thread-safe and serializable (for distributed simulations).
 *
 * <p>Serializable for distributed simulations between JVMs of one cptskit version; the serial form is not API.
 *
 * @serial exclude
 */
public final class PreparedScenario implements Serializable {

    private static final long serialVersionUID = 2L; // 2: the pro rata method, for the explanation

    private final String id;
    private final String region;
    private final String ruleVersion;
    private final SizeBand band;
    private final ProRata proRata;
    private final long fixedCents;
    private final long ceilingCents;
    private final long[] variableBase;
    private final long[] numerator;
    private final long denominator;
    private final int[] achievement;
    private final int contractedMask;

    PreparedScenario(
            String id,
            String region,
            String ruleVersion,
            SizeBand band,
            ProRata proRata,
            long fixedCents,
            long ceilingCents,
            long[] variableBase,
            long[] numerator,
            long denominator,
            int[] achievement,
            int contractedMask) {
        this.id = id;
        this.region = region;
        this.ruleVersion = ruleVersion;
        this.band = band;
        this.proRata = proRata;
        this.fixedCents = fixedCents;
        this.ceilingCents = ceilingCents;
        this.variableBase = variableBase;
        this.numerator = numerator;
        this.denominator = denominator;
        this.achievement = achievement;
        this.contractedMask = contractedMask;
    }

    /**
     * The scenario's identifier.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The scenario's region code (may be empty).
     *
     * @return the region
     */
    public String region() {
        return region;
    }

    /**
     * The version of the rules the year falls under.
     *
     * @return for example {@code avenant-2}
     */
    public String ruleVersion() {
        return ruleVersion;
    }

    /**
     * The size band.
     *
     * @return the band
     */
    public SizeBand band() {
        return band;
    }

    /**
     * Fonctionnement plus the fixed parts, pro-rated and rounded: what does not depend on indicators.
     *
     * @return the cents
     */
    public long fixedCents() {
        return fixedCents;
    }

    /**
     * The year's ceiling for the scenario's band: the most the year pays.
     *
     * @return the cents
     */
    public long ceilingCents() {
        return ceilingCents;
    }

    /**
     * Whether a mission's variable part can pay anything in this year.
     *
     * @param mission the mission
     * @return true if contracted and running during the year
     */
    public boolean hasVariablePart(Mission mission) {
        return variableBase[mission.ordinal()] > 0 && numerator[mission.ordinal()] > 0;
    }

    /**
     * The variable part of a mission for an achievement, rounded half-up to the cent.
     *
     * @param mission the mission
     * @param partsPerMillion the achievement
     * @return the cents
     */
    public long variableCents(Mission mission, int partsPerMillion) {
        return variableCentsAt(mission.ordinal(), partsPerMillion);
    }

    long variableCentsAt(int missionOrdinal, int partsPerMillion) {
        return RemunerationFormula.variableCents(
                variableBase[missionOrdinal], partsPerMillion, numerator[missionOrdinal], denominator);
    }

    /**
     * Whether the scenario contracted a mission that the rules in force hold (whatever it pays this
     * year, perhaps nothing when it starts on the anniversary).
     *
     * @param mission the mission
     * @return true if contracted
     */
    public boolean contracted(Mission mission) {
        return (contractedMask & (1 << mission.ordinal())) != 0;
    }

    /** The scenario's own achievements by mission ordinal, parts per million: read, never written. */
    int[] achievements() {
        return achievement;
    }

    /** The missions with lines this year (contracted and in the rules in force), one bit per ordinal. */
    int runningMask() {
        return contractedMask;
    }

    long variableBaseAt(int missionOrdinal) {
        return variableBase[missionOrdinal];
    }

    long numeratorAt(int missionOrdinal) {
        return numerator[missionOrdinal];
    }

    long denominator() {
        return denominator;
    }

    ProRata proRata() {
        return proRata;
    }
}
