package io.github.cptskit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.jdbc.PostgresEventStore;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.InMemoryEventStore;
import io.github.cptskit.spring.boot.internal.SchedulerHealthIndicator;
import io.github.cptskit.spring.boot.internal.StoreHealthIndicator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.SmartLifecycle;

/**
 * The deadline scheduler in the context's lifecycle (its threads, its status after runs that succeed and
 * fail, start and stop), and the health a host's probes read from it and from the PostgreSQL store.
 */
class SchedulerAndHealthTest {
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final PatientRef PATIENT = PatientRef.parse("pat-7f3a9c").get();
    private static final ActorRef AUTHOR = new ActorRef("usr-4411");
    private static final Engine<NoContext> P2 = Catalogue.find("P2").get().engine();
    private static final Duration HOUR = Duration.ofHours(1);

    /** A clock a test moves. */
    static final class MovingClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(T0);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    /** An in-memory store that records the thread and limit of each fireDue, and fails while told to. */
    static final class Watched {
        final InMemoryEventStore inner = new InMemoryEventStore();
        final List<String> runs = new CopyOnWriteArrayList<>();
        final AtomicBoolean failing = new AtomicBoolean();
        final EventStore store = (EventStore) Proxy.newProxyInstance(
                EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class}, (proxy, m, args) -> {
                    if (m.getName().equals("fireDue")) {
                        Thread t = Thread.currentThread();
                        runs.add(t.getName() + (t.isDaemon() ? " daemon" : "") + " limit " + args[1]);
                        if (failing.get()) {
                            throw new IllegalStateException("database gone");
                        }
                    }
                    try {
                        return m.invoke(inner, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(end);
            Thread.sleep(5);
        }
    }

    /** P2 waiting for an appointment, its 48 h deadline pending from T0. */
    private static void waiting(EventStore store, String id) {
        InstanceState s = P2.start(new InstanceId(id), PATIENT);
        for (Command c : List.of(
                Command.of("trieParArm", AUTHOR).with("orientation", "REGULATION_MG"),
                Command.of("regule", AUTHOR).with("decision", "RDV"))) {
            Decision d = P2.decide(s, c, NoContext.INSTANCE, Clock.fixed(T0, ZoneOffset.UTC))
                    .get();
            assertThat(store.append(d).isRight()).isTrue();
            s = d.state();
        }
    }

    @Test
    void theSchedulerRunsOnItsOwnDaemonThreadAndKeepsItsStatus() throws Exception {
        Watched w = new Watched();
        MovingClock clock = new MovingClock();
        DeadlineSchedulerLifecycle l =
                new DeadlineSchedulerLifecycle(w.store, PathwayRegistry.bundled(), clock, 1, HOUR, 7, CptsMetrics.NONE);
        assertThat(l.getPhase()).isEqualTo(SmartLifecycle.DEFAULT_PHASE - 1024);
        assertThat(l.isRunning()).isFalse();
        assertThat(l.status())
                .isEqualTo(new DeadlineSchedulerLifecycle.Status(
                        false,
                        HOUR,
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        0));
        l.start();
        await(() -> l.status().lastSuccess().isPresent());
        assertThat(w.runs).containsExactly("cpts-deadlines-1 daemon limit 7");
        assertThat(l.status().started()).contains(T0);
        assertThat(l.status().lastSuccess()).contains(T0);
        assertThat(l.isRunning()).isTrue();
        clock.now.set(T0.plusSeconds(60));
        l.start();
        assertThat(l.status().started()).as("a second start changes nothing").contains(T0);
        Thread.sleep(100);
        assertThat(w.runs).as("one run per interval").hasSize(1);

        // failed runs are counted until one succeeds
        l.stop();
        assertThat(l.isRunning()).isFalse();
        l.stop();
        w.failing.set(true);
        for (int failures = 1; failures <= 3; failures++) {
            int expected = failures;
            clock.now.set(T0.plusSeconds(100 + failures));
            l.start();
            await(() -> l.status().consecutiveFailures() == expected);
            assertThat(l.status().lastFailure()).contains(T0.plusSeconds(100 + failures));
            l.stop();
        }
        assertThat(l.status().lastSuccess()).contains(T0);
        w.failing.set(false);
        clock.now.set(T0.plusSeconds(200));
        l.start();
        await(() -> l.status().consecutiveFailures() == 0);
        assertThat(l.status().lastSuccess()).contains(T0.plusSeconds(200));
        assertThat(l.status().started()).contains(T0.plusSeconds(200));
        l.stop();
        assertThat(w.runs).allMatch(r -> r.equals("cpts-deadlines-1 daemon limit 7"));
    }

    @Test
    void runOnceFiresWhatIsDueOnTheCallersThread() {
        Watched w = new Watched();
        waiting(w.inner, "p2-due");
        MovingClock clock = new MovingClock();
        DeadlineSchedulerLifecycle l =
                new DeadlineSchedulerLifecycle(w.store, PathwayRegistry.bundled(), clock, 1, HOUR, 7, CptsMetrics.NONE);
        clock.now.set(T0.plus(Duration.ofHours(48)));
        EventStore.Fired fired = l.runOnce();
        assertThat(fired.instances()).isEqualTo(1);
        assertThat(fired.events()).isEqualTo(1);
        assertThat(w.runs).containsExactly(Thread.currentThread().getName() + " limit 7");
        assertThat(l.isRunning()).isFalse();
    }

    private static Health health(SchedulerHealthIndicator h) {
        return h.health();
    }

    @Test
    void theSchedulersHealthIsDownWhenStoppedOrFailingThreeTimesInARow() throws Exception {
        Watched w = new Watched();
        MovingClock clock = new MovingClock();
        DeadlineSchedulerLifecycle l = new DeadlineSchedulerLifecycle(
                w.store, PathwayRegistry.bundled(), clock, 1, HOUR, 10, CptsMetrics.NONE);
        SchedulerHealthIndicator h = new SchedulerHealthIndicator(l, null, clock, Duration.ofMinutes(2));
        Health stopped = health(h);
        assertThat(stopped.getStatus()).isEqualTo(Status.DOWN);
        assertThat(stopped.getDetails())
                .containsExactly(
                        Map.entry("running", false),
                        Map.entry("pollInterval", "PT1H"),
                        Map.entry("consecutiveFailures", 0));
        l.start();
        await(() -> l.status().lastSuccess().isPresent());
        Health up = health(h);
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("running", true).containsEntry("lastSuccess", T0.toString());
        assertThat(up.getDetails()).doesNotContainKeys("lastFailure", "lag", "dueNow");
        l.stop();
        w.failing.set(true);
        for (int failures = 1; failures <= 3; failures++) {
            int expected = failures;
            l.start();
            await(() -> l.status().consecutiveFailures() == expected);
            Health now = health(h);
            assertThat(now.getStatus()).as(failures + " failures").isEqualTo(failures < 3 ? Status.UP : Status.DOWN);
            assertThat(now.getDetails())
                    .containsEntry("consecutiveFailures", failures)
                    .containsEntry("lastFailure", T0.toString());
            if (failures < 3) {
                l.stop();
            }
        }
        l.stop();
    }

    @Test
    void onPostgresTheSchedulersHealthMeasuresTheLagOfTheOldestDueDeadline() throws Exception {
        DataSource ds = StarterTest.freshDatabase();
        PostgresEventStore store = PostgresEventStore.of(ds);
        store.migrate();
        MovingClock clock = new MovingClock();
        DeadlineSchedulerLifecycle l = new DeadlineSchedulerLifecycle(
                new InMemoryEventStore(), PathwayRegistry.bundled(), clock, 1, HOUR, 10, CptsMetrics.NONE);
        l.start();
        try {
            await(() -> l.status().lastSuccess().isPresent());
            Duration lateAfter = Duration.ofMinutes(2);
            SchedulerHealthIndicator h = new SchedulerHealthIndicator(l, ds, clock, lateAfter);
            Health nothingDue = h.health();
            assertThat(nothingDue.getStatus()).isEqualTo(Status.UP);
            assertThat(nothingDue.getDetails()).containsEntry("dueNow", 0L).containsEntry("lag", "PT0S");

            waiting(store, "p2-late"); // due at T0 + 48 h, long past for the database
            Instant due = T0.plus(Duration.ofHours(48));
            clock.now.set(due.plus(HOUR).plus(lateAfter));
            Health justInTime = h.health();
            assertThat(justInTime.getDetails())
                    .containsEntry("dueNow", 1L)
                    .containsEntry("lag", HOUR.plus(lateAfter).toString());
            assertThat(justInTime.getStatus()).as("lag = interval + late-after").isEqualTo(Status.UP);
            clock.now.set(due.plus(HOUR).plus(lateAfter).plusSeconds(1));
            assertThat(h.health().getStatus()).isEqualTo(Status.DOWN);
            clock.now.set(due.minusSeconds(30));
            assertThat(h.health().getDetails())
                    .as("a clock behind the database")
                    .containsEntry("lag", "PT0S");
        } finally {
            l.stop();
        }
    }

    @Test
    void theStoresHealthComparesItsMigrationLevelWithTheExpectedOne() throws Exception {
        DataSource ds = StarterTest.freshDatabase();
        Health none = new StoreHealthIndicator(ds, 0).health();
        assertThat(none.getStatus()).isEqualTo(Status.DOWN);
        assertThat(none.getDetails())
                .containsExactly(Map.entry("migration", "not migrated: no cpts_schema_version table"));
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE cpts_schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL,"
                    + " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        Health empty = new StoreHealthIndicator(ds, 0).health();
        assertThat(empty.getStatus()).isEqualTo(Status.DOWN);
        assertThat(empty.getDetails()).containsEntry("migrationLevel", 0).containsEntry("migration", "pending");
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE cpts_schema_version");
        }
        PostgresEventStore.of(ds).migrate();
        int level = StoreHealthIndicator.level(ds);
        assertThat(level).isGreaterThanOrEqualTo(2);
        Health unknownExpectation = new StoreHealthIndicator(ds, 0).health();
        assertThat(unknownExpectation.getStatus()).isEqualTo(Status.UP);
        assertThat(unknownExpectation.getDetails()).containsExactly(Map.entry("migrationLevel", level));
        Health asExpected = new StoreHealthIndicator(ds, level).health();
        assertThat(asExpected.getStatus()).isEqualTo(Status.UP);
        assertThat(asExpected.getDetails()).containsEntry("expectedLevel", level);
        Health behind = new StoreHealthIndicator(ds, level + 1).health();
        assertThat(behind.getStatus()).isEqualTo(Status.DOWN);
        assertThat(behind.getDetails()).containsEntry("migration", "pending").containsEntry("expectedLevel", level + 1);
    }
}
