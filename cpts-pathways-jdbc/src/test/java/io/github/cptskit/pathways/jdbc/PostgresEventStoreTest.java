package io.github.cptskit.pathways.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.store.DeadlineScheduler;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.EventStoreException;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract on a real PostgreSQL, then what only a database can get wrong: faults and several processes. */
class PostgresEventStoreTest extends EventStoreContract {
    private static final Engine<NoContext> LOOP = TestPathways.LOOP.engine();

    private Postgres.Pool db;

    @AfterEach
    void closePool() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    EventStore store() {
        db = Postgres.pooled(Postgres.freshDatabase(), 8);
        PostgresEventStore store = PostgresEventStore.of(db);
        assertThat(store.migrate()).isEqualTo(1);
        return store;
    }

    private static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void migrationsApplyOnceAndAreShippedInTheJar() throws Exception {
        EventStore store = store();
        assertThat(PostgresEventStore.of(db).migrate()).isZero();
        assertThat(count(db, "SELECT max(version) FROM cpts_schema_version")).isEqualTo(1);
        assertThat(PostgresEventStore.class.getResource("migration/V1__event_store.sql"))
                .isNotNull();
        assertThat(store.toString()).isEqualTo("PostgresEventStore");
        try (Connection c = db.getConnection();
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            rs.next();
            assertThat(rs.getString(1) + " " + rs.getString(2))
                    .as("durable commits")
                    .isEqualTo("on on");
        }
    }

    @Test
    void dataThatNeedsEscapingReadsBackExactly() {
        EventStore store = store();
        InstanceId id = InstanceId.random();
        InstanceState s = P2.start(id, PATIENT);
        io.github.cptskit.pathways.engine.Event odd = new io.github.cptskit.pathways.engine.Event(
                id,
                1,
                java.util.UUID.randomUUID(),
                "note",
                T0,
                T0,
                PATIENT,
                AUTHOR,
                io.vavr.collection.TreeMap.of("q", "a\"b\\c\nd\u0001é", "k\"ey", ""));
        InstanceState after = new InstanceState(id, PATIENT, "snp-sas", 1, "APPEL_RECU", 1, s.deadlines());
        assertThat(store.append(new Decision(List.of(odd), after)).isRight()).isTrue();
        assertThat(read(store, id)).containsExactly(odd);
    }

    /** Sleeps inside the append of the instances named slow-…, long enough to kill the connection. */
    private void slowAppendsOf(String prefix) throws SQLException {
        exec(
                db,
                "CREATE FUNCTION cpts_test_slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF NEW.instance_id LIKE '" + prefix
                        + "%' THEN PERFORM pg_sleep(30); END IF; RETURN NEW; END $$");
        exec(
                db,
                "CREATE TRIGGER cpts_test_slow AFTER INSERT ON cpts_event FOR EACH ROW EXECUTE FUNCTION cpts_test_slow()");
    }

    /** Terminates the backend sleeping in the trigger, as a crash or a network cut would. */
    private void killTheSleeper() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (count(
                            db,
                            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                    + " WHERE query LIKE '%INSERT INTO cpts_event%' AND wait_event = 'PgSleep'")
                    > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no append to kill");
    }

    @Test
    void aConnectionKilledInTheMiddleOfAnAppendLeavesNothingHalfWritten() throws Exception {
        EventStore store = store();
        InstanceId fresh = new InstanceId("slow-new");
        InstanceId going = new InstanceId("slow-going");
        InstanceState g = waitingForAppointment(store, going); // written before the trigger exists
        slowAppendsOf("slow-");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // a new instance: three events raised at once would be a longer append; P2's first event is one
        Decision first = decide(
                P2,
                P2.start(fresh, PATIENT),
                Command.of("trieParArm", AUTHOR).with("orientation", "REGULATION_MG"),
                T0);
        Future<?> a = pool.submit(() -> store.append(first));
        killTheSleeper();
        assertThatThrownBy(a::get).hasCauseInstanceOf(EventStoreException.class);
        Decision next = decide(P2, g, Command.of("mtSollicite", AUTHOR).with("reponse", "INDISPONIBLE"), T0);
        Future<?> b = pool.submit(() -> store.append(next));
        killTheSleeper();
        assertThatThrownBy(b::get).hasCauseInstanceOf(EventStoreException.class);
        pool.shutdown();
        exec(db, "DROP TRIGGER cpts_test_slow ON cpts_event");
        assertThat(read(store, fresh)).isEmpty();
        assertThat(count(db, "SELECT count(*) FROM cpts_instance WHERE instance_id = 'slow-new'"))
                .isZero();
        assertThat(read(store, going)).hasSize(2);
        assertThat(count(db, "SELECT head FROM cpts_instance WHERE instance_id = 'slow-going'"))
                .isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM cpts_deadline WHERE instance_id = 'slow-going'"))
                .isEqualTo(1);
        // the host retries the same decisions: they go through, once
        assertThat(store.append(first).isRight()).isTrue();
        assertThat(store.append(next).isRight()).isTrue();
        assertThat(P2.replay(read(store, going))).isEqualTo(next.state());
    }

