package io.github.cptskit.pathways.internal;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.Label;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The phrases of cpts-pathways' output that are not whole messages, in French and English, read
 * from {@code io/github/cptskit/pathways/internal/labels_fr.properties} and
 * {@code labels_en.properties} ({@link java.text.MessageFormat} patterns).
 */
public enum PathwaysLabel implements Label {
    /** What a token field expects. */
    EXPECTED_TOKEN,
    /** What a choice field expects: {0} the choices. */
    EXPECTED_CHOICE,
    /** What a boolean field expects. */
    EXPECTED_BOOLEAN,
    /** What an integer field expects: {0} the minimum, {1} the maximum. */
    EXPECTED_INTEGER,
    /** What a date field expects. */
    EXPECTED_DATE,
    /** What an instant field expects. */
    EXPECTED_INSTANT;

    /** The bundles' base name. */
    public static final String BUNDLE = "io.github.cptskit.pathways.internal.labels";

    /**
     * The phrase in a language, its placeholders filled in.
     *
     * @param locale French for a French locale, English otherwise
     * @param arguments the facts
     * @return the phrase
     */
    public String format(Locale locale, Object... arguments) {
        return Catalogue.format(text(locale), locale, arguments);
    }

    /** The pattern in a language (apostrophes doubled, placeholders unfilled). */
    @Override
    public String text(Locale locale) {
        // Loaded from this module: its package is not exported, so only this module may read it.
        return ResourceBundle.getBundle(BUNDLE, Catalogue.language(locale)).getString(name());
    }
}
