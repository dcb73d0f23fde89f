package io.github.cptskit.core.member;

import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import java.util.Objects;

/**
 * What identifies a member structure: its FINESS, SIREN, SIRET or RNA number, already validated.
 *
 * <pre>{@code
 * StructureId aphp = StructureId.of(Finess.of("750712184")); // "FINESS:750712184"
 * }</pre>
 *
 * @param scheme the register: {@code FINESS}, {@code SIREN}, {@code SIRET} or {@code RNA}
 * @param value the normalised number
 */
public record StructureId(String scheme, String value) {

    /** Checks the components. */
    public StructureId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    /**
     * From a FINESS number.
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId of(Finess id) {
        return new StructureId("FINESS", id.value());
    }

    /**
     * From a SIREN number.
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId of(Siren id) {
        return new StructureId("SIREN", id.value());
    }

    /**
     * From a SIRET number.
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId of(Siret id) {
        return new StructureId("SIRET", id.value());
    }

    /**
     * From an RNA number.
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId of(Rna id) {
        return new StructureId("RNA", id.value());
    }

    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
