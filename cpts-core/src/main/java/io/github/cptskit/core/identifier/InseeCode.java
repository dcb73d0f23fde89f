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
 * The INSEE code of a commune (Code Officiel Géographique): 5 characters, the département (2
 * characters, {@code 2A}/{@code 2B} for Corsica; 3 digits overseas, {@code 971} to {@code 989})
 * followed by the commune's number. No key. This checks the shape; whether the commune exists is
 * the {@code CommuneRegistry}'s business.
 *
 * <pre>{@code
 * InseeCode.parse("2A004").get().departement(); // "2A" (Ajaccio)
 * InseeCode.parse("97411").get().departement(); // "974" (Saint-Denis, La Réunion)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the normalised code
 */
public record InseeCode(String value) implements Comparable<InseeCode> {

    /** The source of the format. */
    public static final LegalReference REFERENCE = References.INSEE_CODE;

    private static final IdentifierRules RULES = new IdentifierRules("INSEE", 5, REFERENCE);

    /**
     * Checks the value; use {@link #parse} for untrusted input.
     *
     * @param value the normalised code
     */
    public InseeCode {
        IdentifierRules.requireValid(Objects.requireNonNull(value, "value"), problems(value));
    }

    /**
     * Parses a commune code.
     *
     * @param text the input, e.g. {@code 01053}, {@code 2a004}
     * @return the code, or every problem (codes {@code INSEE_*})
     */
    public static Validation<Seq<Problem>, InseeCode> parse(String text) {
        String v = IdentifierRules.normalise(Objects.requireNonNull(text, "text"));
        return IdentifierRules.result(problems(v), () -> new InseeCode(v));
    }

    private static Seq<Problem> problems(String v) {
        boolean corsica = v.startsWith("2A") || v.startsWith("2B");
        Seq<Problem> problems = RULES.shape(v, i -> i == 1 && corsica ? CharClass.ALPHANUMERIC : CharClass.DIGIT);
        if (problems.isEmpty()
                && (v.startsWith("00")
                        || v.startsWith("20")
                        || v.startsWith("96")
                        || v.startsWith("99")
                        || (v.startsWith("97") && v.charAt(2) == '0')
                        || (v.startsWith("98") && v.charAt(2) < '4'))) {
            problems = problems.append(RULES.problem("FORMAT", v));
        }
        return problems;
    }

    /**
     * A commune code from trusted input.
     *
     * @param text the code
     * @return the code
     * @throws IllegalArgumentException if it is invalid
     */
    public static InseeCode of(String text) {
        return IdentifierRules.trusted(parse(text));
    }

    /**
     * The département: 2 characters in metropolitan France and Corsica, 3 overseas.
     *
     * @return the département code
     */
    public String departement() {
        return value.startsWith("97") || value.startsWith("98") ? value.substring(0, 3) : value.substring(0, 2);
    }

    @Override
    public int compareTo(InseeCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
