package io.github.cptskit.pathways.engine;

import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * The deadline rules of the engine: which deadlines are due, what may be recorded while one is
 * overdue, and the expiries to append. With deadlines pending, nothing may be recorded after an
 * expired deadline until its expiry is (replay and read models then see events in the order they
 * took effect), and an expiry is recorded only when due.
 */
final class Deadlines {
    private Deadlines() {}

    static Seq<Deadline> due(InstanceState s, Instant now) {
        return s.deadlines()
                .values()
                .filter(d -> !d.dueAt().isAfter(now))
                .sortBy(Deadline::dueAt)
                .toList();
    }

    static Rejection notPending(Event e) {
        return Rejection.of(PathwaysProblem.DEADLINE_NOT_PENDING, e.type());
    }

    /** The rejection of an event under the pending deadlines, or {@code null}. */
    static Rejection check(InstanceState s, Event e, java.util.Set<String> expiryEvents) {
        boolean overdue = false;
        boolean expiresOverdue = false;
        boolean pending = false;
        boolean due = false;
        if (s.deadlines().size() == 1) { // the usual case: no iterator
            Deadline d = s.deadlines().head()._2;
            boolean isDue = !d.dueAt().isAfter(e.at());
            boolean mine = d.expiryEvent().equals(e.type());
            overdue = isDue;
            expiresOverdue = isDue && mine;
            pending = mine;
            due = mine && isDue;
        } else {
            for (io.vavr.Tuple2<String, Deadline> kv : s.deadlines()) {
                Deadline d = kv._2;
                boolean isDue = !d.dueAt().isAfter(e.at());
                boolean mine = d.expiryEvent().equals(e.type());
                overdue |= isDue;
                expiresOverdue |= isDue && mine;
                pending |= mine;
                due |= mine && isDue;
            }
        }
        if (overdue && !expiresOverdue) {
            String kinds = s.deadlines()
                    .values()
                    .filter(d -> !d.dueAt().isAfter(e.at()))
                    .map(d -> d.expiryEvent() + " (" + d.dueAt() + ")")
                    .mkString(", ");
            return Rejection.of(PathwaysProblem.DEADLINE_OVERDUE, kinds);
        }
        if (!expiryEvents.contains(e.type())) {
            return null;
        }
        if (!pending) {
            return notPending(e);
        }
        if (!due) {
            Instant at = s.deadlines()
                    .values()
                    .filter(d -> d.expiryEvent().equals(e.type()))
                    .map(Deadline::dueAt)
                    .min()
                    .get();
            return Rejection.of(PathwaysProblem.DEADLINE_NOT_DUE, e.type(), at);
        }
        return null;
    }

    static <C> Either<Rejection, Decision> expire(
            Engine<C> engine, InstanceState s, ActorRef author, C context, Instant now) {
        List<Event> out = List.empty();
        InstanceState current = s;
        for (int i = 0; i < Definition.RUN_TO_COMPLETION_LIMIT; i++) {
            Seq<Deadline> due = due(current, now);
            if (due.isEmpty()) {
                return Either.right(new Decision(out, current));
            }
            Deadline d = due.head();
            Either<Rejection, Decision> e =
                    engine.decideAt(current, Command.of(d.expiryEvent(), author), d.dueAt(), now, context);
            if (e.isLeft()) {
                return e;
            }
            out = out.appendAll(e.get().events());
            current = e.get().state();
        }
        return Either.left(
                Rejection.of(PathwaysProblem.RUN_TO_COMPLETION_LIMIT_DEADLINES, Definition.RUN_TO_COMPLETION_LIMIT));
    }
}
