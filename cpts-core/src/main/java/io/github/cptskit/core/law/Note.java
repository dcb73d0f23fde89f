package io.github.cptskit.core.law;

import java.util.Locale;
import java.util.Objects;

/**
 * A remark on a legal reference in French and in English: how sure the source is, what it covers,
 * or that a value was supplied by the user. Citations print it in the reader's language.
 *
 * <pre>{@code
 * Note n = new Note("source unique", "single source");
 * n.text(Locale.FRENCH); // "source unique"
 * }</pre>
 *
 * @param fr the remark in French, not blank
 * @param en the remark in English, not blank
 */
public record Note(String fr, String en) {

    /**
     * Checks the components.
     *
     * @param fr the remark in French, not blank
     * @param en the remark in English, not blank
     */
    public Note {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
        if (fr.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a note is written in French and in English");
        }
    }

    /**
     * The remark in a language.
     *
     * @param locale French for a French locale, English otherwise
     * @return the text
     */
    public String text(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? fr : en;
    }
}
