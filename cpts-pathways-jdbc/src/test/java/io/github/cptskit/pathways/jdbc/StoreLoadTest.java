package io.github.cptskit.pathways.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.store.EventStore;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The store under load, on a real PostgreSQL with durable commits: 16 writers send 100,000 commands to
 * 1,000 instances, each from the state it last saw (so writers of one instance collide). Every command
 * is either appended or rejected as a conflict; then every instance's stream is numbered 1…n without
 * gap, no event is lost or duplicated, and replaying each stream gives the state its last append
 * returned. Throughput and latency are measured and written to {@code target/store-load-NN-writers.txt} (the
 * figures in docs/benchmarks.md); nothing is asserted about time. {@code -Dcptskit.load.commands}
 * changes the number of commands, {@code -Dcptskit.load.writers} the number of writers.
 */
class StoreLoadTest {
    private static final Engine<NoContext> LOOP = TestPathways.LOOP.engine();
    private static final int WRITERS = Integer.getInteger("cptskit.load.writers", 16);
    private static final int INSTANCES = 1_000;

    /** What one writer did. */
    record Outcome(long appended, long conflicts, long[] latenciesNanos) {}

    @Test
    void everyCommandIsAppendedOrAConflictAndNothingIsLostOrDuplicated() throws Exception {
        int commands = Integer.getInteger("cptskit.load.commands", 100_000);
        try (Postgres.Pool db = Postgres.pooled(Postgres.freshDatabase(), WRITERS + 2)) {
            run(db, commands);
        }
    }

    private static void run(DataSource db, int commands) throws Exception {
        PostgresEventStore store = PostgresEventStore.of(db).withDefinitions(EventStoreContract.DEFS);
        store.migrate();
        PatientRef patient = PatientRef.parse("pat-load").get();
        InstanceId[] ids = new InstanceId[INSTANCES];
        // what each writer believes the instance is at (shared, so that writers race on it)
        ConcurrentHashMap<InstanceId, InstanceState> seen = new ConcurrentHashMap<>();
        // the state each instance's last successful append returned
        ConcurrentHashMap<InstanceId, InstanceState> committed = new ConcurrentHashMap<>();
        for (int i = 0; i < INSTANCES; i++) {
            ids[i] = new InstanceId(String.format("load-%04d", i));
            seen.put(ids[i], LOOP.start(ids[i], patient));
        }
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong remaining = new AtomicLong(commands);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            ActorRef author = new ActorRef("usr-" + w);
            SplittableRandom random = new SplittableRandom(w);
            futures.add(pool.submit(() -> {
                go.await();
                long appended = 0;
                long conflicts = 0;
                long[] latencies = new long[commands / WRITERS + WRITERS];
                int n = 0;
                while (remaining.getAndDecrement() > 0) {
                    InstanceId id = ids[random.nextInt(INSTANCES)];
                    InstanceState s = seen.get(id);
                    Decision d = LOOP.decide(
                                    s,
                                    Command.of("note", author).with("n", Long.toString(s.version())),
                                    NoContext.INSTANCE,
                                    clock)
                            .get();
                    long t0 = System.nanoTime();
                    Either<Rejection, InstanceState> r = store.append(d);
                    long t = System.nanoTime() - t0;
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = t;
                    if (r.isRight()) {
                        appended++;
                        committed.merge(id, r.get(), (a, b) -> a.version() >= b.version() ? a : b);
                        seen.merge(id, r.get(), (a, b) -> a.version() >= b.version() ? a : b);
                    } else {
                        assertThat(r.getLeft().code()).isEqualTo(EventStore.CONFLICT);
                        conflicts++;
                        // as a host does on a conflict: read the stream again and decide on it
                        try (var events = store.read(id)) {
                            List<Event> log = events.toList();
                            InstanceState fresh = log.isEmpty() ? LOOP.start(id, patient) : LOOP.replay(log);
                            seen.merge(id, fresh, (a, b) -> a.version() >= b.version() ? a : b);
                        }
                    }
                }
                return new Outcome(appended, conflicts, Arrays.copyOf(latencies, n));
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        long appended = 0;
        long conflicts = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            Outcome o = f.get();
            appended += o.appended();
            conflicts += o.conflicts();
            all.add(o.latenciesNanos());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        assertThat(appended + conflicts).as("every command answered").isEqualTo(commands);
        long stored = 0;
        Set<UUID> eventIds = new HashSet<>();
        for (InstanceId id : ids) {
            List<Event> log;
            try (var events = store.read(id)) {
                log = events.toList();
            }
            for (int i = 0; i < log.size(); i++) {
                assertThat(log.get(i).sequence()).as("numbered without gap").isEqualTo(i + 1);
                assertThat(log.get(i).data().get("n").get())
                        .as("decided on the state just before it")
                        .isEqualTo(Long.toString(i));
                assertThat(eventIds.add(log.get(i).id())).as("no event twice").isTrue();
            }
            stored += log.size();
            InstanceState last = committed.get(id);
            if (last == null) {
                assertThat(log).isEmpty();
            } else {
                assertThat(LOOP.replay(log))
                        .as("replay equals the stored state")
                        .isEqualTo(last);
            }
        }
        assertThat(stored).as("no event lost or duplicated").isEqualTo(appended);

        long[] lat = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        String report = String.format(
                "store load: %d writers, %d instances, %d commands in %.1f s: %d appended, %d conflicts;"
                        + " %.0f appends/s (one event each, durable commits); append latency p50 %.2f ms,"
                        + " p99 %.2f ms, max %.2f ms%n",
                WRITERS,
                INSTANCES,
                commands,
                seconds,
                appended,
                conflicts,
                appended / seconds,
                lat[lat.length / 2] / 1e6,
                lat[(int) (lat.length * 0.99)] / 1e6,
                lat[lat.length - 1] / 1e6);
        System.out.print(report);
        Files.writeString(
                Path.of("target", String.format("store-load-%02d-writers.txt", WRITERS)),
                report,
                StandardCharsets.UTF_8);
    }
}
