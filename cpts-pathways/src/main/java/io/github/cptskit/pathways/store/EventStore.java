package io.github.cptskit.pathways.store;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Durable storage of pathway events, one stream per instance (the SPI a host implements or takes from
 * {@link InMemoryEventStore} or {@code cpts-pathways-jdbc}'s {@code PostgresEventStore}).
 *
 * <p>Contract, checked by the same tests for every implementation:
 *
 * <ul>
 *   <li>A store belongs to one {@link #tenant()}: nothing it reads, appends, erases or fires is
 *       another tenant's (decision record 0006).
 *   <li>{@link #append} checks what it is given before writing anything: the events are numbered
 *       from {@link Decision#expectedVersion()} + 1 without gap, belong to the decision's instance and
 *       patient, are events of the instance's pathway version with data that passes its {@code
 *       EventType} checks, carry pseudonymous references ({@code PatientRef.parse}, {@code
 *       ActorRef.parse}), no NUL or lone surrogate, and instants the storage keeps exactly (years
 *       1 to 9999). Otherwise the answer is the rejection {@link #REFUSED} listing every problem,
 *       and nothing is written.
 *   <li>It writes the events only if the instance's stream is still at
 *       {@link Decision#expectedVersion()}; otherwise nothing is written and the answer is the
 *       rejection {@link #CONFLICT}. All the events or none; concurrent appends on one instance: one
 *       wins, the others are conflicts.
 *   <li>Appends are idempotent by event id: appending again events already stored at those sequence
 *       numbers (the retry of an append whose acknowledgement was lost) returns the same result,
 *       not a conflict, and writes nothing.
 *   <li>The same transaction keeps the deadline index: the earliest due instant of the state after the
 *       events, or nothing when no deadline is pending.
 *   <li>{@link #read} gives the events of one instance in sequence order, as a stream to close; an
 *       unclosed stream holds no connection.
 *   <li>{@link #fireDue} hands each instance whose earliest deadline is due to the caller, one
 *       instance at a time and never the same instance to two callers at once (also across
 *       processes, for a shared database), and appends what the caller decides under the same lock.
 *       An instance the caller cannot replay is {@linkplain Parked parked}; the others go on.
 *   <li>{@link #erase} and {@link #purgeClosedBefore} delete, in one transaction, every event, the
 *       instance rows, the deadline index and dead-letter records of the instances concerned, and
 *       keep an {@link Erasure} audit record without personal data. {@link #instancesOf} finds a
 *       patient's instances through an index.
 * </ul>
 *
 * <p>Failures of the storage itself (a lost connection) are {@link EventStoreException}s: nothing of
 * the failed append was written.
 */
public interface EventStore {

    /** The code of the rejection of an append whose expected version is not the stored one. */
    String CONFLICT = "APPEND_CONFLICT";

    /**
     * The code of the rejection of an append whose events the store's checks refuse (out of sequence,
     * of another instance, data not in the event type, a reference that is not pseudonymous, …); its
     * {@link Rejection#problems()} name each problem.
     */
    String REFUSED = "APPEND_REFUSED";

    /**
     * The code of an instance {@link #fireDue} could not hand out for replay: its stream is corrupt. A
     * {@link DueWork} that returns a rejection with this code (or throws) gets the instance {@linkplain
     * Parked parked}.
     */
    String UNREPLAYABLE = "STREAM_UNREPLAYABLE";

    /** @return the tenant whose events this store keeps */
    Tenant tenant();

    /**
     * Appends a decision's events.
     *
     * @param decision what {@code Engine.decide} or {@code Engine.expire} returned
     * @return the state after the events, or the rejection {@link #CONFLICT}
     * @throws EventStoreException if the storage failed (nothing was written)
     */
    Either<Rejection, InstanceState> append(Decision decision);

    /**
     * The events of one instance, in sequence order (empty for an unknown instance). Close the stream
     * (try-with-resources); a stream left open holds no connection (it is read in bounded pages).
     *
     * @param instance the instance
     * @return its events
     * @throws EventStoreException if the storage failed
     */
    Stream<Event> read(InstanceId instance);

    /**
     * Claims up to {@code limit} instances whose earliest pending deadline is due at {@code now}, one at a
     * time, each under a lock no other caller can take, and appends what {@code work} decides for it in
     * the same transaction (deadline index included). A claimed instance whose work is refused is
     * retried a minute later.
     *
     * @param now the instant
     * @param limit the most instances to handle
     * @param work what to append for one instance (usually its expired deadlines); if it throws a
     *     {@code RuntimeException} or answers {@link #UNREPLAYABLE}, the instance is parked and the
     *     next one is handed out
     * @return what was done
     * @throws EventStoreException if the storage failed (the instance being handled is rolled back)
     */
    Fired fireDue(Instant now, int limit, DueWork work);

    /**
     * The instances of a patient in this tenant, found through an index, in instance id order.
     *
     * @param patient the pseudonymous patient reference
     * @return the ids of the instances whose events follow the patient
     * @throws EventStoreException if the storage failed
     */
    Seq<InstanceId> instancesOf(PatientRef patient);

    /**
     * {@link #instancesOf} as an unmodifiable {@code java.util.List} (decision record 0004).
     *
     * @param patient the pseudonymous patient reference
     * @return the same ids
     */
    default java.util.List<InstanceId> instancesOfList(PatientRef patient) {
        return instancesOf(patient).asJava();
    }

    /**
     * Erases a patient (right to erasure, art. 17 RGPD): every event of every instance of the patient
     * in this tenant, the instance rows, their deadlines and dead-letter records, in one transaction
     * that also stores the {@link Erasure} audit record (no personal data in it). Erasing a patient
     * who has nothing stored records an erasure of 0 instances. An instance of the patient started
     * while the erasure runs is not part of it: erase again once the host stops writing for them. Erased instances cannot be replayed
     * any more: indicators already reported stay as reported (decision record 0006).
     *
     * @param patient the pseudonymous patient reference
     * @param actor who asked (the host's pseudonymous reference of the data protection officer, …)
     * @param now the instant recorded
     * @return the audit record
     * @throws EventStoreException if the storage failed (nothing was erased)
     */
    Erasure erase(PatientRef patient, ActorRef actor, Instant now);

    /**
     * The retention purge: erases, as {@link #erase} does, every instance of this tenant that reached
     * a terminal state before {@code closedBefore} (the instant its last event took effect). Running
     * instances are never purged, however old.
     *
     * @param closedBefore instances closed strictly before this instant are erased
     * @param actor who runs the purge
     * @param now the instant recorded
     * @return the audit record ({@link Erasure.Reason#RETENTION})
     * @throws EventStoreException if the storage failed (nothing was erased)
     */
    Erasure purgeClosedBefore(Instant closedBefore, ActorRef actor, Instant now);

    /**
     * @return the audit records of this tenant's erasures and purges, oldest first
     * @throws EventStoreException if the storage failed
     */
    Seq<Erasure> erasures();

    /**
     * {@link #erasures} as an unmodifiable {@code java.util.List} (decision record 0004).
     *
     * @return the same records
     */
    default java.util.List<Erasure> erasuresList() {
        return erasures().asJava();
    }

    /**
     * @return the instances parked by {@link #fireDue} because their stream cannot be replayed, oldest
     *     first
     * @throws EventStoreException if the storage failed
     */
    Seq<Parked> parked();

    /**
     * {@link #parked} as an unmodifiable {@code java.util.List} (decision record 0004).
     *
     * @return the same records
     */
    default java.util.List<Parked> parkedList() {
        return parked().asJava();
    }

    /**
     * Releases a parked instance once its stream is repaired: its dead-letter record is removed and the
     * instance is put back in the deadline index, due at {@code dueAt}, so that the next scheduler
     * run replays it (and parks it again if it still cannot be replayed).
     *
     * @param instance the parked instance
     * @param dueAt when the scheduler should take it again (usually now)
     * @return whether it was parked
     * @throws EventStoreException if the storage failed
     */
    boolean release(InstanceId instance, Instant dueAt);

    /** What {@link #fireDue} does with one instance. */
    @FunctionalInterface
    interface DueWork {
        /**
         * @param due the instance and its events
         * @return the decision to append (empty when nothing is due after all), or why not
         */
        Either<Rejection, Decision> decide(DueInstance due);
    }

    /**
     * An instance with a due deadline, as stored.
     *
     * @param instance the instance
     * @param pathway the definition id it is pinned to
     * @param version the definition version
     * @param events its events, in order
     */
    record DueInstance(InstanceId instance, String pathway, int version, io.vavr.collection.Seq<Event> events) {
        /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
        @JsonValue
        private Object jsonWithoutCptsModule() {
            throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
        }

        /**
         * Checks the components.
         *
         * @param instance the instance
         * @param pathway the definition id it is pinned to
         * @param version the definition version
         * @param events its events, in order
         */
        public DueInstance {
            java.util.Objects.requireNonNull(instance, "instance");
            java.util.Objects.requireNonNull(pathway, "pathway");
            java.util.Objects.requireNonNull(events, "events");
        }

        /**
         * {@link #events()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
         *
         * @return the same elements
         */
        public java.util.List<Event> eventsList() {
            return events().asJava();
        }
    }

    /**
     * What one {@link #fireDue} did.
     *
     * @param instances instances claimed
     * @param events events appended
     * @param rejections the refusals of the work, with the instance, retried later
     * @param parked the instances parked (their stream cannot be replayed)
     */
    record Fired(
            int instances,
            int events,
            io.vavr.collection.Seq<io.vavr.Tuple2<InstanceId, Rejection>> rejections,
            Seq<Parked> parked) {
        /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
        @JsonValue
        private Object jsonWithoutCptsModule() {
            throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
        }

        /**
         * Checks the components.
         *
         * @param instances instances claimed
         * @param events events appended
         * @param rejections the refusals of the work, with the instance, retried later
         * @param parked the instances parked (their stream cannot be replayed)
         */
        public Fired {
            java.util.Objects.requireNonNull(rejections, "rejections");
            java.util.Objects.requireNonNull(parked, "parked");
        }

        /**
         * Nothing parked.
         *
         * @param instances instances claimed
         * @param events events appended
         * @param rejections the refusals of the work, with the instance, retried later
         */
        public Fired(int instances, int events, Seq<io.vavr.Tuple2<InstanceId, Rejection>> rejections) {
            this(instances, events, rejections, io.vavr.collection.List.empty());
        }

        /** Nothing fired. */
        public static final Fired NONE = new Fired(0, 0, io.vavr.collection.List.empty());

        /**
         * @param other another result
         * @return both added
         */
        public Fired plus(Fired other) {
            return new Fired(
                    instances + other.instances,
                    events + other.events,
                    rejections.appendAll(other.rejections),
                    parked.appendAll(other.parked));
        }

        /**
         * {@link #rejections()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
         *
         * @return the same elements
         */
        public java.util.List<java.util.Map.Entry<InstanceId, Rejection>> rejectionsList() {
            return java.util.Collections.unmodifiableList(
                    rejections().map(t -> java.util.Map.entry(t._1, t._2)).toJavaList());
        }

        /**
         * {@link #parked()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
         *
         * @return the same elements
         */
        public java.util.List<Parked> parkedList() {
            return parked().asJava();
        }
    }

    /**
     * The conflict rejection.
     *
     * @param instance the instance
     * @param expected the version the decision expected
     * @return the rejection {@link #CONFLICT}
     */
    static Rejection conflict(InstanceId instance, long expected) {
        return Rejection.of(PathwaysProblem.APPEND_CONFLICT, instance, expected);
    }
}
