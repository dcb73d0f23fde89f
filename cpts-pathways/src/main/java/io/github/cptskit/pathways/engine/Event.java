package io.github.cptskit.pathways.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.TreeMap;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in a pathway instance, identifying itself: the instance it belongs to and
 * its sequence number there (1, 2, …: the stream version once it is appended), a time-ordered event
 * id (a version 7 UUID), its type (a transition's event, or a deadline's expiry), when it took
 * effect, when it was recorded (later than {@code at} for a deadline expiry recorded after its due
 * instant), about which patient and by which author (both pseudonymous), and plain string data.
 * Events are the only thing a host stores; the state is their left fold. They serialise as one JSON
 * object each ({@code codec.EventLog}). An immutable value, equal when every component is.
 *
 * <p>{@code toString} shows the instance, sequence, type, instant and references only, never the
 * data.
 */
public final class Event {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    private final InstanceId instance;
    private final long sequence;
    // The id's two halves: a UUID object is made only when asked for.
    private final long idHigh;
    private final long idLow;
    private final String type;
    private final Instant at;
    private final Instant recordedAt;
    private final PatientRef patient;
    private final ActorRef author;
    // The data, with the flat form guards and routes read on every transition (a persistent map's
    // lookup allocates).
    private final FlatData data;

    /**
     * An event from its nine components in order.
     *
     * @deprecated nine positional components, several of one type, are easy to swap: use
     *     {@link #builder()}, which names each; kept for the stores and codecs written against it.
     * @param instance the instance
     * @param sequence its number in the instance's stream, 1 or more
     * @param id the event id (time-ordered)
     * @param type the event type, e.g. {@code regule}
     * @param at when it took effect
     * @param recordedAt when it was recorded
     * @param patient the pseudonymous patient reference
     * @param author the pseudonymous author
     * @param data plain values the guards and read models use (e.g. {@code decision=RDV})
     */
    @Deprecated
    public Event(
            InstanceId instance,
            long sequence,
            UUID id,
            String type,
            Instant at,
            Instant recordedAt,
            PatientRef patient,
            ActorRef author,
            TreeMap<String, String> data) {
        this(
                instance,
                sequence,
                Objects.requireNonNull(id, "id").getMostSignificantBits(),
                id.getLeastSignificantBits(),
                type,
                at,
                recordedAt,
                patient,
                author,
                data);
    }

    /** As the engine makes it: the id as two halves (no UUID object), the data flat from the command. */
    Event(
            InstanceId instance,
            long sequence,
            long idHigh,
            long idLow,
            String type,
            Instant at,
            Instant recordedAt,
            PatientRef patient,
            ActorRef author,
            Command command) {
        this.instance = instance;
        this.sequence = sequence;
        this.idHigh = idHigh;
        this.idLow = idLow;
        this.type = type;
        this.at = at;
        this.recordedAt = recordedAt;
        this.patient = patient;
        this.author = author;
        this.data = command.flat;
    }

    /** With the id as its two halves, as the engine makes them (no UUID object). */
    Event(
            InstanceId instance,
            long sequence,
            long idHigh,
            long idLow,
            String type,
            Instant at,
            Instant recordedAt,
            PatientRef patient,
            ActorRef author,
            TreeMap<String, String> data) {
        this.instance = Objects.requireNonNull(instance, "instance");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        this.sequence = sequence;
        this.idHigh = idHigh;
        this.idLow = idLow;
        this.type = Objects.requireNonNull(type, "type");
        this.at = Objects.requireNonNull(at, "at");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.patient = Objects.requireNonNull(patient, "patient");
        this.author = Objects.requireNonNull(author, "author");
        this.data = FlatData.of(Objects.requireNonNull(data, "data"));
    }

    /** @return the instance the event belongs to */
    public InstanceId instance() {
        return instance;
    }

    /** @return its number in the instance's stream, from 1 */
    public long sequence() {
        return sequence;
    }

    /** @return the event id, a version 7 (time-ordered) UUID */
    public UUID id() {
        return new UUID(idHigh, idLow);
    }

    /** @return the event type */
    public String type() {
        return type;
    }

    /** @return when it took effect */
    public Instant at() {
        return at;
    }

    /** @return when it was recorded */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** @return the pseudonymous patient reference */
    public PatientRef patient() {
        return patient;
    }

    /** @return the pseudonymous author */
    public ActorRef author() {
        return author;
    }

    /** @return the data */
    public TreeMap<String, String> data() {
        return data.map;
    }

    /**
     * {@link #data()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, String> dataMap() {
        return java.util.Collections.unmodifiableMap(data().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * One datum, without allocating.
     *
     * @param key the key
     * @return its value, or {@code null} when the event does not carry it
     */
    public String datum(String key) {
        return data.get(key);
    }

