package io.github.cptskit.pathways.jdbc;

import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.InMemoryEventStore;

/** The contract, in memory. */
class InMemoryEventStoreTest extends EventStoreContract {
    @Override
    EventStore store() {
        return new InMemoryEventStore();
    }
}
