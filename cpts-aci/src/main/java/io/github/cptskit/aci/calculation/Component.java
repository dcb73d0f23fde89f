package io.github.cptskit.aci.calculation;

/** The kind of a remuneration line. */
public enum Component {
    /** The operating budget (<i>fonctionnement</i>). */
    FONCTIONNEMENT,
    /** The fixed part of a mission (<i>moyens</i>). */
    FIXED,
    /** The variable part of a mission, paid on indicators (<i>actions et résultats</i>). */
    VARIABLE
}
