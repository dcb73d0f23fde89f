package io.github.cptskit.core.identifier;

import io.github.cptskit.core.internal.identifier.IdentifierRules;
import io.github.cptskit.core.internal.identifier.IdentifierRules.CharClass;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A FINESS number of a health or médico-social structure (legal entity, EJ, or establishment, ET):
 * 9 alphanumeric characters whose first two are the département (digits, or 2A/2B for Corsica),
 * displayed {@code NN NNN NNN N}.
 *
 * <p><b>Only the format is checked.</b> FINESS numbers end with a check character, but its algorithm
 * was found in no source (ANS data.gouv schema {@code ^[A-Za-z0-9]{9}$}); cptskit does not invent one.
 * The overseas prefixes were not confirmed either, so any two digits are accepted as département.
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
    public static final LegalReference REFERENCE = LegalReference.of(
            "ANS, schéma des structures FINESS (data.gouv.fr, finessId ^[A-Za-z0-9]{9}$)", "identifiant FINESS");

    private static final IdentifierRules RULES =
            new IdentifierRules("FINESS", "numéro FINESS", "FINESS number", 9, REFERENCE);

    /** Checks the value; use {@link #parse} for untrusted input. */
    public Finess {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses a FINESS number, accepting spaces, dots and dashes.
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code FINESS_*})
     */
    public static Validation<Seq<Problem>, Finess> parse(String text) {
        String v = IdentifierRules.normalise(text);
        Seq<Problem> problems =
                RULES.shape(v, i -> CharClass.ALPHANUMERIC, "département + 7 caractères", "département + 7 characters");
        if (v.length() >= 2 && !departementPrefix(v.substring(0, 2))) {
            problems = problems.append(RULES.problem(
                    "FORMAT",
                    "numéro FINESS : « " + v.substring(0, 2) + " » n'est pas un département (2 chiffres, 2A ou 2B)",
                    "FINESS number: \"" + v.substring(0, 2) + "\" is not a département (2 digits, 2A or 2B)"));
        }
        return IdentifierRules.result(problems, () -> new Finess(v));
    }

    private static boolean departementPrefix(String p) {
        return p.equals("2A")
                || p.equals("2B")
                || (Character.isDigit(p.charAt(0)) && Character.isDigit(p.charAt(1)) && !p.equals("00"));
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
