package io.github.cptskit.pathways.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.internal.Pseudonymity;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.util.Objects;

/**
 * A kind of event a definition accepts, with the data it carries. A definition checks every decided
 * event against its type: missing, malformed and unknown data are refused together, so that the
 * log holds only what the schema documents (and no free text).
 *
 * <pre>{@code
 * EventType.of("regule", "the regulator decided", Field.choice("decision", "…", "CONSEIL", "RDV"));
 * }</pre>
 *
 * @param name the event type, camelCase, past tense ({@code regule})
 * @param description what happened, in English
 * @param fields the data it carries
 */
public record EventType(String name, String description, Seq<Field> fields) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param name the event type, camelCase, past tense ({@code regule})
     * @param description what happened, in English
     * @param fields the data it carries
     */
    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fields, "fields");
        if (!Pseudonymity.isToken(name)) {
            throw new IllegalArgumentException("an event type is a token: " + name);
        }
        if (fields.map(Field::name).distinct().size() != fields.size()) {
            throw new IllegalArgumentException("duplicated field in " + name);
        }
    }

    /**
     * @param name the event type
     * @param description what happened
     * @param fields the data
     * @return the event type
     */
    public static EventType of(String name, String description, Field... fields) {
        return new EventType(name, description, List.of(fields));
    }

    private boolean hasField(String key) {
        for (Field f : fields) {
            if (f.name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #check(TreeMap)} for data in any {@code java.util.Map} (decision record 0004), each
     * datum a string or a value of its field's type ({@link Command}).
     *
     * @param data the data
     * @return the problems, empty when valid; {@code EVENT_DATA_TYPE} for a value whose Java type does
     *     not fit its field
     */
    public Seq<Problem> check(java.util.Map<String, ?> data) {
        Command.Typed typed = Command.Typed.of(java.util.Objects.requireNonNull(data, "data"));
        return check(typed.texts(), typed.javaTypes());
    }

    /**
     * {@link #check(TreeMap)} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @param data the data
     * @return the same elements
     */
    public java.util.List<Problem> checkList(java.util.Map<String, ?> data) {
        return check(data).asJava();
    }

    /**
     * {@link #fields()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Field> fieldsList() {
        return fields().asJava();
    }

    /**
     * Checks an event's data: every problem at once.
     *
     * @param data the data
     * @return the problems, empty when valid
     */
    public Seq<Problem> check(TreeMap<String, String> data) {
        // Fast path, almost no allocation: the usual event is valid.
        boolean valid = data.size() <= fields.size();
        for (Field f : fields) {
            if (!valid) {
                break;
            }
            valid = f.accepts(data.getOrElse(f.name(), null));
        }
        if (valid) {
            for (io.vavr.Tuple2<String, String> kv : data) {
                valid &= hasField(kv._1);
            }
        }
        if (valid) {
            return List.empty();
        }
        return check(data, java.util.Map.of());
    }

    /** Whether some value was given in a Java type that does not fit its field. */
    boolean mistyped(java.util.Map<String, Class<?>> javaTypes) {
        for (Field f : fields) {
            Class<?> c = javaTypes.get(f.name());
            if (c != null && !f.acceptsJavaType(c)) {
                return true;
            }
        }
        return false;
    }

    /** Every problem of data given partly in Java types: a mistyped value is reported as such only. */
    Seq<Problem> check(TreeMap<String, String> data, java.util.Map<String, Class<?>> javaTypes) {
        Seq<Problem> problems = fields.flatMap(f -> {
            Class<?> c = javaTypes.get(f.name());
            return c != null && !f.acceptsJavaType(c)
                    ? io.vavr.control.Option.some(Problem.of(
                            PathwaysProblem.EVENT_DATA_TYPE,
                            name,
                            f.name(),
                            c.getSimpleName(),
                            (io.github.cptskit.core.problem.Label) f::expected))
                    : f.check(name, data.get(f.name()));
        });
        Seq<String> unknown = data.keySet().filter(k -> !hasField(k)).toList();
        if (unknown.isEmpty()) {
            return problems;
        }
        // Only key-shaped names are repeated: free text in a key must not reach a log either.
        Seq<String> shown =
                unknown.filter(k -> Pseudonymity.isToken(k) && Pseudonymity.personal(k) == Pseudonymity.Kind.NONE);
        int hidden = unknown.size() - shown.size();
        PathwaysProblem entry = hidden == 0
                ? PathwaysProblem.EVENT_DATA_UNKNOWN_FIELD
                : shown.isEmpty()
                        ? PathwaysProblem.EVENT_DATA_UNKNOWN_FIELD_UNREADABLE
                        : PathwaysProblem.EVENT_DATA_UNKNOWN_FIELD_SOME_UNREADABLE;
        return problems.append(Problem.of(entry, name, shown.mkString(", "), hidden));
    }
}
