package io.github.cptskit.pathways.store;

import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An {@link EventStore} in memory: for tests, and for a single process that keeps its events
 * elsewhere. Thread-safe, lock-free per instance (an atomic compare of the stream version on each
 * append); nothing survives the process. The stores made by {@link #withTenant} share the memory of
 * this one, each tenant in a space of its own; a patient's instances are found by a scan (the
 * PostgreSQL store has an index).
 *
 * <pre>{@code
 * EventStore store = new InMemoryEventStore();   // checks appends against the catalogue's pathways
 * store.append(decision);   // Left(APPEND_CONFLICT) when another writer appended first
 * }</pre>
 */
public final class InMemoryEventStore implements EventStore {

    /** How long a refused deadline waits before it is tried again. */
    static final Duration RETRY = Duration.ofMinutes(1);

    private record Stored(
            String pathway, int version, PatientRef patient, Vector<Event> events, Instant nextDue, Instant closedAt) {}

    /** One tenant's memory. Appends and fireDue take the read lock; erasures the write lock (one transaction). */
    private static final class Space {
        final ConcurrentHashMap<InstanceId, Stored> streams = new ConcurrentHashMap<>();
        final ConcurrentHashMap<InstanceId, Boolean> claimed = new ConcurrentHashMap<>();
        final ConcurrentHashMap<InstanceId, Parked> parked = new ConcurrentHashMap<>();
        final java.util.List<Erasure> erasures = new java.util.concurrent.CopyOnWriteArrayList<>();
        final ReadWriteLock lock = new ReentrantReadWriteLock();
    }

    private final ConcurrentHashMap<Tenant, Space> spaces;
    private final Space space;
    private final Tenant tenant;
    private final Definitions definitions;
    private final EventStoreListener listener;

    private InMemoryEventStore(
            ConcurrentHashMap<Tenant, Space> spaces,
            Tenant tenant,
            Definitions definitions,
            EventStoreListener listener) {
        this.spaces = spaces;
        this.space = spaces.computeIfAbsent(tenant, t -> new Space());
        this.tenant = tenant;
        this.definitions = definitions;
        this.listener = listener;
    }

    /** The distinct codes of a refusal's problems (metric tags). */
    static java.util.List<String> codes(Rejection r) {
        return r.problems().map(p -> p.code()).distinct().toJavaList();
    }

    /** An empty store for {@link Tenant#DEFAULT}, checking appends against {@link Definitions#bundled()}. */
    public InMemoryEventStore() {
        this(new ConcurrentHashMap<>(), Tenant.DEFAULT, Definitions.bundled(), EventStoreListener.NONE);
    }

    /**
     * @param other a tenant
     * @return a store over the same memory, for that tenant's space
     */
    public InMemoryEventStore withTenant(Tenant other) {
        return new InMemoryEventStore(spaces, Objects.requireNonNull(other, "tenant"), definitions, listener);
    }

    /**
     * @param others the definitions to check appends against (instead of the catalogue's)
     * @return a store over the same memory that checks against them
     */
    public InMemoryEventStore withDefinitions(Definitions others) {
        return new InMemoryEventStore(spaces, tenant, Objects.requireNonNull(others, "definitions"), listener);
    }

    /**
     * @param l told what the store does
     * @return a store over the same memory that tells it
     */
    public InMemoryEventStore withListener(EventStoreListener l) {
        return new InMemoryEventStore(spaces, tenant, definitions, EventStoreListener.guarded(l));
    }

    @Override
    public Tenant tenant() {
        return tenant;
    }

    private static Instant nextDue(InstanceState s) {
        return s.deadlines().values().map(Deadline::dueAt).min().getOrNull();
    }

    private <T> T locked(boolean exclusive, Supplier<T> work) {
        var l = exclusive ? space.lock.writeLock() : space.lock.readLock();
        l.lock();
        try {
            return work.get();
        } finally {
            l.unlock();
        }
    }

    @Override
    public Either<Rejection, InstanceState> append(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        long start = System.nanoTime();
        InstanceState s = decision.state();
        Either<Rejection, Decision> checked = definitions.check(decision);
        if (checked.isLeft()) {
            listener.refused(tenant, s.definitionId(), codes(checked.getLeft()));
            return Either.left(checked.getLeft());
        }
        Either<Rejection, InstanceState> out = locked(false, () -> appendChecked(decision));
        if (out.isLeft() && REFUSED.equals(out.getLeft().code())) {
            listener.refused(tenant, s.definitionId(), codes(out.getLeft()));
        } else if (out.isRight()) {
            listener.appended(
                    tenant, s.definitionId(), decision.events().size(), Duration.ofNanos(System.nanoTime() - start));
        } else {
            listener.conflict(tenant, s.definitionId());
        }
        return out;
    }

