package io.github.cptskit.pathways.store;

import java.time.Duration;

/**
 * What a store tells the host as it works, for metrics and logs, without the store depending on a
 * metrics library (the Spring Boot starter turns these calls into Micrometer meters). Every method
 * has an empty default; calls are made on the thread that did the work, after the transaction
 * ended, and must return quickly and not throw (an exception thrown here is ignored). No argument
 * holds a patient reference or event data: pathway ids, event types and problem codes only, safe as
 * metric tags.
 *
 * <pre>{@code
 * EventStore store = PostgresEventStore.of(ds).withListener(new EventStoreListener() {
 *     public void appended(Tenant t, String pathway, int events, Duration took) { timer.record(took); }
 * });
 * }</pre>
 */
public interface EventStoreListener {

    /** Listens to nothing. */
    EventStoreListener NONE = new EventStoreListener() {};

    /**
     * A listener whose exceptions are swallowed: what the stores and the scheduler call, so that a
     * failing meter never fails an append that was committed.
     *
     * @param l the host's listener
     * @return the same calls, never throwing
     */
    static EventStoreListener guarded(EventStoreListener l) {
        java.util.Objects.requireNonNull(l, "listener");
        return new EventStoreListener() {
            private void safely(Runnable call) {
                try {
                    call.run();
                } catch (RuntimeException ignored) {
                    // the listener's failure is its own: the work it reports is done
                }
            }

            @Override
            public void appended(Tenant tenant, String pathway, int events, Duration took) {
                safely(() -> l.appended(tenant, pathway, events, took));
            }

            @Override
            public void conflict(Tenant tenant, String pathway) {
                safely(() -> l.conflict(tenant, pathway));
            }

            @Override
            public void refused(Tenant tenant, String pathway, java.util.List<String> codes) {
                safely(() -> l.refused(tenant, pathway, codes));
            }

            @Override
            public void parked(Tenant tenant, Parked parked) {
                safely(() -> l.parked(tenant, parked));
            }

            @Override
            public void erased(Erasure erasure) {
                safely(() -> l.erased(erasure));
            }

            @Override
            public void expired(Tenant tenant, String pathway, String expiry, Duration late) {
                safely(() -> l.expired(tenant, pathway, expiry, late));
            }

            @Override
            public void run(Tenant tenant, EventStore.Fired fired, Duration took) {
                safely(() -> l.run(tenant, fired, took));
            }
        };
    }

    /**
     * Events were appended (a retry of events already stored counts too: the result is the same).
     *
     * @param tenant the tenant
     * @param pathway the definition id of the instance
     * @param events how many
     * @param took how long the append took, checks included
     */
    default void appended(Tenant tenant, String pathway, int events, Duration took) {}

    /**
     * An append lost the race: {@link EventStore#CONFLICT}.
     *
     * @param tenant the tenant
     * @param pathway the definition id of the instance
     */
    default void conflict(Tenant tenant, String pathway) {}

    /**
     * An append was refused by the store's checks ({@link EventStore#REFUSED}); nothing was written.
     *
     * @param tenant the tenant
     * @param pathway the definition id of the instance
     * @param codes the code of each problem found, e.g. {@code APPEND_SEQUENCE}
     */
    default void refused(Tenant tenant, String pathway, java.util.List<String> codes) {}

    /**
     * An instance was parked: its stream cannot be replayed.
     *
     * @param tenant the tenant
     * @param parked the dead-letter record
     */
    default void parked(Tenant tenant, Parked parked) {}

    /**
     * A patient was erased, or a retention purge ran.
     *
     * @param erasure the audit record
     */
    default void erased(Erasure erasure) {}

    /**
     * A deadline expiry was appended by {@link DeadlineScheduler}.
     *
     * @param tenant the tenant
     * @param pathway the definition id of the instance
     * @param expiry the expiry event type, e.g. {@code delaiConsultationDepasse}
     * @param late how long after its due instant it was recorded
     */
    default void expired(Tenant tenant, String pathway, String expiry, Duration late) {}

    /**
     * A run of {@link DeadlineScheduler#runOnce} ended.
     *
     * @param tenant the tenant
     * @param fired what it did ({@link EventStore.Fired#instances()}: instances found due)
     * @param took how long it took
     */
    default void run(Tenant tenant, EventStore.Fired fired, Duration took) {}
}
