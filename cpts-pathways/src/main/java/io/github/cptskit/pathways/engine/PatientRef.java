package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.internal.Pseudonymity;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A pseudonymous patient reference: the only way a pathway designates a patient (or, for a
 * territory-level pathway, the campaign, crisis or project it follows). It is the host's own opaque
 * key (1 to 64 letters, digits, {@code - _ . :}); a value shaped like a NIR (13 or 15 digits, the
 * French social security number) is refused, and nothing in this module accepts a name or a birth
 * date.
 *
 * <pre>{@code
 * PatientRef.parse("pat-7f3a9c").get();
 * PatientRef.parse("1 84 12 75 123 456 78"); // Invalid: PATIENT_REF_LOOKS_LIKE_NIR
 * }</pre>
 *
 * @param value the opaque reference
 */
public record PatientRef(String value) {

    /**
     * Checks the value; use {@link #parse} for untrusted input.
     *
     * @param value the opaque reference
     */
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
     * @return the reference, or the problems {@code PATIENT_REF_FORMAT}, {@code PATIENT_REF_LOOKS_LIKE_NIR}, {@code PATIENT_REF_LOOKS_PERSONAL}
     */
    public static Validation<Seq<Problem>, PatientRef> parse(String text) {
        Seq<Problem> problems = problems(text);
        return problems.isEmpty() ? Validation.valid(new PatientRef(text)) : Validation.invalid(problems);
    }

    private static Seq<Problem> problems(String text) {
        Pseudonymity.Kind personal = Pseudonymity.personal(text);
        if (personal != Pseudonymity.Kind.NONE) {
            return List.of(Problem.of(
                    personal == Pseudonymity.Kind.NIR
                            ? PathwaysProblem.PATIENT_REF_LOOKS_LIKE_NIR
                            : PathwaysProblem.PATIENT_REF_LOOKS_PERSONAL));
        }
        if (!Pseudonymity.isToken(text)) {
            return List.of(Problem.of(PathwaysProblem.PATIENT_REF_FORMAT));
        }
        return List.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
