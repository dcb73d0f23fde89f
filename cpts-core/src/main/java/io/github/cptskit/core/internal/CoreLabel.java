package io.github.cptskit.core.internal;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.Label;
import java.util.Locale;

/**
 * The words of cpts-core's output that are not whole messages, in French and English, read from
 * {@code io/github/cptskit/core/internal/labels_fr.properties} and {@code labels_en.properties}.
 */
public enum CoreLabel implements Label {
    /** {@code erreur}. */
    SEVERITY_ERROR,
    /** {@code avertissement}. */
    SEVERITY_WARNING,
    /** A digit, expected at a position of an identifier. */
    CHAR_DIGIT,
    /** A digit or a letter. */
    CHAR_ALPHANUMERIC,
    /** The letter W that opens an RNA number. */
    CHAR_W;

    /** The bundles' base name. */
    public static final String BUNDLE = "io.github.cptskit.core.internal.labels";

    @Override
    public String text(Locale locale) {
        return Catalogue.text(CoreLabel.class.getModule(), BUNDLE, name(), locale);
    }
}
