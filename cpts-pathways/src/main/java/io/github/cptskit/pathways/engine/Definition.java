package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Objects;

/**
 * An immutable, versioned care-pathway definition: states, initial and terminal states, the event
 * types it accepts with their data, and transitions with routes, named guards and deadlines. Many
 * instances share one definition; each instance is pinned to the version it started under. The
 * definition is also the engine, in the decider style: {@link #evolve} folds an event into a state,
 * {@link #decide} turns a command into the events to append or a {@link Rejection}, {@link #append}
 * checks the expected stream version, and {@link #dueDeadlines} tells the host which deadlines have
 * expired. No threads, no listeners, no locks, no exceptions for refused transitions; time is passed
 * in.
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
 * InstanceState s = snp.replay(events);
 * Either<Rejection, Seq<Event>> next = snp.decide("regule", patient, TreeMap.of("decision", "RDV"), s, ctx, clock);
 * }</pre>
 *
 * <p><b>Run-to-completion.</b> A transition may raise follow-up events; they are queued and handled
 * one after the other once the triggering event is fully applied, never re-entered. {@link #decide}
 * returns the triggering event followed by every raised one, all or nothing.
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
    // Read-only after construction. The hot path: decide looks up the state's transitions and the
    // event's type once each; evolve reuses the step decide chose (Event.decided), else routes again.
    private final HashMap<String, HashMap<String, Step<C>[]>> table = new HashMap<>();
    private final java.util.Set<String> terminalSet = new java.util.HashSet<>();
    private final java.util.Set<String> expiryEvents = new java.util.HashSet<>();
    private final HashMap<String, Checker> typesByName = new HashMap<>();
    private static final Object NO_TRANSITION = new Object();
    private static final TreeMap<String, Deadline> NO_DEADLINES = TreeMap.empty();

    @SuppressWarnings("unchecked")
    private Definition(Builder<C> b, Map<String, EventType> eventTypes) {
        this.id = b.id;
        this.version = b.version;
        this.initial = b.initial;
        this.states = b.states;
        this.terminals = b.terminals;
        this.transitions = b.transitions;
        this.eventTypes = eventTypes;
        this.zone = b.zone;
        terminals.forEach(terminalSet::add);
        for (Transition<C> t : transitions) {
            HashMap<String, Step<C>[]> byEvent = table.computeIfAbsent(t.from(), k -> new HashMap<>());
            Step<C>[] old = byEvent.getOrDefault(t.on(), new Step[0]);
            Step<C>[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = new Step<>(this, t, terminalSet.contains(t.to()));
            byEvent.put(t.on(), grown);
            t.starts().forEach(d -> expiryEvents.add(d.expiryEvent()));
        }
        eventTypes.forEach((k, v) -> typesByName.put(k, new Checker(v)));
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

    /** @return the time zone in which calendar deadlines are counted (Europe/Paris by default) */
    public ZoneId zone() {
        return zone;
    }

    /**
     * @param state a state
     * @return whether it is terminal
     */
    public boolean isTerminal(String state) {
        return terminalSet.contains(state);
    }

    /**
     * The state of a new instance.
     *
     * @return the initial state, version 0
     */
    public InstanceState start() {
        return new InstanceState(id, version, initial, 0, NO_DEADLINES);
    }

    private Step<C> route(String state, Event e) {
        HashMap<String, Step<C>[]> byEvent = table.get(state);
        return route(byEvent == null ? null : byEvent.get(e.type()), e);
    }

    private static <C> Step<C> route(Step<C>[] candidates, Event e) {
        if (candidates == null) {
            return null;
        }
        for (Step<C> t : candidates) {
            if (t.matches(e)) {
                return t;
            }
        }
        return null;
    }

    /** A transition compiled for the hot path: arrays and hash sets instead of persistent collections. */
    private static final class Step<C> {
        final Transition<C> t;
        final String routeField;
        final java.util.Set<String> routeValues;
        final Guard<C>[] guards;
        final Deadline[] starts;
        final String[] cancels;
        final boolean raises;
        final boolean toTerminal;
        final Definition<C> owner;

        @SuppressWarnings("unchecked")
        Step(Definition<C> owner, Transition<C> t, boolean toTerminal) {
            this.owner = owner;
            this.t = t;
            this.toTerminal = toTerminal;
            this.routeField = t.route().map(Route::field).getOrNull();
            this.routeValues = t.route().map(r -> r.values().toJavaSet()).getOrElse(java.util.Set.of());
            this.guards = t.guards().toJavaArray(n -> new Guard[n]);
            this.starts = t.starts().toJavaArray(Deadline[]::new);
            this.cancels = t.cancels().toJavaArray(String[]::new);
            this.raises = !t.raises().isEmpty();
        }

        boolean matches(Event e) {
            if (routeField == null) {
                return true;
            }
            String v = e.datum(routeField);
            return v != null && routeValues.contains(v);
        }
    }

    /** An event type compiled for the hot path; the full {@link EventType#check} runs only on failure. */
    private static final class Checker {
        final EventType type;
        final Field[] fields;
        final java.util.List<java.util.Set<String>> choices = new java.util.ArrayList<>();

        Checker(EventType type) {
            this.type = type;
            this.fields = type.fields().toJavaArray(Field[]::new);
            for (Field f : fields) {
                choices.add(f.choices().toJavaSet());
            }
        }

        boolean valid(Event e) {
            int present = 0;
            for (int i = 0; i < fields.length; i++) {
                Field f = fields[i];
                String v = e.datum(f.name());
                if (v != null) {
                    present++;
                }
                boolean ok = f.kind() == Field.Kind.CHOICE
                        ? (v == null ? !f.required() : choices.get(i).contains(v))
                        : f.accepts(v);
                if (!ok) {
                    return false;
                }
            }
            return present == e.data().size(); // no datum outside the schema
        }
    }

    /**
     * Folds one event into a state. Guards were checked when the event was decided; the branch is
     * read from the event's data, so replay takes the same transitions. An event without transition
     * (a recorded deadline expiry) leaves the state where it is, only counting the event.
     *
     * @param s the state
     * @param e the event
     * @return the new state
     */
    @SuppressWarnings("unchecked")
    public InstanceState evolve(InstanceState s, Event e) {
        TreeMap<String, Deadline> deadlines = s.deadlines();
        if (!deadlines.isEmpty() && expiryEvents.contains(e.type())) {
            deadlines = deadlines.filter(d -> !d._2.expiryEvent().equals(e.type()));
        }
        Step<C> step =
                e.decided instanceof Step<?> d && d.owner == this && d.t.from().equals(s.state())
                        ? (Step<C>) d
                        : route(s.state(), e);
        if (step == null) {
            return new InstanceState(s.definitionId(), s.definitionVersion(), s.state(), s.version() + 1, deadlines);
        }
        Transition<C> t = step.t;
        if (step.toTerminal) {
            deadlines = NO_DEADLINES;
        } else {
            for (String kind : step.cancels) {
                deadlines = deadlines.remove(kind);
            }
            for (Deadline d : step.starts) {
                deadlines = deadlines.put(d.kind(), d.startedAt(e.at(), zone));
            }
        }
        return new InstanceState(s.definitionId(), s.definitionVersion(), t.to(), s.version() + 1, deadlines);
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
     * Decides a command: the events to append (the command's event then any it raised), or why not.
     * The event's data is checked against its {@link EventType} first, every problem at once.
     *
     * @param eventType the event the command would record
     * @param patient the patient (or the subject of a territory-level pathway, pseudonymous too)
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
        HashMap<String, Step<C>[]> byEvent = table.get(s.state()); // null for terminal states only
        if (byEvent == null && terminalSet.contains(s.state())) {
            return Either.left(Rejection.of(
                    "INSTANCE_TERMINATED",
                    "le parcours est terminé (" + s.state() + ")",
                    "the pathway has ended (" + s.state() + ")"));
        }
        Checker type = typesByName.get(eventType);
        if (type == null) {
            return Either.left(Rejection.of(
                    "EVENT_UNKNOWN",
                    "« " + eventType + " » n'est pas un événement du parcours " + id,
                    "\"" + eventType + "\" is not an event of pathway " + id));
        }
        Event event = new Event(eventType, Instant.now(clock), patient, data);
        Seq<Problem> problems = type.valid(event) ? List.empty() : type.type.check(data);
        if (!problems.isEmpty()) {
            return Either.left(new Rejection(
                    "EVENT_DATA",
                    problems.map(Problem::messageFr).mkString(" ; "),
                    problems.map(Problem::messageEn).mkString("; "),
                    List.empty(),
                    problems));
        }
        return run(s, byEvent, event, context);
    }

    @SuppressWarnings("unchecked")
    private Either<Rejection, Seq<Event>> run(
            InstanceState s, HashMap<String, Step<C>[]> byEvent, Event first, C context) {
        Object direct = select(s, byEvent, first, context);
        if (direct instanceof Rejection r) {
            return Either.left(r);
        }
        if (direct == NO_TRANSITION || !((Step<C>) direct).raises) {
            first.decided = direct;
            return Either.right(List.of(first)); // the usual case: nothing raised, no queue
        }
        ArrayDeque<Event> queue = new ArrayDeque<>(2);
        queue.add(first);
        List<Event> out = List.empty();
        InstanceState current = s;
        int handled = 0;
        while (!queue.isEmpty()) {
            Event e = queue.poll();
            if (++handled > RUN_TO_COMPLETION_LIMIT) {
                return Either.left(Rejection.of(
                        "RUN_TO_COMPLETION_LIMIT",
                        "plus de " + RUN_TO_COMPLETION_LIMIT + " événements déclenchés par « " + first.type() + " »",
                        "more than " + RUN_TO_COMPLETION_LIMIT + " events raised by \"" + first.type() + "\""));
            }
            Object chosen = terminalSet.contains(current.state())
                    ? Rejection.of(
                            "INSTANCE_TERMINATED",
                            "le parcours est terminé (" + current.state() + ")",
                            "the pathway has ended (" + current.state() + ")")
                    : select(current, table.get(current.state()), e, context);
            if (chosen instanceof Rejection r) {
                return Either.left(e == first ? r : raisedRefused(first, e, r));
            }
            out = out.prepend(e);
            e.decided = chosen;
            current = evolve(current, e);
            if (chosen != NO_TRANSITION) {
                for (String raised : ((Step<C>) chosen).t.raises()) {
                    queue.add(new Event(raised, e.at(), e.patient(), TreeMap.empty()));
                }
            }
        }
        return Either.right(out.reverse());
    }

    private static Rejection raisedRefused(Event first, Event raised, Rejection inner) {
        return new Rejection(
                "RAISED_EVENT_REFUSED",
                "« " + raised.type() + " », déclenché par « " + first.type() + " », est refusé : " + inner.messageFr(),
                "\"" + raised.type() + "\", raised by \"" + first.type() + "\", is refused: " + inner.messageEn(),
                inner.guards(),
                inner.problems());
    }

    /** The transition an event takes: a {@code Step}, {@code NO_TRANSITION} (a recorded expiry) or a Rejection. */
    private Object select(InstanceState s, HashMap<String, Step<C>[]> byEvent, Event e, C context) {
        if (!s.deadlines().isEmpty()) {
            Object late = deadlineCheck(s, e);
            if (late != null) {
                return late;
            }
        } else if (expiryEvents.contains(e.type())) {
            return Rejection.of(
                    "DEADLINE_NOT_PENDING",
                    "« " + e.type() + " » : aucune échéance correspondante n'est en cours",
                    "\"" + e.type() + "\": no such deadline is pending");
        }
        Step<C>[] candidates = byEvent == null ? null : byEvent.get(e.type());
        if (candidates == null) {
            if (expiryEvents.contains(e.type())) {
                return NO_TRANSITION; // a missed deadline, recorded without moving
            }
            return Rejection.of(
                    "TRANSITION_NOT_ALLOWED",
                    "« " + e.type() + " » n'est pas possible dans l'état " + s.state(),
                    "\"" + e.type() + "\" is not possible in state " + s.state());
        }
        Step<C> t = route(candidates, e);
        if (t == null) {
            String routes = List.of(candidates).flatMap(x -> x.t.route()).mkString(" | ");
            return Rejection.of(
                    "NO_ROUTE",
                    "« " + e.type() + " » dans l'état " + s.state() + " attend " + routes,
                    "\"" + e.type() + "\" in state " + s.state() + " expects " + routes);
        }
        boolean accepted = true;
        for (Guard<C> g : t.guards) {
            accepted &= g.test().test(context, e);
        }
        if (!accepted) {
            Seq<String> refused =
                    List.of(t.guards).filter(g -> !g.test().test(context, e)).map(Guard::name);
            return new Rejection(
                    "GUARD_REFUSED",
                    "« " + e.type() + " » refusé par : " + refused.mkString(", "),
                    "\"" + e.type() + "\" refused by: " + refused.mkString(", "),
                    refused,
                    List.empty());
        }
        return t;
    }

    /**
     * With deadlines pending: nothing may be recorded after an expired deadline until its expiry is
     * (replay and read models then see events in the order they took effect), and an expiry is
     * recorded only when due.
     */
    private Rejection deadlineCheck(InstanceState s, Event e) {
        boolean overdue = false;
        boolean expiresOverdue = false;
        boolean pending = false;
        boolean due = false;
        Iterable<io.vavr.Tuple2<String, Deadline>> pendingDeadlines =
                s.deadlines().size() == 1 ? List.of(s.deadlines().head()) : s.deadlines();
        for (io.vavr.Tuple2<String, Deadline> kv : pendingDeadlines) {
            Deadline d = kv._2;
            boolean isDue = !d.dueAt().isAfter(e.at());
            boolean mine = d.expiryEvent().equals(e.type());
            overdue |= isDue;
            expiresOverdue |= isDue && mine;
            pending |= mine;
            due |= mine && isDue;
        }
        if (overdue && !expiresOverdue) {
            String kinds = s.deadlines()
                    .values()
                    .filter(d -> !d.dueAt().isAfter(e.at()))
                    .map(d -> d.expiryEvent() + " (" + d.dueAt() + ")")
                    .mkString(", ");
            return Rejection.of(
                    "DEADLINE_OVERDUE",
                    "des échéances sont passées : ajoutez d'abord " + kinds,
                    "deadlines have expired: append first " + kinds);
        }
        if (!expiryEvents.contains(e.type())) {
            return null;
        }
        if (!pending) {
            return Rejection.of(
                    "DEADLINE_NOT_PENDING",
                    "« " + e.type() + " » : aucune échéance correspondante n'est en cours",
                    "\"" + e.type() + "\": no such deadline is pending");
        }
        if (!due) {
            Instant at = s.deadlines()
                    .values()
                    .filter(d -> d.expiryEvent().equals(e.type()))
                    .map(Deadline::dueAt)
                    .min()
                    .get();
            return Rejection.of(
                    "DEADLINE_NOT_DUE",
                    "« " + e.type() + " » : l'échéance tombe le " + at,
                    "\"" + e.type() + "\": the deadline falls due at " + at);
        }
        return null;
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
            return Either.left(Rejection.of(
                    "STALE_VERSION",
                    "version attendue " + expectedVersion + ", version actuelle " + s.version(),
                    "expected version " + expectedVersion + ", current version " + s.version()));
        }
        if (events.size() == 1) {
            return Either.right(evolve(s, events.head())); // no iterator on the usual path
        }
        InstanceState next = s;
        for (Event e : events) {
            next = evolve(next, e);
        }
        return Either.right(next);
    }

    /**
     * The deadlines that have expired at an instant: the host appends their expiry events (decided
     * with a clock at or after their due instant).
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
     * The expiry events a host appends at an instant: the earliest due deadline's expiry, decided at
     * its due instant, then the next one due in the resulting state, and so on (an expiry may end the
     * instance or start other deadlines, so the list is recomputed after each).
     *
     * <pre>{@code
     * def.expire(state, subject, ctx, Instant.now(clock))
     *    .forEach(events -> store.append(id, state.version(), events));
     * }</pre>
     *
     * @param s the state
     * @param subject the patient or subject of the instance
     * @param context the host's context, for guards
     * @param now the instant
     * @return the events to append (empty when nothing is due), or the rejection of one of them
     */
    public Either<Rejection, Seq<Event>> expire(InstanceState s, PatientRef subject, C context, Instant now) {
        List<Event> out = List.empty();
        InstanceState current = s;
        for (int i = 0; i < RUN_TO_COMPLETION_LIMIT; i++) {
            Seq<Deadline> due = dueDeadlines(current, now);
            if (due.isEmpty()) {
                return Either.right(out);
            }
            Deadline d = due.head();
            Either<Rejection, Seq<Event>> e =
                    decide(d.expiryEvent(), subject, TreeMap.empty(), current, context, Clock.fixed(d.dueAt(), zone));
            if (e.isLeft()) {
                return e;
            }
            out = out.appendAll(e.get());
            for (Event x : e.get()) {
                current = evolve(current, x);
            }
        }
        return Either.left(Rejection.of(
                "RUN_TO_COMPLETION_LIMIT",
                "plus de " + RUN_TO_COMPLETION_LIMIT + " échéances à la fois",
                "more than " + RUN_TO_COMPLETION_LIMIT + " deadlines at once"));
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
                    .append(t.label())
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
                    .append(t.label())
                    .append("\"];\n");
        }
        return sb.append("}\n").toString();
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
        public io.vavr.control.Validation<Seq<Problem>, Definition<C>> build() {
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
            List<Problem> problems = List.empty();
            problems = problems.appendAll(unreachable());
            problems = problems.appendAll(deadEnds());
            problems = problems.appendAll(ambiguous());
            Seq<String> exits = transitions
                    .filter(t -> terminals.contains(t.from()))
                    .map(Transition::from)
                    .distinct();
            if (!exits.isEmpty()) {
                problems = problems.append(error(
                        "DEFINITION_TERMINAL_EXIT",
                        "des états terminaux ont des transitions sortantes : " + exits.mkString(", "),
                        "terminal states with outgoing transitions: " + exits.mkString(", ")));
            }
            problems = problems.appendAll(routes(types));
            problems = problems.appendAll(raises(types));
            return problems.isEmpty()
                    ? io.vavr.control.Validation.valid(new Definition<>(this, types))
                    : io.vavr.control.Validation.invalid(problems);
        }

        private Problem error(String code, String fr, String en) {
            return Problem.error(code, id + " : " + fr, id + ": " + en);
        }

        private Seq<Problem> unreachable() {
            Set<String> reached = LinkedHashSet.of(initial);
            boolean grew = true;
            while (grew) {
                Set<String> from = reached;
                Set<String> next = reached.addAll(
                        transitions.filter(t -> from.contains(t.from())).map(Transition::to));
                grew = next.size() > reached.size();
                reached = next;
            }
            Set<String> all = reached;
            Seq<String> lost = states.filter(s -> !all.contains(s)).toList();
            return lost.isEmpty()
                    ? List.empty()
                    : List.of(error(
                            "DEFINITION_UNREACHABLE",
                            "états inaccessibles depuis " + initial + " : " + lost.mkString(", "),
                            "states unreachable from " + initial + ": " + lost.mkString(", ")));
        }

        private Seq<Problem> deadEnds() {
            Seq<String> dead = states.filter(s -> !terminals.contains(s)
                            && transitions.forAll(t -> !t.from().equals(s)))
                    .toList();
            return dead.isEmpty()
                    ? List.empty()
                    : List.of(error(
                            "DEFINITION_DEAD_END",
                            "états non terminaux sans issue : " + dead.mkString(", "),
                            "non-terminal states without a way out: " + dead.mkString(", ")));
        }

        private Seq<Problem> ambiguous() {
            // Several transitions on one event from one state must all be routed on the same field
            // with disjoint values: then exactly one can match any event, on decide and on replay.
            Seq<String> bad = transitions
                    .groupBy(t -> t.from() + " on " + t.on())
                    .filter(g -> g._2.size() > 1 && !exclusive(g._2))
                    .keySet()
                    .toList()
                    .sorted();
            return bad.isEmpty()
                    ? List.empty()
                    : List.of(error(
                            "DEFINITION_AMBIGUOUS",
                            "transitions ambiguës (même état, même événement, sans routes disjointes sur une même donnée) : "
                                    + bad.mkString("; "),
                            "ambiguous transitions (same state and event, not routed on one field with disjoint values): "
                                    + bad.mkString("; ")));
        }

        private static <C> boolean exclusive(Seq<Transition<C>> same) {
            if (same.exists(t -> t.route().isEmpty())) {
                return false;
            }
            Seq<Route> routes = same.map(t -> t.route().get());
            if (routes.map(Route::field).distinct().size() != 1) {
                return false;
            }
            Seq<String> values = routes.flatMap(Route::values);
            return values.distinct().size() == values.size();
        }

        private Seq<Problem> routes(Map<String, EventType> types) {
            return transitions.flatMap(t -> t.route().flatMap(r -> {
                Option<Field> f = types.get(t.on())
                        .flatMap(et -> et.fields().find(x -> x.name().equals(r.field())));
                boolean ok = f.exists(
                        x -> x.kind() == Field.Kind.CHOICE && r.values().forAll(x.choices()::contains));
                return ok
                        ? Option.none()
                        : Option.some(error(
                                "DEFINITION_ROUTE",
                                t.from() + " sur " + t.on() + " : la route " + r
                                        + " doit porter sur un champ à choix de l'événement, avec ses valeurs",
                                t.from() + " on " + t.on() + ": route " + r
                                        + " must read a choice field of the event, with its values"));
            }));
        }

        private Seq<Problem> raises(Map<String, EventType> types) {
            return transitions.flatMap(t -> t.raises().flatMap(r -> {
                boolean carriesNothing = types.get(r).exists(et -> et.fields().forAll(f -> !f.required()));
                // Queued after the others, a raised event may be handled from a later state.
                boolean handled = transitions.exists(x -> x.on().equals(r));
                return carriesNothing && handled
                        ? Option.none()
                        : Option.some(error(
                                "DEFINITION_RAISE",
                                t.from() + " sur " + t.on() + " déclenche " + r
                                        + " : une transition doit le traiter, et il ne porte pas de donnée obligatoire",
                                t.from() + " on " + t.on() + " raises " + r
                                        + ": some transition must handle it, and it carries no required data"));
            }));
        }
    }
}