    private Either<Rejection, InstanceState> appendChecked(Decision decision) {
        InstanceState s = decision.state();
        long expected = decision.expectedVersion();
        int[] outcome = {0}; // 1 written, 2 already there (a retry), 3 another patient, 0 conflict
        space.streams.compute(s.instance(), (id, old) -> {
            if (old != null && !old.patient().equals(s.subject())) {
                outcome[0] = 3;
                return old;
            }
            long head = old == null ? 0 : old.events().size();
            if (head != expected) {
                if (old != null && alreadyStored(old.events(), decision)) {
                    outcome[0] = 2;
                }
                return old;
            }
            if (old != null && (!old.pathway().equals(s.definitionId()) || old.version() != s.definitionVersion())) {
                return old; // a decision for another pathway under this id: a conflict
            }
            outcome[0] = 1;
            if (old == null && decision.isEmpty()) {
                return null;
            }
            Vector<Event> events =
                    old == null ? Vector.ofAll(decision.events()) : old.events().appendAll(decision.events());
            Instant closed = definitions.isTerminal(s) && !events.isEmpty()
                    ? events.last().at()
                    : null;
            return new Stored(s.definitionId(), s.definitionVersion(), s.subject(), events, nextDue(s), closed);
        });
        if (outcome[0] == 3) {
            return Either.left(definitions
                    .checkPatient(decision, space.streams.get(s.instance()).patient())
                    .getLeft());
        }
        return outcome[0] > 0 ? Either.right(s) : Either.left(EventStore.conflict(s.instance(), expected));
    }

    /** Whether the decision's events are stored already, at their sequence numbers (a retry). */
    private static boolean alreadyStored(Vector<Event> stored, Decision d) {
        if (d.isEmpty() || stored.size() < d.state().version()) {
            return false;
        }
        int from = (int) d.expectedVersion();
        return stored.subSequence(from, from + d.events().size()).equals(Vector.ofAll(d.events()));
    }

    @Override
    public Stream<Event> read(InstanceId instance) {
        Stored s = space.streams.get(Objects.requireNonNull(instance, "instance"));
        return s == null ? Stream.empty() : s.events().toJavaStream();
    }

