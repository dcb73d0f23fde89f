package io.github.cptskit.core.profession;

import io.github.cptskit.core.internal.law.References;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A profession of the people who make up a CPTS, with its code in the ANS nomenclatures:
 * TRE_G15-ProfessionSante (OID 1.2.250.1.71.1.2.7) for health professions, TRE_R95-UsagerTitre for
 * protected titles (psychologue, ostéopathe…), TRE_R94 for social roles. Codes deprecated by the ANS
 * keep their code and say since when.
 *
 * <pre>{@code
 * Profession.ofCode("60").get();          // INFIRMIER
 * Profession.INFIRMIER.isAuxiliaireMedical(); // true
 * }</pre>
 */
public enum Profession {
    /** Médecin (G15 10). */
    MEDECIN("10", "Médecin", Nomenclature.TRE_G15, ProfessionCategory.MEDECIN, null),
    /** Pharmacien (G15 21). */
    PHARMACIEN("21", "Pharmacien", Nomenclature.TRE_G15, ProfessionCategory.PHARMACIEN, null),
    /** Audioprothésiste (G15 26). */
    AUDIOPROTHESISTE("26", "Audioprothésiste", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Opticien-lunetier (G15 28). */
    OPTICIEN_LUNETIER("28", "Opticien-Lunetier", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Assistant dentaire (G15 31; CSP L.4393-8, book III title IX: not an auxiliaire médical). */
    ASSISTANT_DENTAIRE(
            "31", "Assistant dentaire", Nomenclature.TRE_G15, ProfessionCategory.AUTRE_PROFESSION_DE_SANTE, null),
    /** Physicien médical (G15 32). */
    PHYSICIEN_MEDICAL(
            "32", "Physicien médical", Nomenclature.TRE_G15, ProfessionCategory.AUTRE_PROFESSION_DE_SANTE, null),
    /** Aide-soignant (G15 35, deprecated 2024-12-13). */
    AIDE_SOIGNANT(
            "35", "Aide-soignant", Nomenclature.TRE_G15, ProfessionCategory.AUTRE_PROFESSION_DE_SANTE, "2024-12-13"),
    /** Ambulancier (G15 36, deprecated 2024-12-13). */
    AMBULANCIER("36", "Ambulancier", Nomenclature.TRE_G15, ProfessionCategory.AUTRE_PROFESSION_DE_SANTE, "2024-12-13"),
    /** Auxiliaire de puériculture (G15 37, deprecated 2024-12-13). */
    AUXILIAIRE_DE_PUERICULTURE(
            "37",
            "Auxiliaire de puériculture",
            Nomenclature.TRE_G15,
            ProfessionCategory.AUTRE_PROFESSION_DE_SANTE,
            "2024-12-13"),
    /** Préparateur en pharmacie hospitalière (G15 38, deprecated 2024-12-13). */
    PREPARATEUR_PHARMACIE_HOSPITALIERE(
            "38",
            "Préparateur en pharmacie hospitalière",
            Nomenclature.TRE_G15,
            ProfessionCategory.AUTRE_PROFESSION_DE_SANTE,
            "2024-12-13"),
    /** Préparateur en pharmacie (G15 39, deprecated 2024-12-13). */
    PREPARATEUR_PHARMACIE(
            "39",
            "Préparateur en pharmacie (officine)",
            Nomenclature.TRE_G15,
            ProfessionCategory.AUTRE_PROFESSION_DE_SANTE,
            "2024-12-13"),
    /** Chirurgien-dentiste (G15 40). */
    CHIRURGIEN_DENTISTE(
            "40", "Chirurgien-Dentiste", Nomenclature.TRE_G15, ProfessionCategory.CHIRURGIEN_DENTISTE, null),
    /** Sage-femme (G15 50). */
    SAGE_FEMME("50", "Sage-Femme", Nomenclature.TRE_G15, ProfessionCategory.SAGE_FEMME, null),
    /** Infirmier (G15 60). */
    INFIRMIER("60", "Infirmier", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Infirmier psychiatrique (G15 69). */
    INFIRMIER_PSYCHIATRIQUE(
            "69", "Infirmier psychiatrique", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Masseur-kinésithérapeute (G15 70). */
    MASSEUR_KINESITHERAPEUTE(
            "70", "Masseur-Kinésithérapeute", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Pédicure-podologue (G15 80). */
    PEDICURE_PODOLOGUE("80", "Pédicure-Podologue", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Orthoprothésiste (G15 81). */
    ORTHOPROTHESISTE("81", "Orthoprothésiste", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Podo-orthésiste (G15 82). */
    PODO_ORTHESISTE("82", "Podo-Orthésiste", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Orthopédiste-orthésiste (G15 83). */
    ORTHOPEDISTE_ORTHESISTE(
            "83", "Orthopédiste-Orthésiste", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Oculariste (G15 84). */
    OCULARISTE("84", "Oculariste", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Épithésiste (G15 85). */
    EPITHESISTE("85", "Epithésiste", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Technicien de laboratoire médical (G15 86). */
    TECHNICIEN_LABORATOIRE(
            "86",
            "Technicien de laboratoire médical",
            Nomenclature.TRE_G15,
            ProfessionCategory.AUXILIAIRE_MEDICAL,
            null),
    /** Orthophoniste (G15 91). */
    ORTHOPHONISTE("91", "Orthophoniste", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Orthoptiste (G15 92). */
    ORTHOPTISTE("92", "Orthoptiste", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Ergothérapeute (G15 94). */
    ERGOTHERAPEUTE("94", "Ergothérapeute", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Diététicien (G15 95). */
    DIETETICIEN("95", "Diététicien", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Psychomotricien (G15 96). */
    PSYCHOMOTRICIEN("96", "Psychomotricien", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Manipulateur d'électroradiologie médicale (G15 98). */
    MANIPULATEUR_ERM("98", "Manipulateur ERM", Nomenclature.TRE_G15, ProfessionCategory.AUXILIAIRE_MEDICAL, null),
    /** Ostéopathe (R95 71, protected title). */
    OSTEOPATHE("71", "Ostéopathe", Nomenclature.TRE_R95, ProfessionCategory.USAGE_DE_TITRE, null),
    /** Psychothérapeute (R95 72, protected title). */
    PSYCHOTHERAPEUTE("72", "Psychothérapeute", Nomenclature.TRE_R95, ProfessionCategory.USAGE_DE_TITRE, null),
    /** Chiropracteur (R95 73, protected title). */
    CHIROPRACTEUR("73", "Chiropracteur", Nomenclature.TRE_R95, ProfessionCategory.USAGE_DE_TITRE, null),
    /** Psychologue (R95 93, protected title; G15 93 was deprecated at creation). */
    PSYCHOLOGUE("93", "Psychologue", Nomenclature.TRE_R95, ProfessionCategory.USAGE_DE_TITRE, null),
    /** Assistant de service social (R94 41). */
    ASSISTANT_SERVICE_SOCIAL(
            "41", "Assistant de service social", Nomenclature.TRE_R94, ProfessionCategory.SOCIAL, null);

    /** The ANS nomenclatures the codes come from. */
    public enum Nomenclature {
        /** TRE_G15-ProfessionSante, OID 1.2.250.1.71.1.2.7. */
        TRE_G15("https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante"),
        /** TRE_R95-UsagerTitre (its FHIR URL was not confirmed). */
        TRE_R95(null),
        /** TRE_R94 (its FHIR URL was not confirmed). */
        TRE_R94(null);

        private final Option<String> system;

        Nomenclature(String system) {
            this.system = Option.of(system);
        }

        /**
         * The FHIR code system URL, where the ANS publication was read.
         *
         * @return the URL, or none where it was not confirmed
         */
        public Option<String> system() {
            return system;
        }

        /**
         * {@link #system()} as an {@code Optional} (decision record 0004).
         *
         * @return the same value, or empty
         */
        public java.util.Optional<String> systemOptional() {
            return system().toJavaOptional();
        }
    }

    /** Where the codes come from. */
    public static final LegalReference REFERENCE = References.PROFESSION_CODES;

    private final String code;
    private final String label;
    private final Nomenclature nomenclature;
    private final ProfessionCategory category;
    private final Option<LocalDate> deprecatedOn;

    Profession(String code, String label, Nomenclature nomenclature, ProfessionCategory category, String deprecated) {
        this.code = code;
        this.label = label;
        this.nomenclature = nomenclature;
        this.category = category;
        this.deprecatedOn = Option.of(deprecated).map(LocalDate::parse);
    }

    /**
     * The code in its nomenclature.
     *
     * @return for example {@code 60}
     */
    public String code() {
        return code;
    }

    /**
     * The ANS label.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The nomenclature of the code.
     *
     * @return the nomenclature
     */
    public Nomenclature nomenclature() {
        return nomenclature;
    }

    /**
     * The family of the profession.
     *
     * @return the category
     */
    public ProfessionCategory category() {
        return category;
    }

    /**
     * Since when the ANS has deprecated the code, if it has.
     *
     * @return the date
     */
    public Option<LocalDate> deprecatedOn() {
        return deprecatedOn;
    }

    /**
     * Whether this is an auxiliaire médical, as CSP L.4041-1 and L.4041-4 count them: the professions of
     * the CSP's fourth part, book III, titles I to VII ({@link ProfessionCategory#AUXILIAIRE_MEDICAL}),
     * not the aides-soignants, auxiliaires de puériculture, ambulanciers (title VIII) nor assistants
     * dentaires (title IX) that the same book also covers.
     *
     * @return true for infirmiers, masseurs-kinésithérapeutes, orthophonistes…
     */
    public boolean isAuxiliaireMedical() {
        return category == ProfessionCategory.AUXILIAIRE_MEDICAL;
    }

    /**
     * Whether this is a <i>profession médicale</i> (CSP fourth part, book I: médecin L.4111-1,
     * chirurgien-dentiste and sage-femme), the professions that may be SISA associates besides
     * auxiliaires médicaux and pharmaciens (L.4041-1).
     *
     * @return true for médecins, chirurgiens-dentistes and sages-femmes
     */
    public boolean isProfessionMedicale() {
        return category == ProfessionCategory.MEDECIN
                || category == ProfessionCategory.CHIRURGIEN_DENTISTE
                || category == ProfessionCategory.SAGE_FEMME;
    }

    /**
     * The profession of a TRE_G15 code.
     *
     * @param g15 the code, e.g. {@code 60}
     * @return the profession, or the problem {@code PROFESSION_UNKNOWN}
     */
    public static Validation<Seq<Problem>, Profession> ofCode(String g15) {
        return ofCode(Nomenclature.TRE_G15, g15);
    }

    /**
     * The profession of a code in a nomenclature.
     *
     * @param nomenclature the nomenclature
     * @param code the code
     * @return the profession, or the problem {@code PROFESSION_UNKNOWN}
     */
    public static Validation<Seq<Problem>, Profession> ofCode(Nomenclature nomenclature, String code) {
        Objects.requireNonNull(nomenclature, "nomenclature");
        String c = Objects.requireNonNull(code, "code").strip();
        return List.of(values())
                .find(p -> p.nomenclature == nomenclature && p.code.equals(c))
                .toValidation(() -> Problem.of(CoreProblem.PROFESSION_UNKNOWN, nomenclature, code)
                        .withReference(REFERENCE))
                .mapError(p -> List.of(p));
    }

    /**
     * {@link #deprecatedOn()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<LocalDate> deprecatedOnOptional() {
        return deprecatedOn().toJavaOptional();
    }
}
