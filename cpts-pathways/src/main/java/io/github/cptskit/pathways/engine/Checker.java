package io.github.cptskit.pathways.engine;

/** An event type compiled for the hot path; the full {@link EventType#check} runs only on failure. */
final class Checker {
    final EventType type;
    /** Whether some deadline expires with this event type. */
    final boolean expiry;

    private final Field[] fields;
    private final java.util.Set<?>[] choices;

    Checker(EventType type, boolean expiry) {
        this.type = type;
        this.expiry = expiry;
        this.fields = type.fields().toJavaArray(Field[]::new);
        this.choices = new java.util.Set<?>[fields.length];
        for (int i = 0; i < fields.length; i++) {
            choices[i] = fields[i].choices().toJavaSet();
        }
    }

    /** Reads the event's data arrays: no allocation on the usual, valid event. */
    boolean valid(Event e) {
        int present = 0;
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            String v = e.datum(f.name());
            if (v != null) {
                present++;
            }
            boolean ok =
                    f.kind() == Field.Kind.CHOICE ? (v == null ? !f.required() : choices[i].contains(v)) : f.accepts(v);
            if (!ok) {
                return false;
            }
        }
        return present == e.dataSize(); // no datum outside the schema
    }
}
