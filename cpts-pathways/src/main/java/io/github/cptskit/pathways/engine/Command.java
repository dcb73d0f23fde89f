package io.github.cptskit.pathways.engine;

import io.vavr.collection.TreeMap;
import java.util.Objects;

/**
 * What a user (or a system) asks an instance to record: the event type, its data and the author.
 * The engine checks the data against the event type, routes and guards it, and stamps the event.
 *
 * <pre>{@code
 * Command c = Command.of("regule", author).with("decision", "RDV");
 * }</pre>
 *
 * @param eventType the event the command would record, e.g. {@code regule}
 * @param data the event's data
 * @param author who asks (pseudonymous)
 */
public record Command(String eventType, TreeMap<String, String> data, ActorRef author) {
    /** Checks the components. */
    public Command {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(author, "author");
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
     * @param key a data key
     * @param value its value
     * @return this command with one more datum
     */
    public Command with(String key, String value) {
        return new Command(
                eventType,
                data.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")),
                author);
    }
}
