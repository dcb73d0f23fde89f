package io.github.cptskit.pathways.codec;

import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.internal.Json;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Event logs as JSON Lines: one event per line, as described by the pathway's versioned schema
 * ({@link EventSchema}). Writing is plain; reading checks everything a stored log may have lost:
 * JSON syntax, the pathway and version the instance is pinned to, event types, instants, the
 * pseudonymous reference, the data against the event type, time order, and that every event was
 * allowed in the state it was appended to (replayed through {@link Definition#decide}, raised events
 * included). Every problem is reported at once with its line and column.
 *
 * <pre>{@code
 * String jsonl = EventLog.write(def, events);
 * Validation<Seq<Problem>, Seq<Event>> back = EventLog.read(def, NoContext.INSTANCE, "p2.jsonl", jsonl);
 * }</pre>
 *
 * <p>A line: {@code {"pathway":"snp-sas","version":1,"type":"regule","at":"2025-03-03T09:00:00Z",
 * "patient":"pat-7f3a9c","data":{"decision":"RDV"}}}.
 */
public final class EventLog {
    private EventLog() {}

    private static final java.util.Set<String> KEYS =
            java.util.Set.of("pathway", "version", "type", "at", "patient", "data");

    /**
     * @param def the definition the events belong to
     * @param e an event
     * @return the event as one line of JSON (no line break)
     */
    public static String write(Definition<?> def, Event e) {
        StringBuilder b = new StringBuilder(160).append("{\"pathway\":");
        Json.quote(b, def.id());
        b.append(",\"version\":").append(def.version()).append(",\"type\":");
        Json.quote(b, e.type());
        b.append(",\"at\":");
        Json.quote(b, e.at().toString());
        b.append(",\"patient\":");
        Json.quote(b, e.patient().value());
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
     * Reads and checks a log.
     *
     * @param def the definition the instance is pinned to
     * @param context the host's context, for the guards replayed
     * @param source the file name, for the locations
     * @param text the JSON Lines (LF or CRLF; a UTF-8 byte order mark is allowed; blank lines skipped)
     * @param <C> the context type
     * @return the events, or every problem with its location
     */
    public static <C> Validation<Seq<Problem>, Seq<Event>> read(
            Definition<C> def, C context, String source, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Problem> problems = List.empty();
        List<Event> events = List.empty();
        List<Integer> lines = List.empty();
        String[] raw = body.split("\n", -1);
        for (int n = 0; n < raw.length; n++) {
            String line = raw[n].endsWith("\r") ? raw[n].substring(0, raw[n].length() - 1) : raw[n];
            if (line.isBlank()) {
                continue;
            }
            Location at = Location.of(source, n + 1, 1);
            Either<Seq<Problem>, Event> e = event(def, line, at);
            if (e.isLeft()) {
                problems = problems.appendAll(e.getLeft());
            } else {
                events = events.append(e.get());
                lines = lines.append(n + 1);
            }
        }
        if (problems.isEmpty()) {
            problems = problems.appendAll(replay(def, context, source, events, lines));
        }
        return problems.isEmpty() ? Validation.valid(events) : Validation.invalid(problems);
    }

    private static Problem problem(String code, String fr, String en, Location at) {
        return Problem.error(code, fr, en).at(at);
    }

    private static Either<Seq<Problem>, Event> event(Definition<?> def, String line, Location at) {
        Object parsed;
        try {
            parsed = Json.parse(line);
        } catch (Json.SyntaxError e) {
            Location where = Location.of(at.source(), at.line(), e.column());
            return Either.left(List.of(problem(
                    "LOG_JSON_SYNTAX",
                    "JSON illisible : " + e.getMessage(),
                    "unreadable JSON: " + e.getMessage(),
                    where)));
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            return Either.left(List.of(
                    problem("LOG_NOT_AN_OBJECT", "chaque ligne est un objet JSON", "each line is a JSON object", at)));
        }
        java.util.List<Problem> p = new java.util.ArrayList<>();
        for (Object k : m.keySet()) {
            if (!KEYS.contains(k)) {
                p.add(problem(
                        "LOG_UNKNOWN_PROPERTY",
                        "propriété inconnue : " + k,
                        "unknown property: " + k,
                        at.withPath(k.toString())));
            }
        }
        String pathway = text(m, "pathway", at, p);
        Object version = m.get("version");
        String type = text(m, "type", at, p);
        String when = text(m, "at", at, p);
        String patient = text(m, "patient", at, p);
        missing(m, at).forEach(p::add);
        if (pathway != null && !pathway.equals(def.id())
                || version != null
                        && !(version instanceof BigDecimal v && v.compareTo(BigDecimal.valueOf(def.version())) == 0)) {
            p.add(problem(
                    "LOG_PATHWAY_MISMATCH",
                    "l'événement n'appartient pas au parcours " + def + " : " + pathway + " v" + display(version),
                    "the event does not belong to pathway " + def + ": " + pathway + " v" + display(version),
                    at));
        }
        Instant instant = null;
        if (when != null) {
            try {
                instant = Instant.parse(when);
            } catch (DateTimeException e) {
                p.add(problem(
                        "LOG_INSTANT",
                        "« at » n'est pas un instant ISO 8601 : " + when,
                        "\"at\" is not an ISO 8601 instant: " + when,
                        at.withPath("at")));
            }
        }
        PatientRef ref = null;
        if (patient != null) {
            Validation<Seq<Problem>, PatientRef> r = PatientRef.parse(patient);
            if (r.isInvalid()) {
                r.getError().map(x -> x.at(at.withPath("patient"))).forEach(p::add);
            } else {
                ref = r.get();
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
                                "LOG_DATA_NOT_TEXT",
                                "les données sont des chaînes : " + kv.getKey(),
                                "data values are strings: " + kv.getKey(),
                                at.withPath("data." + kv.getKey())));
                    }
                }
            } else {
                p.add(problem(
                        "LOG_DATA_NOT_OBJECT", "« data » est un objet", "\"data\" is an object", at.withPath("data")));
            }
        }
        if (type != null && def.eventTypes().get(type).isEmpty()) {
            p.add(problem(
                    "EVENT_UNKNOWN",
                    "« " + type + " » n'est pas un événement du parcours " + def.id(),
                    "\"" + type + "\" is not an event of pathway " + def.id(),
                    at.withPath("type")));
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
        return Either.right(new Event(type, instant, ref, data));
    }

    private static String display(Object version) {
        return version instanceof BigDecimal v ? v.toPlainString() : String.valueOf(version);
    }

    private static Seq<Problem> missing(Map<?, ?> m, Location at) {
        return List.ofAll(KEYS)
                .sorted()
                .filter(k -> !m.containsKey(k))
                .map(k -> problem(
                        "LOG_MISSING_PROPERTY",
                        "propriété manquante : " + k,
                        "missing property: " + k,
                        at.withPath(k)));
    }

    private static String text(Map<?, ?> m, String key, Location at, java.util.List<Problem> sink) {
        Object v = m.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        sink.add(problem(
                "LOG_NOT_TEXT", "« " + key + " » est une chaîne", "\"" + key + "\" is a string", at.withPath(key)));
        return null;
    }

    private static <C> Seq<Problem> replay(
            Definition<C> def, C context, String source, Seq<Event> events, Seq<Integer> lines) {
        InstanceState s = def.start();
        int i = 0;
        Instant previous = Instant.MIN;
        while (i < events.size()) {
            Event e = events.get(i);
            Location at = Location.of(source, lines.get(i), 1);
            if (e.at().isBefore(previous)) {
                return List.of(problem(
                        "LOG_TIME_ORDER",
                        "les événements sont dans l'ordre du temps : " + e.at() + " avant " + previous,
                        "events are in time order: " + e.at() + " before " + previous,
                        at));
            }
            previous = e.at();
            Either<Rejection, Seq<Event>> d =
                    def.decide(e.type(), e.patient(), e.data(), s, context, Clock.fixed(e.at(), ZoneOffset.UTC));
            if (d.isLeft()) {
                return List.of(problem(
                        "LOG_EVENT_REFUSED",
                        "« " + e.type() + " » n'était pas possible dans l'état " + s.state() + " : "
                                + d.getLeft().messageFr(),
                        "\"" + e.type() + "\" was not possible in state " + s.state() + ": "
                                + d.getLeft().messageEn(),
                        at));
            }
            Seq<Event> expected = d.get();
            Seq<Event> actual = events.drop(i).take(expected.size());
            if (!actual.equals(expected)) {
                return List.of(problem(
                        "LOG_RAISED_EVENTS",
                        "« " + e.type() + " » déclenche "
                                + expected.tail().map(Event::type).mkString(", ")
                                + " : ils doivent le suivre dans le journal",
                        "\"" + e.type() + "\" raises "
                                + expected.tail().map(Event::type).mkString(", ") + ": they must follow it in the log",
                        at));
            }
            for (Event x : expected) {
                s = def.evolve(s, x);
            }
            i += expected.size();
        }
        return List.empty();
    }
}
