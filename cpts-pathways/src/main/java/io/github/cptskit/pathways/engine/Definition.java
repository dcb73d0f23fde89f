package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * An immutable, versioned care-pathway definition: states, initial and terminal states, transitions
 * with named guards and declared deadlines. Many instances share one definition; each instance is
 * pinned to the version it started under. The definition is also the engine, in the decider style:
 * {@link #evolve} folds an event into a state, {@link #decide} turns a command into the events to
 * append or a {@link Rejection}, {@link #append} checks the expected stream version, and
 * {@link #dueDeadlines} tells the host which deadlines have expired. No threads, no listeners, no
 * locks, no exceptions for refused transitions; time is passed in.
 *
 * <pre>{@code
 * Definition<Ctx> snp = Definition.<Ctx>builder("snp", 1, "APPEL_RECU")
 *     .transition("APPEL_RECU", "regule", "RDV_A_TROUVER", Deadline.of("c48h", Duration.ofHours(48), "echec48h"))
 *     .terminal("CONSULTEE").…build().get();
 * InstanceState s = snp.replay(events);
 * Either<Rejection, Seq<Event>> next = snp.decide("consultationRealisee", patient, data, s, ctx, clock);
 * }</pre>
 *
 * @param <C> the host's context type, given to guards
 */
public final class Definition<C> {

    private final String id;
    private final int version;
    private final String initial;
    private final Set<String> states;
    private final Set<String> terminals;
    // Read-only after construction: the hot path of decide/evolve is one hash lookup.
    private final java.util.Map<String, List<Transition<C>>> byStateAndEvent = new java.util.HashMap<>();
    private final Seq<Transition<C>> transitions;

    private Definition(
            String id,
            int version,
            String initial,
            Set<String> states,
            Set<String> terminals,
            Seq<Transition<C>> transitions) {
        this.id = id;
        this.version = version;
        this.initial = initial;
        this.states = states;
        this.terminals = terminals;
        this.transitions = transitions;
        for (Transition<C> t : transitions) {
            byStateAndEvent.merge(key(t.from(), t.on()), List.of(t), List::appendAll);
        }
    }

    private static String key(String state, String event) {
        return state + '\u0000' + event;
    }

    /**
     * Starts a definition.
     *
     * @param id the pathway's id, e.g. {@code snp}
     * @param version its version, 1 or more
     * @param initial the initial state
     * @param <C> the context type
     * @return a builder
     */
    public static <C> Builder<C> builder(String id, int version, String initial) {
        return new Builder<>(id, version, initial);
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

    /**
     * The state of a new instance.
     *
     * @return the initial state, version 0
     */
    public InstanceState start() {
        return new InstanceState(id, version, initial, 0, TreeMap.empty());
    }

    /**
     * Folds one event into a state. Guards were checked when the event was decided, so replay
     * follows the first transition on that event; deadline expiries and unknown events leave the
     * state where it is, only counting the event.
     *
     * @param s the state
     * @param e the event
     * @return the new state
     */
    public InstanceState evolve(InstanceState s, Event e) {
        TreeMap<String, Deadline> deadlines =
                s.deadlines().filter(d -> !d._2.expiryEvent().equals(e.type()));
        List<Transition<C>> found = byStateAndEvent.get(key(s.state(), e.type()));
        Option<Transition<C>> t = found == null ? Option.none() : found.headOption();
        if (t.isEmpty()) {
            return new InstanceState(s.definitionId(), s.definitionVersion(), s.state(), s.version() + 1, deadlines);
        }
        Transition<C> tr = t.get();
        if (!tr.to().equals(s.state())) {
            // Leaving a state cancels the deadlines it was waiting on.
            deadlines = TreeMap.empty();
        }
        for (Deadline d : tr.schedules()) {
            deadlines =
                    deadlines.put(d.kind(), new Deadline(d.kind(), d.after(), d.expiryEvent(), e.at().plus(d.after())));
        }
        return new InstanceState(s.definitionId(), s.definitionVersion(), tr.to(), s.version() + 1, deadlines);
    }

    /**
     * The state after a whole log: the left fold of {@link #evolve} from {@link #start()}.
     *
     * @param events the log, in order
     * @return the state
     */
    public InstanceState replay(Iterable<Event> events) {
        InstanceState s = start();
        for (Event e : events) {
            s = evolve(s, e);
        }
        return s;
    }

    /**
     * Decides a command: the events to append, or why not.
     *
     * @param eventType the event the command would record
     * @param patient the patient
     * @param data the event's data
     * @param s the current state
     * @param context the host's context, for guards
     * @param clock the clock that stamps the event
     * @return the events to append, or the rejection
     */
    public Either<Rejection, Seq<Event>> decide(
            String eventType,
            PatientRef patient,
            TreeMap<String, String> data,
            InstanceState s,
            C context,
            Clock clock) {
        if (terminals.contains(s.state())) {
            return Either.left(new Rejection(
                    "INSTANCE_TERMINATED",
                    "le parcours est terminé (" + s.state() + ")",
                    "the pathway has ended (" + s.state() + ")",
                    ""));
        }
        Seq<Transition<C>> candidates = byStateAndEvent.getOrDefault(key(s.state(), eventType), List.empty());
        if (candidates.isEmpty()) {
            return Either.left(new Rejection(
                    "TRANSITION_NOT_ALLOWED",
                    "« " + eventType + " » n'est pas possible dans l'état " + s.state(),
                    "\"" + eventType + "\" is not possible in state " + s.state(),
                    ""));
        }
        Event e = new Event(eventType, Instant.now(clock), patient, data);
        for (Transition<C> t : candidates) {
            if (t.guard().forAll(g -> g.test().test(context, e))) {
                return Either.right(List.of(e));
            }
        }
        String refused = candidates.flatMap(Transition::guard).map(Guard::name).mkString(", ");
        return Either.left(new Rejection(
                "GUARD_REFUSED",
                "« " + eventType + " » refusé par : " + refused,
                "\"" + eventType + "\" refused by: " + refused,
                refused));
    }

    /**
     * Appends decided events if the stream is still at the expected version (optimistic concurrency):
     * a stale version is a rejection, never a silent overwrite.
     *
     * @param s the state the host holds
     * @param expectedVersion the version the command was decided on
     * @param events the events
     * @return the new state, or the rejection {@code STALE_VERSION}
     */
    public Either<Rejection, InstanceState> append(InstanceState s, long expectedVersion, Seq<Event> events) {
        if (s.version() != expectedVersion) {
            return Either.left(new Rejection(
                    "STALE_VERSION",
                    "version attendue " + expectedVersion + ", version actuelle " + s.version(),
                    "expected version " + expectedVersion + ", current version " + s.version(),
                    ""));
        }
        InstanceState next = s;
        for (Event e : events) {
            next = evolve(next, e);
        }
        return Either.right(next);
    }

    /**
     * The deadlines that have expired at an instant: the host appends their expiry events.
     *
     * @param s the state
     * @param now the instant
     * @return the expired deadlines, earliest first
     */
    public Seq<Deadline> dueDeadlines(InstanceState s, Instant now) {
        return s.deadlines()
                .values()
                .filter(d -> !d.dueAt().isAfter(now))
                .sortBy(Deadline::dueAt)
                .toList();
    }

    /**
     * The definition as a Mermaid {@code stateDiagram-v2}.
     *
     * @return the diagram source
     */
    public String mermaid() {
        StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
        sb.append("    [*] --> ").append(initial).append('\n');
        for (Transition<C> t : transitions) {
            sb.append("    ")
                    .append(t.from())
                    .append(" --> ")
                    .append(t.to())
                    .append(" : ")
                    .append(t.on())
                    .append(t.guard().map(g -> " [" + g.name() + "]").getOrElse(""))
                    .append(t.schedules().map(d -> " / starts " + d.kind()).getOrElse(""))
                    .append('\n');
        }
        for (String s : terminals) {
            sb.append("    ").append(s).append(" --> [*]\n");
        }
        return sb.toString();
    }

    /**
     * The definition as Graphviz DOT.
     *
     * @return the graph source
     */
    public String dot() {
        StringBuilder sb = new StringBuilder("digraph \"" + id + " v" + version + "\" {\n    rankdir=LR;\n");
        sb.append("    \"").append(initial).append("\" [shape=box, style=bold];\n");
        for (String s : terminals) {
            sb.append("    \"").append(s).append("\" [shape=doublecircle];\n");
        }
        for (Transition<C> t : transitions) {
            sb.append("    \"")
                    .append(t.from())
                    .append("\" -> \"")
                    .append(t.to())
                    .append("\" [label=\"")
                    .append(t.on())
                    .append(t.guard().map(g -> " [" + g.name() + "]").getOrElse(""))
                    .append("\"];\n");
        }
        return sb.append("}\n").toString();
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }

    /**
     * Builds a {@link Definition} and checks it: every state reachable from the initial one, every
     * non-terminal state has a way out, no two transitions on the same event from the same state
     * unless every one of them is guarded (the guards are then declared mutually exclusive).
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

        private Builder(String id, int version, String initial) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = version;
            this.initial = Objects.requireNonNull(initial, "initial");
            this.states = LinkedHashSet.of(initial);
        }

        /**
         * A transition without guard.
         *
         * @param from the source state
         * @param on the event type
         * @param to the target state
         * @return this builder
         */
        public Builder<C> transition(String from, String on, String to) {
            return add(new Transition<>(from, on, to, Option.none(), Option.none()));
        }

        /**
         * A transition that schedules a deadline.
         *
         * @param from the source state
         * @param on the event type
         * @param to the target state
         * @param deadline the deadline started
         * @return this builder
         */
        public Builder<C> transition(String from, String on, String to, Deadline deadline) {
            return add(new Transition<>(from, on, to, Option.none(), Option.some(deadline)));
        }

        /**
         * A guarded transition.
         *
         * @param from the source state
         * @param on the event type
         * @param to the target state
         * @param guard the guard
         * @return this builder
         */
        public Builder<C> transition(String from, String on, String to, Guard<C> guard) {
            return add(new Transition<>(from, on, to, Option.some(guard), Option.none()));
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

        private Builder<C> add(Transition<C> t) {
            transitions = transitions.append(t);
            states = states.add(t.from()).add(t.to());
            return this;
        }

        /**
         * Checks and builds.
         *
         * @return the definition, or problems naming the states ({@code DEFINITION_UNREACHABLE},
         *     {@code DEFINITION_DEAD_END}, {@code DEFINITION_AMBIGUOUS})
         */
        public Validation<Seq<Problem>, Definition<C>> build() {
            List<Problem> problems = List.empty();
            Set<String> reached = LinkedHashSet.of(initial);
            boolean grew = true;
            while (grew) {
                Set<String> from = reached;
                Set<String> next = reached.addAll(
                        transitions.filter(t -> from.contains(t.from())).map(Transition::to));
                grew = next.size() > reached.size();
                reached = next;
            }
            Set<String> finalReached = reached;
            Seq<String> unreachable =
                    states.filter(s -> !finalReached.contains(s)).toList();
            if (!unreachable.isEmpty()) {
                problems = problems.append(Problem.error(
                        "DEFINITION_UNREACHABLE",
                        id + " : états inaccessibles depuis " + initial + " : " + unreachable.mkString(", "),
                        id + ": states unreachable from " + initial + ": " + unreachable.mkString(", ")));
            }
            Seq<String> deadEnds = states.filter(s -> !terminals.contains(s)
                            && transitions.forAll(t -> !t.from().equals(s)))
                    .toList();
            if (!deadEnds.isEmpty()) {
                problems = problems.append(Problem.error(
                        "DEFINITION_DEAD_END",
                        id + " : états non terminaux sans issue : " + deadEnds.mkString(", "),
                        id + ": non-terminal states without a way out: " + deadEnds.mkString(", ")));
            }
            Seq<String> ambiguous = transitions
                    .map(t -> t.from() + " on " + t.on())
                    .distinct()
                    .filter(k -> {
                        List<Transition<C>> same = transitions.filter(t -> (t.from() + " on " + t.on()).equals(k));
                        return same.size() > 1 && same.exists(t -> t.guard().isEmpty());
                    })
                    .sorted();
            if (!ambiguous.isEmpty()) {
                problems = problems.append(Problem.error(
                        "DEFINITION_AMBIGUOUS",
                        id + " : transitions ambiguës (même état, même événement, sans gardes) : "
                                + ambiguous.mkString("; "),
                        id + ": ambiguous transitions (same state and event, not all guarded): "
                                + ambiguous.mkString("; ")));
            }
            return problems.isEmpty()
                    ? Validation.valid(new Definition<>(id, version, initial, states, terminals, transitions))
                    : Validation.invalid(problems);
        }
    }
}
