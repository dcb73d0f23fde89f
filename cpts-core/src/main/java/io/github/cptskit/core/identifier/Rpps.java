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
 * An RPPS number (Répertoire Partagé des Professionnels de Santé): 11 digits, the last a Luhn check
 * digit (ANS FAQ; checked on the ANS example 10002909371). A prefix rule (1 or 2) was found in no
 * source and is not checked.
 *
 * <p>The canonical constructor refuses an invalid value with an {@link IllegalArgumentException} (as
 * {@link #of} does); {@link #parse} returns the problems instead. A {@code null} argument is a
 * {@link NullPointerException} naming the parameter.
 *
 * <pre>{@code
 * Rpps.parse("10002909371").get().value(); // "10002909371"
 * Rpps.parse("12");                         // Invalid: RPPS_LENGTH
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the normalised identifier
 */
public record Rpps(String value) implements Comparable<Rpps> {

    /** The source of the format. */
    public static final LegalReference REFERENCE = References.RPPS;

    private static final IdentifierRules RULES = new IdentifierRules("RPPS", 11, REFERENCE);

    /**
     * Checks the value: a normalised, valid RPPS number; use {@link #parse} for untrusted input.
     *
     * @throws IllegalArgumentException with every problem if the value is not a valid RPPS number
     *
     * @param value the normalised identifier
     */
    public Rpps {
        IdentifierRules.requireValid(Objects.requireNonNull(value, "value"), problems(value));
    }

    /**
     * Parses a RPPS number, accepting spaces, dots and dashes.
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code RPPS_*})
     * @throws NullPointerException if {@code text} is null
     */
    public static Validation<Seq<Problem>, Rpps> parse(String text) {
        String v = IdentifierRules.normalise(Objects.requireNonNull(text, "text"));
        return IdentifierRules.result(problems(v), () -> new Rpps(v));
    }

    private static Seq<Problem> problems(String v) {
        Seq<Problem> problems = RULES.shape(v, i -> CharClass.DIGIT);
        if (problems.isEmpty() && !IdentifierRules.luhn(v)) {
            problems = problems.append(RULES.badKey(v));
        }
        return problems;
    }

    /**
     * A RPPS number from trusted input.
     *
     * @param text the identifier
     * @return the identifier
     * @throws IllegalArgumentException if it is invalid
     */
    public static Rpps of(String text) {
        return IdentifierRules.trusted(parse(text));
    }

    @Override
    public int compareTo(Rpps o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
