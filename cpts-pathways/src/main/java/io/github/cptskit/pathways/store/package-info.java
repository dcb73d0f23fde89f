/**
 * Where a host keeps events: the {@link io.github.cptskit.pathways.store.EventStore} SPI (appends
 * checked against the pathway {@link io.github.cptskit.pathways.store.Definitions} and guarded by the
 * expected sequence, idempotent retries, reads by instance, a deadline index kept with the events,
 * patient erasure and retention purge with an {@link io.github.cptskit.pathways.store.Erasure} audit
 * record, one {@link io.github.cptskit.pathways.store.Tenant} per store), an in-memory implementation
 * for tests and single-process hosts, the {@link io.github.cptskit.pathways.store.DeadlineScheduler}
 * that appends due deadline expiries and parks streams it cannot replay ({@link
 * io.github.cptskit.pathways.store.Parked}), and the {@link
 * io.github.cptskit.pathways.store.EventStoreListener} a host meters. The PostgreSQL implementation is
 * the module {@code cpts-pathways-jdbc}.
 */
package io.github.cptskit.pathways.store;
