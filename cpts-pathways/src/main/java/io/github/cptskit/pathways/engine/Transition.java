package io.github.cptskit.pathways.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A transition of a definition: from a state, on an event type, to a state; optionally routed by the
 * event's data, guarded, starting or cancelling deadlines, and raising follow-up events (handled after
 * this one, run-to-completion).
 *
 * <pre>{@code
 * Transition.of("TRANSMIS", "decisionArs", "VALIDE")
 *     .when("decision", "VALIDE")
 *     .cancelling("decisionArs2Mois")
 *     .raising("parcoursActive");
 * }</pre>
 *
 * @param from the source state
 * @param on the event type
 * @param to the target state
 * @param route the branch condition on the event's data, if several transitions share the event
 * @param guards the guards, all of which must accept
 * @param starts the deadlines this transition starts
 * @param cancels the kinds of deadline it cancels
 * @param raises the event types it raises, queued after this one
 * @param <C> the host's context type
 */
public record Transition<C>(
        String from,
        String on,
        String to,
        Option<Route> route,
        Seq<Guard<C>> guards,
        Seq<Deadline> starts,
        Seq<String> cancels,
        Seq<String> raises) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param from the source state
     * @param on the event type
     * @param to the target state
     * @param route the branch condition on the event's data, if several transitions share the event
     * @param guards the guards, all of which must accept
     * @param starts the deadlines this transition starts
     * @param cancels the kinds of deadline it cancels
     * @param raises the event types it raises, queued after this one
     */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(guards, "guards");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(cancels, "cancels");
        Objects.requireNonNull(raises, "raises");
    }

    /**
     * A plain transition.
     *
     * @param from the source state
     * @param on the event type
     * @param to the target state
     * @param <C> the context type
     * @return the transition
     */
    public static <C> Transition<C> of(String from, String on, String to) {
        return new Transition<>(from, on, to, Option.none(), List.empty(), List.empty(), List.empty(), List.empty());
    }

    /**
     * @param field the data key
     * @param values the values that take this branch
     * @return this transition, routed
     */
    public Transition<C> when(String field, String... values) {
        return new Transition<>(from, on, to, Option.some(Route.when(field, values)), guards, starts, cancels, raises);
    }

    /**
     * @param guard a guard
     * @return this transition with one more guard
     */
    public Transition<C> guardedBy(Guard<C> guard) {
        return new Transition<>(from, on, to, route, guards.append(guard), starts, cancels, raises);
    }

    /**
     * @param deadline a deadline
     * @return this transition, starting the deadline too
     */
    public Transition<C> starting(Deadline deadline) {
        return new Transition<>(from, on, to, route, guards, starts.append(deadline), cancels, raises);
    }

    /**
     * @param kinds deadline kinds
     * @return this transition, cancelling them too
     */
    public Transition<C> cancelling(String... kinds) {
        return new Transition<>(from, on, to, route, guards, starts, cancels.appendAll(List.of(kinds)), raises);
    }

    /**
     * @param eventType an event type
     * @return this transition, raising it after itself
     */
    public Transition<C> raising(String eventType) {
        return new Transition<>(from, on, to, route, guards, starts, cancels, raises.append(eventType));
    }

    /** @return the label of this transition in diagrams: event, route, guards, deadlines */
    public String label() {
        StringBuilder sb = new StringBuilder(on);
        route.forEach(r -> sb.append(" (").append(r).append(')'));
        if (!guards.isEmpty()) {
            sb.append(" [").append(guards.map(Guard::name).mkString(", ")).append(']');
        }
        starts.forEach(d -> sb.append(" / starts ").append(d.kind()));
        cancels.forEach(k -> sb.append(" / stops ").append(k));
        raises.forEach(r -> sb.append(" / raises ").append(r));
        return sb.toString();
    }

    /**
     * {@link #route()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Route> routeOptional() {
        return route().toJavaOptional();
    }

    /**
     * {@link #guards()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Guard<C>> guardsList() {
        return guards().asJava();
    }

    /**
     * {@link #starts()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Deadline> startsList() {
        return starts().asJava();
    }

    /**
     * {@link #cancels()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> cancelsList() {
        return cancels().asJava();
    }

    /**
     * {@link #raises()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> raisesList() {
        return raises().asJava();
    }
}
