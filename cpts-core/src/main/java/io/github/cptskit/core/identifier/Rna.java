package io.github.cptskit.core.identifier;

import io.github.cptskit.core.internal.identifier.IdentifierRules;
import io.github.cptskit.core.internal.identifier.IdentifierRules.CharClass;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * An RNA number (Répertoire National des Associations): {@code W} followed by 9 digits, no key.
 * Associations under the local law of Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle) are entered in
 * the register of their tribunal, not in the RNA: a CPTS based there may have no RNA number at all.
 *
 * <pre>{@code
 * Rna.parse("W751234567").get();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the normalised identifier
 */
public record Rna(String value) implements Comparable<Rna> {

    /** The source of the format. */
    public static final LegalReference REFERENCE = LegalReference.of(
            "associations.gouv.fr, le RNA (« débutant par W et composé de 9 chiffres »)", "numéro RNA");

    private static final IdentifierRules RULES = new IdentifierRules("RNA", "numéro RNA", "RNA number", 10, REFERENCE);

    /** Checks the value; use {@link #parse} for untrusted input. */
    public Rna {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses an RNA number.
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code RNA_*})
     */
    public static Validation<Seq<Problem>, Rna> parse(String text) {
        String v = IdentifierRules.normalise(text);
        return IdentifierRules.result(
                RULES.shape(v, i -> i == 0 ? CharClass.W : CharClass.DIGIT, "W + 9 chiffres", "W + 9 digits"),
                () -> new Rna(v));
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
