package io.github.cptskit.pathways.engine;

import io.vavr.collection.TreeMap;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in a pathway instance: its type (a transition's event, or a deadline's
 * expiry), when, about which patient (pseudonymous), and plain string data. Events are the only thing
 * a host stores; the state is their left fold. They serialise naturally as JSON objects
 * ({@code {"type":…,"at":…,"patient":…,"data":{…}}}).
 *
 * <p>{@code toString} shows the type, time and reference only, never the data.
 *
 * @param type the event type, e.g. {@code regule}
 * @param at when it happened
 * @param patient the pseudonymous patient reference
 * @param data plain values the guards and read models use (e.g. {@code priorite=ALD})
 */
public record Event(String type, Instant at, PatientRef patient, TreeMap<String, String> data) {

    /** Checks the components. */
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(data, "data");
    }

    /**
     * This event with one more datum.
     *
     * @param key the key
     * @param value the value
     * @return a new event
     */
    public Event with(String key, String value) {
        return new Event(type, at, patient, data.put(key, value));
    }

    @Override
    public String toString() {
        return type + "@" + at + "[" + patient + "]";
    }
}
