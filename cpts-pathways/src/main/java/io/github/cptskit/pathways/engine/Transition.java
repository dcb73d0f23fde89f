package io.github.cptskit.pathways.engine;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A transition of a definition: from a state, on an event type, to a state, with an optional guard
 * and an optional deadline it schedules.
 *
 * @param from the source state
 * @param on the event type
 * @param to the target state
 * @param guard the guard, if any
 * @param schedules the deadline this transition starts, if any
 * @param <C> the host's context type
 */
public record Transition<C>(String from, String on, String to, Option<Guard<C>> guard, Option<Deadline> schedules) {
    /** Checks the components. */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(schedules, "schedules");
    }
}
