package io.github.cptskit.pathways.jdbc;

import io.github.cptskit.pathways.store.Definitions;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.EventStoreListener;
import io.github.cptskit.pathways.store.InMemoryEventStore;
import io.github.cptskit.pathways.store.Tenant;

/** The contract, in memory. */
class InMemoryEventStoreTest extends EventStoreContract {
    private InMemoryEventStore last;

    @Override
    EventStore store() {
        last = new InMemoryEventStore().withDefinitions(DEFS);
        return last;
    }

    @Override
    EventStore store(Tenant t) {
        if (last == null) {
            store();
        }
        return last.withTenant(t);
    }

    @Override
    EventStore listened(EventStoreListener l) {
        return last.withListener(l);
    }

    @Override
    EventStore checking(Definitions d) {
        return last.withDefinitions(d);
    }
}
