package io.github.cptskit.pathways.engine;

import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A named condition on a transition, evaluated on the host's context and the candidate event. Guards
 * are pure: time comes from the event (stamped with the clock passed to {@code decide}), never from
 * the system.
 *
 * @param name the name shown in rejections and diagrams, e.g. {@code effecteurNotMt}
 * @param test the condition
 * @param <C> the host's context type
 */
public record Guard<C>(String name, BiPredicate<C, Event> test) {
    /** Checks the components. */
    public Guard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(test, "test");
    }
}
