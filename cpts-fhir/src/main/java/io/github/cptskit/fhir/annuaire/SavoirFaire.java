package io.github.cptskit.fhir.annuaire;

import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.profession.Specialty;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the Annuaire Santé's extraction {@code PS_LibreAcces_SavoirFaire}: a savoir-faire of a
 * professional (TRE_R04 type: {@code S} ordinal specialty, {@code C} competence, {@code CAPA} capacity,
 * {@code FQ} qualified function…, and its code, e.g. {@code SM54} for general practice).
 *
 * <pre>{@code
 * new SavoirFaire(2, Idnps.parse("810002909371").get(), "S", "SM54").specialty(); // Some(SM54)
 * }</pre>
 *
 * @param line the 1-based line number in its file
 * @param professional the professional's IDNPS
 * @param type the "Code type savoir-faire"
 * @param code the "Code savoir-faire"
 */
public record SavoirFaire(long line, Idnps professional, String type, String code) {
    /** Checks the components.
     *
     * @param line the 1-based line number in its file
     * @param professional the professional's IDNPS
     * @param type the "Code type savoir-faire"
     * @param code the "Code savoir-faire"
     */
    public SavoirFaire {
        Objects.requireNonNull(professional, "professional");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        if (line < 2) {
            throw new IllegalArgumentException("data lines start at 2 (line 1 is the header): " + line);
        }
    }

    /**
     * The ordinal specialty, when the savoir-faire is one (type {@code S} and a TRE_R38 code).
     *
     * @return the specialty, or none
     */
    public Option<Specialty> specialty() {
        if (!type.equals("S")) {
            return Option.none();
        }
        try {
            return Option.some(Specialty.of(code));
        } catch (IllegalArgumentException e) {
            return Option.none();
        }
    }

    /**
     * {@link #specialty()} as a {@code java.util.Optional}.
     *
     * @return the specialty, or empty
     */
    public Optional<Specialty> specialtyOptional() {
        return specialty().toJavaOptional();
    }
}
