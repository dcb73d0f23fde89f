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
 * An ADELI number, the older register of health professionals being replaced by the RPPS (nurses
 * moved on 28 October 2021): 9 digits. <b>Only the format is checked</b>: its key algorithm was found
 * in no source, and cptskit does not invent one.
 *
 * <pre>{@code
 * Adeli.parse("691234567").isValid(); // true (format only)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the normalised identifier
 */
public record Adeli(String value) implements Comparable<Adeli> {

    /** The source of the format. */
    public static final LegalReference REFERENCE = References.ADELI;

    private static final IdentifierRules RULES = new IdentifierRules("ADELI", 9, REFERENCE);

    /**
     * Checks the value; use {@link #parse} for untrusted input.
     *
     * @param value the normalised identifier
     */
    public Adeli {
        IdentifierRules.requireValid(Objects.requireNonNull(value, "value"), problems(value));
    }

    /**
     * Parses an ADELI number (format only).
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code ADELI_*})
     */
    public static Validation<Seq<Problem>, Adeli> parse(String text) {
        String v = IdentifierRules.normalise(Objects.requireNonNull(text, "text"));
        return IdentifierRules.result(problems(v), () -> new Adeli(v));
    }

    private static Seq<Problem> problems(String v) {
        return RULES.shape(v, i -> CharClass.DIGIT);
    }

    /**
     * An ADELI number from trusted input.
     *
     * @param text the identifier
     * @return the identifier
     * @throws IllegalArgumentException if it is invalid
     */
    public static Adeli of(String text) {
        return IdentifierRules.trusted(parse(text));
    }

    @Override
    public int compareTo(Adeli o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
