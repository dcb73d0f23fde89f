package io.github.cptskit.pathways.codec;

import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.internal.EventIds;
import io.github.cptskit.pathways.internal.Json;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Event logs as JSON Lines: one event per line, as described by the pathway's versioned schema
 * ({@link EventSchema}). Writing is plain and always in the current format ({@link #FORMAT}, 2);
 * reading accepts format 1 too. Reading checks everything a stored log may have lost: JSON syntax,
 * the pathway and version the instance is pinned to, the instance and the sequence numbers (1, 2, …
 * without gap), unique event ids, event types, instants, the pseudonymous references, the data
 * against the event type, time order, and that every event was allowed in the state it was appended
 * to (replayed through {@link Engine#decide}, raised events included). Every problem is reported at
 * once with its line and column. Logs are read line by line from a {@link Reader} or an
 * {@link InputStream} (UTF-8), never as one string.
 *
 * <pre>{@code
 * String jsonl = EventLog.write(def, events);
 * Validation<Seq<Problem>, Seq<Event>> back = EventLog.read(def, NoContext.INSTANCE, "p2.jsonl", reader);
 * }</pre>
 *
 * <p>A line (format 2): {@code {"format":2,"pathway":"snp-sas","version":1,"instance":"p2-0001","seq":2,
 * "id":"0195…","type":"regule","at":"2025-03-03T09:00:00Z","recorded":"2025-03-03T09:00:00Z",
 * "patient":"pat-7f3a9c","author":"usr-4411","data":{"decision":"RDV"}}}. Format 1 had neither
 * {@code format} nor the identity of the event: a format-1 log is one instance, given the id
 * {@code legacy-} followed by a name-based UUID of pathway and patient, sequence numbers in line order,
 * name-based version 7 ids, the author {@link ActorRef#UNKNOWN} and {@code recorded = at}; read twice,
 * it gives the same events.
 */
public final class EventLog {
    private EventLog() {}

    /** The format {@link #write} produces. */
    public static final int FORMAT = 2;

    private static final java.util.Set<String> KEYS_1 =
            java.util.Set.of("pathway", "version", "type", "at", "patient", "data");
    private static final java.util.Set<String> KEYS_2 = java.util.Set.of(
            "format",
            "pathway",
            "version",
            "instance",
            "seq",
            "id",
            "type",
            "at",
            "recorded",
            "patient",
            "author",
            "data");

    /**
     * @param def the definition the events belong to
     * @param e an event
     * @return the event as one line of JSON in the current format (no line break)
     */
    public static String write(Definition<?> def, Event e) {
        StringBuilder b = new StringBuilder(320).append("{\"format\":").append(FORMAT);
        b.append(",\"pathway\":");
        Json.quote(b, def.id());
        b.append(",\"version\":").append(def.version()).append(",\"instance\":");
        Json.quote(b, e.instance().value());
        b.append(",\"seq\":").append(e.sequence()).append(",\"id\":");
        Json.quote(b, e.id().toString());
        b.append(",\"type\":");
        Json.quote(b, e.type());
        b.append(",\"at\":");
        Json.quote(b, e.at().toString());
        b.append(",\"recorded\":");
        Json.quote(b, e.recordedAt().toString());
        b.append(",\"patient\":");
        Json.quote(b, e.patient().value());
        b.append(",\"author\":");
        Json.quote(b, e.author().value());
        b.append(",\"data\":{");
        boolean first = true;
        for (var kv : e.data()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            Json.quote(b, kv._1);
            b.append(':');
            Json.quote(b, kv._2);
        }
        return b.append("}}").toString();
    }

    /**
     * @param def the definition
     * @param events a log
     * @return the log as JSON Lines, each line ended by a line feed
     */
    public static String write(Definition<?> def, Iterable<Event> events) {
        StringBuilder b = new StringBuilder();
        for (Event e : events) {
            b.append(write(def, e)).append('\n');
        }
        return b.toString();
    }

    /**
     * Reads and checks one instance's log held in a string.
     *
     * @param def the definition the instance is pinned to
     * @param context the host's context, for the guards replayed
     * @param source the file name, for the locations
     * @param text the JSON Lines
     * @param <C> the context type
     * @return the events, or every problem with its location
     * @see #read(Definition, Object, String, Reader)
     */
    public static <C> Validation<Seq<Problem>, Seq<Event>> read(
            Definition<C> def, C context, String source, String text) {
        return read(def, context, source, new StringReader(Objects.requireNonNull(text, "text")));
    }

    /**
     * Reads and checks one instance's log from UTF-8 bytes, line by line.
     *
     * @param def the definition the instance is pinned to
     * @param context the host's context, for the guards replayed
     * @param source the file name, for the locations
     * @param in the bytes (not closed); malformed UTF-8 is a problem {@code LOG_ENCODING}
     * @param <C> the context type
     * @return the events, or every problem with its location
     */
    public static <C> Validation<Seq<Problem>, Seq<Event>> read(
            Definition<C> def, C context, String source, InputStream in) {
        return read(def, context, source, utf8(in));
    }

    /**
     * Reads and checks one instance's log, line by line (LF or CRLF; a UTF-8 byte order mark is
     * allowed; blank lines skipped).
     *
     * @param def the definition the instance is pinned to
     * @param context the host's context, for the guards replayed
     * @param source the file name, for the locations
     * @param in the text (not closed)
     * @param <C> the context type
     * @return the events, or every problem with its location
     */
    public static <C> Validation<Seq<Problem>, Seq<Event>> read(
            Definition<C> def, C context, String source, Reader in) {
        Objects.requireNonNull(def, "def");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        java.util.List<Event> events = new java.util.ArrayList<>();
        java.util.List<Integer> lines = new java.util.ArrayList<>();
        Legacy legacy = new Legacy();
        lines(def, source, in, legacy, (n, e) -> {
            if (e.isLeft()) {
                problems.addAll(e.getLeft().toJavaList());
            } else {
                events.add(e.get());
                lines.add(n);
            }
        });
        if (problems.isEmpty()) {
            problems.addAll(identity(source, events, lines).toJavaList());
        }
        if (problems.isEmpty()) {
            problems.addAll(replay(def, context, source, events, lines).toJavaList());
        }
        return problems.isEmpty() ? Validation.valid(List.ofAll(events)) : Validation.invalid(List.ofAll(problems));
    }

    /**
     * The events of a log as a lazy stream, one per non-blank line, each checked on its own (syntax,
     * pathway, references, data) but not replayed: for read models over large logs of many
     * instances. Close the stream to close nothing: the reader stays the caller's.
     *
     * @param def the definition the events belong to
     * @param source the file name, for the locations
     * @param in the text (not closed)
     * @return each line's event, or its problems
     */
    public static Stream<Validation<Seq<Problem>, Event>> stream(Definition<?> def, String source, Reader in) {
        Objects.requireNonNull(def, "def");
        Objects.requireNonNull(source, "source");
        BufferedReader r = buffered(Objects.requireNonNull(in, "in"));
        Legacy legacy = new Legacy();
        int[] n = {0};
        Spliterator<Validation<Seq<Problem>, Event>> s =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super Validation<Seq<Problem>, Event>> action) {
                        while (true) {
                            String line = next(r, source, n);
                            if (line == null) {
                                return false;
                            }
                            if (line.isBlank()) {
                                continue;
                            }
                            Either<Seq<Problem>, Event> e = event(def, line, Location.of(source, n[0], 1), legacy);
                            action.accept(e.isLeft() ? Validation.invalid(e.getLeft()) : Validation.valid(e.get()));
                            return true;
                        }
                    }
                };
        return StreamSupport.stream(s, false);
    }

    /** Reads with a UTF-8 decoder that reports malformed input instead of replacing it. */
    private static Reader utf8(InputStream in) {
        return new InputStreamReader(
                Objects.requireNonNull(in, "in"),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static BufferedReader buffered(Reader in) {
        return in instanceof BufferedReader b ? b : new BufferedReader(in);
    }

    private static final class EncodingError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        EncodingError(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /** The next line (without CR, without BOM on the first), or null at the end. */
    private static String next(BufferedReader r, String source, int[] n) {
        try {
            String line = r.readLine();
            if (line == null) {
                return null;
            }
            if (n[0]++ == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (CharacterCodingException e) {
            throw new EncodingError(n[0] + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
    }

    private interface LineSink {
        void accept(int line, Either<Seq<Problem>, Event> event);
    }

    private static void lines(Definition<?> def, String source, Reader in, Legacy legacy, LineSink sink) {
        BufferedReader r = buffered(in);
        int[] n = {0};
        try {
            for (String line = next(r, source, n); line != null; line = next(r, source, n)) {
                if (!line.isBlank()) {
                    sink.accept(n[0], event(def, line, Location.of(source, n[0], 1), legacy));
                }
            }
        } catch (EncodingError e) {
            sink.accept(
                    e.line,
                    Either.left(List.of(problem(PathwaysProblem.LOG_ENCODING, Location.of(source, e.line, 1)))));
        }
    }

    private static Problem problem(PathwaysProblem entry, Location at, Object... arguments) {
        return Problem.of(entry, arguments).at(at);
    }

    /** Numbers the events of a format-1 log, which is one instance. */
    private static final class Legacy {
        long sequence;
    }

    private static Either<Seq<Problem>, Event> event(Definition<?> def, String line, Location at, Legacy legacy) {
        Object parsed;
        try {
            parsed = Json.parse(line);
        } catch (Json.SyntaxError e) {
            Location where = Location.of(at.source(), at.line(), e.column());
            return Either.left(List.of(problem(PathwaysProblem.LOG_JSON_SYNTAX, where, e.getMessage())));
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            return Either.left(List.of(problem(PathwaysProblem.LOG_NOT_AN_OBJECT, at)));
        }
        java.util.List<Problem> p = new java.util.ArrayList<>();
        Object format = m.get("format");
        boolean v2 = format != null;
        if (v2 && !(format instanceof BigDecimal f && f.compareTo(BigDecimal.valueOf(FORMAT)) == 0)) {
            return Either.left(List.of(problem(PathwaysProblem.LOG_FORMAT, at.withPath("format"), display(format))));
        }
        java.util.Set<String> keys = v2 ? KEYS_2 : KEYS_1;
        for (Object k : m.keySet()) {
            if (!keys.contains(k)) {
                p.add(problem(PathwaysProblem.LOG_UNKNOWN_PROPERTY, at.withPath(k.toString()), k));
            }
        }
        String pathway = text(m, "pathway", at, p);
        Object version = m.get("version");
        String type = text(m, "type", at, p);
        String when = text(m, "at", at, p);
        String patient = text(m, "patient", at, p);
        missing(m, keys, at).forEach(p::add);
        if (pathway != null && !pathway.equals(def.id())
                || version != null
                        && !(version instanceof BigDecimal v && v.compareTo(BigDecimal.valueOf(def.version())) == 0)) {
            p.add(problem(PathwaysProblem.LOG_PATHWAY_MISMATCH, at, def, pathway, display(version)));
        }
        Instant instant = instant(when, "at", at, p);
        PatientRef ref = null;
        if (patient != null) {
            Validation<Seq<Problem>, PatientRef> r = PatientRef.parse(patient);
            if (r.isInvalid()) {
                r.getError().map(x -> x.at(at.withPath("patient"))).forEach(p::add);
            } else {
                ref = r.get();
            }
        }
        InstanceId instance = null;
        long sequence = 0;
        UUID id = null;
        Instant recorded = null;
        ActorRef author = null;
        if (v2) {
            String i = text(m, "instance", at, p);
            if (i != null) {
                Validation<Seq<Problem>, InstanceId> r = InstanceId.parse(i);
                if (r.isInvalid()) {
                    r.getError().map(x -> x.at(at.withPath("instance"))).forEach(p::add);
                } else {
                    instance = r.get();
                }
            }
            Object seq = m.get("seq");
            if (seq != null) {
                if (seq instanceof BigDecimal s
                        && s.signum() > 0
                        && s.scale() <= 0
                        && s.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                    sequence = s.longValueExact();
                } else {
                    p.add(problem(PathwaysProblem.LOG_SEQUENCE, at.withPath("seq")));
                }
            }
            String u = text(m, "id", at, p);
            if (u != null) {
                id = uuid(u);
                if (id == null) {
                    p.add(problem(PathwaysProblem.LOG_EVENT_ID, at.withPath("id")));
                }
            }
            recorded = instant(text(m, "recorded", at, p), "recorded", at, p);
            String a = text(m, "author", at, p);
            if (a != null) {
                Validation<Seq<Problem>, ActorRef> r = ActorRef.parse(a);
                if (r.isInvalid()) {
                    r.getError().map(x -> x.at(at.withPath("author"))).forEach(p::add);
                } else {
                    author = r.get();
                }
            }
        }
        TreeMap<String, String> data = TreeMap.empty();
        Object d = m.get("data");
        if (d != null) {
            if (d instanceof Map<?, ?> dm) {
                for (Map.Entry<?, ?> kv : dm.entrySet()) {
                    if (kv.getValue() instanceof String sv) {
                        data = data.put(kv.getKey().toString(), sv);
                    } else {
                        p.add(problem(
                                PathwaysProblem.LOG_DATA_NOT_TEXT, at.withPath("data." + kv.getKey()), kv.getKey()));
                    }
                }
            } else {
                p.add(problem(PathwaysProblem.LOG_DATA_NOT_OBJECT, at.withPath("data")));
            }
        }
        if (type != null && def.eventTypes().get(type).isEmpty()) {
            p.add(problem(PathwaysProblem.EVENT_UNKNOWN, at.withPath("type"), type, def.id()));
        } else if (type != null) {
            def.eventTypes()
                    .get(type)
                    .get()
                    .check(data)
                    .map(x -> x.at(at.withPath("data")))
                    .forEach(p::add);
        }
        if (!p.isEmpty()) {
            return Either.left(List.ofAll(p));
        }
        if (!v2) {
            // Format 1: one instance per log; its identity is derived, stable across reads.
            String name = def.id() + "/" + ref.value();
            instance = new InstanceId("legacy-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
            sequence = ++legacy.sequence;
            UUID h = UUID.nameUUIDFromBytes((instance + "#" + sequence).getBytes(StandardCharsets.UTF_8));
            id = EventIds.of(instant, h.getMostSignificantBits(), h.getLeastSignificantBits());
            recorded = instant;
            author = ActorRef.UNKNOWN;
        }
        return Either.right(Event.builder()
                .instance(instance)
                .sequence(sequence)
                .id(id)
                .type(type)
                .at(instant)
                .recordedAt(recorded)
                .patient(ref)
                .author(author)
                .data(data)
                .build());
    }

    private static UUID uuid(String u) {
        if (u.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(u);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(String when, String key, Location at, java.util.List<Problem> p) {
        if (when == null) {
            return null;
        }
        try {
            return Instant.parse(when);
        } catch (DateTimeException e) {
            p.add(problem(PathwaysProblem.LOG_INSTANT, at.withPath(key), key, when));
            return null;
        }
    }

    private static String display(Object version) {
        return version instanceof BigDecimal v ? v.toPlainString() : String.valueOf(version);
    }

    private static Seq<Problem> missing(Map<?, ?> m, java.util.Set<String> keys, Location at) {
        return List.ofAll(keys)
                .sorted()
                .filter(k -> !m.containsKey(k))
                .map(k -> problem(PathwaysProblem.LOG_MISSING_PROPERTY, at.withPath(k), k));
    }

    private static String text(Map<?, ?> m, String key, Location at, java.util.List<Problem> sink) {
        Object v = m.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        sink.add(problem(PathwaysProblem.LOG_NOT_TEXT, at.withPath(key), key));
        return null;
    }

    /** One instance, numbered 1, 2, … without gap, each id once. */
    private static Seq<Problem> identity(String source, java.util.List<Event> events, java.util.List<Integer> lines) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Location at = Location.of(source, lines.get(i), 1);
            if (!e.instance().equals(events.get(0).instance())) {
                return List.of(problem(
                        PathwaysProblem.LOG_INSTANCE,
                        at.withPath("instance"),
                        e.instance(),
                        events.get(0).instance()));
            }
            if (e.sequence() != i + 1) {
                return List.of(problem(PathwaysProblem.LOG_SEQUENCE_GAP, at.withPath("seq"), e.sequence(), (i + 1)));
            }
            if (!ids.add(e.id())) {
                return List.of(problem(PathwaysProblem.LOG_DUPLICATE_ID, at.withPath("id"), e.id()));
            }
        }
        return List.empty();
    }

    private static <C> Seq<Problem> replay(
            Definition<C> def, C context, String source, java.util.List<Event> events, java.util.List<Integer> lines) {
        if (events.isEmpty()) {
            return List.empty();
        }
        Engine<C> engine = def.engine();
        InstanceState s = engine.start(events.get(0).instance(), events.get(0).patient());
        int i = 0;
        Instant previous = Instant.MIN;
        while (i < events.size()) {
            Event e = events.get(i);
            Location at = Location.of(source, lines.get(i), 1);
            if (e.at().isBefore(previous)) {
                return List.of(problem(PathwaysProblem.LOG_TIME_ORDER, at, e.at(), previous));
            }
            previous = e.at();
            if (!e.patient().equals(s.subject())) {
                return List.of(problem(PathwaysProblem.LOG_PATIENT, at.withPath("patient"), e.patient(), s.subject()));
            }
            Either<Rejection, Decision> d = engine.decide(
                    s, new Command(e.type(), e.data(), e.author()), context, Clock.fixed(e.at(), ZoneOffset.UTC));
            if (d.isLeft()) {
                return List.of(problem(
                        PathwaysProblem.LOG_EVENT_REFUSED,
                        at,
                        e.type(),
                        s.state(),
                        d.getLeft().message()));
            }
            Seq<Event> expected = d.get().events();
            Seq<Event> actual = List.ofAll(events.subList(i, Math.min(events.size(), i + expected.size())));
            if (!actual.map(EventLog::what).equals(expected.map(EventLog::what))) {
                return List.of(problem(
                        PathwaysProblem.LOG_RAISED_EVENTS,
                        at,
                        e.type(),
                        expected.tail().map(Event::type).mkString(", ")));
            }
            s = d.get().state();
            i += expected.size();
        }
        return List.empty();
    }

    /** What replay compares: the event without its identity. */
    private static List<Object> what(Event e) {
        return List.of(e.type(), e.at(), e.data());
    }
}
