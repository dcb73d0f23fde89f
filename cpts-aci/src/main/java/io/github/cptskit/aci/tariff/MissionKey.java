package io.github.cptskit.aci.tariff;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A mission of the ACI as data: the key under which rule files set its figures ({@code
 * missions.<key>.fixe.tailleN}). The six missions of the accord and avenant 2 are constants (one per
 * {@link Mission}); a reform adds another by setting {@code missions.<key>.obligatoire} for a new key,
 * with its amounts by band and, when mandatory, its deadlines, from its effective date. Calculations
 * and simulations go over the missions the rules in force declare ({@link Tariff#missions()}).
 *
 * <pre>{@code
 * MissionKey mental = MissionKey.of("sante_mentale");
 * mental.mission();           // none: declared by a reform's rule data
 * MissionKey.ACCES.mission(); // some(Mission.ACCES)
 * }</pre>
 *
 * @param key lower-case letters, digits and underscores, starting with a letter, e.g. {@code acces}
 */
public record MissionKey(String key) implements Comparable<MissionKey> {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    /** 1. Accès aux soins. */
    public static final MissionKey ACCES = new MissionKey(Mission.ACCES.key());
    /** 2. Parcours pluriprofessionnels. */
    public static final MissionKey PARCOURS = new MissionKey(Mission.PARCOURS.key());
    /** 3. Prévention. */
    public static final MissionKey PREVENTION = new MissionKey(Mission.PREVENTION.key());
    /** 4. Réponse aux crises sanitaires graves (avenant 2). */
    public static final MissionKey CRISES = new MissionKey(Mission.CRISES.key());
    /** 5. Qualité et pertinence des soins (optional). */
    public static final MissionKey QUALITE = new MissionKey(Mission.QUALITE.key());
    /** 6. Accompagnement des professionnels de santé (optional). */
    public static final MissionKey ACCOMPAGNEMENT = new MissionKey(Mission.ACCOMPAGNEMENT.key());

    private static final List<MissionKey> BUILT_IN = List.of(Mission.values()).map(m -> new MissionKey(m.key()));

    /**
     * Checks the key's form.
     *
     * @param key lower-case letters, digits and underscores, starting with a letter, e.g. {@code acces}
     */
    public MissionKey {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "a mission key is lower-case letters, digits and underscores, starting with a letter: " + key);
        }
    }

    /**
     * A mission key.
     *
     * @param key for example {@code sante_mentale}
     * @return the key
     * @throws IllegalArgumentException if malformed
     */
    public static MissionKey of(String key) {
        return new MissionKey(key);
    }

    /**
     * The key of a mission of the accord.
     *
     * @param mission the mission
     * @return its key
     */
    public static MissionKey of(Mission mission) {
        return BUILT_IN.get(Objects.requireNonNull(mission, "mission").ordinal());
    }

    /**
     * Whether a text is a well-formed key.
     *
     * @param key the text
     * @return true if {@link #of(String)} accepts it
     */
    public static boolean isWellFormed(String key) {
        return KEY.matcher(Objects.requireNonNull(key, "key")).matches();
    }

    /**
     * The six missions of the accord and avenant 2, in {@link Mission} order.
     *
     * @return the keys
     */
    public static Seq<MissionKey> builtIn() {
        return BUILT_IN;
    }

    /**
     * The mission of the accord with this key.
     *
     * @return the mission, or none for a mission declared by rule data
     */
    public Option<Mission> mission() {
        return Mission.ofKey(key).filter(m -> m.key().equals(key));
    }

    /**
     * The mission's name: the accord's label, or the key for a mission declared by rule data.
     *
     * @param locale French or other (English)
     * @return the label
     */
    public String label(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return mission().map(m -> m.label(locale)).getOrElse(key);
    }

    // Written out rather than generated: a record's generated equals and hashCode bootstrap through method
    // handles on first use (dozens of classes spun at start-up), and this key is hashed in every tariff.
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof MissionKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(MissionKey o) {
        return key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return key;
    }

    /**
     * {@link #builtIn()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public static java.util.List<MissionKey> builtInList() {
        return builtIn().asJava();
    }

    /**
     * {@link #mission()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Mission> missionOptional() {
        return mission().toJavaOptional();
    }
}
