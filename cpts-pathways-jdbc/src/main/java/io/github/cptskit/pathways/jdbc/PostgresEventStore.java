package io.github.cptskit.pathways.jdbc;

import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.EventStoreException;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * The {@link EventStore} on PostgreSQL (12 or later), over the host's own {@link DataSource}: no
 * connection pool, no ORM, only the PostgreSQL JDBC driver at run time. Each append is one
 * statement, so one round trip and one transaction: the instance's head moves from the expected version to the new one (a conditional
 * {@code UPDATE}, or an {@code INSERT} for a new instance, so concurrent writers of one instance are
 * serialised and all but one get {@link EventStore#CONFLICT}), the events are inserted under the
 * primary key {@code (instance_id, seq)}, and the deadline index is rewritten. A connection lost
 * before the commit leaves nothing. {@link #fireDue} claims instances with
 * {@code SELECT … FOR UPDATE OF i SKIP LOCKED}: several host processes never hand out one instance
 * twice at once.
 *
 * <pre>{@code
 * PostgresEventStore store = PostgresEventStore.of(dataSource);   // e.g. a PGSimpleDataSource, HikariCP
 * store.migrate();                                                  // creates or upgrades the tables
 * store.append(decision);                                          // Left(APPEND_CONFLICT) if stale
 * try (Stream<Event> events = store.read(id)) { state = engine.replay(events.toList()); }
 * }</pre>
 *
 * <p>Tables: {@code cpts_schema_version}, {@code cpts_instance}, {@code cpts_event}, {@code cpts_deadline},
 * created by the migrations shipped in this jar
 * ({@code io/github/cptskit/pathways/jdbc/migration/V1__event_store.sql}). Use a schema of their own
 * through the DataSource's {@code currentSchema} if the database is shared.
 */
public final class PostgresEventStore implements EventStore {

    /** The migrations, in order; each is applied once. */
    static final java.util.List<String> MIGRATIONS = java.util.List.of("V1__event_store.sql");

    /** How long a refused deadline waits before it is tried again. */
    static final Duration RETRY = Duration.ofMinutes(1);

    // Any constant: serialises migrations of hosts starting together.
    private static final long MIGRATION_LOCK = 0x6370_7473_6b69_7401L;

    private final DataSource dataSource;

    private PostgresEventStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param dataSource connections to the database (the host's pool)
     * @return the store; call {@link #migrate()} once at start-up
     */
    public static PostgresEventStore of(DataSource dataSource) {
        return new PostgresEventStore(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Creates or upgrades the tables, in one transaction, under an advisory lock (hosts starting
     * together migrate once).
     *
     * @return the number of migrations applied (0 when up to date)
     * @throws EventStoreException if the database refused
     */
    public int migrate() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                st.execute("CREATE TABLE IF NOT EXISTS cpts_schema_version (version INTEGER PRIMARY KEY,"
                        + " script TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
                int current;
                try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM cpts_schema_version")) {
                    rs.next();
                    current = rs.getInt(1);
                }
                int applied = 0;
                for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
                    String script = MIGRATIONS.get(v - 1);
                    st.execute(resource("migration/" + script));
                    try (PreparedStatement ps =
                            c.prepareStatement("INSERT INTO cpts_schema_version (version, script) VALUES (?, ?)")) {
                        ps.setInt(1, v);
                        ps.setString(2, script);
                        ps.executeUpdate();
                    }
                    applied++;
                }
                c.commit();
                return applied;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new EventStoreException("migrating the event store", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PostgresEventStore.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Either<Rejection, InstanceState> append(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        if (decision.isEmpty()) {
            return Either.right(decision.state());
        }
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true); // one statement: its own transaction, committed durably
            }
            if (!appendIn(c, decision)) {
                return Either.left(EventStore.conflict(decision.state().instance(), decision.expectedVersion()));
            }
            return Either.right(decision.state());
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) { // unique violation: another writer's events
                return Either.left(EventStore.conflict(decision.state().instance(), decision.expectedVersion()));
            }
            throw new EventStoreException("appending to " + decision.state().instance(), e);
        }
    }

    private static final String APPEND_TAIL = "), e AS (INSERT INTO cpts_event (instance_id, seq, event_id, type, at,"
            + " at_nanos, recorded_at, recorded_nanos, patient, author, data)"
            + " SELECT h.instance_id, x.seq, x.event_id, x.type, x.at::timestamptz, x.at_nanos,"
            + " x.recorded::timestamptz, x.recorded_nanos, x.patient, x.author, x.data::jsonb"
            + " FROM h, unnest(?::int8[], ?::uuid[], ?::text[], ?::text[], ?::int4[], ?::text[], ?::int4[],"
            + " ?::text[], ?::text[], ?::text[])"
            + " AS x(seq, event_id, type, at, at_nanos, recorded, recorded_nanos, patient, author, data)"
            + " RETURNING 1),"
            + " gone AS (DELETE FROM cpts_deadline WHERE instance_id IN (SELECT instance_id FROM h)"
            + " AND ?::timestamptz IS NULL),"
            + " due AS (INSERT INTO cpts_deadline (instance_id, due_at) SELECT instance_id, ?::timestamptz FROM h"
            + " WHERE ?::timestamptz IS NOT NULL ON CONFLICT (instance_id) DO UPDATE SET due_at = EXCLUDED.due_at)"
            + " SELECT (SELECT count(*) FROM h), (SELECT count(*) FROM e)";

    /** A new instance: its row is inserted unless the id is taken. */
    private static final String APPEND_NEW = "WITH h AS (INSERT INTO cpts_instance (instance_id, pathway,"
            + " pathway_version, head) VALUES (?, ?, ?, ?) ON CONFLICT (instance_id) DO NOTHING RETURNING instance_id"
            + APPEND_TAIL;

    /** A running instance: its head moves from the expected version, or nothing happens. */
    private static final String APPEND_NEXT = "WITH h AS (UPDATE cpts_instance SET head = ? WHERE instance_id = ?"
            + " AND head = ? RETURNING instance_id" + APPEND_TAIL;

    /**
     * Appends in one statement (one round trip; atomic on its own, or part of the connection's
     * transaction): the head moved or the instance inserted, the events, the deadline index.
     *
     * @return false on a stale expected version: then nothing was written
     */
    private static boolean appendIn(Connection c, Decision d) throws SQLException {
        InstanceState s = d.state();
        String id = s.instance().value();
        long expected = d.expectedVersion();
        int n = d.events().size();
        Long[] seq = new Long[n];
        java.util.UUID[] ids = new java.util.UUID[n];
        String[] types = new String[n];
        String[] at = new String[n];
        Integer[] atNanos = new Integer[n];
        String[] recorded = new String[n];
        Integer[] recordedNanos = new Integer[n];
        String[] patients = new String[n];
        String[] authors = new String[n];
        String[] data = new String[n];
        int i = 0;
        for (Event e : d.events()) {
            seq[i] = e.sequence();
            ids[i] = e.id();
            types[i] = e.type();
            at[i] = micros(e.at());
            atNanos[i] = e.at().getNano();
            recorded[i] = micros(e.recordedAt());
            recordedNanos[i] = e.recordedAt().getNano();
            patients[i] = e.patient().value();
            authors[i] = e.author().value();
            data[i] = json(e.data());
            i++;
        }
        Instant due = s.deadlines().values().map(Deadline::dueAt).min().getOrNull();
        try (PreparedStatement ps = c.prepareStatement(expected == 0 ? APPEND_NEW : APPEND_NEXT)) {
            int k = 1;
            if (expected == 0) {
                ps.setString(k++, id);
                ps.setString(k++, s.definitionId());
                ps.setInt(k++, s.definitionVersion());
                ps.setLong(k++, s.version());
            } else {
                ps.setLong(k++, s.version());
                ps.setString(k++, id);
                ps.setLong(k++, expected);
            }
            ps.setArray(k++, c.createArrayOf("int8", seq));
            ps.setArray(k++, c.createArrayOf("uuid", ids));
            ps.setArray(k++, c.createArrayOf("text", types));
            ps.setArray(k++, c.createArrayOf("text", at));
            ps.setArray(k++, c.createArrayOf("int4", atNanos));
            ps.setArray(k++, c.createArrayOf("text", recorded));
            ps.setArray(k++, c.createArrayOf("int4", recordedNanos));
            ps.setArray(k++, c.createArrayOf("text", patients));
            ps.setArray(k++, c.createArrayOf("text", authors));
            ps.setArray(k++, c.createArrayOf("text", data));
            String dueText = due == null ? null : micros(due);
            for (int x = 0; x < 3; x++) {
                ps.setString(k++, dueText);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    /** An instant as PostgreSQL reads it, truncated (never rounded) to its microseconds. */
    private static String micros(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
    }

    /** The data as a JSON object of strings. */
    private static String json(TreeMap<String, String> data) {
        StringBuilder b = new StringBuilder("{");
        for (Tuple2<String, String> kv : data) {
            if (b.length() > 1) {
                b.append(',');
            }
            quote(b, kv._1);
            b.append(':');
            quote(b, kv._2);
        }
        return b.append('}').toString();
    }

    private static void quote(StringBuilder b, String v) {
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        b.append('"');
    }

    /** Rewrites the instance's row of the deadline index from its state. */
    private static void index(Connection c, InstanceState s) throws SQLException {
        Instant due = s.deadlines().values().map(Deadline::dueAt).min().getOrNull();
        if (due == null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM cpts_deadline WHERE instance_id = ?")) {
                ps.setString(1, s.instance().value());
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cpts_deadline (instance_id, due_at)"
                    + " VALUES (?, ?) ON CONFLICT (instance_id) DO UPDATE SET due_at = EXCLUDED.due_at")) {
                ps.setString(1, s.instance().value());
                ps.setObject(2, OffsetDateTime.ofInstant(due, ZoneOffset.UTC));
                ps.executeUpdate();
            }
        }
    }

    /** The data back from its two arrays (keys, values), as PostgreSQL takes the jsonb apart. */
    private static TreeMap<String, String> data(java.sql.Array keys, java.sql.Array values) throws SQLException {
        String[] k = (String[]) keys.getArray();
        String[] v = (String[]) values.getArray();
        TreeMap<String, String> m = TreeMap.empty();
        for (int i = 0; i < k.length; i++) {
            m = m.put(k[i], v[i]);
        }
        return m;
    }

    private static final String SELECT_EVENTS = "SELECT seq, event_id, type, at, at_nanos, recorded_at,"
            + " recorded_nanos, patient, author,"
            + " ARRAY(SELECT key FROM jsonb_each_text(data) ORDER BY key),"
            + " ARRAY(SELECT value FROM jsonb_each_text(data) ORDER BY key)"
            + " FROM cpts_event WHERE instance_id = ? ORDER BY seq";

    private static Event event(InstanceId id, ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject(4, OffsetDateTime.class);
        OffsetDateTime recorded = rs.getObject(6, OffsetDateTime.class);
        return new Event(
                id,
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                Instant.ofEpochSecond(at.toEpochSecond(), rs.getInt(5)),
                Instant.ofEpochSecond(recorded.toEpochSecond(), rs.getInt(7)),
                new PatientRef(rs.getString(8)),
                new ActorRef(rs.getString(9)),
                data(rs.getArray(10), rs.getArray(11)));
    }

    @Override
    public Stream<Event> read(InstanceId instance) {
        Objects.requireNonNull(instance, "instance");
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false); // a cursor: rows are fetched as the stream is consumed
            PreparedStatement ps = c.prepareStatement(SELECT_EVENTS);
            ps.setFetchSize(512);
            ps.setString(1, instance.value());
            ResultSet rs = ps.executeQuery();
            Connection conn = c;
            Spliterator<Event> rows =
                    new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                        @Override
                        public boolean tryAdvance(Consumer<? super Event> action) {
                            try {
                                if (!rs.next()) {
                                    return false;
                                }
                                action.accept(event(instance, rs));
                                return true;
                            } catch (SQLException e) {
                                throw new EventStoreException("reading " + instance, e);
                            }
                        }
                    };
            return StreamSupport.stream(rows, false).onClose(() -> {
                try (conn;
                        ps;
                        rs) {
                    conn.commit();
                } catch (SQLException e) {
                    throw new EventStoreException("closing the read of " + instance, e);
                }
            });
        } catch (SQLException e) {
            close(c);
            throw new EventStoreException("reading " + instance, e);
        }
    }

    private static List<Event> readIn(Connection c, InstanceId id) throws SQLException {
        java.util.List<Event> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_EVENTS)) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(event(id, rs));
                }
            }
        }
        return List.ofAll(out);
    }

    @Override
    public Fired fireDue(Instant now, int limit, DueWork work) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(work, "work");
        Fired done = Fired.NONE;
        for (int n = 0; n < limit; n++) {
            Fired one = fireOne(now, work);
            if (one == null) {
                break;
            }
            done = done.plus(one);
        }
        return done;
    }

    /** Claims and handles one due instance in its own transaction; null when none is left. */
    private Fired fireOne(Instant now, DueWork work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                InstanceId id;
                String pathway;
                int version;
                try (PreparedStatement ps = c.prepareStatement("SELECT i.instance_id, i.pathway, i.pathway_version"
                        + " FROM cpts_deadline d JOIN cpts_instance i ON i.instance_id = d.instance_id"
                        + " WHERE d.due_at <= ? ORDER BY d.due_at LIMIT 1 FOR UPDATE OF i SKIP LOCKED")) {
                    ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            c.commit();
                            return null;
                        }
                        id = new InstanceId(rs.getString(1));
                        pathway = rs.getString(2);
                        version = rs.getInt(3);
                    }
                }
                Either<Rejection, Decision> d = work.decide(new DueInstance(id, pathway, version, readIn(c, id)));
                if (d.isLeft()) {
                    try (PreparedStatement ps =
                            c.prepareStatement("UPDATE cpts_deadline SET due_at = ? WHERE instance_id = ?")) {
                        ps.setObject(1, OffsetDateTime.ofInstant(now.plus(RETRY), ZoneOffset.UTC));
                        ps.setString(2, id.value());
                        ps.executeUpdate();
                    }
                    c.commit();
                    return new Fired(1, 0, List.of(Tuple.of(id, d.getLeft())));
                }
                Decision decision = d.get();
                if (decision.isEmpty()) {
                    index(c, decision.state()); // the index was stale: set it from the state
                } else if (!appendIn(c, decision)) {
                    // cannot happen while the instance row is locked, unless the work read another head
                    rollback(c);
                    return new Fired(1, 0, List.of(Tuple.of(id, EventStore.conflict(id, decision.expectedVersion()))));
                }
                c.commit();
                return new Fired(1, decision.events().size(), List.empty());
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new EventStoreException("firing due deadlines", e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolls the transaction back itself
        }
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing to add to the failure being reported
            }
        }
    }

    // The SPI's erasure, tenant and dead-letter methods: the PostgreSQL implementation (migration V2) is
    // the next commit of the branch "store"; until then they refuse rather than pretend.
    @Override
    public io.github.cptskit.pathways.store.Tenant tenant() {
        return io.github.cptskit.pathways.store.Tenant.DEFAULT;
    }

    @Override
    public io.vavr.collection.Seq<InstanceId> instancesOf(PatientRef patient) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public io.github.cptskit.pathways.store.Erasure erase(PatientRef patient, ActorRef actor, Instant now) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public io.github.cptskit.pathways.store.Erasure purgeClosedBefore(
            Instant closedBefore, ActorRef actor, Instant now) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public io.vavr.collection.Seq<io.github.cptskit.pathways.store.Erasure> erasures() {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public io.vavr.collection.Seq<io.github.cptskit.pathways.store.Parked> parked() {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public boolean release(InstanceId instance, Instant dueAt) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public String toString() {
        return "PostgresEventStore";
    }
}
