package io.github.cptskit.core.cpts;

import io.github.cptskit.core.internal.law.References;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.Objects;

/**
 * The missions a CPTS may take on: the vocabulary of its projet de santé and of its ACI contract.
 * CSP L.1434-12-2 (ordonnance n° 2021-584) lists them as the public-service missions a CPTS may be
 * asked to carry out under a convention with the ARS and the CPAM; the ACI CPTS (accord of 20 June
 * 2019, avenant 2 of 20 December 2021) funds them, four of them mandatory once it is signed (access,
 * pathways, prevention and, since avenant 2, crisis response) and two optional. Which are mandatory on
 * a date is data of cpts-aci's tariff rules, not of this vocabulary.
 *
 * <pre>{@code
 * CptsMission.parse("acces").get();      // ACCES
 * CptsMission.parse("acess").getError(); // MISSION_UNKNOWN, with the keys expected
 * }</pre>
 */
public enum CptsMission {
    /** Accès aux soins: a médecin traitant for patients without one, and soins non programmés (SAS). */
    ACCES("acces", "accès aux soins", "access to care"),
    /** Organisation de parcours pluriprofessionnels. */
    PARCOURS("parcours", "parcours pluriprofessionnels", "multi-professional care pathways"),
    /** Prévention. */
    PREVENTION("prevention", "prévention", "prevention"),
    /** Réponse aux crises sanitaires graves (mandatory under the ACI since avenant 2). */
    CRISES("crises", "réponse aux crises sanitaires graves", "response to serious health crises"),
    /** Qualité et pertinence des soins (optional under the ACI). */
    QUALITE("qualite", "qualité et pertinence des soins", "quality and relevance of care"),
    /** Accompagnement des professionnels de santé (optional under the ACI). */
    ACCOMPAGNEMENT("accompagnement", "accompagnement des professionnels de santé", "support to health professionals");

    /** The article that lists the missions. */
    public static final LegalReference REFERENCE = References.CPTS_MISSIONS;

    private final String key;
    private final String labelFr;
    private final String labelEn;

    CptsMission(String key, String labelFr, String labelEn) {
        this.key = key;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /**
     * The key used in files and parameter paths, e.g. {@code acces}.
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
        return "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? labelFr : labelEn;
    }

    /**
     * The mission of a key, case-insensitive, surrounding spaces ignored.
     *
     * @param key for example {@code acces}, {@code crises}
     * @return the mission, or the problem {@code MISSION_UNKNOWN} naming the keys expected
     * @throws NullPointerException if {@code key} is null
     */
    public static Validation<Seq<Problem>, CptsMission> parse(String key) {
        String k = Objects.requireNonNull(key, "key").strip();
        for (CptsMission m : values()) {
            if (m.key.equalsIgnoreCase(k)) {
                return Validation.valid(m);
            }
        }
        String expected =
                io.vavr.collection.List.of(values()).map(CptsMission::key).mkString(", ");
        return invalid(Problem.of(CoreProblem.MISSION_UNKNOWN, k, expected).withReference(REFERENCE));
    }

    private static <T> Validation<Seq<Problem>, T> invalid(Problem p) {
        return Validation.invalid(io.vavr.collection.List.of(p));
    }
}
