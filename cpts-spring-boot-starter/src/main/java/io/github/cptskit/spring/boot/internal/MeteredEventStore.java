package io.github.cptskit.spring.boot.internal;

import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.EventStoreException;
import io.github.cptskit.spring.boot.CptsMetrics;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link EventStore} that measures what the store it wraps does: appends, conflicts and their
 * latency, due deadlines claimed, expiries appended and how late. Every call goes to the wrapped store
 * unchanged. Logs name pathways and codes, never a patient.
 */
public final class MeteredEventStore implements EventStore {
    private static final Logger LOG = LoggerFactory.getLogger(MeteredEventStore.class);

    private final EventStore store;
    private final CptsMetrics metrics;
    private final Duration lateAfter;

    /**
     * @param store the store measured
     * @param metrics where to record
     * @param lateAfter an expiry recorded later than this after it fell due is late
     */
    public MeteredEventStore(EventStore store, CptsMetrics metrics, Duration lateAfter) {
        this.store = Objects.requireNonNull(store, "store");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.lateAfter = Objects.requireNonNull(lateAfter, "lateAfter");
    }

    /** @return the store measured */
    public EventStore delegate() {
        return store;
    }

    @Override
    public Either<Rejection, InstanceState> append(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        String pathway = decision.state().definitionId();
        long start = System.nanoTime();
        Either<Rejection, InstanceState> result;
        try {
            result = store.append(decision);
        } catch (EventStoreException e) {
            metrics.appendFailed(pathway);
            LOG.warn("append to the event store failed (pathway {})", pathway, e);
            throw e;
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        if (result.isLeft()) {
            metrics.conflict(pathway, latency);
            LOG.debug("append conflict (pathway {}, expected version {})", pathway, decision.expectedVersion());
        } else if (!decision.isEmpty()) {
            metrics.appended(pathway, decision.events().size(), latency);
        }
        return result;
    }

    @Override
    public Stream<Event> read(InstanceId instance) {
        return store.read(instance);
    }

    @Override
    public Fired fireDue(Instant now, int limit, DueWork work) {
        Objects.requireNonNull(work, "work");
        Fired fired = store.fireDue(now, limit, due -> {
            metrics.deadlineDue(due.pathway());
            Either<Rejection, Decision> d = work.decide(due);
            d.forEach(decision -> decision.events().forEach(e -> {
                Duration lateness = Duration.between(e.at(), e.recordedAt());
                boolean late = lateness.compareTo(lateAfter) > 0;
                metrics.deadlineFired(due.pathway(), lateness, late);
                if (late) {
                    LOG.info("deadline expiry recorded {} after it fell due (pathway {})", lateness, due.pathway());
                }
            }));
            return d;
        });
        fired.rejections().forEach(r -> {
            metrics.deadlineRefused(r._2.code());
            LOG.warn("a due deadline was refused, retried later: {}", r._2.code());
        });
        return fired;
    }

    @Override
    public io.github.cptskit.pathways.store.Tenant tenant() {
        return store.tenant();
    }

    @Override
    public io.vavr.collection.Seq<InstanceId> instancesOf(io.github.cptskit.pathways.engine.PatientRef patient) {
        return store.instancesOf(patient);
    }

    @Override
    public io.github.cptskit.pathways.store.Erasure erase(
            io.github.cptskit.pathways.engine.PatientRef patient,
            io.github.cptskit.pathways.engine.ActorRef actor,
            Instant now) {
        return store.erase(patient, actor, now);
    }

    @Override
    public io.github.cptskit.pathways.store.Erasure purgeClosedBefore(
            Instant closedBefore, io.github.cptskit.pathways.engine.ActorRef actor, Instant now) {
        return store.purgeClosedBefore(closedBefore, actor, now);
    }

    @Override
    public io.vavr.collection.Seq<io.github.cptskit.pathways.store.Erasure> erasures() {
        return store.erasures();
    }

    @Override
    public io.vavr.collection.Seq<io.github.cptskit.pathways.store.Parked> parked() {
        return store.parked();
    }

    @Override
    public boolean release(InstanceId instance, Instant dueAt) {
        return store.release(instance, dueAt);
    }

    @Override
    public String toString() {
        return "Metered(" + store + ")";
    }
}