    int dataSize() {
        return data.size();
    }

    /**
     * This event with one more datum.
     *
     * @param key the key
     * @param value the value
     * @return a new event
     */
    public Event with(String key, String value) {
        return new Event(instance, sequence, id(), type, at, recordedAt, patient, author, data.map.put(key, value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event e
                && sequence == e.sequence
                && idHigh == e.idHigh
                && idLow == e.idLow
                && instance.equals(e.instance)
                && type.equals(e.type)
                && at.equals(e.at)
                && recordedAt.equals(e.recordedAt)
                && patient.equals(e.patient)
                && author.equals(e.author)
                && data.map.equals(e.data.map);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(instance, sequence, idHigh, idLow, type, at, data.map);
    }

    @Override
    public String toString() {
        return instance + "#" + sequence + " " + type + "@" + at + "[" + patient + " by " + author + "]";
    }

    /**
     * A builder naming each component, for stores and codecs that rebuild a recorded event (the engine
     * makes new ones).
     *
     * <pre>{@code
     * Event e = Event.builder()
     *         .instance(new InstanceId("snp-42")).sequence(1).id(storedId).type("demande")
     *         .at(at).patient(patient).author(author).data(Map.of("motif", "douleur"))
     *         .build(); // recordedAt defaults to at
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Event}; every component but {@code recordedAt} (the same as {@code at} unless set)
     * and {@code data} (empty unless set) is required. Not thread-safe.
     */
    public static final class Builder {
        private InstanceId instance;
        private long sequence;
        private UUID id;
        private String type;
        private Instant at;
        private Instant recordedAt;
        private PatientRef patient;
        private ActorRef author;
        private TreeMap<String, String> data = TreeMap.empty();

        private Builder() {}

        /**
         * Sets the instance the event belongs to.
         *
         * @param instance the instance
         * @return this builder
         */
        public Builder instance(InstanceId instance) {
            this.instance = Objects.requireNonNull(instance, "instance");
            return this;
        }

        /**
         * Sets its number in the instance's stream.
         *
         * @param sequence 1 or more
         * @return this builder
         */
        public Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        /**
         * Sets the event id.
         *
         * @param id the event id (time-ordered)
         * @return this builder
         */
        public Builder id(UUID id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the event type.
         *
         * @param type a transition's event or a deadline's expiry, e.g. {@code regule}
         * @return this builder
         */
        public Builder type(String type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets when it took effect.
         *
         * @param at the instant
         * @return this builder
         */
        public Builder at(Instant at) {
            this.at = Objects.requireNonNull(at, "at");
            return this;
        }

        /**
         * Sets when it was recorded, if later than when it took effect.
         *
         * @param recordedAt the instant
         * @return this builder
         */
        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
            return this;
        }

        /**
         * Sets the patient.
         *
         * @param patient the pseudonymous patient reference
         * @return this builder
         */
        public Builder patient(PatientRef patient) {
            this.patient = Objects.requireNonNull(patient, "patient");
            return this;
        }

        /**
         * Sets the author.
         *
         * @param author the pseudonymous author
         * @return this builder
         */
        public Builder author(ActorRef author) {
            this.author = Objects.requireNonNull(author, "author");
            return this;
        }

        /**
         * Sets the data.
         *
         * @param data plain values the guards and read models use (e.g. {@code decision=RDV})
         * @return this builder
         */
        public Builder data(TreeMap<String, String> data) {
            this.data = Objects.requireNonNull(data, "data");
            return this;
        }

        /**
         * Sets the data from a {@code java.util.Map} (decision record 0004).
         *
         * @param data plain values the guards and read models use (e.g. {@code decision=RDV})
         * @return this builder
         */
        public Builder data(java.util.Map<String, String> data) {
            return data(TreeMap.ofAll(Objects.requireNonNull(data, "data")));
        }

        /**
         * The event.
         *
         * @return the event
         * @throws NullPointerException naming the first component not set
         * @throws IllegalArgumentException if the sequence is below 1
         */
        @SuppressWarnings("deprecation")
        public Event build() {
            Instant effective = Objects.requireNonNull(at, "at");
            return new Event(
                    Objects.requireNonNull(instance, "instance"),
                    sequence,
                    Objects.requireNonNull(id, "id"),
                    Objects.requireNonNull(type, "type"),
                    effective,
                    recordedAt == null ? effective : recordedAt,
                    Objects.requireNonNull(patient, "patient"),
                    Objects.requireNonNull(author, "author"),
                    data);
        }
    }
}
