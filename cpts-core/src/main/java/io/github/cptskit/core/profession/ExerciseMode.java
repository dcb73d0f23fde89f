package io.github.cptskit.core.profession;

/** How a professional practises. */
public enum ExerciseMode {
    /** Self-employed (libéral). */
    LIBERAL,
    /** Employed (salarié). */
    SALARIE,
    /** Both. */
    MIXTE
}
