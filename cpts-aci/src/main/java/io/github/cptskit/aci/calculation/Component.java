package io.github.cptskit.aci.calculation;

/** The kind of a remuneration line. */
public enum Component {
    /** The operating budget (<i>fonctionnement</i>). */
    FONCTIONNEMENT,
    /** The fixed part of a mission (<i>moyens</i>). */
    FIXED,
    /** The variable part of a mission, paid on indicators (<i>actions et résultats</i>). */
    VARIABLE,
    /**
     * The part of the year's total above its size band's ceiling (<i>montant maximal</i>), deducted
     * so that the year pays at most the ceiling: a negative line, present only when the ceiling binds.
     */
    CEILING_CAP
}
