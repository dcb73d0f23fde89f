package io.github.cptskit.core.problem;

import io.github.cptskit.core.internal.CoreLabel;
import java.util.Locale;

/** How serious a {@link Problem} is. */
public enum Severity implements Label {
    /** The input cannot be accepted, or the CPTS does not meet a rule in force. */
    ERROR,
    /** Accepted, but a person should look at it (a deadline ahead, an overlap, an unconfirmed figure). */
    WARNING;

    /**
     * The severity as a reader sees it: "erreur"/"avertissement" in French, "error"/"warning" in English.
     *
     * @param locale the reader's locale
     * @return the word
     */
    public String label(Locale locale) {
        return (this == ERROR ? CoreLabel.SEVERITY_ERROR : CoreLabel.SEVERITY_WARNING).text(locale);
    }

    @Override
    public String text(Locale locale) {
        return label(locale);
    }
}
