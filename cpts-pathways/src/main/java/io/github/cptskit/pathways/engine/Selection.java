package io.github.cptskit.pathways.engine;

/**
 * What an event does in a state, as the engine selects it: take a compiled transition ({@link Step}),
 * be recorded without moving (a deadline's expiry in a state without a transition for it), or be
 * refused. Internal to the engine; replaces an {@code Object} that was one of the three.
 */
sealed interface Selection permits Step, Selection.Recorded, Selection.Refused {

    /** Recorded without a transition: a missed deadline the current state does not handle. */
    enum Recorded implements Selection {
        /** The only value. */
        INSTANCE
    }

    /**
     * Refused.
     *
     * @param rejection why
     */
    record Refused(Rejection rejection) implements Selection {}
}
