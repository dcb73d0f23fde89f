package io.github.cptskit.aci.tariff;

import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.SizeBandScale;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.LocalDate;

/**
 * The ACI figures in force on one day, typed and ready for calculation: a snapshot of
 * {@link TariffRules}. Amounts are in euro cents.
 *
 * <pre>{@code
 * Tariff t = TariffRules.bundled().on(LocalDate.of(2024, 1, 1)).get();
 * t.fonctionnementCents(SizeBand.TAILLE_2); // 6_000_000
 * t.version();                              // "avenant-2"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tariff {

    private final LocalDate day;
    private final String version;
    private final SizeBandScale scale;
    private final Sourced<SizeBandScale> scaleSource;
    private final long[] fonctionnement;
    private final long[] ceiling;
    private final long[][] fixed;
    private final long[][] variable;
    private final boolean[] inForce;
    private final boolean[] mandatory;
    private final int[] startMonths;
    private final int[] deployMonths;
    private final int advancePercent;
    private final ProRata proRata;
    private final Map<String, Sourced<String>> sources;

    @SuppressWarnings("java:S107") // built by TariffRules only
    Tariff(
            LocalDate day,
            String version,
            Sourced<SizeBandScale> scaleSource,
            long[] fonctionnement,
            long[] ceiling,
            long[][] fixed,
            long[][] variable,
            boolean[] inForce,
            boolean[] mandatory,
            int[] startMonths,
            int[] deployMonths,
            int advancePercent,
            ProRata proRata,
            Map<String, Sourced<String>> sources) {
        this.day = day;
        this.version = version;
        this.scaleSource = scaleSource;
        this.scale = scaleSource.value();
        this.fonctionnement = fonctionnement;
        this.ceiling = ceiling;
        this.fixed = fixed;
        this.variable = variable;
        this.inForce = inForce;
        this.mandatory = mandatory;
        this.startMonths = startMonths;
        this.deployMonths = deployMonths;
        this.advancePercent = advancePercent;
        this.proRata = proRata;
        this.sources = sources;
    }

    /**
     * The day this snapshot describes.
     *
     * @return the day
     */
    public LocalDate day() {
        return day;
    }

    /**
     * The rule version: the latest text in force that day.
     *
     * @return for example {@code avenant-2}
     */
    public String version() {
        return version;
    }

    /**
     * The size-band scale in force.
     *
     * @return the scale
     */
    public SizeBandScale scale() {
        return scale;
    }

    /**
     * The size-band scale with its source.
     *
     * @return the sourced scale
     */
    public Sourced<SizeBandScale> scaleSource() {
        return scaleSource;
    }

    /**
     * The yearly operating budget of a band, in cents.
     *
     * @param band the band
     * @return the amount
     */
    public long fonctionnementCents(SizeBand band) {
        return fonctionnement[band.ordinal()];
    }

    /**
     * The maximum a CPTS of a band may receive in a year, in cents.
     *
     * @param band the band
     * @return the ceiling
     */
    public long ceilingCents(SizeBand band) {
        return ceiling[band.ordinal()];
    }

    /**
     * The yearly fixed part of a mission for a band, in cents (0 if the mission is not in force).
     *
     * @param mission the mission
     * @param band the band
     * @return the amount
     */
    public long fixedCents(Mission mission, SizeBand band) {
        return fixed[mission.ordinal()][band.ordinal()];
    }

    /**
     * The yearly maximum of a mission's variable part for a band, in cents (0 if not in force).
     *
     * @param mission the mission
     * @param band the band
     * @return the amount
     */
    public long variableCents(Mission mission, SizeBand band) {
        return variable[mission.ordinal()][band.ordinal()];
    }

    /**
     * Whether the mission exists in the texts in force (the crisis mission only from avenant 2).
     *
     * @param mission the mission
     * @return true if in force
     */
    public boolean inForce(Mission mission) {
        return inForce[mission.ordinal()];
    }

    /**
     * Whether the mission is mandatory (a <i>mission socle</i>).
     *
     * @param mission the mission
     * @return true if mandatory
     */
    public boolean mandatory(Mission mission) {
        return mandatory[mission.ordinal()];
    }

    /**
     * Months after signature within which a mandatory mission must start (0 for optional ones).
     *
     * @param mission the mission
     * @return the months
     */
    public int startMonths(Mission mission) {
        return startMonths[mission.ordinal()];
    }

    /**
     * Months after signature within which a mandatory mission must be fully deployed.
     *
     * @param mission the mission
     * @return the months
     */
    public int deploymentMonths(Mission mission) {
        return deployMonths[mission.ordinal()];
    }

    /**
     * The share of a year's amounts paid in advance, in percent (75 under art. 9.1).
     *
     * @return the percentage
     */
    public int advancePercent() {
        return advancePercent;
    }

    /**
     * How partial years are pro-rated.
     *
     * @return the method
     */
    public ProRata proRata() {
        return proRata;
    }

    /**
     * The source of a parameter in force.
     *
     * @param path the parameter path, e.g. {@code fonctionnement.taille2}
     * @return the raw value with its source and confidence
     * @throws IllegalArgumentException if the path is not a parameter in force
     */
    public Sourced<String> source(String path) {
        return sources.get(path).getOrElseThrow(() -> new IllegalArgumentException("no parameter " + path));
    }

    /**
     * Every parameter in force, with its source.
     *
     * @return path to sourced raw value
     */
    public Map<String, Sourced<String>> parameters() {
        return sources;
    }

    /**
     * The parameters in force whose confidence needs a warning (unconfirmed or estimated).
     *
     * @return their paths, sorted
     */
    public Seq<String> unconfirmedParameters() {
        Set<String> paths =
                sources.filterValues(s -> s.confidence().needsWarning()).keySet();
        return paths.toList().sorted();
    }

    /**
     * {@link #parameters()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, Sourced<String>> parametersMap() {
        return java.util.Collections.unmodifiableMap(parameters().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * {@link #unconfirmedParameters()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> unconfirmedParametersList() {
        return unconfirmedParameters().asJava();
    }
}
