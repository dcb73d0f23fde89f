package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Label;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.internal.EventIds;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@link Definition} compiled for running instances, in the decider style: {@link #decide} turns a
 * {@link Command} into a {@link Decision} (the events to append and the state after them) or a
 * {@link Rejection}; {@link #evolve} folds one stored event into a state; {@link #replay} folds a
 * log; {@link #expire} decides the expiries of due deadlines. Immutable and thread-safe: share one
 * across threads. No I/O, no locks, no exceptions for refused commands; time is passed in.
 *
 * <pre>{@code
 * Engine<NoContext> p2 = Catalogue.find("P2").get().definition().engine();
 * InstanceState s = p2.start(InstanceId.random(), patient);
 * Either<Rejection, Decision> d =
 *     p2.decide(s, Command.of("trieParArm", author).with("orientation", "REGULATION_MG"), NoContext.INSTANCE, clock);
 * Decision accepted = Rejection.orElseThrow(d);   // or a ProblemsException with every problem
 * }</pre>
 *
 * <p>Like every result of cptskit that can refuse, a refusal is a value whose problems are {@link
 * Problem}s (decision record 0004): {@code Either<Rejection, T>}, where {@link Rejection} is one
 * problem plus the guards that refused and the data problems.
 *
 * <p><b>Run-to-completion.</b> A transition may raise follow-up events; they are queued and handled
 * one after the other once the triggering event is fully applied, never re-entered. {@link #decide}
 * returns the triggering event followed by every raised one, all or nothing.
 *
 * @param <C> the host's context type, given to guards
 */
public final class Engine<C> {

    private final Definition<C> def;
    // Read-only after construction. The hot path looks up the state's transitions and the event's
    // type once each.
    private final HashMap<String, HashMap<String, Step<C>[]>> table = new HashMap<>();
    private final java.util.Set<String> terminalSet = new java.util.HashSet<>();
    final java.util.Set<String> expiryEvents = new java.util.HashSet<>();
    private final HashMap<String, Checker> typesByName = new HashMap<>();
    static final TreeMap<String, Deadline> NO_DEADLINES = TreeMap.empty();

    @SuppressWarnings("unchecked")
    Engine(Definition<C> def) {
        this.def = def;
        def.terminals().forEach(terminalSet::add);
        for (Transition<C> t : def.transitions()) {
            HashMap<String, Step<C>[]> byEvent = table.computeIfAbsent(t.from(), k -> new HashMap<>());
            Step<C>[] old = byEvent.getOrDefault(t.on(), new Step[0]);
            Step<C>[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = new Step<>(t, terminalSet.contains(t.to()));
            byEvent.put(t.on(), grown);
            t.starts().forEach(d -> expiryEvents.add(d.expiryEvent()));
        }
        def.eventTypes().forEach((k, v) -> typesByName.put(k, new Checker(v, expiryEvents.contains(k))));
    }

    /** @return the definition compiled */
    public Definition<C> definition() {
        return def;
    }

    /**
     * The state of a new instance.
     *
     * @param instance the instance's id
     * @param subject the patient (or subject) it follows
     * @return the initial state, version 0
     */
    public InstanceState start(InstanceId instance, PatientRef subject) {
        return new InstanceState(instance, subject, def.id(), def.version(), def.initial(), 0, NO_DEADLINES);
    }

    /**
     * Folds one stored event into a state. Guards were checked when the event was decided; the branch
     * is read from the event's data, so replay takes the same transitions. An event without
     * transition (a recorded deadline expiry) leaves the state where it is, only counting the event.
     *
     * @param s the state
     * @param e the next event of the same instance ({@code e.sequence() == s.version() + 1})
     * @return the new state
     * @throws IllegalArgumentException if the event belongs to another instance or is not the next
     *     one: the log is corrupt ({@code codec.EventLog} reports it as a problem)
     */
    public InstanceState evolve(InstanceState s, Event e) {
        if (e.sequence() != s.version() + 1 || !e.instance().equals(s.instance())) {
            throw new IllegalArgumentException("event " + e.instance() + "#" + e.sequence() + " does not follow "
                    + s.instance() + "#" + s.version());
        }
        HashMap<String, Step<C>[]> byEvent = table.get(s.state());
        Step<C> step = route(byEvent == null ? null : byEvent.get(e.type()), e);
        return apply(s, step == null ? Selection.Recorded.INSTANCE : step, e);
    }

    /**
     * The state after a log, from a state (a snapshot, or {@link #start}).
     *
     * @param from the state the log continues
     * @param events the events after it, in order
     * @return the state
     */
    public InstanceState replay(InstanceState from, Iterable<Event> events) {
        InstanceState s = Objects.requireNonNull(from, "from");
        for (Event e : events) {
            s = evolve(s, e);
        }
        return s;
    }

    /**
     * The state after a whole, non-empty log: the left fold of {@link #evolve} from the start of the
     * instance its first event names.
     *
     * @param events the log, in order, from sequence 1
     * @return the state
     * @throws IllegalArgumentException if the log is empty (use {@link #start})
     */
    public InstanceState replay(Iterable<Event> events) {
        java.util.Iterator<Event> it = events.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("an empty log names no instance: use start(instance, subject)");
        }
        Event first = it.next();
        InstanceState s = evolve(start(first.instance(), first.patient()), first);
        while (it.hasNext()) {
            s = evolve(s, it.next());
        }
        return s;
    }

    /**
     * Decides a command: the events to append (the command's event then any it raised) with the state
     * after them, or why not. The event's data is checked against its {@link EventType} first, every
     * problem at once. The clock stamps the event ({@code at} and {@code recordedAt}) and its id.
     *
     * @param s the current state
     * @param command the command
     * @param context the host's context, for guards
     * @param clock the clock
     * @return the decision, or the rejection
     */
    public Either<Rejection, Decision> decide(InstanceState s, Command command, C context, Clock clock) {
        Instant now = clock.instant();
        return decideAt(s, command, now, now, context);
    }

    Either<Rejection, Decision> decideAt(InstanceState s, Command command, Instant at, Instant recordedAt, C context) {
        String eventType = command.eventType();
        HashMap<String, Step<C>[]> byEvent = table.get(s.state()); // null for terminal states only
        if (byEvent == null && terminalSet.contains(s.state())) {
            return Either.left(terminated(s));
        }
        Checker type = typesByName.get(eventType);
        if (type == null) {
            return Either.left(Rejection.of(PathwaysProblem.EVENT_UNKNOWN, eventType, def.id()));
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Event event = new Event(
                s.instance(),
                s.version() + 1,
                EventIds.high(recordedAt, random.nextLong()),
                EventIds.low(random.nextLong()),
                eventType,
                at,
                recordedAt,
                s.subject(),
                command.author(),
                command);
        java.util.Map<String, Class<?>> javaTypes = command.javaTypes;
        if (!type.valid(event) || javaTypes != null && type.type.mistyped(javaTypes)) {
            Seq<Problem> problems = type.type.check(command.data(), javaTypes == null ? java.util.Map.of() : javaTypes);
            return Either.left(new Rejection(
                    // The refusal reads as the data problems themselves, each in the reader's language.
                    Problem.of(PathwaysProblem.EVENT_DATA, (Label) locale -> problems.map(p -> p.message(locale))
                            .mkString("fr".equals(locale.getLanguage()) ? " ; " : "; ")),
                    List.empty(),
                    problems));
        }
        Selection direct = select(s, byEvent, event, type.expiry, context);
        if (direct instanceof Selection.Refused r) {
            return Either.left(r.rejection());
        }
        if (!(direct instanceof Step<?> step) || step.raises.length == 0) {
            // the usual case: nothing raised, no queue
            return Either.right(new Decision(List.of(event), apply(s, direct, event)));
        }
        return runToCompletion(s, event, context);
    }

    private static Rejection terminated(InstanceState s) {
        return Rejection.of(PathwaysProblem.INSTANCE_TERMINATED, s.state());
    }

    private Either<Rejection, Decision> runToCompletion(InstanceState s, Event first, C context) {
        ArrayDeque<Event> queue = new ArrayDeque<>(2);
        queue.add(first);
        List<Event> out = List.empty();
        InstanceState current = s;
        int handled = 0;
        while (!queue.isEmpty()) {
            Event e = queue.poll();
            if (++handled > Definition.RUN_TO_COMPLETION_LIMIT) {
                return Either.left(Rejection.of(
                        PathwaysProblem.RUN_TO_COMPLETION_LIMIT, Definition.RUN_TO_COMPLETION_LIMIT, first.type()));
            }
            Selection chosen = terminalSet.contains(current.state())
                    ? new Selection.Refused(terminated(current))
                    : select(current, table.get(current.state()), e, expiryEvents.contains(e.type()), context);
            if (chosen instanceof Selection.Refused r) {
                return Either.left(e == first ? r.rejection() : raisedRefused(first, e, r.rejection()));
            }
            out = out.prepend(e);
            current = apply(current, chosen, e);
            if (chosen instanceof Step<?> step) {
                long seq = current.version() + queue.size();
                for (String raised : step.raises) {
                    queue.add(new Event(
                            e.instance(),
                            ++seq,
                            EventIds.high(
                                    e.recordedAt(), ThreadLocalRandom.current().nextLong()),
                            EventIds.low(ThreadLocalRandom.current().nextLong()),
                            raised,
                            e.at(),
                            e.recordedAt(),
                            e.patient(),
                            e.author(),
                            TreeMap.empty()));
                }
            }
        }
        return Either.right(new Decision(out.reverse(), current));
    }

    private static Rejection raisedRefused(Event first, Event raised, Rejection inner) {
        return new Rejection(
                Problem.of(PathwaysProblem.RAISED_EVENT_REFUSED, raised.type(), first.type(), inner.message()),
                inner.guards(),
                inner.problems());
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

    /** What an event does in a state. */
    private Selection select(InstanceState s, HashMap<String, Step<C>[]> byEvent, Event e, boolean expiry, C context) {
        if (!s.deadlines().isEmpty()) {
            Rejection late = Deadlines.check(s, e, expiryEvents);
            if (late != null) {
                return new Selection.Refused(late);
            }
        } else if (expiry) {
            return new Selection.Refused(Deadlines.notPending(e));
        }
        Step<C>[] candidates = byEvent == null ? null : byEvent.get(e.type());
        if (candidates == null) {
            if (expiry) {
                return Selection.Recorded.INSTANCE; // a missed deadline, recorded without moving
            }
            return new Selection.Refused(Rejection.of(PathwaysProblem.TRANSITION_NOT_ALLOWED, e.type(), s.state()));
        }
        Step<C> t = route(candidates, e);
        if (t == null) {
            String routes = List.of(candidates).flatMap(x -> x.t.route()).mkString(" | ");
            return new Selection.Refused(Rejection.of(PathwaysProblem.NO_ROUTE, e.type(), s.state(), routes));
        }
        boolean accepted = true;
        for (Guard<C> g : t.guards) {
            accepted &= g.test().test(context, e);
        }
        if (!accepted) {
            Seq<String> refused =
                    List.of(t.guards).filter(g -> !g.test().test(context, e)).map(Guard::name);
            return new Selection.Refused(new Rejection(
                    Problem.of(PathwaysProblem.GUARD_REFUSED, e.type(), refused.mkString(", ")),
                    refused,
                    List.empty()));
        }
        return t;
    }

    /** The state after an event that was selected (never a refusal). */
    @SuppressWarnings("unchecked")
    private InstanceState apply(InstanceState s, Selection selected, Event e) {
        TreeMap<String, Deadline> deadlines = s.deadlines();
        if (!deadlines.isEmpty() && expiryEvents.contains(e.type())) {
            deadlines = deadlines.filter(d -> !d._2.expiryEvent().equals(e.type()));
        }
        if (!(selected instanceof Step<?>)) {
            return new InstanceState(
                    s.instance(),
                    s.subject(),
                    s.definitionId(),
                    s.definitionVersion(),
                    s.state(),
                    s.version() + 1,
                    deadlines);
        }
        Step<C> step = (Step<C>) selected;
        if (step.toTerminal) {
            deadlines = NO_DEADLINES;
        } else {
            for (String kind : step.cancels) {
                deadlines = deadlines.remove(kind);
            }
            for (Deadline d : step.starts) {
                deadlines = deadlines.put(d.kind(), d.startedAt(e.at(), def.zone()));
            }
        }
        return new InstanceState(
                s.instance(),
                s.subject(),
                s.definitionId(),
                s.definitionVersion(),
                step.t.to(),
                s.version() + 1,
                deadlines);
    }

    /**
     * The deadlines that have expired at an instant, earliest first.
     *
     * @param s the state
     * @param now the instant
     * @return the expired deadlines
     */
    public Seq<Deadline> dueDeadlines(InstanceState s, Instant now) {
        return Deadlines.due(s, now);
    }

    /**
     * The expiries a host (or {@code store.DeadlineScheduler}) appends now: the earliest due
     * deadline's expiry, taking effect at its due instant and recorded now, then the next one due in
     * the resulting state, and so on (an expiry may end the instance or start other deadlines).
     * Idempotent: once the decision is appended, expiring the new state again finds nothing due and
     * returns an empty decision.
     *
     * @param s the state
     * @param author who records the expiries (usually {@link ActorRef#SCHEDULER})
     * @param context the host's context, for guards
     * @param clock the clock giving now
     * @return the decision (empty when nothing is due), or the rejection of one of the expiries
     */
    public Either<Rejection, Decision> expire(InstanceState s, ActorRef author, C context, Clock clock) {
        return Deadlines.expire(this, s, author, context, clock.instant());
    }

    @Override
    public String toString() {
        return "engine of " + def;
    }

    /**
     * {@link #dueDeadlines(InstanceState,Instant)} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @param s the state
     * @param now the instant
     * @return the same elements
     */
    public java.util.List<Deadline> dueDeadlinesList(InstanceState s, Instant now) {
        return dueDeadlines(s, now).asJava();
    }
}