    private static java.util.List<InstanceId> loops(EventStore store, String prefix, int n) {
        java.util.List<InstanceId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            InstanceId id = new InstanceId(prefix + i);
            Decision d = decide(
                    LOOP, LOOP.start(id, PATIENT), Command.of("note", AUTHOR).with("n", "0"), T0.plusSeconds(i));
            assertThat(store.append(d).isRight()).isTrue();
            ids.add(id);
        }
        return ids;
    }

    private long expiries() throws SQLException {
        return count(db, "SELECT count(*) FROM cpts_event WHERE type = 'relanceEchue'");
    }

    private long instancesFiredTwice() throws SQLException {
        return count(
                db,
                "SELECT count(*) FROM (SELECT instance_id FROM cpts_event WHERE type = 'relanceEchue'"
                        + " GROUP BY instance_id HAVING count(*) > 1) twice");
    }

    @Test
    void aSchedulerKilledAndRestartedFiresEveryDueDeadlineOnceInEffect() throws Exception {
        EventStore store = store();
        java.util.List<InstanceId> ids = loops(store, "a-", 30);
        ids.addAll(loops(store, "slowfire-", 1));
        ids.addAll(loops(store, "z-", 30));
        // the order the scheduler takes them in: a-…, then slowfire-0, then z-…
        exec(
                db,
                "UPDATE cpts_deadline SET due_at = due_at + interval '30 minutes' WHERE instance_id LIKE 'slowfire-%'");
        exec(db, "UPDATE cpts_deadline SET due_at = due_at + interval '1 hour' WHERE instance_id LIKE 'z-%'");
        slowAppendsOf("slowfire-");
        Instant now = T0.plus(Duration.ofDays(2));
        DeadlineScheduler<NoContext> first = DeadlineScheduler.of(
                        store, List.of(TestPathways.LOOP), NoContext.INSTANCE, at(now))
                .withBatch(10);
        CompletableFuture<EventStore.Fired> run = CompletableFuture.supplyAsync(first::runOnce);
        killTheSleeper();
        assertThatThrownBy(run::get).hasCauseInstanceOf(EventStoreException.class);
        assertThat(expiries()).as("fired before the crash, committed").isEqualTo(30);
        exec(db, "DROP TRIGGER cpts_test_slow ON cpts_event");
        // the restarted process: a new store and scheduler on the same database
        EventStore again = PostgresEventStore.of(db);
        EventStore.Fired f = DeadlineScheduler.of(again, List.of(TestPathways.LOOP), NoContext.INSTANCE, at(now))
                .runOnce();
        assertThat(f.events()).isEqualTo(31);
        assertThat(expiries()).isEqualTo(61);
        assertThat(instancesFiredTwice()).isZero();
        assertThat(count(db, "SELECT count(*) FROM cpts_deadline"))
                .as("nothing left pending")
                .isZero();
        for (InstanceId id : ids) {
            assertThat(LOOP.replay(read(again, id)).state()).isEqualTo("RELANCE");
        }
    }

    @Test
    void severalSchedulerProcessesNeverFireOneDeadlineTwice() throws Exception {
        EventStore store = store();
        loops(store, "m-", 300);
        Instant now = T0.plus(Duration.ofDays(2));
        int processes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        java.util.List<Future<EventStore.Fired>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < processes; i++) {
            // each with its own store object, as separate processes would have
            DeadlineScheduler<NoContext> s = DeadlineScheduler.of(
                            PostgresEventStore.of(db), List.of(TestPathways.LOOP), NoContext.INSTANCE, at(now))
                    .withBatch(7);
            runs.add(pool.submit(s::runOnce));
        }
        int fired = 0;
        for (var r : runs) {
            fired += r.get().events();
        }
        pool.shutdown();
        assertThat(fired).isEqualTo(300);
        assertThat(expiries()).isEqualTo(300);
        assertThat(instancesFiredTwice()).isZero();
    }
}
