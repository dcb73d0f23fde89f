package io.github.cptskit.pathways.jdbc;

import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.github.cptskit.pathways.store.Definitions;
import io.github.cptskit.pathways.store.Erasure;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.EventStoreException;
import io.github.cptskit.pathways.store.EventStoreListener;
import io.github.cptskit.pathways.store.Parked;
import io.github.cptskit.pathways.store.Tenant;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
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
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * The {@link EventStore} on PostgreSQL (12 or later), over the host's own {@link DataSource}: no
 * connection pool, no ORM, only the PostgreSQL JDBC driver at run time. Each append is checked
 * ({@link Definitions#check}), then written in one statement, so one round trip and one transaction:
 * the instance's head moves from the expected version to the new one (a conditional {@code UPDATE},
 * or an {@code INSERT} for a new instance, so concurrent writers of one instance are serialised and
 * all but one get {@link EventStore#CONFLICT}), the events are inserted under the primary key {@code
 * (instance_id, seq)}, and the deadline index is rewritten. A connection lost before the commit
 * leaves nothing. {@link #fireDue} claims instances with {@code SELECT … FOR UPDATE OF i SKIP LOCKED}:
 * several host processes never hand out one instance twice at once.
 *
 * <pre>{@code
 * PostgresEventStore store = PostgresEventStore.of(dataSource)       // e.g. a PGSimpleDataSource, HikariCP
 *     .withTenant(Tenant.parse("cpts_lyon_8").get());                 // a schema of its own
 * store.migrate();                                                  // creates or upgrades the tables
 * store.append(decision);                                          // Left(APPEND_CONFLICT) if stale
 * try (Stream<Event> events = store.read(id)) { state = engine.replay(events.toList()); }
 * }</pre>
 *
 * <p>Tables: {@code cpts_schema_version}, {@code cpts_instance}, {@code cpts_event}, {@code
 * cpts_deadline}, {@code cpts_parked}, {@code cpts_erasure}, created by the migrations shipped in this
 * jar ({@code io/github/cptskit/pathways/jdbc/migration/V1__event_store.sql}, {@code V2__…}). The
 * {@link Tenant#DEFAULT default tenant} uses the connection's current schema; any other tenant a schema
 * named after it, created by {@link #migrate()} (decision record 0006).
 */
public final class PostgresEventStore implements EventStore {

    /** The migrations, in order; each is applied once. */
    static final java.util.List<String> MIGRATIONS =
            java.util.List.of("V1__event_store.sql", "V2__erasure_parking.sql");

    /** How long a refused deadline waits before it is tried again. */
    static final Duration RETRY = Duration.ofMinutes(1);

    /** The events {@link #read} fetches per query; no connection is held between two pages. */
    static final int PAGE = 1_000;

    // Any constant: serialises migrations of hosts starting together.
    private static final long MIGRATION_LOCK = 0x6370_7473_6b69_7401L;

    private final DataSource dataSource;
    private final Tenant tenant;
    private final Definitions definitions;
    private final EventStoreListener listener;
    private final Sql sql;

    private PostgresEventStore(
            DataSource dataSource, Tenant tenant, Definitions definitions, EventStoreListener listener) {
        this.dataSource = dataSource;
        this.tenant = tenant;
        this.definitions = definitions;
        this.listener = listener;
        this.sql = new Sql(tenant.isDefault() ? "" : "\"" + tenant.id() + "\".");
    }

    /**
     * @param dataSource connections to the database (the host's pool)
     * @return the store of {@link Tenant#DEFAULT}, checking appends against {@link Definitions#bundled()};
     *     call {@link #migrate()} once at start-up
     */
    public static PostgresEventStore of(DataSource dataSource) {
        return new PostgresEventStore(
                Objects.requireNonNull(dataSource, "dataSource"),
                Tenant.DEFAULT,
                Definitions.bundled(),
                EventStoreListener.NONE);
    }

    /**
     * @param other a tenant
     * @return a store of that tenant on the same database: its tables in the schema named after it
     *     (call {@link #migrate()} for it)
     */
    public PostgresEventStore withTenant(Tenant other) {
        return new PostgresEventStore(dataSource, Objects.requireNonNull(other, "tenant"), definitions, listener);
    }

    /**
     * @param others the definitions to check appends against (instead of the catalogue's)
     * @return the same store, checking against them
     */
    public PostgresEventStore withDefinitions(Definitions others) {
        return new PostgresEventStore(dataSource, tenant, Objects.requireNonNull(others, "definitions"), listener);
    }

    /**
     * @param l told what the store does (its exceptions are ignored)
     * @return the same store, telling it
     */
    public PostgresEventStore withListener(EventStoreListener l) {
        return new PostgresEventStore(dataSource, tenant, definitions, EventStoreListener.guarded(l));
    }

    @Override
    public Tenant tenant() {
        return tenant;
    }

    /** The statements, with the tenant's schema before each table. */
    private static final class Sql {
        final String appendNew;
        final String appendNext;
        final String instanceRow;
        final String eventsPage;
        final String eventsRange;
        final String eventsAll;
        final String claim;
        final String retry;
        final String deleteDeadline;
        final String upsertDeadline;
        final String park;
        final String instancesOf;
        final String lockPatient;
        final String lockClosed;
        final String[] erase;
        final String audit;
        final String erasures;
        final String parked;
        final String release;

        Sql(String s) {
            String tail = "), e AS (INSERT INTO @cpts_event (instance_id, seq, event_id, type, at,"
                    + " at_nanos, recorded_at, recorded_nanos, patient, author, data)"
                    + " SELECT h.instance_id, x.seq, x.event_id, x.type, x.at::timestamptz, x.at_nanos,"
                    + " x.recorded::timestamptz, x.recorded_nanos, x.patient, x.author, x.data::jsonb"
                    + " FROM h, unnest(?::int8[], ?::uuid[], ?::text[], ?::text[], ?::int4[], ?::text[], ?::int4[],"
                    + " ?::text[], ?::text[], ?::text[])"
                    + " AS x(seq, event_id, type, at, at_nanos, recorded, recorded_nanos, patient, author, data)"
                    + " RETURNING 1),"
                    + " gone AS (DELETE FROM @cpts_deadline WHERE instance_id IN (SELECT instance_id FROM h)"
                    + " AND ?::timestamptz IS NULL),"
                    + " due AS (INSERT INTO @cpts_deadline (instance_id, due_at) SELECT instance_id, ?::timestamptz"
                    + " FROM h WHERE ?::timestamptz IS NOT NULL"
                    + " ON CONFLICT (instance_id) DO UPDATE SET due_at = EXCLUDED.due_at)"
                    + " SELECT (SELECT count(*) FROM h), (SELECT count(*) FROM e)";
            // A new instance: its row is inserted unless the id is taken.
            appendNew = q(
                    s,
                    "WITH h AS (INSERT INTO @cpts_instance (instance_id, pathway, pathway_version, head,"
                            + " patient, closed_at) VALUES (?, ?, ?, ?, ?, ?::timestamptz) ON CONFLICT (instance_id) DO NOTHING"
                            + " RETURNING instance_id" + tail);
            // A running instance: its head moves from the expected version, or nothing happens.
            appendNext = q(
                    s,
                    "WITH h AS (UPDATE @cpts_instance SET head = ?, closed_at = ?::timestamptz"
                            + " WHERE instance_id = ? AND head = ? AND pathway = ? AND pathway_version = ? AND patient = ?"
                            + " RETURNING instance_id" + tail);
            instanceRow = q(s, "SELECT pathway, pathway_version, patient FROM @cpts_instance WHERE instance_id = ?");
            String columns = "SELECT seq, event_id, type, at, at_nanos, recorded_at, recorded_nanos, patient, author,"
                    + " ARRAY(SELECT key FROM jsonb_each_text(data) ORDER BY key),"
                    + " ARRAY(SELECT value FROM jsonb_each_text(data) ORDER BY key)"
                    + " FROM @cpts_event WHERE instance_id = ?";
            eventsPage = q(s, columns + " AND seq > ? ORDER BY seq LIMIT " + PAGE);
            eventsRange = q(s, columns + " AND seq > ? AND seq <= ? ORDER BY seq");
            eventsAll = q(s, columns + " ORDER BY seq");
            claim = q(
                    s,
                    "SELECT i.instance_id, i.pathway, i.pathway_version"
                            + " FROM @cpts_deadline d JOIN @cpts_instance i ON i.instance_id = d.instance_id"
                            + " WHERE d.due_at <= ? ORDER BY d.due_at LIMIT 1 FOR UPDATE OF i SKIP LOCKED");
            retry = q(s, "UPDATE @cpts_deadline SET due_at = ? WHERE instance_id = ?");
            deleteDeadline = q(s, "DELETE FROM @cpts_deadline WHERE instance_id = ?");
            upsertDeadline = q(
                    s,
                    "INSERT INTO @cpts_deadline (instance_id, due_at) VALUES (?, ?)"
                            + " ON CONFLICT (instance_id) DO UPDATE SET due_at = EXCLUDED.due_at");
            park = q(
                    s,
                    "INSERT INTO @cpts_parked (instance_id, code, error, parked_at, parked_nanos)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (instance_id) DO UPDATE SET code = EXCLUDED.code,"
                            + " error = EXCLUDED.error, parked_at = EXCLUDED.parked_at, parked_nanos = EXCLUDED.parked_nanos");
            instancesOf = q(s, "SELECT instance_id FROM @cpts_instance WHERE patient = ? ORDER BY instance_id");
            // erasures lock the rows first: a concurrent append of these instances waits, then finds nothing
            lockPatient = q(s, "SELECT instance_id FROM @cpts_instance WHERE patient = ? FOR UPDATE");
            lockClosed = q(s, "SELECT instance_id FROM @cpts_instance WHERE closed_at < ? FOR UPDATE");
            erase = new String[] {
                q(s, "DELETE FROM @cpts_deadline WHERE instance_id = ANY (?)"),
                q(s, "DELETE FROM @cpts_parked WHERE instance_id = ANY (?)"),
                q(s, "DELETE FROM @cpts_event WHERE instance_id = ANY (?)"),
                q(s, "DELETE FROM @cpts_instance WHERE instance_id = ANY (?)")
            };
            audit = q(
                    s,
                    "INSERT INTO @cpts_erasure (erasure_id, reason, erased_at, erased_nanos, actor, instances,"
                            + " events, deadlines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            erasures = q(
                    s,
                    "SELECT erasure_id, reason, erased_at, erased_nanos, actor, instances, events, deadlines"
                            + " FROM @cpts_erasure ORDER BY erased_at, erasure_id");
            parked = q(
                    s,
                    "SELECT p.instance_id, i.pathway, p.code, p.error, p.parked_at, p.parked_nanos"
                            + " FROM @cpts_parked p JOIN @cpts_instance i ON i.instance_id = p.instance_id"
                            + " ORDER BY p.parked_at, p.instance_id");
            release = q(s, "DELETE FROM @cpts_parked WHERE instance_id = ?");
        }

        private static String q(String schema, String statement) {
            return statement.replace("@", schema);
        }
    }

    /**
     * Creates or upgrades the tables of this store's tenant (its schema first, for a tenant other than
     * {@link Tenant#DEFAULT}), in one transaction, under an advisory lock (hosts starting together
     * migrate once).
     *
     * @return the number of migrations applied (0 when up to date)
     * @throws EventStoreException if the database refused
     */
    public int migrate() {
        return inTransaction("migrating the event store of tenant " + tenant, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                if (!tenant.isDefault()) {
                    // the id is a checked identifier (Tenant): lower-case letters, digits, _
                    st.execute("CREATE SCHEMA IF NOT EXISTS \"" + tenant.id() + "\"");
                    st.execute("SET LOCAL search_path TO \"" + tenant.id() + "\""); // until the commit
                }
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
                return applied;
            }
        });
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
        long start = System.nanoTime();
        InstanceState s = decision.state();
        Either<Rejection, Decision> checked = definitions.check(decision);
        if (checked.isLeft()) {
            listener.refused(tenant, s.definitionId(), codes(checked.getLeft()));
            return Either.left(checked.getLeft());
        }
        if (decision.isEmpty()) {
            return Either.right(s);
        }
        Either<Rejection, InstanceState> out;
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true); // one statement: its own transaction, committed durably
            }
            boolean written;
            try {
                written = appendIn(c, decision);
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) { // not a unique violation: not another writer's events
                    throw e;
                }
                written = false;
            }
            out = written ? Either.right(s) : missed(c, decision);
        } catch (SQLException e) {
            throw new EventStoreException("appending to " + s.instance(), e);
        }
        if (out.isRight()) {
            listener.appended(
                    tenant, s.definitionId(), decision.events().size(), Duration.ofNanos(System.nanoTime() - start));
        } else if (CONFLICT.equals(out.getLeft().code())) {
            listener.conflict(tenant, s.definitionId());
        } else {
            listener.refused(tenant, s.definitionId(), codes(out.getLeft()));
        }
        return out;
    }

    private static java.util.List<String> codes(Rejection r) {
        return r.problems().map(p -> p.code()).distinct().toJavaList();
    }

    /**
     * Why an append wrote nothing: the same events already stored (a retry: the same result), the
     * instance following another patient (refused), or a conflict.
     */
    private Either<Rejection, InstanceState> missed(Connection c, Decision d) throws SQLException {
        InstanceState s = d.state();
        Rejection conflict = EventStore.conflict(s.instance(), d.expectedVersion());
        try (PreparedStatement ps = c.prepareStatement(sql.instanceRow)) {
            ps.setString(1, s.instance().value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Either.left(conflict); // erased meanwhile
                }
                Either<Rejection, Decision> samePatient = definitions.checkPatient(d, new PatientRef(rs.getString(3)));
                if (samePatient.isLeft()) {
                    return Either.left(samePatient.getLeft());
                }
                if (!rs.getString(1).equals(s.definitionId()) || rs.getInt(2) != s.definitionVersion()) {
                    return Either.left(conflict);
                }
            }
        }
        java.util.List<Event> stored = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.eventsRange)) {
            ps.setString(1, s.instance().value());
            ps.setLong(2, d.expectedVersion());
            ps.setLong(3, s.version());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(event(s.instance(), rs));
                }
            }
        }
        return stored.equals(d.events().asJava()) ? Either.right(s) : Either.left(conflict);
    }

    /**
     * Appends in one statement (one round trip; atomic on its own, or part of the connection's
     * transaction): the head moved or the instance inserted, the events, the deadline index.
     *
     * @return false on a stale expected version: then nothing was written
     */
    private boolean appendIn(Connection c, Decision d) throws SQLException {
        InstanceState s = d.state();
        String id = s.instance().value();
        long expected = d.expectedVersion();
        int n = d.events().size();
        Long[] seq = new Long[n];
        UUID[] ids = new UUID[n];
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
        String closed = definitions.isTerminal(s) ? micros(d.events().last().at()) : null;
        try (PreparedStatement ps = c.prepareStatement(expected == 0 ? sql.appendNew : sql.appendNext)) {
            int k = 1;
            if (expected == 0) {
                ps.setString(k++, id);
                ps.setString(k++, s.definitionId());
                ps.setInt(k++, s.definitionVersion());
                ps.setLong(k++, s.version());
                ps.setString(k++, s.subject().value());
                ps.setString(k++, closed);
            } else {
                ps.setLong(k++, s.version());
                ps.setString(k++, closed);
                ps.setString(k++, id);
                ps.setLong(k++, expected);
                ps.setString(k++, s.definitionId());
                ps.setInt(k++, s.definitionVersion());
                ps.setString(k++, s.subject().value());
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

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    /**
     * An instant for a timestamptz column whose nanosecond of second is kept in a column of its own:
     * truncated to the microsecond, because the driver rounds (999,999,500 ns and more would become the
     * next second, and the instant would read back a second late).
     */
    private static OffsetDateTime second(Instant t) {
        return utc(t.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    private static Instant instant(ResultSet rs, int column, int nanosColumn) throws SQLException {
        return Instant.ofEpochSecond(
                rs.getObject(column, OffsetDateTime.class).toEpochSecond(), rs.getInt(nanosColumn));
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
    private void index(Connection c, InstanceState s) throws SQLException {
        Instant due = s.deadlines().values().map(Deadline::dueAt).min().getOrNull();
        if (due == null) {
            try (PreparedStatement ps = c.prepareStatement(sql.deleteDeadline)) {
                ps.setString(1, s.instance().value());
                ps.executeUpdate();
            }
        } else {
            upsertDeadline(c, s.instance(), due);
        }
    }

    private void upsertDeadline(Connection c, InstanceId id, Instant due) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.upsertDeadline)) {
            ps.setString(1, id.value());
            ps.setObject(2, utc(due));
            ps.executeUpdate();
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

    private static Event event(InstanceId id, ResultSet rs) throws SQLException {
        return new Event(
                id,
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                instant(rs, 4, 5),
                instant(rs, 6, 7),
                new PatientRef(rs.getString(8)),
                new ActorRef(rs.getString(9)),
                data(rs.getArray(10), rs.getArray(11)));
    }

    /**
     * {@inheritDoc} Read in pages of 1,000 events, each in a query of its own that returns its
     * connection at once: a stream left open holds none. A stream of more than one page is read in
     * several transactions; since events are only ever appended, it is a prefix of the stream at least
     * as long as the stream was when {@code read} was called (shorter only if the instance is erased
     * meanwhile).
     */
    @Override
    public Stream<Event> read(InstanceId instance) {
        Objects.requireNonNull(instance, "instance");
        java.util.List<Event> first = page(instance, 0);
        if (first.size() < PAGE) {
            return first.stream();
        }
        Iterator<Event> events = new Iterator<>() {
            private java.util.List<Event> buffer = first;
            private int next;

            @Override
            public boolean hasNext() {
                if (next < buffer.size()) {
                    return true;
                }
                if (buffer.size() < PAGE) {
                    return false;
                }
                buffer = page(instance, buffer.get(buffer.size() - 1).sequence());
                next = 0;
                return !buffer.isEmpty();
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.get(next++);
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private java.util.List<Event> page(InstanceId instance, long after) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.eventsPage)) {
            ps.setString(1, instance.value());
            ps.setLong(2, after);
            java.util.List<Event> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(event(instance, rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new EventStoreException("reading " + instance, e);
        }
    }

    private List<Event> readIn(Connection c, InstanceId id) throws SQLException {
        java.util.List<Event> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.eventsAll)) {
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
        long start = System.nanoTime();
        Parked parked = null;
        Decision appended = null;
        String pathway;
        Fired out;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                InstanceId id;
                int version;
                try (PreparedStatement ps = c.prepareStatement(sql.claim)) {
                    ps.setObject(1, utc(now));
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
                Either<Rejection, Decision> d;
                try {
                    d = work.decide(new DueInstance(id, pathway, version, readIn(c, id)));
                } catch (EventStoreException e) {
                    throw e;
                } catch (RuntimeException e) { // a stored row or the work cannot be replayed
                    d = Either.left(Rejection.of(
                            PathwaysProblem.STREAM_UNREPLAYABLE,
                            id,
                            e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
                if (d.isLeft() && UNREPLAYABLE.equals(d.getLeft().code())) {
                    parked = park(c, id, pathway, d.getLeft().messageEn(), now);
                    out = new Fired(1, 0, List.empty(), List.of(parked));
                } else if (d.isLeft()) {
                    retryLater(c, id, now);
                    out = new Fired(1, 0, List.of(Tuple.of(id, d.getLeft())));
                } else {
                    Decision decision = d.get();
                    Either<Rejection, Decision> checked = definitions.check(decision);
                    if (checked.isLeft()) {
                        retryLater(c, id, now);
                        out = new Fired(1, 0, List.of(Tuple.of(id, checked.getLeft())));
                    } else if (decision.isEmpty()) {
                        index(c, decision.state()); // the index was stale: set it from the state
                        out = new Fired(1, 0, List.empty());
                    } else if (!appendIn(c, decision)) {
                        // cannot happen while the instance row is locked, unless the work read another head
                        rollback(c);
                        return new Fired(
                                1, 0, List.of(Tuple.of(id, EventStore.conflict(id, decision.expectedVersion()))));
                    } else {
                        appended = decision;
                        out = new Fired(1, decision.events().size(), List.empty());
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new EventStoreException("firing due deadlines", e);
        }
        if (parked != null) {
            listener.parked(tenant, parked);
        }
        if (appended != null) {
            listener.appended(tenant, pathway, appended.events().size(), Duration.ofNanos(System.nanoTime() - start));
            for (Event e : appended.events()) {
                listener.expired(tenant, pathway, e.type(), Duration.between(e.at(), e.recordedAt()));
            }
        }
        return out;
    }

    private void retryLater(Connection c, InstanceId id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.retry)) {
            ps.setObject(1, utc(now.plus(RETRY)));
            ps.setString(2, id.value());
            ps.executeUpdate();
        }
    }

    /** Parks an instance: a dead-letter record, and out of the deadline index. */
    private Parked park(Connection c, InstanceId id, String pathway, String error, Instant now) throws SQLException {
        Parked p = new Parked(id, pathway, UNREPLAYABLE, error, now);
        try (PreparedStatement ps = c.prepareStatement(sql.park)) {
            ps.setString(1, id.value());
            ps.setString(2, p.code());
            ps.setString(3, p.error());
            ps.setObject(4, second(now));
            ps.setInt(5, now.getNano());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(sql.deleteDeadline)) {
            ps.setString(1, id.value());
            ps.executeUpdate();
        }
        return p;
    }

    @Override
    public Seq<InstanceId> instancesOf(PatientRef patient) {
        Objects.requireNonNull(patient, "patient");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.instancesOf)) {
            ps.setString(1, patient.value());
            java.util.List<InstanceId> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new InstanceId(rs.getString(1)));
                }
            }
            return List.ofAll(out);
        } catch (SQLException e) {
            throw new EventStoreException("finding the instances of a patient", e);
        }
    }

    @Override
    public Erasure erase(PatientRef patient, ActorRef actor, Instant now) {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        return erase(Erasure.Reason.PATIENT, sql.lockPatient, ps -> ps.setString(1, patient.value()), actor, now);
    }

    @Override
    public Erasure purgeClosedBefore(Instant closedBefore, ActorRef actor, Instant now) {
        Objects.requireNonNull(closedBefore, "closedBefore");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        return erase(Erasure.Reason.RETENTION, sql.lockClosed, ps -> ps.setObject(1, utc(closedBefore)), actor, now);
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    private interface Bind {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Erasure erase(Erasure.Reason reason, String lock, Bind which, ActorRef actor, Instant now) {
        Erasure done = inTransaction("erasing (" + reason + ")", c -> {
            java.util.List<String> ids = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(lock)) {
                which.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            long[] counts = new long[sql.erase.length];
            java.sql.Array array = c.createArrayOf("text", ids.toArray(new String[0]));
            for (int i = 0; i < sql.erase.length; i++) {
                try (PreparedStatement ps = c.prepareStatement(sql.erase[i])) {
                    ps.setArray(1, array);
                    counts[i] = ps.executeLargeUpdate();
                }
            }
            Erasure x = new Erasure(
                    UUID.randomUUID(), tenant, reason, now, actor, (int) counts[3], counts[2], (int) counts[0]);
            try (PreparedStatement ps = c.prepareStatement(sql.audit)) {
                ps.setObject(1, x.id());
                ps.setString(2, reason.name());
                ps.setObject(3, second(now));
                ps.setInt(4, now.getNano());
                ps.setString(5, actor.value());
                ps.setInt(6, x.instances());
                ps.setLong(7, x.events());
                ps.setInt(8, x.deadlines());
                ps.executeUpdate();
            }
            return x;
        });
        listener.erased(done);
        return done;
    }

    @Override
    public Seq<Erasure> erasures() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.erasures);
                ResultSet rs = ps.executeQuery()) {
            java.util.List<Erasure> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(new Erasure(
                        rs.getObject(1, UUID.class),
                        tenant,
                        Erasure.Reason.valueOf(rs.getString(2)),
                        instant(rs, 3, 4),
                        new ActorRef(rs.getString(5)),
                        rs.getInt(6),
                        rs.getLong(7),
                        rs.getInt(8)));
            }
            return List.ofAll(out);
        } catch (SQLException e) {
            throw new EventStoreException("reading the erasures", e);
        }
    }

    @Override
    public Seq<Parked> parked() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.parked);
                ResultSet rs = ps.executeQuery()) {
            java.util.List<Parked> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(new Parked(
                        new InstanceId(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs, 5, 6)));
            }
            return List.ofAll(out);
        } catch (SQLException e) {
            throw new EventStoreException("reading the parked instances", e);
        }
    }

    @Override
    public boolean release(InstanceId instance, Instant dueAt) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(dueAt, "dueAt");
        return inTransaction("releasing " + instance, c -> {
            boolean was;
            try (PreparedStatement ps = c.prepareStatement(sql.release)) {
                ps.setString(1, instance.value());
                was = ps.executeUpdate() == 1;
            }
            if (was) {
                upsertDeadline(c, instance, dueAt);
            }
            return was;
        });
    }

    /** Work in one transaction. */
    @FunctionalInterface
    private interface Transaction<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs work in a transaction of its own: committed if it returns, rolled back if it throws.
     *
     * @param what what is being done, for the exception
     */
    private <T> T inTransaction(String what, Transaction<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new EventStoreException(what, e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolls the transaction back itself
        }
    }

    @Override
    public String toString() {
        return tenant.isDefault() ? "PostgresEventStore" : "PostgresEventStore[" + tenant + "]";
    }
}
