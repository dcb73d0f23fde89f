package io.github.cptskit.pathways.store;

import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.Rejection;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An {@link EventStore} in memory: for tests, and for a single process that keeps its events
 * elsewhere. Thread-safe, lock-free per instance (an atomic compare of the stream version on each
 * append); nothing survives the process.
 *
 * <pre>{@code
 * EventStore store = new InMemoryEventStore();
 * store.append(decision);   // Left(APPEND_CONFLICT) when another writer appended first
 * }</pre>
 */
public final class InMemoryEventStore implements EventStore {

    /** How long a refused deadline waits before it is tried again. */
    static final Duration RETRY = Duration.ofMinutes(1);

    private record Stored(String pathway, int version, Vector<Event> events, Instant nextDue) {}

    private final ConcurrentHashMap<InstanceId, Stored> streams = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<InstanceId, Boolean> claimed = new ConcurrentHashMap<>();

    /** An empty store. */
    public InMemoryEventStore() {}

    private static Instant nextDue(InstanceState s) {
        return s.deadlines().values().map(Deadline::dueAt).min().getOrNull();
    }

    @Override
    public Either<Rejection, InstanceState> append(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        InstanceState s = decision.state();
        long expected = decision.expectedVersion();
        boolean[] ok = {false};
        streams.compute(s.instance(), (id, old) -> {
            long head = old == null ? 0 : old.events().size();
            if (head != expected) {
                return old;
            }
            ok[0] = true;
            if (old == null && decision.isEmpty()) {
                return null;
            }
            Vector<Event> events =
                    old == null ? Vector.ofAll(decision.events()) : old.events().appendAll(decision.events());
            return new Stored(s.definitionId(), s.definitionVersion(), events, nextDue(s));
        });
        return ok[0] ? Either.right(s) : Either.left(EventStore.conflict(s.instance(), expected));
    }

    @Override
    public Stream<Event> read(InstanceId instance) {
        Stored s = streams.get(Objects.requireNonNull(instance, "instance"));
        return s == null ? Stream.empty() : s.events().toJavaStream();
    }

    @Override
    public Fired fireDue(Instant now, int limit, DueWork work) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(work, "work");
        java.util.List<InstanceId> due = streams.entrySet().stream()
                .filter(e -> e.getValue().nextDue() != null
                        && !e.getValue().nextDue().isAfter(now))
                .sorted(Comparator.comparing(e -> e.getValue().nextDue()))
                .map(java.util.Map.Entry::getKey)
                .toList();
        int instances = 0;
        int events = 0;
        List<Tuple2<InstanceId, Rejection>> rejections = List.empty();
        for (InstanceId id : due) {
            if (instances >= limit) {
                break;
            }
            if (claimed.putIfAbsent(id, Boolean.TRUE) != null) {
                continue; // another caller holds it
            }
            try {
                Stored s = streams.get(id);
                if (s == null || s.nextDue() == null || s.nextDue().isAfter(now)) {
                    continue; // handled meanwhile
                }
                instances++;
                Either<Rejection, Decision> d = work.decide(new DueInstance(id, s.pathway(), s.version(), s.events()));
                if (d.isLeft()) {
                    rejections = rejections.append(Tuple.of(id, d.getLeft()));
                    streams.computeIfPresent(
                            id,
                            (k, x) -> x == s ? new Stored(x.pathway(), x.version(), x.events(), now.plus(RETRY)) : x);
                } else if (append(d.get()).isRight()) {
                    events += d.get().events().size();
                }
                // a conflict: a writer appended meanwhile; the index it wrote decides the next run
            } finally {
                claimed.remove(id);
            }
        }
        return new Fired(instances, events, rejections);
    }

    @Override
    public String toString() {
        return "InMemoryEventStore[" + streams.size() + " instances]";
    }
}
