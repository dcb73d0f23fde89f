package io.github.cptskit.pathways.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A deadline a transition schedules (e.g. consultation within 48 h after regulation): its kind, the
 * delay, and the event the host appends when it expires. In a state, a scheduled deadline has a due
 * instant; reaching the deadline's target event cancels it.
 *
 * @param kind the deadline's name, e.g. {@code consultation48h}
 * @param after the delay from the scheduling event
 * @param expiryEvent the event type to append when due
 * @param dueAt when it is due (set in a state; {@link Instant#MAX} in a definition)
 */
public record Deadline(String kind, Duration after, String expiryEvent, Instant dueAt) {
    /** Checks the components. */
    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(expiryEvent, "expiryEvent");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /**
     * A deadline as declared in a definition.
     *
     * @param kind the name
     * @param after the delay
     * @param expiryEvent the expiry event type
     * @return the declaration
     */
    public static Deadline of(String kind, Duration after, String expiryEvent) {
        return new Deadline(kind, after, expiryEvent, Instant.MAX);
    }
}
