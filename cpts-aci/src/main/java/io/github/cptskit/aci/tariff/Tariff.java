package io.github.cptskit.aci.tariff;

import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.SizeBandScale;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
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

    private static final int BANDS = SizeBand.values().length;

    private final LocalDate day;
    private final String version;
    private final SizeBandScale scale;
    private final Sourced<SizeBandScale> scaleSource;
    // One typed table for every parameter: [declaration][slot], each value with its source (null when
    // not set). Missions are slots: the six of the accord first (in Mission order), then those the
    // rules declare.
    private final Seq<MissionKey> missionSlots;
    private final java.util.Map<MissionKey, Integer> missionIndex;
    private final long[][] values;
    private final Sourced<?>[][] sources;
    private final Map<String, Sourced<String>> byPath; // the same sources, by path, for reports
    // Hot paths of the calculator and the simulation read these directly; the accord's missions
    // (Mission) are the first slots, in ordinal order.
    private final long[] fonctionnement;
    private final long[] ceiling;
    private final long[] fixed;
    private final long[] variable;

    Tariff(
            LocalDate day,
            String version,
            Sourced<SizeBandScale> scaleSource,
            Seq<MissionKey> missionSlots,
            long[][] values,
            Sourced<?>[][] sources) {
        this.day = day;
        this.version = version;
        this.scaleSource = scaleSource;
        this.scale = scaleSource.value();
        this.missionSlots = missionSlots;
        this.missionIndex = new java.util.HashMap<>();
        for (int i = 0; i < missionSlots.size(); i++) {
            missionIndex.put(missionSlots.get(i), i);
        }
        this.values = values;
        this.sources = sources;
        this.byPath = byPath(missionSlots, sources);
        this.fonctionnement = values[Parameter.FONCTIONNEMENT.index()];
        this.ceiling = values[Parameter.CEILING.index()];
        this.fixed = values[Parameter.MISSION_FIXED.index()];
        this.variable = values[Parameter.MISSION_VARIABLE.index()];
    }

    /** The same figures as another snapshot, for another day of the same period of the rules. */
    private Tariff(Tariff same, LocalDate day) {
        this.day = day;
        this.version = same.version;
        this.scaleSource = same.scaleSource;
        this.scale = same.scale;
        this.missionSlots = same.missionSlots;
        this.missionIndex = same.missionIndex;
        this.values = same.values;
        this.sources = same.sources;
        this.byPath = same.byPath;
        this.fonctionnement = same.fonctionnement;
        this.ceiling = same.ceiling;
        this.fixed = same.fixed;
        this.variable = same.variable;
    }

    /**
     * This snapshot for another day on which the same texts and size-band scale are in force: the
     * figures are shared (they are never written after construction), only the day differs.
     *
     * @param other the day
     * @return the snapshot of that day
     */
    Tariff on(LocalDate other) {
        return other.equals(day) ? this : new Tariff(this, other);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Sourced<String>> byPath(Seq<MissionKey> missions, Sourced<?>[][] sources) {
        Map<String, Sourced<String>> m = io.vavr.collection.TreeMap.empty();
        for (Parameter<?> p : Parameter.all()) {
            Sourced<?>[] row = sources[p.index()];
            for (int mi = 0; mi < (p.scope().byMission() ? missions.size() : 1); mi++) {
                for (SizeBand b : p.scope().byBand() ? p.bands() : io.vavr.collection.List.of((SizeBand) null)) {
                    Sourced<?> s = row[slot(p, mi, b)];
                    if (s != null) {
                        m = m.put(p.pathOf(p.scope().byMission() ? missions.get(mi) : null, b), (Sourced<String>) s);
                    }
                }
            }
        }
        return m;
    }

    /** The number of slots of a declaration for a number of missions. */
    static int slots(Parameter<?> p, int missions) {
        return (p.scope().byMission() ? missions : 1) * (p.scope().byBand() ? BANDS : 1);
    }

    /** The slot of a mission (by index) and band in a declaration's row. */
    static int slot(Parameter<?> p, int mission, SizeBand band) {
        return (p.scope().byMission() ? mission * (p.scope().byBand() ? BANDS : 1) : 0)
                + (p.scope().byBand() ? band.ordinal() : 0);
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
        return fixed[mission.ordinal() * BANDS + band.ordinal()];
    }

    /**
     * The yearly fixed part of a mission for a band, in cents (0 if the mission is not in force).
     *
     * @param mission the mission
     * @param band the band
     * @return the amount
     */
    public long fixedCents(MissionKey mission, SizeBand band) {
        return indexOf(mission).map(i -> fixed[i * BANDS + band.ordinal()]).getOrElse(0L);
    }

    /**
     * The yearly maximum of a mission's variable part for a band, in cents (0 if not in force).
     *
     * @param mission the mission
     * @param band the band
     * @return the amount
     */
    public long variableCents(Mission mission, SizeBand band) {
        return variable[mission.ordinal() * BANDS + band.ordinal()];
    }

    /**
     * The yearly maximum of a mission's variable part for a band, in cents (0 if not in force).
     *
     * @param mission the mission
     * @param band the band
     * @return the amount
     */
    public long variableCents(MissionKey mission, SizeBand band) {
        return indexOf(mission).map(i -> variable[i * BANDS + band.ordinal()]).getOrElse(0L);
    }

    /**
     * Whether the mission exists in the texts in force (the crisis mission only from avenant 2).
     *
     * @param mission the mission
     * @return true if in force
     */
    public boolean inForce(Mission mission) {
        return sources[Parameter.MISSION_MANDATORY.index()][mission.ordinal()] != null;
    }

    /**
     * Whether the mission exists in the texts in force: a text in force sets its {@code obligatoire}
     * flag.
     *
     * @param mission the mission
     * @return true if in force
     */
    public boolean inForce(MissionKey mission) {
        return indexOf(mission)
                .map(i -> sources[Parameter.MISSION_MANDATORY.index()][i] != null)
                .getOrElse(false);
    }

    /**
     * Whether the mission is mandatory (a <i>mission socle</i>).
     *
     * @param mission the mission
     * @return true if mandatory
     */
    public boolean mandatory(Mission mission) {
        return values[Parameter.MISSION_MANDATORY.index()][mission.ordinal()] == 1;
    }

    /**
     * Whether the mission is mandatory (a <i>mission socle</i>) in the texts in force.
     *
     * @param mission the mission
     * @return true if mandatory
     */
    public boolean mandatory(MissionKey mission) {
        return indexOf(mission)
                .map(i -> values[Parameter.MISSION_MANDATORY.index()][i] == 1)
                .getOrElse(false);
    }

    /**
     * Months after signature within which a mandatory mission must start (0 for optional ones).
     *
     * @param mission the mission
     * @return the months
     */
    public int startMonths(Mission mission) {
        return (int) values[Parameter.MISSION_START.index()][mission.ordinal()];
    }

    /**
     * Months after signature within which a mandatory mission must start (0 for optional ones).
     *
     * @param mission the mission
     * @return the months
     */
    public int startMonths(MissionKey mission) {
        return indexOf(mission)
                .map(i -> (int) values[Parameter.MISSION_START.index()][i])
                .getOrElse(0);
    }

    /**
     * Months after signature within which a mandatory mission must be fully deployed.
     *
     * @param mission the mission
     * @return the months
     */
    public int deploymentMonths(Mission mission) {
        return (int) values[Parameter.MISSION_DEPLOYMENT.index()][mission.ordinal()];
    }

    /**
     * Months after signature within which a mandatory mission must be fully deployed (0 for optional
     * ones).
     *
     * @param mission the mission
     * @return the months
     */
    public int deploymentMonths(MissionKey mission) {
        return indexOf(mission)
                .map(i -> (int) values[Parameter.MISSION_DEPLOYMENT.index()][i])
                .getOrElse(0);
    }

    /**
     * The missions in force, the accord's first (in {@link Mission} order), then those declared by
     * later rule data.
     *
     * @return the missions
     */
    public Seq<MissionKey> missions() {
        return missionSlots.filter(this::inForce);
    }

    /**
     * The share of a year's amounts paid in advance, in percent (75 under art. 9.1).
     *
     * @return the percentage
     */
    public int advancePercent() {
        return (int) values[Parameter.ADVANCE_PERCENT.index()][0];
    }

    /**
     * How partial years are pro-rated.
     *
     * @return the method
     */
    public ProRata proRata() {
        return Parameter.PRORATA.decode(values[Parameter.PRORATA.index()][0]);
    }

    /**
     * The term of a CPTS's contract, in years, for contract years that start on this day.
     *
     * @return the term, or none if no text in force sets {@code contrat.duree.annees}
     */
    public Option<Integer> contractTermYears() {
        return find(Parameter.CONTRACT_TERM, null, null);
    }

    /**
     * The value of a parameter set once.
     *
     * @param <T> its type
     * @param parameter the parameter
     * @return its value
     * @throws IllegalArgumentException if it is set by mission or band, or not set by the texts in force
     */
    public <T> T value(Parameter<T> parameter) {
        parameter.path(); // checks the scope
        return get(parameter, null, null);
    }

    /**
     * The value of a parameter set by band.
     *
     * @param <T> its type
     * @param parameter the parameter
     * @param band the band
     * @return its value
     * @throws IllegalArgumentException if it is not set by band only, or not set by the texts in force
     */
    public <T> T value(Parameter<T> parameter, SizeBand band) {
        parameter.path(band);
        return get(parameter, null, band);
    }

    /**
     * The value of a parameter set by mission.
     *
     * @param <T> its type
     * @param parameter the parameter
     * @param mission the mission
     * @return its value
     * @throws IllegalArgumentException if it is not set by mission only, or not set by the texts in force
     */
    public <T> T value(Parameter<T> parameter, MissionKey mission) {
        parameter.path(mission);
        return get(parameter, mission, null);
    }

    /**
     * The value of a parameter set by mission and band.
     *
     * @param <T> its type
     * @param parameter the parameter
     * @param mission the mission
     * @param band the band
     * @return its value
     * @throws IllegalArgumentException if it is not set by mission and band, or not set by the texts in
     *     force
     */
    public <T> T value(Parameter<T> parameter, MissionKey mission, SizeBand band) {
        parameter.path(mission, band);
        return get(parameter, mission, band);
    }

    private <T> T get(Parameter<T> p, MissionKey m, SizeBand b) {
        return find(p, m, b).getOrElseThrow(() -> new IllegalArgumentException("no parameter " + p.pathOf(m, b)));
    }

    private <T> Option<T> find(Parameter<T> p, MissionKey m, SizeBand b) {
        Option<Integer> mi = p.scope().byMission() ? indexOf(m) : Option.some(0);
        return mi.flatMap(i -> {
            int slot = slot(p, i, b);
            return sources[p.index()][slot] == null ? Option.none() : Option.some(p.decode(values[p.index()][slot]));
        });
    }

    private Option<Integer> indexOf(MissionKey mission) {
        return Option.of(missionIndex.get(java.util.Objects.requireNonNull(mission, "mission")));
    }

    /**
     * The source of a parameter in force.
     *
     * @param path the parameter path, e.g. {@code fonctionnement.taille2}
     * @return the raw value with its source and confidence
     * @throws IllegalArgumentException if the path is not a parameter in force
     */
    public Sourced<String> source(String path) {
        return byPath.get(path).getOrElseThrow(() -> new IllegalArgumentException("no parameter " + path));
    }

    /**
     * The source of a parameter in force, set by mission and band.
     *
     * @param parameter the parameter
     * @param mission the mission
     * @param band the band
     * @return the raw value with its source and confidence
     * @throws IllegalArgumentException if it is not a parameter in force
     */
    public Sourced<String> source(Parameter<?> parameter, MissionKey mission, SizeBand band) {
        return source(parameter.path(mission, band));
    }

    /**
     * The source of a parameter in force, set by band.
     *
     * @param parameter the parameter
     * @param band the band
     * @return the raw value with its source and confidence
     * @throws IllegalArgumentException if it is not a parameter in force
     */
    public Sourced<String> source(Parameter<?> parameter, SizeBand band) {
        return source(parameter.path(band));
    }

    /**
     * The source of a parameter in force, set by mission.
     *
     * @param parameter the parameter
     * @param mission the mission
     * @return the raw value with its source and confidence
     * @throws IllegalArgumentException if it is not a parameter in force
     */
    public Sourced<String> source(Parameter<?> parameter, MissionKey mission) {
        return source(parameter.path(mission));
    }

    /**
     * Every parameter in force, with its source.
     *
     * @return path to sourced raw value
     */
    public Map<String, Sourced<String>> parameters() {
        return byPath;
    }

    /**
     * The parameters in force whose confidence needs a warning (unconfirmed or estimated).
     *
     * @return their paths, sorted
     */
    public Seq<String> unconfirmedParameters() {
        Set<String> paths =
                byPath.filterValues(s -> s.confidence().needsWarning()).keySet();
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

    /**
     * {@link #missions()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<MissionKey> missionsList() {
        return missions().asJava();
    }

    /**
     * {@link #contractTermYears()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Integer> contractTermYearsOptional() {
        return contractTermYears().toJavaOptional();
    }
}
