package io.github.cptskit.core.law;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a rule or a figure comes from: the legal text, the article (or annex, or page) and, when
 * known, the date of the text and an address where it can be read.
 *
 * <p>Every rule that cptskit encodes carries one, and every explanation or violation it produces
 * repeats it, so that a user can check the law behind a result.
 *
 * <pre>{@code
 * LegalReference ref = LegalReference.of("Code de la santé publique", "art. L.1434-12-1")
 *     .withDate(LocalDate.of(2021, 5, 12));
 * ref.citation(); // "Code de la santé publique, art. L.1434-12-1 (2021-05-12)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the legal text (code, law, décret, arrêté, accord) or the source document, never blank
 * @param article the article, annex, section or page within the text, may be empty
 * @param date the date of the text, if known
 * @param url an address where the text can be read, if known
 * @param note a remark in French and English on the source (how sure, what it covers), if any
 */
public record LegalReference(
        String text, String article, Option<LocalDate> date, Option<String> url, Option<Note> note) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param text the legal text (code, law, décret, arrêté, accord) or the source document, never blank
     * @param article the article, annex, section or page within the text, may be empty
     * @param date the date of the text, if known
     * @param url an address where the text can be read, if known
     * @param note a remark in French and English on the source (how sure, what it covers), if any
     */
    public LegalReference {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(note, "note");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a legal reference needs the text it cites");
        }
    }

    /**
     * A reference without a note.
     *
     * @param text the legal text, not blank
     * @param article the article, may be empty
     * @param date the date of the text, if known
     * @param url an address where the text can be read, if known
     */
    public LegalReference(String text, String article, Option<LocalDate> date, Option<String> url) {
        this(text, article, date, url, Option.none());
    }

    /**
     * A reference to an article of a text, without date or address.
     *
     * @param text the text, not blank
     * @param article the article, may be empty
     * @return the reference
     */
    public static LegalReference of(String text, String article) {
        return new LegalReference(text, article, Option.none(), Option.none());
    }

    /**
     * This reference with the date of its text.
     *
     * @param textDate the date of the text
     * @return a new reference
     */
    public LegalReference withDate(LocalDate textDate) {
        return new LegalReference(text, article, Option.of(Objects.requireNonNull(textDate)), url, note);
    }

    /**
     * This reference with an address where the text can be read.
     *
     * @param address the address
     * @return a new reference
     */
    public LegalReference withUrl(String address) {
        return new LegalReference(text, article, date, Option.of(Objects.requireNonNull(address)), note);
    }

    /**
     * This reference with a remark in French and English, printed after the citation.
     *
     * @param fr the remark in French
     * @param en the remark in English
     * @return a new reference
     */
    public LegalReference withNote(String fr, String en) {
        return new LegalReference(text, article, date, url, Option.of(new Note(fr, en)));
    }

    /**
     * The reference as a human citation in English: text, article, date and note. The text and the
     * article are French legal names and stay French; the note is in English.
     *
     * @return for example {@code "Code de la santé publique, art. L.1434-12-1 (2021-05-12)"}
     */
    public String citation() {
        return citation(Locale.ENGLISH);
    }

    /**
     * The reference as a human citation in a reader's language: text, article, date, and the note
     * in that language.
     *
     * @param locale French for a French locale, English otherwise
     * @return for example {@code "… art. L.1434-12-1 (2021-05-12) — source unique"}
     */
    public String citation(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        StringBuilder sb = new StringBuilder(text);
        if (!article.isEmpty()) {
            sb.append(", ").append(article);
        }
        date.forEach(d -> sb.append(" (").append(d).append(')'));
        note.forEach(n -> sb.append(" — ").append(n.text(locale)));
        return sb.toString();
    }

    @Override
    public String toString() {
        return citation();
    }

    /**
     * {@link #date()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<LocalDate> dateOptional() {
        return date().toJavaOptional();
    }

    /**
     * {@link #url()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<String> urlOptional() {
        return url().toJavaOptional();
    }

    /**
     * {@link #note()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Note> noteOptional() {
        return note().toJavaOptional();
    }
}
