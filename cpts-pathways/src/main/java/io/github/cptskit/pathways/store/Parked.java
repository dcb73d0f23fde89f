package io.github.cptskit.pathways.store;

import io.github.cptskit.pathways.engine.InstanceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A dead-letter record: an instance whose stream could not be replayed when its deadline fell due (an
 * event missing or out of sequence, a reference a stronger check now refuses, an unknown event
 * type). The store keeps its events and takes it out of the deadline index, so that the scheduler
 * goes on with every other instance; the host repairs the stream, then {@link
 * EventStore#release releases} it.
 *
 * <pre>{@code
 * for (Parked p : store.parkedList()) log.error("{} parked: {} {}", p.instance(), p.code(), p.error());
 * }</pre>
 *
 * @param instance the instance
 * @param pathway the definition id it is pinned to
 * @param code the problem code ({@link EventStore#UNREPLAYABLE})
 * @param error what failed (the exception's class and message: instance ids and sequence numbers,
 *     never event data)
 * @param at when it was parked
 */
public record Parked(InstanceId instance, String pathway, String code, String error, Instant at) {
    /** Checks the components.
     *
     * @param instance the instance
     * @param pathway the definition id it is pinned to
     * @param code the problem code ({@link EventStore#UNREPLAYABLE})
     * @param error what failed (the exception's class and message: instance ids and sequence numbers, never event data)
     * @param at when it was parked
     */
    public Parked {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(at, "at");
    }
}
