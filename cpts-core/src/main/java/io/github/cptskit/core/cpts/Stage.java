package io.github.cptskit.core.cpts;

/** The stages of a CPTS's life, in order. */
public enum Stage {
    /** Professionals have taken the initiative. */
    INITIATIVE,
    /** The ARS has received a lettre d'intention (and may fund the preparation). */
    LETTRE_D_INTENTION,
    /** The projet de santé has been sent to the ARS. */
    PROJET_DE_SANTE_SUBMITTED,
    /** The ARS has approved the projet, expressly or by its silence for two months. */
    APPROVED_BY_ARS,
    /** The ACI contract has been signed with the CPAM and the ARS. */
    ACI_SIGNED,
    /** The CPTS runs its missions. */
    ACTIVE,
    /** The CPTS has been dissolved. */
    DISSOLVED
}
