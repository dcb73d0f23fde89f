/**
 * Where a host keeps events: the {@link io.github.cptskit.pathways.store.EventStore} SPI (append
 * guarded by the expected sequence, reads by instance, a deadline index kept with the events), an
 * in-memory implementation for tests and single-process hosts, and the {@link
 * io.github.cptskit.pathways.store.DeadlineScheduler} that appends due deadline expiries. The
 * PostgreSQL implementation is the module {@code cpts-pathways-jdbc}.
 */
package io.github.cptskit.pathways.store;
