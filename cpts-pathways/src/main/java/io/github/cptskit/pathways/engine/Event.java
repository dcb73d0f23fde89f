package io.github.cptskit.pathways.engine;

import io.vavr.Tuple2;
import io.vavr.collection.TreeMap;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Something that happened in a pathway instance: its type (a transition's event, or a deadline's
 * expiry), when, about which patient (pseudonymous), and plain string data. Events are the only thing
 * a host stores; the state is their left fold. They serialise as one JSON object each
 * ({@code codec.EventLog}). An immutable value: equal when type, instant, patient and data are.
 *
 * <p>{@code toString} shows the type, time and reference only, never the data.
 *
 * <pre>{@code
 * Event e = new Event("regule", Instant.parse("2025-03-03T09:00:00Z"), patient, TreeMap.of("decision", "RDV"));
 * e.datum("decision");   // "RDV"
 * }</pre>
 */
public final class Event {
    private static final String[] NONE = new String[0];

    private final String type;
    private final Instant at;
    private final PatientRef patient;
    private final TreeMap<String, String> data;
    // The data again as sorted arrays: guards and routes read them on every transition, and a
    // persistent map's lookup allocates.
    private final String[] keys;
    private final String[] values;
    // The compiled transition the deciding definition chose, so that appending the event does not
    // route it again. Not part of the value. Written once before the event is returned; a thread
    // that sees null routes the event itself (a benign race, as String's cached hash).
    Object decided;

    /**
     * @param type the event type, e.g. {@code regule}
     * @param at when it happened
     * @param patient the pseudonymous patient reference
     * @param data plain values the guards and read models use (e.g. {@code decision=RDV})
     */
    public Event(String type, Instant at, PatientRef patient, TreeMap<String, String> data) {
        this.type = Objects.requireNonNull(type, "type");
        this.at = Objects.requireNonNull(at, "at");
        this.patient = Objects.requireNonNull(patient, "patient");
        this.data = Objects.requireNonNull(data, "data");
        if (data.isEmpty()) {
            keys = NONE;
            values = NONE;
        } else if (data.size() == 1) {
            Tuple2<String, String> kv = data.head(); // cheaper than an iterator
            keys = new String[] {kv._1};
            values = new String[] {kv._2};
        } else {
            keys = new String[data.size()];
            values = new String[data.size()];
            int i = 0;
            for (Tuple2<String, String> kv : data) {
                keys[i] = kv._1;
                values[i++] = kv._2;
            }
        }
    }

    /** @return the event type */
    public String type() {
        return type;
    }

    /** @return when it happened */
    public Instant at() {
        return at;
    }

    /** @return the pseudonymous patient reference */
    public PatientRef patient() {
        return patient;
    }

    /** @return the data */
    public TreeMap<String, String> data() {
        return data;
    }

    /**
     * One datum, without allocating.
     *
     * @param key the key
     * @return its value, or {@code null} when the event does not carry it
     */
    public String datum(String key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? values[i] : null;
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
    public boolean equals(Object o) {
        return o instanceof Event e
                && type.equals(e.type)
                && at.equals(e.at)
                && patient.equals(e.patient)
                && data.equals(e.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, at, patient, data);
    }

    @Override
    public String toString() {
        return type + "@" + at + "[" + patient + "]";
    }
}
