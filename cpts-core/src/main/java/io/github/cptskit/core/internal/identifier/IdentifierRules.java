package io.github.cptskit.core.internal.identifier;

import io.github.cptskit.core.internal.CoreLabel;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Label;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.function.Function;

/**
 * The checks shared by every identifier: normalisation of human spellings, length, characters by
 * position, Luhn key, each reported with a stable code ({@code PREFIX_LENGTH}, {@code
 * PREFIX_CHARACTER}, {@code PREFIX_KEY}, {@code PREFIX_FORMAT}) and the identifier's reference.
 */
public final class IdentifierRules {

    private final String prefix;
    private final int length;
    private final LegalReference reference;

    /**
     * Rules for one kind of identifier.
     *
     * @param prefix the code prefix, e.g. {@code RPPS}; {@code CoreProblem} has an entry for each
     *     code of the identifier ({@code RPPS_LENGTH}, {@code RPPS_CHARACTER}…)
     * @param length the exact length after normalisation
     * @param reference where the format comes from
     */
    public IdentifierRules(String prefix, int length, LegalReference reference) {
        this.prefix = prefix;
        this.length = length;
        this.reference = reference;
    }

    /**
     * Removes what people type around identifiers: spaces (also non-breaking), dots, dashes,
     * slashes; upper-cases letters.
     *
     * @param text the input
     * @return the normalised text
     */
    public static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '.' && c != '-' && c != '/' && c != '\u00a0' && c != '\u202f' && c != '\t') {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Checks a normalised value: its length, then each character against what its position allows.
     * At most as many {@code CHARACTER} problems as the identifier has characters are reported, and
     * messages quote at most {@value #QUOTED} characters of the value: a pasted page of text gives a
     * handful of problems, not one per character (found by fuzzing, issue #8).
     *
     * @param value the normalised value
     * @param allowed what each position allows, given the position (0-based)
     * @return every problem found
     */
    public Seq<Problem> shape(String value, Function<Integer, CharClass> allowed) {
        List<Problem> problems = List.empty();
        if (value.length() != length) {
            problems = problems.prepend(problem("LENGTH", value.length(), quoted(value)));
        }
        int bad = 0;
        for (int i = 0; i < value.length() && bad < length; i++) {
            char c = value.charAt(i);
            CharClass cc = allowed.apply(Math.min(i, length - 1));
            if (!cc.accepts(c)) {
                bad++;
                problems = problems.prepend(problem("CHARACTER", c, i + 1, cc));
            }
        }
        return problems.reverse();
    }

    /** The most characters of a value that a message quotes. */
    public static final int QUOTED = 40;

    /**
     * A value as messages quote it: whole up to {@value #QUOTED} characters, else its start and "…".
     *
     * @param value the value
     * @return the text to quote
     */
    public static String quoted(String value) {
        return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "…";
    }

    /**
     * A problem of this identifier with its reference: the catalogue entry {@code PREFIX_SUFFIX}.
     *
     * @param suffix the code suffix, e.g. {@code FORMAT}
     * @param arguments the facts for the entry's messages
     * @return the problem
     */
    public Problem problem(String suffix, Object... arguments) {
        return Problem.of(CoreProblem.valueOf(prefix + "_" + suffix), arguments).withReference(reference);
    }

    /**
     * The key problem.
     *
     * @param value the value whose key is wrong
     * @return the problem {@code PREFIX_KEY}
     */
    public Problem badKey(String value) {
        return problem("KEY", value);
    }

    /**
     * Turns problems and a value into a validation.
     *
     * @param problems the problems
     * @param make builds the value when there is none
     * @param <T> the identifier type
     * @return the validation
     */
    public static <T> Validation<Seq<Problem>, T> result(Seq<Problem> problems, java.util.function.Supplier<T> make) {
        return problems.isEmpty() ? Validation.valid(make.get()) : Validation.invalid(problems);
    }

    /**
     * Refuses a value that has problems: the check of the identifiers' canonical constructors.
     *
     * @param value the value given to the constructor
     * @param problems its problems
     * @throws IllegalArgumentException with every problem when there is one
     */
    public static void requireValid(String value, Seq<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "invalid identifier \"" + quoted(value) + "\": " + problems.mkString("; "));
        }
    }

    /**
     * The value of a validation of trusted input.
     *
     * @param v the validation
     * @param <T> the identifier type
     * @return the value
     * @throws IllegalArgumentException with every problem when invalid
     */
    public static <T> T trusted(Validation<Seq<Problem>, T> v) {
        if (v.isInvalid()) {
            throw new IllegalArgumentException(v.getError().mkString("; "));
        }
        return v.get();
    }

    /**
     * Whether a string of digits passes the Luhn check.
     *
     * @param digits only digits
     * @return true if the Luhn sum is a multiple of 10
     */
    public static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** What a position accepts. */
    public enum CharClass implements Label {
        /** 0 to 9. */
        DIGIT(CoreLabel.CHAR_DIGIT),
        /** 0 to 9 or A to Z. */
        ALPHANUMERIC(CoreLabel.CHAR_ALPHANUMERIC),
        /** the letter W. */
        W(CoreLabel.CHAR_W);

        private final CoreLabel label;

        CharClass(CoreLabel label) {
            this.label = label;
        }

        @Override
        public String text(Locale locale) {
            return label.text(locale);
        }

        boolean accepts(char c) {
            return switch (this) {
                case DIGIT -> c >= '0' && c <= '9';
                case ALPHANUMERIC -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
                case W -> c == 'W';
            };
        }
    }
}
