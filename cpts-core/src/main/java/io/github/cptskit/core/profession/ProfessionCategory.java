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
    /**
     * Auxiliaire médical: the professions of the CSP's fourth part, book III, titles I to VII
     * (infirmier L.4311-1; masseur-kinésithérapeute L.4321-1, pédicure-podologue L.4322-1;
     * ergothérapeute L.4331-1, psychomotricien L.4332-1; orthophoniste L.4341-1, orthoptiste L.4342-1;
     * manipulateur d'électroradiologie médicale L.4351-1, technicien de laboratoire médical L.4352-1;
     * audioprothésiste L.4361-1, opticien-lunetier L.4362-1, prothésistes et orthésistes L.4364-1;
     * diététicien L.4371-1). Not the other professions of the same book (title VIII: aides-soignants,
     * auxiliaires de puériculture, ambulanciers; title IX: assistants dentaires).
     */
    AUXILIAIRE_MEDICAL,
    /**
     * Other health professions: physicien médical, préparateurs en pharmacie, and the professions of the
     * CSP's fourth part, book III, titles VIII and IX, which are not auxiliaires médicaux (aide-soignant,
     * auxiliaire de puériculture, ambulancier, assistant dentaire).
     */
    AUTRE_PROFESSION_DE_SANTE,
    /** Professions whose title is protected but which are not health professions (psychologue, ostéopathe…). */
    USAGE_DE_TITRE,
    /** Social work (assistant de service social). */
    SOCIAL
}
