package io.github.cptskit.spring.boot;

import java.time.Duration;

/**
 * What the starter measures, independent of Micrometer: the store's appends and conflicts, the
 * deadline scheduler's work, remunerations and problems. With Micrometer on the class path and a
 * {@code MeterRegistry} bean, the starter records them as meters ({@code cpts.store.appends},
 * {@code cpts.deadlines.fired}… listed in docs/host.md); otherwise {@link #NONE} drops them. Tags are
 * pathway ids, outcomes and problem codes only: never a patient, an author or an instance.
 *
 * <pre>{@code
 * metrics.problem("EVENT_DATA");   // a host counting a problem it reported itself
 * }</pre>
 */
public interface CptsMetrics {

    /** Records nothing. */
    CptsMetrics NONE = new CptsMetrics() {};

    /**
     * An append that wrote its events.
     *
     * @param pathway the definition id
     * @param events the events written
     * @param latency how long the append took
     */
    default void appended(String pathway, int events, Duration latency) {}

    /**
     * An append refused because another writer was first ({@code APPEND_CONFLICT}).
     *
     * @param pathway the definition id
     * @param latency how long the append took
     */
    default void conflict(String pathway, Duration latency) {}

    /**
     * An append that failed in the storage (an {@code EventStoreException}).
     *
     * @param pathway the definition id
     */
    default void appendFailed(String pathway) {}

    /**
     * An instance whose earliest deadline was due, claimed by the scheduler.
     *
     * @param pathway the definition id
     */
    default void deadlineDue(String pathway) {}

    /**
     * A deadline expiry appended.
     *
     * @param pathway the definition id
     * @param lateness how long after its due instant it was recorded
     * @param late whether that is more than {@code cpts.scheduler.late-after}
     */
    default void deadlineFired(String pathway, Duration lateness, boolean late) {}

    /**
     * A due instance whose expiry was refused (retried later).
     *
     * @param code the refusal's code
     */
    default void deadlineRefused(String code) {}

    /**
     * A remuneration calculated, or refused.
     *
     * @param computed true when calculated, false when the scenario had problems
     */
    default void remuneration(boolean computed) {}

    /**
     * A problem reported to a client or refused in a command.
     *
     * @param code its stable code
     */
    default void problem(String code) {}
}
