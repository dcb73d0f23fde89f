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
 * }</pre>
 *
 * <p>Not a record: it also keeps its data in the flat form the engine reads on every transition,
 * computed once when the command is made and shared by the events decided from it.
 */
public final class Command {
    private final String eventType;
    private final ActorRef author;
    final FlatData flat;

    /**
     * @param eventType the event the command would record, e.g. {@code regule}
     * @param data the event's data
     * @param author who asks (pseudonymous)
     */
    public Command(String eventType, TreeMap<String, String> data, ActorRef author) {
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.flat = FlatData.of(Objects.requireNonNull(data, "data"));
        this.author = Objects.requireNonNull(author, "author");
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
     * A command from plain Java data (decision record 0004).
     *
     * @param eventType the event type
     * @param author the author
     * @param data the data, in any {@code java.util.Map}; kept sorted by key
     * @return the command
     * @throws NullPointerException if an argument, a key or a value is null
     */
    public static Command of(String eventType, ActorRef author, java.util.Map<String, String> data) {
        Objects.requireNonNull(data, "data");
        data.forEach((k, v) -> {
            Objects.requireNonNull(k, "data key");
            Objects.requireNonNull(v, "data value of " + k);
        });
        return new Command(eventType, TreeMap.ofAll(data), author);
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
        return new Command(
                eventType,
                flat.map.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")),
                author);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Command c
                && eventType.equals(c.eventType)
                && flat.map.equals(c.flat.map)
                && author.equals(c.author);
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