    @Override
    public Fired fireDue(Instant now, int limit, DueWork work) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(work, "work");
        java.util.List<InstanceId> due = space.streams.entrySet().stream()
                .filter(e -> e.getValue().nextDue() != null
                        && !e.getValue().nextDue().isAfter(now))
                .sorted(Comparator.comparing(e -> e.getValue().nextDue()))
                .map(java.util.Map.Entry::getKey)
                .toList();
        Fired done = Fired.NONE;
        for (InstanceId id : due) {
            if (done.instances() >= limit) {
                break;
            }
            if (space.claimed.putIfAbsent(id, Boolean.TRUE) != null) {
                continue; // another caller holds it
            }
            try {
                Fired one = locked(false, () -> fireOne(id, now, work));
                if (one != null) {
                    done = done.plus(one);
                }
            } finally {
                space.claimed.remove(id);
            }
        }
        return done;
    }

    private Fired fireOne(InstanceId id, Instant now, DueWork work) {
        Stored s = space.streams.get(id);
        if (s == null || s.nextDue() == null || s.nextDue().isAfter(now)) {
            return null; // handled meanwhile
        }
        Either<Rejection, Decision> d;
        try {
            d = work.decide(new DueInstance(id, s.pathway(), s.version(), s.events()));
        } catch (RuntimeException e) {
            return park(id, s, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
        }
        if (d.isLeft() && UNREPLAYABLE.equals(d.getLeft().code())) {
            return park(id, s, d.getLeft().messageEn(), now);
        }
        if (d.isLeft()) {
            retryLater(id, s, now);
            return new Fired(1, 0, List.of(Tuple.of(id, d.getLeft())));
        }
        Decision decision = d.get();
        Either<Rejection, InstanceState> r = append(decision);
        if (r.isRight()) {
            for (Event e : decision.events()) {
                listener.expired(tenant, s.pathway(), e.type(), Duration.between(e.at(), e.recordedAt()));
            }
            return new Fired(1, decision.events().size(), List.empty());
        }
        if (EventStore.REFUSED.equals(r.getLeft().code())) {
            // refused by this store's checks: retried a minute later too, not handed out again at once
            // (a scheduler of batch 1 would otherwise loop on it forever)
            retryLater(id, s, now);
            return new Fired(1, 0, List.of(Tuple.of(id, r.getLeft())));
        }
        return new Fired(1, 0, List.empty()); // a conflict: a writer appended meanwhile; its index decides
    }

    /** Moves the instance's next due instant a minute on, unless it changed since {@code s} was read. */
    private void retryLater(InstanceId id, Stored s, Instant now) {
        space.streams.computeIfPresent(
                id,
                (k, x) -> x == s
                        ? new Stored(x.pathway(), x.version(), x.patient(), x.events(), now.plus(RETRY), x.closedAt())
                        : x);
    }

    private Fired park(InstanceId id, Stored s, String error, Instant now) {
        Parked p = new Parked(id, s.pathway(), UNREPLAYABLE, error, now);
        space.parked.put(id, p);
        space.streams.computeIfPresent(
                id, (k, x) -> new Stored(x.pathway(), x.version(), x.patient(), x.events(), null, x.closedAt()));
        listener.parked(tenant, p);
        return new Fired(1, 0, List.empty(), List.of(p));
    }

    @Override
    public Seq<InstanceId> instancesOf(PatientRef patient) {
        Objects.requireNonNull(patient, "patient");
        return List.ofAll(space.streams.entrySet().stream()
                        .filter(e -> e.getValue().patient().equals(patient))
                        .map(java.util.Map.Entry::getKey)
                        .toList())
                .sortBy(InstanceId::value);
    }

    @Override
    public Erasure erase(PatientRef patient, ActorRef actor, Instant now) {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        return erase(Erasure.Reason.PATIENT, actor, now, st -> st.patient().equals(patient));
    }

    @Override
    public Erasure purgeClosedBefore(Instant closedBefore, ActorRef actor, Instant now) {
        Objects.requireNonNull(closedBefore, "closedBefore");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        return erase(
                Erasure.Reason.RETENTION,
                actor,
                now,
                st -> st.closedAt() != null && st.closedAt().isBefore(closedBefore));
    }

    private Erasure erase(
            Erasure.Reason reason, ActorRef actor, Instant now, java.util.function.Predicate<Stored> which) {
        Erasure done = locked(true, () -> {
            int instances = 0;
            long events = 0;
            int deadlines = 0;
            for (var e : java.util.List.copyOf(space.streams.entrySet())) {
                if (which.test(e.getValue())) {
                    space.streams.remove(e.getKey());
                    space.parked.remove(e.getKey());
                    instances++;
                    events += e.getValue().events().size();
                    deadlines += e.getValue().nextDue() == null ? 0 : 1;
                }
            }
            Erasure x = new Erasure(UUID.randomUUID(), tenant, reason, now, actor, instances, events, deadlines);
            space.erasures.add(x);
            return x;
        });
        listener.erased(done);
        return done;
    }

    @Override
    public Seq<Erasure> erasures() {
        return List.ofAll(space.erasures);
    }

    @Override
    public Seq<Parked> parked() {
        return List.ofAll(space.parked.values())
                .sortBy(p -> p.at().toString() + " " + p.instance().value());
    }

    @Override
    public boolean release(InstanceId instance, Instant dueAt) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(dueAt, "dueAt");
        return locked(false, () -> {
            if (space.parked.remove(instance) == null) {
                return false;
            }
            space.streams.computeIfPresent(
                    instance,
                    (k, x) -> new Stored(x.pathway(), x.version(), x.patient(), x.events(), dueAt, x.closedAt()));
            return true;
        });
    }

    /**
     * Removes one stored event, as a damaged disk or a hand-made repair would: for tests of what the
     * store and the scheduler do with a stream that cannot be replayed. Not API.
     */
    void damage(InstanceId instance, long sequence) {
        space.streams.computeIfPresent(
                instance,
                (k, x) -> new Stored(
                        x.pathway(),
                        x.version(),
                        x.patient(),
                        x.events().filter(e -> e.sequence() != sequence),
                        x.nextDue(),
                        x.closedAt()));
    }

    @Override
    public String toString() {
        return "InMemoryEventStore[" + (tenant.isDefault() ? "" : tenant + ", ") + space.streams.size() + " instances]";
    }
}
