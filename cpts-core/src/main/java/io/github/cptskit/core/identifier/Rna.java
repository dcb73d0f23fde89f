package io.github.cptskit.core.identifier;

import io.github.cptskit.core.internal.identifier.IdentifierRules;
import io.github.cptskit.core.internal.identifier.IdentifierRules.CharClass;
import io.github.cptskit.core.internal.law.References;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * An RNA number (Répertoire National des Associations): {@code W} followed by 9 characters, no key.
 * Associations under the local law of Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle) are entered in
 * the register of their tribunal, not in the RNA: a CPTS based there may have no RNA number at all
 * (associations.gouv.fr, « Le RNA »).
 *
 * <p><b>Format confidence.</b> associations.gouv.fr says « W suivi de 9 chiffres »; one secondary
 * source says « pour le territoire métropolitain » and numbers with letters are reported for Corsica
 * and overseas (for example a département code such as {@code 2A} or {@code 9R} after the {@code W}),
 * which no stored source confirms or rules out. cptskit therefore accepts digits <em>and</em> capital
 * letters after the {@code W} rather than refusing a real number without a source: {@link
 * #FORMAT_CONFIDENCE} is {@code UNCONFIRMED}, and {@link #hasLetters()} tells a caller that a number
 * lies outside the confirmed « 9 chiffres » shape.
 *
 * <p>The canonical constructor refuses an invalid value with an {@link IllegalArgumentException};
 * {@code null} arguments are a {@link NullPointerException} naming the parameter.
 *
 * <pre>{@code
 * Rna.parse("W751234567").get();             // confirmed shape
 * Rna.parse("W2A1234567").get().hasLetters(); // true: accepted, outside the confirmed shape
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the normalised identifier
 */
public record Rna(String value) implements Comparable<Rna> {

    /** The source of the format. */
    public static final LegalReference REFERENCE = References.RNA;

    /**
     * How sure the format rule is: {@code W} + 9 digits is confirmed; letters after the {@code W} are
     * accepted without a source either way.
     */
    public static final Confidence FORMAT_CONFIDENCE = Confidence.UNCONFIRMED;

    private static final IdentifierRules RULES = new IdentifierRules("RNA", 10, REFERENCE);

    /**
     * Checks the value; use {@link #parse} for untrusted input.
     *
     * @param value the normalised identifier
     */
    public Rna {
        IdentifierRules.requireValid(Objects.requireNonNull(value, "value"), problems(value));
    }

    /**
     * Parses an RNA number.
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code RNA_*})
     * @throws NullPointerException if {@code text} is null
     */
    public static Validation<Seq<Problem>, Rna> parse(String text) {
        String v = IdentifierRules.normalise(Objects.requireNonNull(text, "text"));
        return IdentifierRules.result(problems(v), () -> new Rna(v));
    }

    private static Seq<Problem> problems(String v) {
        return RULES.shape(v, i -> i == 0 ? CharClass.W : CharClass.ALPHANUMERIC);
    }

    /**
     * Whether the number has letters after the {@code W}: accepted, but outside the « W + 9 chiffres »
     * shape that the sources confirm ({@link #FORMAT_CONFIDENCE}).
     *
     * @return true if a letter follows the {@code W}
     */
    public boolean hasLetters() {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) > '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * An RNA number from trusted input.
     *
     * @param text the identifier
     * @return the identifier
     * @throws IllegalArgumentException if it is invalid
     */
    public static Rna of(String text) {
        return IdentifierRules.trusted(parse(text));
    }

    @Override
    public int compareTo(Rna o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
