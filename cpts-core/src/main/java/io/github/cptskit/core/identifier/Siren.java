package io.github.cptskit.core.identifier;

import io.github.cptskit.core.internal.identifier.IdentifierRules;
import io.github.cptskit.core.internal.identifier.IdentifierRules.CharClass;
import io.github.cptskit.core.internal.law.References;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A SIREN number of a legal entity (INSEE's SIRENE register): 9 digits with a Luhn check digit.
 *
 * <p>The canonical constructor refuses an invalid value with an {@link IllegalArgumentException} (as
 * {@link #of} does); {@link #parse} returns the problems instead. A {@code null} argument is a
 * {@link NullPointerException} naming the parameter.
 *
 * <pre>{@code
 * Siren.parse("732 829 320").get().value(); // "732829320"
 * Siren.parse("12");                         // Invalid: SIREN_LENGTH
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the normalised identifier
 */
public record Siren(String value) implements Comparable<Siren> {

    /** The source of the format. */
    public static final LegalReference REFERENCE = References.SIREN;

    private static final IdentifierRules RULES = new IdentifierRules("SIREN", 9, REFERENCE);

    /**
     * Checks the value: a normalised, valid SIREN number; use {@link #parse} for untrusted input.
     *
     * @throws IllegalArgumentException with every problem if the value is not a valid SIREN number
     *
     * @param value the normalised identifier
     */
    public Siren {
        IdentifierRules.requireValid(Objects.requireNonNull(value, "value"), problems(value));
    }

    /**
     * Parses a SIREN number, accepting spaces, dots and dashes.
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code SIREN_*})
     * @throws NullPointerException if {@code text} is null
     */
    public static Validation<Seq<Problem>, Siren> parse(String text) {
        String v = IdentifierRules.normalise(Objects.requireNonNull(text, "text"));
        return IdentifierRules.result(problems(v), () -> new Siren(v));
    }

    private static Seq<Problem> problems(String v) {
        Seq<Problem> problems = RULES.shape(v, i -> CharClass.DIGIT);
        if (problems.isEmpty() && !IdentifierRules.luhn(v)) {
            problems = problems.append(RULES.badKey(v));
        }
        return problems;
    }

    /**
     * A SIREN number from trusted input.
     *
     * @param text the identifier
     * @return the identifier
     * @throws IllegalArgumentException if it is invalid
     */
    public static Siren of(String text) {
        return IdentifierRules.trusted(parse(text));
    }

    @Override
    public int compareTo(Siren o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
