package io.github.cptskit.pathways.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.store.DeadlineScheduler;
import io.github.cptskit.pathways.store.Definitions;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.EventStoreException;
import io.github.cptskit.pathways.store.EventStoreListener;
import io.github.cptskit.pathways.store.Parked;
import io.github.cptskit.pathways.store.Tenant;
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

    private Postgres.Pool db;

    @AfterEach
    void closePool() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    @Override
    EventStore store() {
        closePool();
        db = Postgres.pooled(Postgres.freshDatabase(), 8);
        PostgresEventStore store = PostgresEventStore.of(db).withDefinitions(DEFS);
        assertThat(store.migrate()).isEqualTo(2);
        return store;
    }

    @Override
    EventStore store(Tenant t) {
        if (db == null) {
            store();
        }
        PostgresEventStore store = PostgresEventStore.of(db).withTenant(t).withDefinitions(DEFS);
        assertThat(store.migrate()).isEqualTo(2);
        assertThat(store.migrate()).isZero();
        return store;
    }

    @Override
    EventStore listened(EventStoreListener l) {
        return PostgresEventStore.of(db).withDefinitions(DEFS).withListener(l);
    }

    @Override
    EventStore checking(Definitions d) {
        return PostgresEventStore.of(db).withDefinitions(d);
    }

    @Override
    void nothingStoredOf(PatientRef patient, Tenant tenant) throws Exception {
        for (String table : List.of("cpts_instance", "cpts_event", "cpts_deadline", "cpts_parked", "cpts_erasure")) {
            assertThat(count(
                            db,
                            "SELECT count(*) FROM \"" + tenant.id() + "\"." + table + " t WHERE t::text LIKE '%"
                                    + patient.value() + "%'"))
                    .as(table)
                    .isZero();
        }
    }

    /** Every column of every table of every schema, searched for the patient's reference. */
    @Override
    void nothingStoredOf(PatientRef patient) throws Exception {
        java.util.List<String> columns = new java.util.ArrayList<>();
        try (Connection c = db.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT c.table_schema, c.table_name, c.column_name"
                        + " FROM information_schema.columns c JOIN information_schema.tables t"
                        + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                        + " WHERE t.table_type = 'BASE TABLE'"
                        + " AND c.table_schema NOT IN ('pg_catalog', 'information_schema')")) {
            while (rs.next()) {
                columns.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\" WHERE \"" + rs.getString(3)
                        + "\"::text LIKE '%" + patient.value() + "%'");
            }
        }
        assertThat(columns).as("the tables were found").hasSizeGreaterThan(20);
        for (String where : columns) {
            assertThat(count(db, "SELECT count(*) FROM " + where)).as(where).isZero();
        }
        // through the patient index itself, sequential scans off
        try (Connection c = db.getConnection();
                Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SET LOCAL enable_seqscan = off");
            try (ResultSet rs = st.executeQuery(
                    "EXPLAIN SELECT instance_id FROM cpts_instance WHERE patient = '" + patient.value() + "'")) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
                assertThat(plan).contains("cpts_instance_patient");
            }
            try (ResultSet rs =
                    st.executeQuery("SELECT count(*) FROM cpts_instance WHERE patient = '" + patient.value() + "'")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            c.rollback();
        }
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
        assertThat(PostgresEventStore.of(db).withDefinitions(DEFS).migrate()).isZero();
        assertThat(count(db, "SELECT max(version) FROM cpts_schema_version")).isEqualTo(2);
        for (String script : PostgresEventStore.MIGRATIONS) {
            assertThat(PostgresEventStore.class.getResource("migration/" + script))
                    .isNotNull();
        }
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
        Engine<NoContext> echo = TestPathways.ECHO.engine();
        Decision d =
                decide(echo, echo.start(id, PATIENT), Command.of("dit", AUTHOR).with("q", TestPathways.ODD), T0);
        assertThat(store.append(d).isRight()).isTrue();
        assertThat(read(store, id)).containsExactlyElementsOf(d.events());
        assertThat(read(store, id).get(0).datum("q")).isEqualTo(TestPathways.ODD);
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
        EventStore again = PostgresEventStore.of(db).withDefinitions(DEFS);
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
                            PostgresEventStore.of(db).withDefinitions(DEFS),
                            List.of(TestPathways.LOOP),
                            NoContext.INSTANCE,
                            at(now))
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

    @Test
    void aCorruptStreamIsParkedAndEveryOtherDeadlineFires() throws Exception {
        // the case: three P2 instances with 48 h deadlines, then one event of p2-a deleted
        EventStore store = store();
        for (String name : List.of("p2-a", "p2-b", "p2-c")) {
            waitingForAppointment(store, new InstanceId(name));
        }
        exec(db, "DELETE FROM cpts_event WHERE instance_id = 'p2-a' AND seq = 1");
        Instant now = T0.plus(Duration.ofHours(49));
        DeadlineScheduler<NoContext> scheduler = DeadlineScheduler.of(
                store,
                io.github.cptskit.pathways.catalogue.Catalogue.all().map(p -> p.definition()),
                NoContext.INSTANCE,
                at(now));
        EventStore.Fired f = scheduler.runOnce();
        assertThat(f.events()).isEqualTo(2);
        assertThat(f.parked().map(p -> p.instance().value())).containsExactly("p2-a");
        Parked parked = store.parked().single();
        assertThat(parked.code()).isEqualTo("STREAM_UNREPLAYABLE");
        assertThat(parked.error()).contains("p2-a#2 does not follow p2-a#0");
        assertThat(count(db, "SELECT count(*) FROM cpts_deadline WHERE instance_id = 'p2-a'"))
                .isZero();
        assertThat(scheduler.runOnce()).as("the next runs go on").isEqualTo(EventStore.Fired.NONE);
        for (String name : List.of("p2-b", "p2-c")) {
            assertThat(P2.replay(read(store, new InstanceId(name))).state()).isEqualTo("ECHEC_DELAI");
        }
        // a stored reference the check refuses is parked too, not thrown at every run
        waitingForAppointment(store, new InstanceId("p2-d"));
        exec(db, "UPDATE cpts_event SET author = 'Jean Dupont' WHERE instance_id = 'p2-d' AND seq = 2");
        EventStore.Fired g = scheduler.runOnce();
        assertThat(g.parked().map(p -> p.instance().value())).containsExactly("p2-d");
        assertThat(store.parked().last().error()).contains("IllegalArgumentException");
    }

    @Test
    void unclosedReadsHoldNoConnection() throws Exception {
        EventStore pooled = store();
        InstanceId id = new InstanceId("read-me");
        waitingForAppointment(pooled, id);
        // the driver's own DataSource: every connection is a backend; max_connections is 100
        DataSource raw = Postgres.server().getDatabase("postgres", currentDatabase());
        EventStore store = PostgresEventStore.of(raw).withDefinitions(DEFS);
        java.util.List<java.util.Iterator<Event>> open = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            java.util.Iterator<Event> it = store.read(id).iterator(); // never closed
            assertThat(it.next().sequence()).isEqualTo(1);
            open.add(it);
        }
        assertThat(count(raw, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"))
                .isLessThan(20);
        assertThat(open.get(0).next().sequence()).isEqualTo(2);
    }

    @Test
    void aStreamLongerThanAPageReadsBackWhole() {
        EventStore store = store();
        InstanceId id = new InstanceId("long");
        InstanceState s = LOOP.start(id, PATIENT);
        java.util.List<Event> all = new java.util.ArrayList<>();
        for (int i = 0; i < PostgresEventStore.PAGE * 9 / 4; i++) { // decided one by one, appended at once
            Decision d = decide(LOOP, s, Command.of("note", AUTHOR).with("n", "" + i), T0);
            all.addAll(d.eventsList());
            s = d.state();
        }
        // exactly two pages first: the third page is empty, and the stream ends there
        int pages = 2 * PostgresEventStore.PAGE;
        Decision twoPages =
                new Decision(io.vavr.collection.List.ofAll(all.subList(0, pages)), LOOP.replay(all.subList(0, pages)));
        assertThat(store.append(twoPages).isRight()).isTrue();
        assertThat(read(store, id)).containsExactlyElementsOf(all.subList(0, pages));
        assertThat(store.append(new Decision(io.vavr.collection.List.ofAll(all.subList(pages, all.size())), s))
                        .isRight())
                .isTrue();
        assertThat(read(store, id)).containsExactlyElementsOf(all);
    }

    @Test
    void theSecondMigrationIndexesThePatientsOfInstancesWrittenBeforeIt() throws Exception {
        closePool();
        db = Postgres.pooled(Postgres.freshDatabase(), 4);
        exec(
                db,
                "CREATE TABLE cpts_schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL,"
                        + " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        try (var in = PostgresEventStore.class.getResourceAsStream("migration/V1__event_store.sql")) {
            exec(db, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        exec(db, "INSERT INTO cpts_schema_version (version, script) VALUES (1, 'V1__event_store.sql')");
        exec(db, "INSERT INTO cpts_instance VALUES ('old-1', 'charge', 1, 1)");
        exec(
                db,
                "INSERT INTO cpts_event VALUES ('old-1', 1, gen_random_uuid(), 'note', now(), 0, now(), 0,"
                        + " 'pat-7f3a9c', 'usr-4411', '{\"n\": \"1\"}')");
        PostgresEventStore store = PostgresEventStore.of(db).withDefinitions(DEFS);
        assertThat(store.migrate()).isEqualTo(1);
        assertThat(store.instancesOf(PATIENT)).containsExactly(new InstanceId("old-1"));
    }

    private String currentDatabase() throws SQLException {
        try (Connection c = db.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The pool hands out connections in a transaction (HikariCP's autoCommit=false): closing rolls back. */
    private DataSource outsideAutoCommit() {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getConnection")) {
                        Connection c = db.getConnection();
                        c.setAutoCommit(false);
                        return c;
                    }
                    return m.invoke(db, args);
                });
    }

    @Test
    void appendsAreCommittedOnAPoolThatHandsOutConnectionsInATransaction() {
        store();
        EventStore store = PostgresEventStore.of(outsideAutoCommit()).withDefinitions(DEFS);
        InstanceId id = new InstanceId("no-autocommit");
        waitingForAppointment(store, id);
        // read through another store on connections in auto-commit: the appends were committed
        assertThat(read(PostgresEventStore.of(db).withDefinitions(DEFS), id)).hasSize(2);
    }

    @Test
    void anEventIdAlreadyStoredIsAConflictNotAnException() {
        EventStore store = store();
        InstanceId first = new InstanceId("uuid-a");
        Decision a = decide(
                LOOP, LOOP.start(first, PATIENT), Command.of("note", AUTHOR).with("n", "1"), T0);
        assertThat(store.append(a).isRight()).isTrue();
        // another instance's first event under the same event id (a host deriving ids from commands)
        InstanceId second = new InstanceId("uuid-b");
        Decision b = decide(
                LOOP, LOOP.start(second, PATIENT), Command.of("note", AUTHOR).with("n", "1"), T0);
        Event e = b.events().single();
        Event reused = new Event(
                second,
                1,
                a.events().single().id(),
                e.type(),
                e.at(),
                e.recordedAt(),
                e.patient(),
                e.author(),
                e.data());
        assertThat(store.append(new Decision(List.of(reused), b.state()))
                        .getLeft()
                        .code())
                .isEqualTo(EventStore.CONFLICT);
        assertThat(read(store, second)).isEmpty();
        assertThat(store.append(b).isRight())
                .as("decided again, with ids of its own")
                .isTrue();
    }

    private Instant indexed(String instance) throws SQLException {
        try (Connection c = db.getConnection();
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT due_at FROM cpts_deadline WHERE instance_id = '" + instance + "'")) {
            return rs.next() ? rs.getObject(1, java.time.OffsetDateTime.class).toInstant() : null;
        }
    }

    @Test
    void aStaleDeadlineIndexIsSetBackFromTheStateAndNothingIsAppended() throws Exception {
        EventStore store = store();
        InstanceId early = new InstanceId("stale-early");
        Decision d = decide(
                LOOP, LOOP.start(early, PATIENT), Command.of("note", AUTHOR).with("n", "1"), T0);
        assertThat(store.append(d).isRight()).isTrue();
        Instant due = T0.plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        assertThat(indexed("stale-early")).isEqualTo(due); // appends truncate to the microsecond
        // the index says due an hour after the note; the state says a day
        exec(db, "UPDATE cpts_deadline SET due_at = due_at - interval '23 hours' WHERE instance_id = 'stale-early'");
        // a closed instance with no deadline left, still in the index
        InstanceId closed = new InstanceId("stale-closed");
        Decision c = decide(
                LOOP, LOOP.start(closed, PATIENT), Command.of("note", AUTHOR).with("n", "1"), T0);
        assertThat(store.append(c).isRight()).isTrue();
        assertThat(store.append(decide(LOOP, c.state(), Command.of("clos", AUTHOR), T0))
                        .isRight())
                .isTrue();
        assertThat(indexed("stale-closed")).isNull();
        exec(db, "INSERT INTO cpts_deadline VALUES ('stale-closed', '2025-03-03T08:00:00Z')");
        Instant now = T0.plus(Duration.ofHours(2));
        EventStore.Fired f = DeadlineScheduler.of(store, List.of(TestPathways.LOOP), NoContext.INSTANCE, at(now))
                .runOnce();
        assertThat(f.instances()).isEqualTo(2);
        assertThat(f.events()).isZero();
        assertThat(f.rejections()).isEmpty();
        // the index is written to the microsecond (the driver rounds): never before the state's due instant
        assertThat(indexed("stale-early")).as("set back from the state").isBetween(due, due.plusNanos(1_000));
        assertThat(indexed("stale-closed")).as("out of the index").isNull();
        assertThat(read(store, early)).hasSize(1);
        assertThat(read(store, closed)).hasSize(2);
    }

    @Test
    void aTenantsStoreNamesItsTenant() {
        store();
        assertThat(PostgresEventStore.of(db)
                        .withTenant(Tenant.parse("cpts_lyon_8").get())
                        .toString())
                .isEqualTo("PostgresEventStore[cpts_lyon_8]");
    }

    @Test
    void instantsInTheLastMicrosecondOfASecondReadBackExactly() {
        EventStore store = store();
        Instant late = Instant.parse("2025-03-05T08:00:00.999999999Z");
        InstanceId id = new InstanceId("end-of-second");
        assertThat(store.append(decide(
                                LOOP,
                                LOOP.start(id, PATIENT),
                                Command.of("note", AUTHOR).with("n", "1"),
                                T0))
                        .isRight())
                .isTrue();
        EventStore.Fired f = store.fireDue(late, 1, due -> {
            throw new IllegalStateException("unreadable");
        });
        assertThat(f.parked()).hasSize(1);
        assertThat(store.parked().single().at()).as("parked at").isEqualTo(late);
        assertThat(store.parked()).containsExactlyElementsOf(f.parked());
        var erasure = store.erase(PATIENT, AUTHOR, late);
        assertThat(store.erasures().single().at()).as("erased at").isEqualTo(late);
        assertThat(store.erasures()).containsExactly(erasure);
    }
}
