package io.github.cptskit.pathways.engine;

import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A named condition on a transition, evaluated on the host's context and the candidate event. Guards
 * are pure: time comes from the event (stamped with the clock passed to {@code decide}), never from
 * the system. A guard refuses; it never chooses a branch (that is a {@link Route}, read from the
 * event's data so that replay needs no context).
 *
 * <pre>{@code
 * Guard<Object> notMt = Guard.onEvent("effecteurNotMt",
 *     e -> !java.util.Objects.equals(e.datum("effecteur"), e.datum("medecinTraitant")));
 * }</pre>
 *
 * @param name the name shown in rejections and diagrams, e.g. {@code effecteurNotMt}
 * @param test the condition
 * @param <C> the host's context type
 */
public record Guard<C>(String name, BiPredicate<C, Event> test) {
    /**
     * Checks the components.
     *
     * @param name the name shown in rejections and diagrams, e.g. {@code effecteurNotMt}
     * @param test the condition
     */
    public Guard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(test, "test");
    }

    /**
     * A guard reading the event only: the log then shows the facts that allowed the transition.
     *
     * @param name the name
     * @param test the condition on the event
     * @param <C> any context type
     * @return the guard
     */
    public static <C> Guard<C> onEvent(String name, Predicate<Event> test) {
        Objects.requireNonNull(test, "test");
        return new Guard<>(name, (c, e) -> test.test(e));
    }
}
