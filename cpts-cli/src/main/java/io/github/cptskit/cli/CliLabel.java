package io.github.cptskit.cli;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.Label;
import java.util.Locale;

/**
 * The command line's own words around the library's output, such as the hint it adds to a problem
 * (the library gives no command-line advice), in {@code io/github/cptskit/cli/labels_fr.properties}
 * and {@code labels_en.properties}.
 */
enum CliLabel implements Label {
    /** After the UNCONFIRMED_FIGURES warning: how to replace the figures from the command line. */
    HINT_UNCONFIRMED_FIGURES;

    static final String BUNDLE = "io.github.cptskit.cli.labels";

    @Override
    public String text(Locale locale) {
        return Catalogue.text(CliLabel.class.getModule(), BUNDLE, name(), locale);
    }
}
