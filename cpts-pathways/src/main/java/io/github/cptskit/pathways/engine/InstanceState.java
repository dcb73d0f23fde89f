package io.github.cptskit.pathways.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.TreeMap;
import java.util.Objects;

/**
 * The state of one pathway instance: its id and subject, the definition (id and version) it is
 * pinned to, its current state, the number of events it has folded (its stream version: the
 * sequence number of its last event, for optimistic concurrency) and the deadlines pending. A
 * value, computed by folding events; never stored as such.
 *
 * @param instance the instance's id
 * @param subject the patient (or the subject of a territory-level pathway), pseudonymous
 * @param definitionId the definition's id
 * @param definitionVersion the definition's version the instance started under
 * @param state the current state
 * @param version the number of events folded
 * @param deadlines pending deadlines by kind
 */
public record InstanceState(
        InstanceId instance,
        PatientRef subject,
        String definitionId,
        int definitionVersion,
        String state,
        long version,
        TreeMap<String, Deadline> deadlines) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param instance the instance's id
     * @param subject the patient (or the subject of a territory-level pathway), pseudonymous
     * @param definitionId the definition's id
     * @param definitionVersion the definition's version the instance started under
     * @param state the current state
     * @param version the number of events folded
     * @param deadlines pending deadlines by kind
     */
    public InstanceState {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(definitionId, "definitionId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadlines, "deadlines");
    }

    /**
     * {@link #deadlines()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, Deadline> deadlinesMap() {
        return java.util.Collections.unmodifiableMap(deadlines().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }
}
