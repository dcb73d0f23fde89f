package io.github.cptskit.core.problem;

import java.util.Locale;

/** How serious a {@link Problem} is. */
public enum Severity implements Label {
    /** The input cannot be accepted, or the CPTS does not meet a rule in force. */
    ERROR,
    /** Accepted, but a person should look at it (a deadline ahead, an overlap, an unconfirmed figure). */
    WARNING;

    /** The bundles of cpts-core's labels ({@code internal.CoreLabel}'s). */
    private static final String LABELS = "io.github.cptskit.core.internal.labels";

    /**
     * The severity as a reader sees it: "erreur"/"avertissement" in French, "error"/"warning" in English.
     *
     * @param locale the reader's locale
     * @return the word
     */
    public String label(Locale locale) {
        // By name, not through internal.CoreLabel, so that this package does not import the internal one.
        return Catalogue.text(Severity.class.getModule(), LABELS, "SEVERITY_" + name(), locale);
    }

    @Override
    public String text(Locale locale) {
        return label(locale);
    }
}
