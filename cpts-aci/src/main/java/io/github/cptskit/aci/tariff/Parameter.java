package io.github.cptskit.aci.tariff;

import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ACI parameter, declared once: its path, kind, description and the missions and bands it
 * covers. The rule files set its values by effective date; {@link TariffRules} refuses any other
 * path; {@link Tariff} reads its typed value ({@link Tariff#value(Parameter, MissionKey, SizeBand)});
 * the table of docs/aci.md is generated from {@link #all()} (a test keeps it up to date).
 *
 * <p>A path names a parameter and, for parameters by mission or by band, the mission key and the band:
 * {@code missions.acces.fixe.taille2} is {@link #MISSION_FIXED} for {@link MissionKey#ACCES} and
 * {@link SizeBand#TAILLE_2}.
 *
 * <pre>{@code
 * String path = Parameter.MISSION_FIXED.path(MissionKey.ACCES, SizeBand.TAILLE_2);
 * long cents = tariff.value(Parameter.MISSION_FIXED, MissionKey.ACCES, SizeBand.TAILLE_2);
 * }</pre>
 *
 * <p>Adding a parameter is one declaration here (it joins {@link #all()} in declaration order), the
 * code that reads it, and its values in the bundled rule file (docs/aci.md, "Adding a parameter").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of its value: {@code Long} (cents, inhabitants), {@code Integer} (months,
 *     years, percent), {@code Boolean} or {@link ProRata}
 */
public final class Parameter<T> {

    /** What a parameter is set for. */
    public enum Scope {
        /** One value. */
        GLOBAL,
        /** One value per size band. */
        BAND,
        /** One value per mission. */
        MISSION,
        /** One value per mission and size band. */
        MISSION_BAND;

        boolean byMission() {
            return this == MISSION || this == MISSION_BAND;
        }

        boolean byBand() {
            return this == BAND || this == MISSION_BAND;
        }
    }

    /** When the rules in force must set a parameter. */
    public enum Requirement {
        /** Always. */
        ALWAYS,
        /** Its setting declares the mission: a mission is in force from the text that sets it. */
        DECLARES_MISSION,
        /** For every mission in force. */
        MISSION_IN_FORCE,
        /** For every mandatory mission in force. */
        MANDATORY_MISSION,
        /** Never: the figure applies only when a text sets it. */
        OPTIONAL
    }

    private static final List<SizeBand> ALL_BANDS = List.of(SizeBand.values());
    // Every declaration below adds itself, in order: declaring a parameter is one statement.
    private static final java.util.List<Parameter<?>> DECLARED = new java.util.ArrayList<>();
    private static final String MISSION = "{mission}";
    private static final String BAND = "{taille}";

    /** Fonctionnement: the yearly operating budget of a band (accord art. 8). */
    public static final Parameter<Long> FONCTIONNEMENT = new Parameter<>(
            "fonctionnement." + BAND,
            ParameterKind.AMOUNT,
            ALL_BANDS,
            Requirement.ALWAYS,
            "budget de fonctionnement annuel de la taille",
            "yearly operating budget of the band",
            c -> c);

    /** The yearly maximum a CPTS of a band may receive (montant maximal). */
    public static final Parameter<Long> CEILING = new Parameter<>(
            "plafond." + BAND,
            ParameterKind.AMOUNT,
            ALL_BANDS,
            Requirement.ALWAYS,
            "montant maximal annuel de la taille",
            "yearly maximum of the band",
            c -> c);

    /** Whether a mission is mandatory (a mission socle); setting it declares the mission. */
    public static final Parameter<Boolean> MISSION_MANDATORY = new Parameter<>(
            "missions." + MISSION + ".obligatoire",
            ParameterKind.FLAG,
            List.empty(),
            Requirement.DECLARES_MISSION,
            "mission socle (1) ou optionnelle (0) ; la mission existe à partir du texte qui le fixe",
            "mandatory (1) or optional (0) mission; the mission exists from the text that sets it",
            v -> v == 1);

    /** A mission's yearly fixed part (moyens) for a band. */
    public static final Parameter<Long> MISSION_FIXED = new Parameter<>(
            "missions." + MISSION + ".fixe." + BAND,
            ParameterKind.AMOUNT,
            ALL_BANDS,
            Requirement.MISSION_IN_FORCE,
            "part fixe annuelle de la mission (moyens)",
            "yearly fixed part of the mission (means)",
            c -> c);

    /** The yearly maximum of a mission's variable part (actions et résultats) for a band. */
    public static final Parameter<Long> MISSION_VARIABLE = new Parameter<>(
            "missions." + MISSION + ".variable." + BAND,
            ParameterKind.AMOUNT,
            ALL_BANDS,
            Requirement.MISSION_IN_FORCE,
            "maximum annuel de la part variable de la mission (actions et résultats)",
            "yearly maximum of the mission's variable part (actions and results)",
            c -> c);

    /** Months after signature within which a mandatory mission must start. */
    public static final Parameter<Integer> MISSION_START = new Parameter<>(
            "missions." + MISSION + ".demarrage.mois",
            ParameterKind.MONTHS,
            List.empty(),
            Requirement.MANDATORY_MISSION,
            "délai de démarrage d'une mission socle après la signature",
            "months after signature within which a mandatory mission starts",
            v -> (int) v);

    /** Months after signature within which a mandatory mission must be fully deployed. */
    public static final Parameter<Integer> MISSION_DEPLOYMENT = new Parameter<>(
            "missions." + MISSION + ".deploiement.mois",
            ParameterKind.MONTHS,
            List.empty(),
            Requirement.MANDATORY_MISSION,
            "délai de plein déploiement d'une mission socle après la signature",
            "months after signature within which a mandatory mission is fully deployed",
            v -> (int) v);

    /** The share of a year's amounts paid in advance (accord art. 9.1). */
    public static final Parameter<Integer> ADVANCE_PERCENT = new Parameter<>(
            "paiement.avance.pourcentage",
            ParameterKind.PERCENT,
            List.empty(),
            Requirement.ALWAYS,
            "part des montants de l'année versée en avance",
            "share of a year's amounts paid in advance",
            v -> (int) v);

    /** How partial years are pro-rated. */
    public static final Parameter<ProRata> PRORATA = new Parameter<>(
            "paiement.prorata.methode",
            ParameterKind.PRORATA,
            List.empty(),
            Requirement.ALWAYS,
            "calcul du prorata temporis d'une année partielle (JOURS_CALENDAIRES ou MOIS)",
            "how a partial year is pro-rated (JOURS_CALENDAIRES or MOIS)",
            v -> ProRata.values()[(int) v]);

    /** The term of a CPTS's ACI contract, in years, for the contract years that start under it. */
    public static final Parameter<Integer> CONTRACT_TERM = new Parameter<>(
            "contrat.duree.annees",
            ParameterKind.YEARS,
            List.empty(),
            Requirement.OPTIONAL,
            "durée du contrat ACI d'une CPTS ; une année de contrat au-delà n'est versée que si le contrat"
                    + " est renouvelé",
            "term of a CPTS's ACI contract; a contract year beyond it is paid only if the contract is renewed",
            v -> (int) v);

    /** The population from which a band begins: a text can move the size bands from its date. */
    public static final Parameter<Long> BAND_THRESHOLD = new Parameter<>(
            "tailles.seuil." + BAND,
            ParameterKind.POPULATION,
            List.of(SizeBand.TAILLE_2, SizeBand.TAILLE_3, SizeBand.TAILLE_4),
            Requirement.OPTIONAL,
            "population à partir de laquelle la taille commence (chaque seuil garde sa règle de borne)",
            "population from which the band begins (each threshold keeps its boundary rule)",
            v -> v);

    private static final List<Parameter<?>> ALL = List.ofAll(DECLARED);

    private final String name;
    private final ParameterKind kind;
    private final Scope scope;
    private final List<SizeBand> bands;
    private final Requirement requirement;
    private final String descriptionFr;
    private final String descriptionEn;
    private final LongFunction<T> decode;
    private final Pattern pattern;
    private final int index;

    @SuppressWarnings("java:S107") // declarations only, above
    private Parameter(
            String name,
            ParameterKind kind,
            List<SizeBand> bands,
            Requirement requirement,
            String descriptionFr,
            String descriptionEn,
            LongFunction<T> decode) {
        this.name = name;
        this.kind = kind;
        boolean byMission = name.contains(MISSION);
        boolean byBand = name.contains(BAND);
        this.scope = byMission ? (byBand ? Scope.MISSION_BAND : Scope.MISSION) : (byBand ? Scope.BAND : Scope.GLOBAL);
        this.bands = bands;
        this.requirement = requirement;
        this.descriptionFr = descriptionFr;
        this.descriptionEn = descriptionEn;
        this.decode = decode;
        this.pattern = Pattern.compile(Pattern.quote(name)
                .replace(MISSION, "\\E([a-z][a-z0-9_]{0,39})\\Q")
                .replace(BAND, "\\Etaille([1-9])\\Q"));
        this.index = DECLARED.size();
        DECLARED.add(this);
    }

    /**
     * Every declared parameter, in documentation order.
     *
     * @return the parameters
     */
    public static Seq<Parameter<?>> all() {
        return ALL;
    }

    /**
     * The parameter's name: its path with {@code {mission}} and {@code {taille}} for the mission key
     * and band, e.g. {@code missions.{mission}.fixe.{taille}}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The type of its values.
     *
     * @return the kind
     */
    public ParameterKind kind() {
        return kind;
    }

    /**
     * Whether it is set once, by band, by mission or by mission and band.
     *
     * @return the scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * The bands it is set for (empty if not set by band).
     *
     * @return the bands
     */
    public Seq<SizeBand> bands() {
        return bands;
    }

    /**
     * When the rules in force must set it (and so which missions it covers).
     *
     * @return the requirement
     */
    public Requirement requirement() {
        return requirement;
    }

    /**
     * What it is.
     *
     * @param locale French or other (English)
     * @return the description
     */
    public String description(Locale locale) {
        return "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? descriptionFr : descriptionEn;
    }

    /**
     * The path of a parameter set once.
     *
     * @return the path
     * @throws IllegalArgumentException if it is set by mission or band
     */
    public String path() {
        require(Scope.GLOBAL);
        return name;
    }

    /**
     * The path of a parameter set by band.
     *
     * @param band the band
     * @return for example {@code plafond.taille2}
     * @throws IllegalArgumentException if it is not set by band only, or not for this band
     */
    public String path(SizeBand band) {
        require(Scope.BAND);
        return name.replace(BAND, bandKey(band));
    }

    /**
     * The path of a parameter set by mission.
     *
     * @param mission the mission
     * @return for example {@code missions.acces.obligatoire}
     * @throws IllegalArgumentException if it is not set by mission only
     */
    public String path(MissionKey mission) {
        require(Scope.MISSION);
        return name.replace(MISSION, Objects.requireNonNull(mission, "mission").key());
    }

    /**
     * The path of a parameter set by mission and band.
     *
     * @param mission the mission
     * @param band the band
     * @return for example {@code missions.acces.fixe.taille2}
     * @throws IllegalArgumentException if it is not set by mission and band
     */
    public String path(MissionKey mission, SizeBand band) {
        require(Scope.MISSION_BAND);
        return name.replace(MISSION, Objects.requireNonNull(mission, "mission").key())
                .replace(BAND, bandKey(band));
    }

    /**
     * The path of one slot: with the mission and band its scope needs (the others are ignored).
     *
     * @param mission the mission, for parameters by mission
     * @param band the band, for parameters by band
     * @return the path
     */
    String pathOf(MissionKey mission, SizeBand band) {
        String p = name;
        if (scope.byMission()) {
            p = p.replace(MISSION, mission.key());
        }
        if (scope.byBand()) {
            p = p.replace(BAND, bandKey(band));
        }
        return p;
    }

    private String bandKey(SizeBand band) {
        Objects.requireNonNull(band, "band");
        if (!bands.contains(band)) {
            throw new IllegalArgumentException(name + " is not set for taille " + band.number());
        }
        return "taille" + band.number();
    }

    private void require(Scope s) {
        if (scope != s) {
            throw new IllegalArgumentException(name + " is set " + scope.name().toLowerCase(Locale.ROOT) + ", not "
                    + s.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Decodes a value encoded by its kind ({@link ParameterKind#encode}). */
    T decode(long encoded) {
        return decode.apply(encoded);
    }

    /** Index of this declaration in {@link #all()}. */
    int index() {
        return index;
    }

    /**
     * Every path these declarations give for the given missions.
     *
     * @param missions the missions
     * @return the paths, sorted
     */
    static java.util.SortedSet<String> paths(Iterable<MissionKey> missions) {
        java.util.SortedSet<String> k = new java.util.TreeSet<>();
        for (Parameter<?> p : ALL) {
            if (p.scope.byMission()) {
                for (MissionKey m : missions) {
                    p.addPaths(k, m);
                }
            } else {
                p.addPaths(k, null);
            }
        }
        return k;
    }

    private void addPaths(java.util.Set<String> out, MissionKey m) {
        if (scope.byBand()) {
            for (SizeBand b : bands) {
                out.add(pathOf(m, b));
            }
        } else {
            out.add(pathOf(m, null));
        }
    }

    /** A path read: its parameter, and the mission and band it names. */
    record Slot(Parameter<?> parameter, Option<MissionKey> mission, Option<SizeBand> band) {}

    /**
     * The parameter a path names.
     *
     * @param path a path
     * @param missions the known missions, or null to accept any well-formed key
     * @return the slot, or none if no declaration gives this path
     */
    static Option<Slot> slotOf(String path, java.util.@org.jspecify.annotations.Nullable Set<MissionKey> missions) {
        for (Parameter<?> p : ALL) {
            Matcher m = p.pattern.matcher(path);
            if (!m.matches()) {
                continue;
            }
            int g = 1;
            Option<MissionKey> mission = Option.none();
            if (p.scope.byMission()) {
                MissionKey k = new MissionKey(m.group(g++));
                if (missions != null && !missions.contains(k)) {
                    return Option.none();
                }
                mission = Option.some(k);
            }
            Option<SizeBand> band = Option.none();
            if (p.scope.byBand()) {
                int n = Integer.parseInt(m.group(g));
                Option<SizeBand> b = p.bands.find(x -> x.number() == n);
                if (b.isEmpty()) {
                    return Option.none();
                }
                band = b;
            }
            return Option.some(new Slot(p, mission, band));
        }
        return Option.none();
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * {@link #bands()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<SizeBand> bandsList() {
        return bands().asJava();
    }

    /**
     * {@link #all()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public static java.util.List<Parameter<?>> allList() {
        return all().asJava();
    }
}
