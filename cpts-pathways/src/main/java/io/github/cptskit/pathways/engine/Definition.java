package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An immutable, versioned care-pathway definition: states, initial and terminal states, the event
 * types it accepts with their data, and transitions with routes, named guards and deadlines. Many
 * instances share one definition; each instance is pinned to the version it started under. Built
 * and checked by its {@link Builder}; run by its compiled {@link #engine()}.
 *
 * <pre>{@code
 * Definition<Object> snp = Definition.builder("snp", 1, "REGULATION_MG")
 *     .event(EventType.of("regule", "regulated", Field.choice("decision", "outcome", "CONSEIL", "RDV")))
 *     .transition(Transition.of("REGULATION_MG", "regule", "CONSEIL").when("decision", "CONSEIL"))
 *     .transition(Transition.of("REGULATION_MG", "regule", "RDV_A_TROUVER").when("decision", "RDV")
 *         .starting(Deadline.of("consultation48h", Duration.ofHours(48), "delaiDepasse")))
 *     …
 *     .terminal("CONSEIL", "CONSULTEE", "ECHEC_48H")
 *     .build().get();
 * Engine<Object> engine = snp.engine();
 * }</pre>
 *
 * <p><b>Deadlines.</b> A deadline started by a transition stays pending until its expiry event is
 * appended, a transition cancels it or the instance reaches a terminal state. Its expiry event is
 * accepted only when due; when the current state has no transition on it, it is still recorded (the
 * state does not change), so that read models see the missed deadline.
 *
 * @param <C> the host's context type, given to guards
 */
public final class Definition<C> {

    /** The most events one command may produce with the events it raises. */
    public static final int RUN_TO_COMPLETION_LIMIT = 64;

    private final String id;
    private final int version;
    private final String initial;
    private final Set<String> states;
    private final Set<String> terminals;
    private final Seq<Transition<C>> transitions;
    private final Map<String, EventType> eventTypes;
    private final ZoneId zone;
    private final Engine<C> engine;

    private Definition(Builder<C> b, Map<String, EventType> eventTypes) {
        this.id = b.id;
        this.version = b.version;
        this.initial = b.initial;
        this.states = b.states;
        this.terminals = b.terminals;
        this.transitions = b.transitions;
        this.eventTypes = eventTypes;
        this.zone = b.zone;
        this.engine = new Engine<>(this); // reads the fields above only
    }

    /**
     * Starts a definition.
     *
     * @param id the pathway's id, e.g. {@code snp-sas}
     * @param version its version, 1 or more
     * @param initial the initial state
     * @param <C> the context type
     * @return a builder
     */
    public static <C> Builder<C> builder(String id, int version, String initial) {
        return new Builder<>(id, version, initial);
    }

    /** @return the engine that runs instances of this definition (compiled once, shared) */
    public Engine<C> engine() {
        return engine;
    }

    /** @return the id */
    public String id() {
        return id;
    }

    /** @return the version */
    public int version() {
        return version;
    }

    /** @return the initial state */
    public String initial() {
        return initial;
    }

    /** @return every state, in declaration order */
    public Set<String> states() {
        return states;
    }

    /** @return the terminal states */
    public Set<String> terminals() {
        return terminals;
    }

    /** @return the transitions, in declaration order */
    public Seq<Transition<C>> transitions() {
        return transitions;
    }

    /** @return the event types accepted, by name, in declaration order */
    public Map<String, EventType> eventTypes() {
        return eventTypes;
    }

    /** @return every deadline the transitions declare, by kind */
    public Map<String, Deadline> deadlines() {
        return LinkedHashMap.ofEntries(transitions.flatMap(Transition::starts).map(d -> io.vavr.Tuple.of(d.kind(), d)));
    }

    /**
     * {@link #states()} as an unmodifiable {@code java.util.Set}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.Set<String> statesSet() {
        return java.util.Collections.unmodifiableSet(states().toJavaSet(java.util.LinkedHashSet::new));
    }

    /**
     * {@link #terminals()} as an unmodifiable {@code java.util.Set}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.Set<String> terminalsSet() {
        return java.util.Collections.unmodifiableSet(terminals().toJavaSet(java.util.LinkedHashSet::new));
    }

    /**
     * {@link #transitions()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Transition<C>> transitionsList() {
        return transitions().asJava();
    }

    /**
     * {@link #eventTypes()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, EventType> eventTypesMap() {
        return java.util.Collections.unmodifiableMap(eventTypes().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * {@link #deadlines()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, Deadline> deadlinesMap() {
        return java.util.Collections.unmodifiableMap(deadlines().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /** @return the time zone in which calendar deadlines are counted (Europe/Paris by default) */
    public ZoneId zone() {
        return zone;
    }

    /**
     * @param state a state
     * @return whether it is terminal
     */
    public boolean isTerminal(String state) {
        return terminals.contains(state);
    }

    /**
     * This definition with calendar deadlines counted in another zone (an overseas département).
     *
     * @param other the zone
     * @return a new definition, same id and version
     */
    public Definition<C> withZone(ZoneId other) {
        Builder<C> b = new Builder<>(id, version, initial);
        b.states = states;
        b.terminals = terminals;
        b.transitions = List.ofAll(transitions);
        b.declared = eventTypes;
        b.zone = Objects.requireNonNull(other, "zone");
        return new Definition<>(b, eventTypes);
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }

    /**
     * Builds a {@link Definition} and checks it. Event types used by transitions or deadlines but not
     * declared are declared without data.
     *
     * @param <C> the context type
     */
    public static final class Builder<C> {
        private final String id;
        private final int version;
        private final String initial;
        private Set<String> states;
        private Set<String> terminals = LinkedHashSet.empty();
        private List<Transition<C>> transitions = List.empty();
        private Map<String, EventType> declared = LinkedHashMap.empty();
        private ZoneId zone = ZoneId.of("Europe/Paris");

        private Builder(String id, int version, String initial) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = version;
            this.initial = Objects.requireNonNull(initial, "initial");
            this.states = LinkedHashSet.of(initial);
        }

        /**
         * Declares an event type and its data.
         *
         * @param type the event type
         * @return this builder
         */
        public Builder<C> event(EventType type) {
            declared = declared.put(type.name(), type);
            return this;
        }

        /**
         * Adds a transition.
         *
         * @param t the transition
         * @return this builder
         */
        public Builder<C> transition(Transition<C> t) {
            transitions = transitions.append(t);
            states = states.add(t.from()).add(t.to());
            return this;
        }

        /**
         * A plain transition.
         *
         * @param from the source state
         * @param on the event type
         * @param to the target state
         * @return this builder
         */
        public Builder<C> transition(String from, String on, String to) {
            return transition(Transition.of(from, on, to));
        }

        /**
         * Declares terminal states.
         *
         * @param names the states
         * @return this builder
         */
        public Builder<C> terminal(String... names) {
            terminals = terminals.addAll(List.of(names));
            states = states.addAll(List.of(names));
            return this;
        }

        /**
         * The zone in which calendar deadlines are counted (default Europe/Paris).
         *
         * @param z the zone
         * @return this builder
         */
        public Builder<C> zone(ZoneId z) {
            this.zone = Objects.requireNonNull(z, "zone");
            return this;
        }

        /**
         * Checks and builds.
         *
         * @return the definition, or every problem naming the states ({@code DEFINITION_UNREACHABLE},
         *     {@code DEFINITION_DEAD_END}, {@code DEFINITION_AMBIGUOUS}, {@code DEFINITION_TERMINAL_EXIT},
         *     {@code DEFINITION_ROUTE}, {@code DEFINITION_RAISE})
         */
        public Validation<Seq<Problem>, Definition<C>> build() {
            Map<String, EventType> types = declared;
            for (Transition<C> t : transitions) {
                for (String name : List.of(t.on())
                        .appendAll(t.raises())
                        .appendAll(t.starts().map(Deadline::expiryEvent))) {
                    if (!types.containsKey(name)) {
                        types = types.put(name, EventType.of(name, "", new Field[0]));
                    }
                }
            }
            Seq<Problem> problems = new DefinitionChecks<>(id, initial, states, terminals, transitions).problems(types);
            return problems.isEmpty() ? Validation.valid(new Definition<>(this, types)) : Validation.invalid(problems);
        }
    }
}
