package io.github.cptskit.core.problem;

import java.util.Locale;

/**
 * A word or phrase of library output with a French and an English form, such as a severity or the
 * kind of character an identifier expects. A label passed as an argument of
 * {@link Problem#of(ProblemCode, Object...)} is rendered in each message's own language.
 *
 * <pre>{@code
 * Severity.ERROR.label(Locale.FRENCH); // "erreur"
 * }</pre>
 */
@FunctionalInterface
public interface Label {

    /**
     * The label in a language.
     *
     * @param locale French for a French locale, English otherwise
     * @return the text
     */
    String text(Locale locale);
}
