package io.github.cptskit.aci.calculation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.law.Sourced;
import java.util.Objects;

/**
 * A parameter a line of a remuneration used: its path and its value with source and confidence.
 *
 * @param path the parameter path, e.g. {@code missions.acces.fixe.taille2}
 * @param value the raw value with its source
 */
public record UsedParameter(String path, Sourced<String> value) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param path the parameter path, e.g. {@code missions.acces.fixe.taille2}
     * @param value the raw value with its source
     */
    public UsedParameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return path + " = " + value.value() + " (" + value.confidence() + "; "
                + value.reference().citation() + ")";
    }
}
