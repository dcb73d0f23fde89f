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
 * A SIRET number of an establishment: its SIREN (9 digits) followed by a NIC (5 digits), 14 digits
 * with a Luhn check digit, except for La Poste, whose establishments share the SIREN 356 000 000: a
 * SIRET starting with it (other than its head office 356 000 000 00048) is valid when the sum of its
 * digits is a multiple of 5 (python-stdnum {@code stdnum/fr/siret.py}; two sources).
 *
 * <pre>{@code
 * Siret.parse("732 829 320 00074").get().siren(); // 732829320
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the normalised identifier
 */
public record Siret(String value) implements Comparable<Siret> {

    /** The source of the format. */
    public static final LegalReference REFERENCE = References.SIRET;

    private static final IdentifierRules RULES = new IdentifierRules("SIRET", 14, REFERENCE);
    private static final String LA_POSTE = "356000000";

    /**
     * Checks the value; use {@link #parse} for untrusted input.
     *
     * @param value the normalised identifier
     */
    public Siret {
        IdentifierRules.requireValid(Objects.requireNonNull(value, "value"), problems(value));
    }

    /**
     * Parses a SIRET, accepting spaces, dots and dashes.
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code SIRET_*})
     */
    public static Validation<Seq<Problem>, Siret> parse(String text) {
        String v = IdentifierRules.normalise(Objects.requireNonNull(text, "text"));
        return IdentifierRules.result(problems(v), () -> new Siret(v));
    }

    private static Seq<Problem> problems(String v) {
        Seq<Problem> problems = RULES.shape(v, i -> CharClass.DIGIT);
        if (problems.isEmpty() && !keyIsValid(v)) {
            problems = problems.append(RULES.badKey(v));
        }
        return problems;
    }

    private static boolean keyIsValid(String v) {
        if (v.startsWith(LA_POSTE) && !v.equals("35600000000048")) {
            int sum = 0;
            for (int i = 0; i < v.length(); i++) {
                sum += v.charAt(i) - '0';
            }
            return sum % 5 == 0;
        }
        return IdentifierRules.luhn(v);
    }

    /**
     * A SIRET from trusted input.
     *
     * @param text the identifier
     * @return the identifier
     * @throws IllegalArgumentException if it is invalid
     */
    public static Siret of(String text) {
        return IdentifierRules.trusted(parse(text));
    }

    /**
     * The SIREN of the legal entity the establishment belongs to.
     *
     * @return the SIREN
     */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    /**
     * The number as INSEE prints it, e.g. {@code 732 829 320 00074}.
     *
     * @return the formatted number
     */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6, 9) + " "
                + value.substring(9);
    }

    @Override
    public int compareTo(Siret o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
