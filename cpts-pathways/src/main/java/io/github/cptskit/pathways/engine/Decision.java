package io.github.cptskit.pathways.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What {@link Engine#decide} accepted: the events to append, in order (the command's event then any
 * it raised; none when {@link Engine#expire} found nothing due), and the state once they are
 * appended. The host stores the events at {@link #expectedVersion()} and keeps the state; nothing
 * is stored in the library.
 *
 * @param events the events, numbered from {@code expectedVersion() + 1}
 * @param state the state after them
 */
public record Decision(Seq<Event> events, InstanceState state) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param events the events, numbered from {@code expectedVersion() + 1}
     * @param state the state after them
     */
    public Decision {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(state, "state");
    }

    /** @return the stream version the events were decided on: the sequence of the event before them */
    public long expectedVersion() {
        return state.version() - events.size();
    }

    /** @return whether there is nothing to append */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    /**
     * {@link #events()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Event> eventsList() {
        return events().asJava();
    }
}
