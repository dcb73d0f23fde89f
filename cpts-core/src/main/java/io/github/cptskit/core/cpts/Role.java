package io.github.cptskit.core.cpts;

/** The roles a member holds in a CPTS's association. */
public enum Role {
    /** Président of the bureau. */
    PRESIDENT,
    /** Trésorier of the bureau. */
    TRESORIER,
    /** Secrétaire of the bureau. */
    SECRETAIRE,
    /** Référent of a mission. */
    REFERENT,
    /** Plain member. */
    MEMBRE
}
