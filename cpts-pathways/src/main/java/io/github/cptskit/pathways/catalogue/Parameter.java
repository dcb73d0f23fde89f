package io.github.cptskit.pathways.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Sourced;
import java.util.Objects;

/**
 * A figure a pathway definition depends on (a delay, a cap, a duration), with where it comes from.
 * Where the domain reference marks a figure unconfirmed, its default carries
 * {@link Confidence#UNCONFIRMED} and the pathway's documentation says so; a host replaces it with
 * {@link #override}, which records the host's own origin as {@link Confidence#USER_SUPPLIED}.
 *
 * <pre>{@code
 * Parameter<Duration> delay = SnpSas.Parameters.defaults().consultationDelay();
 * delay.value().value();       // PT48H
 * delay.value().confidence();  // CONFIRMED
 * delay.override(Duration.ofHours(24), "CPTS contract, art. 3");
 * }</pre>
 *
 * @param name the parameter's name, e.g. {@code consultationDelay}
 * @param description what it governs, in English
 * @param value the value with its reference and confidence
 * @param <T> the value's type
 */
public record Parameter<T>(String name, String description, Sourced<T> value) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param name the parameter's name, e.g. {@code consultationDelay}
     * @param description what it governs, in English
     * @param value the value with its reference and confidence
     */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
    }

    static <T> Parameter<T> of(
            String name, String description, T value, LegalReference reference, Confidence confidence) {
        return new Parameter<>(name, description, Sourced.of(value, reference, confidence));
    }

    /**
     * This parameter with the host's own value.
     *
     * @param newValue the value
     * @param origin where the host takes it from (a local contract, an arrêté, a decision)
     * @return a new parameter, {@link Confidence#USER_SUPPLIED}
     */
    public Parameter<T> override(T newValue, String origin) {
        return new Parameter<>(name, description, Sourced.userSupplied(newValue, origin));
    }

    /** @return the value */
    public T get() {
        return value.value();
    }

    @Override
    public String toString() {
        return name + " = " + value.value() + " (" + value.confidence() + ", "
                + value.reference().citation() + ")";
    }
}
