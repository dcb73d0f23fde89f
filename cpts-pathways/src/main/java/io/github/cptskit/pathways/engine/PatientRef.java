package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A pseudonymous patient reference: the only way a pathway designates a patient. It is the host's
 * own opaque key (1 to 64 letters, digits, {@code - _ . :}); a value shaped like a NIR (13 or 15
 * digits, the French social security number) is refused, and nothing in this module accepts a name
 * or a birth date.
 *
 * <pre>{@code
 * PatientRef.parse("pat-7f3a9c").get();
 * PatientRef.parse("1 84 12 75 123 456 78"); // Invalid: PATIENT_REF_LOOKS_LIKE_NIR
 * }</pre>
 *
 * @param value the opaque reference
 */
public record PatientRef(String value) {

    /** Checks the value; use {@link #parse} for untrusted input. */
    public PatientRef {
        Objects.requireNonNull(value, "value");
        if (!problems(value).isEmpty()) {
            throw new IllegalArgumentException("not a pseudonymous patient reference");
        }
    }

    /**
     * Checks a reference.
     *
     * @param text the reference
     * @return the reference, or the problems {@code PATIENT_REF_FORMAT}, {@code PATIENT_REF_LOOKS_LIKE_NIR}
     */
    public static Validation<Seq<Problem>, PatientRef> parse(String text) {
        Seq<Problem> problems = problems(text);
        return problems.isEmpty() ? Validation.valid(new PatientRef(text)) : Validation.invalid(problems);
    }

    private static Seq<Problem> problems(String text) {
        String digits = text.replaceAll("[\\s.]", "");
        if (digits.matches("[12]\\d{12}(\\d{2})?") || digits.matches("[12]\\d{4}(2A|2B)\\d{6}(\\d{2})?")) {
            return List.of(Problem.error(
                    "PATIENT_REF_LOOKS_LIKE_NIR",
                    "la référence patient ressemble à un NIR : utilisez un pseudonyme",
                    "the patient reference looks like a NIR: use a pseudonym"));
        }
        if (!text.matches("[A-Za-z0-9_.:-]{1,64}")) {
            return List.of(Problem.error(
                    "PATIENT_REF_FORMAT",
                    "référence patient : 1 à 64 lettres, chiffres ou - _ . :",
                    "patient reference: 1 to 64 letters, digits or - _ . :"));
        }
        return List.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
