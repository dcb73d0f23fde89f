package io.github.cptskit.core.member;

/** The kinds of structures that may be members of a CPTS (CSP L.1434-12). */
public enum StructureKind {
    /** Maison de santé pluriprofessionnelle (MSP), often a SISA. */
    MSP,
    /** Centre de santé. */
    CENTRE_DE_SANTE,
    /** Équipe de soins primaires (ESP). */
    ESP,
    /** Établissement de santé (hospital, clinic), identified by FINESS. */
    ETABLISSEMENT_DE_SANTE,
    /** Établissement ou service médico-social (ESMS), identified by FINESS. */
    ESMS,
    /** Social structure or service. */
    SOCIAL,
    /** Dispositif d'appui à la coordination (DAC). */
    DAC,
    /** Local authority (collectivité territoriale or its groupement), identified by SIREN. */
    COLLECTIVITE,
    /** Patients' or users' association (RNA or SIREN). */
    ASSOCIATION_DE_PATIENTS,
    /** Service de prévention et de santé au travail (added to L.1434-12 by loi 2021-1018). */
    SANTE_AU_TRAVAIL
}
