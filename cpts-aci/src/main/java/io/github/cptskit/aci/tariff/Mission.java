package io.github.cptskit.aci.tariff;

import io.github.cptskit.core.cpts.CptsMission;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * The missions of a CPTS under the ACI: four <i>missions socles</i> (mandatory once the ACI is signed)
 * and two optional ones. Each has a fixed part (<i>moyens</i>) and a variable part (<i>actions et
 * résultats</i>) whose amounts are dated parameters of the {@link TariffRules}.
 *
 * <p>Which missions are mandatory is data too ({@code missions.<key>.obligatoire}): the crisis mission
 * became the fourth mandatory mission with avenant 2 (20 December 2021).
 *
 * <p>The vocabulary itself lives in cpts-core ({@link CptsMission}, the missions of a CPTS's projet de
 * santé, CSP L.1434-12-2); this enum is its ACI side, one constant per core mission with the same key:
 * {@link #of(CptsMission)} and {@link #core()} convert.
 */
public enum Mission {
    /** 1. Accès aux soins: a médecin traitant for patients without one, and soins non programmés (SAS). */
    ACCES("acces", "accès aux soins", "access to care"),
    /** 2. Parcours pluriprofessionnels. */
    PARCOURS("parcours", "parcours pluriprofessionnels", "multi-professional care pathways"),
    /** 3. Prévention. */
    PREVENTION("prevention", "prévention", "prevention"),
    /** 4. Réponse aux crises sanitaires graves (avenant 2). */
    CRISES("crises", "réponse aux crises sanitaires graves", "response to serious health crises"),
    /** 5. Qualité et pertinence des soins (optional). */
    QUALITE("qualite", "qualité et pertinence des soins", "quality and relevance of care"),
    /** 6. Accompagnement des professionnels de santé (optional). */
    ACCOMPAGNEMENT("accompagnement", "accompagnement des professionnels de santé", "support to health professionals");

    private final String key;
    private final String labelFr;
    private final String labelEn;

    Mission(String key, String labelFr, String labelEn) {
        this.key = key;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /**
     * The key used in parameter paths and files, e.g. {@code acces}.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The mission's name.
     *
     * @param locale French or other (English)
     * @return the label
     */
    public String label(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
    }

    /**
     * The ACI mission of a CPTS's mission.
     *
     * @param mission the mission in cpts-core's vocabulary
     * @return the same mission under the ACI
     */
    public static Mission of(CptsMission mission) {
        return valueOf(java.util.Objects.requireNonNull(mission, "mission").name());
    }

    /**
     * This mission in cpts-core's vocabulary.
     *
     * @return the core mission with the same key
     */
    public CptsMission core() {
        return CptsMission.valueOf(name());
    }

    /**
     * The mission of a key, case-insensitive.
     *
     * @param key for example {@code acces}, {@code crises}
     * @return the mission, or none
     */
    public static Option<Mission> ofKey(String key) {
        java.util.Objects.requireNonNull(key, "key");
        for (Mission m : values()) {
            if (m.key.equalsIgnoreCase(key.strip())) {
                return Option.some(m);
            }
        }
        return Option.none();
    }

    /**
     * {@link #ofKey(String)} as an {@code Optional} (decision record 0004).
     *
     * @param key the key, case-insensitive
     * @return the same value, or empty
     */
    public static java.util.Optional<Mission> ofKeyOptional(String key) {
        return ofKey(key).toJavaOptional();
    }
}
