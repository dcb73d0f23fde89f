package io.github.cptskit.core.identifier;

import io.github.cptskit.core.internal.identifier.IdentifierRules;
import io.github.cptskit.core.internal.identifier.IdentifierRules.CharClass;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * x
 *
 * <pre>{@code
 * Siren.parse("A SIREN number of a legal entity (INSEE's SIRENE register): 9 digits with a Luhn check digit.").get().value();
 * Siren.parse("12");  // Invalid: SIREN_LENGTH
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the normalised identifier
 */
public record Siren(String value) implements Comparable<Siren> {

    /** The source of the format. */
    public static final LegalReference REFERENCE = LegalReference.of(
            "INSEE, répertoire SIRENE (clé de Luhn ; python-stdnum stdnum/fr/siren.py)", "numéro SIREN");

    private static final IdentifierRules RULES =
            new IdentifierRules("SIREN", "numéro SIREN", "SIREN number", 9, REFERENCE);

    /** Checks the value; use {@link #parse} for untrusted input. */
    public Siren {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses a SIREN number, accepting spaces, dots and dashes.
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code SIREN_*})
     */
    public static Validation<Seq<Problem>, Siren> parse(String text) {
        String v = IdentifierRules.normalise(text);
        Seq<Problem> problems = RULES.shape(v, i -> CharClass.DIGIT, "numéro SIREN", "SIREN number");
        if (problems.isEmpty() && !IdentifierRules.luhn(v)) {
            problems = problems.append(RULES.badKey(v));
        }
        return IdentifierRules.result(problems, () -> new Siren(v));
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
