package io.github.cptskit.pathways.store;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.problem.PathwaysProblem;
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
 *   <li>{@link #append} writes a decision's events only if the instance's stream is still at
 *       {@link Decision#expectedVersion()}; otherwise nothing is written and the answer is the
 *       rejection {@link #CONFLICT}. All the events or none; concurrent appends on one instance: one
 *       wins, the others are conflicts.
 *   <li>The same transaction keeps the deadline index: the earliest due instant of the state after the
 *       events, or nothing when no deadline is pending.
 *   <li>{@link #read} gives the events of one instance in sequence order, as a stream to close.
 *   <li>{@link #fireDue} hands each instance whose earliest deadline is due to the caller, one
 *       instance at a time and never the same instance to two callers at once (also across
 *       processes, for a shared database), and appends what the caller decides under the same lock.
 * </ul>
 *
 * <p>Failures of the storage itself (a lost connection) are {@link EventStoreException}s: nothing of
 * the failed append was written.
 */
public interface EventStore {

    /** The code of the rejection of an append whose expected version is not the stored one. */
    String CONFLICT = "APPEND_CONFLICT";

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
     * (try-with-resources): it may hold a connection.
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
     * @param work what to append for one instance (usually its expired deadlines)
     * @return what was done
     * @throws EventStoreException if the storage failed (the instance being handled is rolled back)
     */
    Fired fireDue(Instant now, int limit, DueWork work);

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
     */
    record Fired(int instances, int events, io.vavr.collection.Seq<io.vavr.Tuple2<InstanceId, Rejection>> rejections) {
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
         */
        public Fired {
            java.util.Objects.requireNonNull(rejections, "rejections");
        }

        /** Nothing fired. */
        public static final Fired NONE = new Fired(0, 0, io.vavr.collection.List.empty());

        /**
         * @param other another result
         * @return both added
         */
        public Fired plus(Fired other) {
            return new Fired(
                    instances + other.instances, events + other.events, rejections.appendAll(other.rejections));
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
