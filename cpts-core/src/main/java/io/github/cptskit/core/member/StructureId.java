package io.github.cptskit.core.member;

import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * What identifies a member structure: its FINESS (legal entity, EJ, or establishment, ET), SIREN,
 * SIRET or RNA number, already validated. A structure may have several ({@link Member.Structure#ids()}).
 *
 * <pre>{@code
 * StructureId aphp = StructureId.finessEj(Finess.of("750712184")); // "FINESS_EJ:750712184"
 * StructureId site = StructureId.of(Siret.of("73282932000074"));    // "SIRET:73282932000074"
 * }</pre>
 *
 * <p>The canonical constructor refuses an unknown scheme or a value that is not a valid number of its
 * register ({@link IllegalArgumentException}). This class is immutable and thread-safe.
 *
 * @param scheme the register: {@code FINESS} (EJ or ET not said), {@code FINESS_EJ}, {@code FINESS_ET},
 *     {@code SIREN}, {@code SIRET} or {@code RNA}
 * @param value the normalised number
 */
public record StructureId(String scheme, String value) {

    /** The schemes, in the order of their names. */
    public static final Seq<String> SCHEMES = List.of("FINESS", "FINESS_EJ", "FINESS_ET", "SIREN", "SIRET", "RNA");

    /**
     * Checks the components: a known scheme and a valid, normalised number of its register.
     *
     * @throws IllegalArgumentException if the scheme is unknown or the value invalid
     *
     * @param scheme the register: {@code FINESS} (EJ or ET not said), {@code FINESS_EJ}, {@code FINESS_ET}, {@code SIREN}, {@code SIRET} or {@code RNA}
     * @param value the normalised number
     */
    public StructureId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        Validation<?, ?> valid = switch (scheme) {
            case "FINESS", "FINESS_EJ", "FINESS_ET" -> Finess.parse(value);
            case "SIREN" -> Siren.parse(value);
            case "SIRET" -> Siret.parse(value);
            case "RNA" -> Rna.parse(value);
            default ->
                throw new IllegalArgumentException(
                        "unknown structure identifier scheme \"" + scheme + "\" (expected one of " + SCHEMES + ")");
        };
        if (valid.isInvalid() || !valid.get().toString().equals(value)) {
            throw new IllegalArgumentException("invalid " + scheme + " number \"" + value + "\"");
        }
    }

    /**
     * From a FINESS number, EJ or ET not said.
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId of(Finess id) {
        return new StructureId("FINESS", Objects.requireNonNull(id, "id").value());
    }

    /**
     * From the FINESS number of a legal entity (entité juridique, EJ).
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId finessEj(Finess id) {
        return new StructureId("FINESS_EJ", Objects.requireNonNull(id, "id").value());
    }

    /**
     * From the FINESS number of an establishment (établissement, ET).
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId finessEt(Finess id) {
        return new StructureId("FINESS_ET", Objects.requireNonNull(id, "id").value());
    }

    /**
     * From a SIREN number.
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId of(Siren id) {
        return new StructureId("SIREN", Objects.requireNonNull(id, "id").value());
    }

    /**
     * From a SIRET number.
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId of(Siret id) {
        return new StructureId("SIRET", Objects.requireNonNull(id, "id").value());
    }

    /**
     * From an RNA number.
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId of(Rna id) {
        return new StructureId("RNA", Objects.requireNonNull(id, "id").value());
    }

    /**
     * From a FINESS number, EJ or ET not said (the same as {@link #of(Finess)}): the factory named after the register, as a reader guesses it.
     *
     * <pre>{@code
     * StructureId.finess(Finess.of("…"));
     * }</pre>
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId finess(Finess id) {
        return of(id);
    }

    /**
     * From a SIREN number (the same as {@link #of(Siren)}): the factory named after the register, as a reader guesses it.
     *
     * <pre>{@code
     * StructureId.siren(Siren.of("…"));
     * }</pre>
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId siren(Siren id) {
        return of(id);
    }

    /**
     * From a SIRET number (the same as {@link #of(Siret)}): the factory named after the register, as a reader guesses it.
     *
     * <pre>{@code
     * StructureId.siret(Siret.of("…"));
     * }</pre>
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId siret(Siret id) {
        return of(id);
    }

    /**
     * From an RNA number (the same as {@link #of(Rna)}): the factory named after the register, as a reader guesses it.
     *
     * <pre>{@code
     * StructureId.rna(Rna.of("…"));
     * }</pre>
     *
     * @param id the number
     * @return the identifier
     */
    public static StructureId rna(Rna id) {
        return of(id);
    }

    /**
     * The register and number without the EJ/ET distinction, e.g. {@code FINESS:750712184}: two
     * members with the same one are the same structure.
     *
     * @return the register key
     */
    public String registerKey() {
        return (scheme.startsWith("FINESS") ? "FINESS" : scheme) + ":" + value;
    }

    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
