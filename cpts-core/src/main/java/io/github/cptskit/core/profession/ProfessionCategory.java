package io.github.cptskit.core.profession;

/**
 * The families of professions that the law's rules speak of (e.g. the SISA needs médecins and
 * auxiliaires médicaux among its associates, CSP L.4041-4).
 */
public enum ProfessionCategory {
    /** Médecin (CSP part 4, book I). */
    MEDECIN,
    /** Chirurgien-dentiste (CSP part 4, book I). */
    CHIRURGIEN_DENTISTE,
    /** Sage-femme (CSP part 4, book I). */
    SAGE_FEMME,
    /** Pharmacien (CSP part 4, book II). */
    PHARMACIEN,
    /** Auxiliaire médical (CSP part 4, book III: infirmier, masseur-kinésithérapeute, orthophoniste…). */
    AUXILIAIRE_MEDICAL,
    /** Other health professions: physicien médical, and the supporting professions (aide-soignant, préparateurs…). */
    AUTRE_PROFESSION_DE_SANTE,
    /** Professions whose title is protected but which are not health professions (psychologue, ostéopathe…). */
    USAGE_DE_TITRE,
    /** Social work (assistant de service social). */
    SOCIAL
}
