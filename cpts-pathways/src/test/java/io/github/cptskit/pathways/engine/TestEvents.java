package io.github.cptskit.pathways.engine;

import io.vavr.collection.TreeMap;
import java.time.Instant;
import java.util.UUID;

/** Hand-made events for tests, with stable ids. */
public final class TestEvents {
    private TestEvents() {}

    /** The instance of hand-made events. */
    public static final InstanceId INSTANCE = new InstanceId("test-0001");

    /** Their author. */
    public static final ActorRef AUTHOR = new ActorRef("usr-test");

    /**
     * @param seq a sequence number
     * @return a stable version 7 UUID for it
     */
    public static UUID id(long seq) {
        return new UUID(0x0000_0000_0000_7000L | seq, 0x8000_0000_0000_0000L | seq);
    }

    /**
     * @param seq the sequence number
     * @param type the type
     * @param at when
     * @param patient the patient
     * @param data the data
     * @return the event of {@link #INSTANCE} by {@link #AUTHOR}
     */
    public static Event event(long seq, String type, Instant at, PatientRef patient, TreeMap<String, String> data) {
        return new Event(INSTANCE, seq, id(seq), type, at, at, patient, AUTHOR, data);
    }

    /**
     * @param e an event
     * @return an equal event, a fresh object (as read back from storage)
     */
    public static Event copy(Event e) {
        return new Event(
                e.instance(),
                e.sequence(),
                e.id(),
                e.type(),
                e.at(),
                e.recordedAt(),
                e.patient(),
                e.author(),
                e.data());
    }
}
