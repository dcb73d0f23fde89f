package io.github.cptskit.pathways.engine;

import io.vavr.collection.TreeMap;
import java.util.Objects;

/**
 * The state of one pathway instance: the definition (id and version) it is pinned to, its current
 * state, the number of events it has folded (its stream version, for optimistic concurrency) and the
 * deadlines pending. A value, computed by folding events; never stored as such.
 *
 * @param definitionId the definition's id
 * @param definitionVersion the definition's version the instance started under
 * @param state the current state
 * @param version the number of events folded
 * @param deadlines pending deadlines by kind
 */
public record InstanceState(
        String definitionId, int definitionVersion, String state, long version, TreeMap<String, Deadline> deadlines) {
    /** Checks the components. */
    public InstanceState {
        Objects.requireNonNull(definitionId, "definitionId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadlines, "deadlines");
    }
}
