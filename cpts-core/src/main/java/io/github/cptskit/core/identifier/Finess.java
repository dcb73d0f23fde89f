package io.github.cptskit.core.identifier;

import io.github.cptskit.core.internal.identifier.IdentifierRules;
import io.github.cptskit.core.internal.identifier.IdentifierRules.CharClass;
import io.github.cptskit.core.internal.law.References;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A FINESS number of a health or médico-social structure (legal entity, EJ, or establishment, ET):
 * 9 alphanumeric characters whose first characters are the département, displayed
 * {@code NN NNN NNN N}.
 *
 * <p><b>Only the format is checked.</b> FINESS numbers end with a check character, but its algorithm
 * was found in no source (ANS data.gouv schema {@code ^[A-Za-z0-9]{9}$}); cptskit does not invent one.
 *
 * <p><b>Département prefix.</b> The first two characters are the département (industriels.esante.gouv.fr):
 * {@code 01}–{@code 19} and {@code 21}–{@code 95} are accepted as they are. How FINESS writes the
 * other départements was confirmed by no source found (no ANS or DREES description of the prefix):
 * public lists of hospitals show overseas numbers beginning {@code 970} followed by the département's
 * digit ({@code 9701…} Guadeloupe, {@code 9702…} Martinique, {@code 9704…} La Réunion), and numbers
 * beginning {@code 98} for the collectivités of the Pacific; Corsica is written {@code 2A} or
 * {@code 2B} (never {@code 20}, the Corsican départements having been 2A and 2B since 1976, before
 * FINESS). Numbers beginning {@code 2A}, {@code 2B}, {@code 97} or {@code 98} are therefore accepted
 * and carry the warning {@code FINESS_PREFIX_UNCONFIRMED} ({@link #prefixWarning()}, reported by the
 * membership rules) rather than refused; {@code 00}, {@code 20}, {@code 96}, {@code 99} and any other
 * letters are refused ({@code FINESS_FORMAT}). {@link #PREFIX_CONFIDENCE} is {@code UNCONFIRMED}.
 *
 * <p>The canonical constructor refuses an invalid value with an {@link IllegalArgumentException};
 * {@code null} arguments are a {@link NullPointerException} naming the parameter.
 *
 * <pre>{@code
 * Finess.parse("75 071 218 4").get().departement(); // "75"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the normalised identifier
 */
public record Finess(String value) implements Comparable<Finess> {

    /** The source of the format. */
    public static final LegalReference REFERENCE = References.FINESS;

    /** How sure the département prefix rule is for Corsica (2A/2B), overseas (97…) and the Pacific (98…). */
    public static final Confidence PREFIX_CONFIDENCE = Confidence.UNCONFIRMED;

    private static final IdentifierRules RULES = new IdentifierRules("FINESS", 9, REFERENCE);

    /**
     * Checks the value; use {@link #parse} for untrusted input.
     *
     * @param value the normalised identifier
     */
    public Finess {
        IdentifierRules.requireValid(Objects.requireNonNull(value, "value"), problems(value));
    }

    /**
     * Parses a FINESS number, accepting spaces, dots and dashes.
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code FINESS_*})
     * @throws NullPointerException if {@code text} is null
     */
    public static Validation<Seq<Problem>, Finess> parse(String text) {
        String v = IdentifierRules.normalise(Objects.requireNonNull(text, "text"));
        return IdentifierRules.result(problems(v), () -> new Finess(v));
    }

    private static Seq<Problem> problems(String v) {
        Seq<Problem> problems = RULES.shape(v, i -> CharClass.ALPHANUMERIC);
        if (v.length() >= 2 && !departementPrefix(v)) {
            String shown = v.substring(0, Math.min(3, v.length()));
            problems = problems.append(RULES.problem("FORMAT", shown));
        }
        return problems;
    }

    private static boolean departementPrefix(String v) {
        return confirmedPrefix(v) || unconfirmedPrefix(v);
    }

    private static boolean confirmedPrefix(String v) {
        char a = v.charAt(0);
        char b = v.charAt(1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return false;
        }
        int d = (a - '0') * 10 + (b - '0');
        return d >= 1 && d <= 95 && d != 20;
    }

    private static boolean unconfirmedPrefix(String v) {
        char a = v.charAt(0);
        char b = v.charAt(1);
        return (a == '2' && (b == 'A' || b == 'B')) || (a == '9' && (b == '7' || b == '8'));
    }

    /**
     * Whether the prefix of this number is one whose FINESS spelling no source confirmed (Corsica
     * {@code 2A}/{@code 2B}, overseas {@code 97…}, the Pacific {@code 98…}).
     *
     * @return the warning {@code FINESS_PREFIX_UNCONFIRMED}, or none for a metropolitan département
     */
    public Option<Problem> prefixWarning() {
        return unconfirmedPrefix(value)
                ? Option.of(
                        RULES.problem("PREFIX_UNCONFIRMED", value, value.substring(0, value.startsWith("9") ? 3 : 2)))
                : Option.none();
    }

    /**
     * {@link #prefixWarning()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Problem> prefixWarningOptional() {
        return prefixWarning().toJavaOptional();
    }

    /**
     * A FINESS number from trusted input.
     *
     * @param text the identifier
     * @return the identifier
     * @throws IllegalArgumentException if it is invalid
     */
    public static Finess of(String text) {
        return IdentifierRules.trusted(parse(text));
    }

    /**
     * The département of the structure.
     *
     * @return the first two characters
     */
    public String departement() {
        return value.substring(0, 2);
    }

    /**
     * The number as displayed, {@code NN NNN NNN N}.
     *
     * @return the formatted number
     */
    public String formatted() {
        return value.substring(0, 2) + " " + value.substring(2, 5) + " " + value.substring(5, 8) + " "
                + value.substring(8);
    }

    @Override
    public int compareTo(Finess o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
