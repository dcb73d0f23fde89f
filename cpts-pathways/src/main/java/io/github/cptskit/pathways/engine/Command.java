package io.github.cptskit.pathways.engine;

import io.vavr.collection.TreeMap;
import java.util.Objects;

/**
 * What a user (or a system) asks an instance to record: the event type, its data and the author.
 * The engine checks the data against the event type, routes and guards it, and stamps the event.
 * An immutable value, equal when type, data and author are; {@code toString} shows the type and the
 * author, never the data.
 *
 * <pre>{@code
 * Command c = Command.of("regule", author).with("decision", "RDV");
 * Command typed = Command.of("majorationsFacturees", author, Map.of("majorationsSemaine", 3));
 * }</pre>
 *
 * <p><b>Typed data.</b> From a {@code java.util.Map} or {@link #with(String, Object)}, a datum may be
 * given in its field's documented type: a whole number ({@code Integer}, {@code Long}, {@code Short},
 * {@code Byte}, {@code BigInteger}) for an integer field, a {@code Boolean} for a boolean, a
 * {@code LocalDate} for a date, an {@code Instant} for an instant, an enum constant (its
 * {@code name()}) for a choice; a token also takes a whole number, an enum constant or a {@code UUID}.
 * A string is accepted for every field, as event logs write them. The event records the value's
 * canonical text ({@code 3}, {@code true}, {@code 2025-03-31}…); the engine checks the Java type
 * against the field and refuses a mismatch ({@code EVENT_DATA_TYPE}, with every other data problem).
 *
 * <p>Not a record: it also keeps its data in the flat form the engine reads on every transition,
 * computed once when the command is made and shared by the events decided from it.
 */
public final class Command {
    private final String eventType;
    private final ActorRef author;
    final FlatData flat;
    /** The Java type of each datum given as other than a string, by key; null when all were strings. */
    final java.util.Map<String, Class<?>> javaTypes;

    /**
     * @param eventType the event the command would record, e.g. {@code regule}
     * @param data the event's data
     * @param author who asks (pseudonymous)
     */
    public Command(String eventType, TreeMap<String, String> data, ActorRef author) {
        this(eventType, data, author, null);
    }

    private Command(
            String eventType,
            TreeMap<String, String> data,
            ActorRef author,
            java.util.Map<String, Class<?>> javaTypes) {
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.flat = FlatData.of(Objects.requireNonNull(data, "data"));
        this.author = Objects.requireNonNull(author, "author");
        this.javaTypes = javaTypes == null || javaTypes.isEmpty() ? null : java.util.Map.copyOf(javaTypes);
    }

    /** Data given in Java types: their canonical texts and the type of each non-string value. */
    record Typed(TreeMap<String, String> texts, java.util.Map<String, Class<?>> javaTypes) {
        static Typed of(java.util.Map<String, ?> data) {
            TreeMap<String, String> texts = TreeMap.empty();
            java.util.Map<String, Class<?>> types = new java.util.HashMap<>();
            for (var e : data.entrySet()) {
                String k = Objects.requireNonNull(e.getKey(), "data key");
                Object v = Objects.requireNonNull(e.getValue(), () -> "data value of " + k);
                texts = texts.put(k, text(v));
                if (!(v instanceof CharSequence)) {
                    types.put(k, v.getClass());
                }
            }
            return new Typed(texts, types);
        }

        /** The text an event records: ISO for dates and instants, the constant's name for an enum. */
        static String text(Object v) {
            return v instanceof Enum<?> e ? e.name() : v.toString();
        }
    }

    /**
     * @param eventType the event type
     * @param author the author
     * @return a command without data
     */
    public static Command of(String eventType, ActorRef author) {
        return new Command(eventType, TreeMap.empty(), author);
    }

    /**
     * @param eventType the event type
     * @param author the author
     * @param data the data
     * @return the command
     */
    public static Command of(String eventType, ActorRef author, TreeMap<String, String> data) {
        return new Command(eventType, data, author);
    }

    /**
     * A command from plain Java data (decision record 0004), each datum a string or a value of its
     * field's documented type (see the class comment), e.g. {@code Map.of("majorationsSemaine", 3)}.
     *
     * @param eventType the event type
     * @param author the author
     * @param data the data, in any {@code java.util.Map}; kept sorted by key
     * @return the command; a value whose Java type does not fit its field is refused by the engine
     *     ({@code EVENT_DATA_TYPE})
     * @throws NullPointerException if an argument, a key or a value is null
     */
    public static Command of(String eventType, ActorRef author, java.util.Map<String, ?> data) {
        Typed typed = Typed.of(Objects.requireNonNull(data, "data"));
        return new Command(eventType, typed.texts(), author, typed.javaTypes());
    }

    /** @return the event the command would record */
    public String eventType() {
        return eventType;
    }

    /** @return the event's data */
    public TreeMap<String, String> data() {
        return flat.map;
    }

    /**
     * {@link #data()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, String> dataMap() {
        return java.util.Collections.unmodifiableMap(data().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /** @return who asks */
    public ActorRef author() {
        return author;
    }

    /**
     * @param key a data key
     * @param value its value
     * @return this command with one more datum
     */
    public Command with(String key, String value) {
        Objects.requireNonNull(key, "key");
        java.util.Map<String, Class<?>> types = javaTypes;
        if (types != null && types.containsKey(key)) {
            types = new java.util.HashMap<>(types);
            types.remove(key);
        }
        return new Command(eventType, flat.map.put(key, Objects.requireNonNull(value, "value")), author, types);
    }

    /**
     * This command with one more datum given in its field's type: a whole number, a boolean, a date,
     * an instant, an enum constant (see the class comment).
     *
     * @param key a data key
     * @param value its value, e.g. {@code 3}, {@code true}, {@code LocalDate.of(2025, 3, 31)}
     * @return this command with one more datum; a value whose Java type does not fit its field is
     *     refused by the engine ({@code EVENT_DATA_TYPE})
     */
    public Command with(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (value instanceof CharSequence text) {
            return with(key, text.toString());
        }
        java.util.Map<String, Class<?>> types =
                javaTypes == null ? new java.util.HashMap<>() : new java.util.HashMap<>(javaTypes);
        types.put(key, value.getClass());
        return new Command(eventType, flat.map.put(key, Typed.text(value)), author, types);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Command c
                && eventType.equals(c.eventType)
                && flat.map.equals(c.flat.map)
                && author.equals(c.author)
                && Objects.equals(javaTypes, c.javaTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventType, flat.map, author);
    }

    @Override
    public String toString() {
        return eventType + " by " + author;
    }
}
