package io.github.cptskit.core.problem;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads the French and English texts of a module's catalogue (problems and labels) from the
 * module's resource bundles. Texts are French for a French locale and English for any other, as
 * {@link Problem#message(Locale)} chooses.
 *
 * <p>The bundles live in a package of their module. On the module path a module's bundles are
 * visible to that module alone, so each catalogue reads its own ({@link ProblemCode#messages}) and
 * {@link #text} serves the class path and the calling module's own bundles.
 *
 * <pre>{@code
 * Catalogue.text(CoreProblem.class.getModule(), "io.github.cptskit.core.problem.messages",
 *         "MEMBER_DUPLICATE", Locale.ENGLISH); // "member listed more than once: {0}"
 * }</pre>
 */
public final class Catalogue {

    private Catalogue() {}

    /**
     * The language cptskit writes in for a reader's locale.
     *
     * @param locale the reader's locale
     * @return {@link Locale#FRENCH} for a French locale, {@link Locale#ENGLISH} otherwise
     */
    public static Locale language(Locale locale) {
        return "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /**
     * A catalogue's bundle in the reader's language, loaded by the catalogue's own module: what each
     * module's {@code *Problem} enum delegates {@link ProblemCode#messages} to.
     *
     * <pre>{@code
     * @Override
     * public ResourceBundle messages(Locale locale) {
     *     return Catalogue.messages(bundle(), locale, (name, language) -> ResourceBundle.getBundle(name, language));
     * }
     * }</pre>
     *
     * @param bundle the bundle's base name
     * @param locale the reader's locale
     * @param loader {@code (name, language) -> ResourceBundle.getBundle(name, language)}, written in the catalogue's module (getBundle is
     *     caller-sensitive, and a named module's bundles are visible to that module alone; a lambda
     *     rather than the method reference {@code ResourceBundle::getBundle}, which binds the caller
     *     through method handles spun at first use)
     * @return the bundle, French for a French locale and English otherwise
     * @throws java.util.MissingResourceException if the bundle is missing
     */
    public static ResourceBundle messages(
            String bundle, Locale locale, BiFunction<String, Locale, ResourceBundle> loader) {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(loader, "loader");
        return Objects.requireNonNull(loader.apply(bundle, language(locale)), "loader returned null");
    }

    /**
     * A text of a module's bundle.
     *
     * @param module the module holding the bundle
     * @param bundle the bundle's base name
     * @param key the text's key
     * @param locale the reader's locale
     * @return the text
     * @throws java.util.MissingResourceException if the bundle or the key is missing
     */
    public static String text(Module module, String bundle, String key, Locale locale) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        return ResourceBundle.getBundle(bundle, language(locale), module).getString(key);
    }

    /**
     * A text of a module's bundle with its placeholders filled in: a {@link Label} argument in the
     * reader's language, any other as {@link String#valueOf(Object)} writes it (numbers and dates
     * are not reformatted, so French and English texts show the same figures).
     *
     * @param template the {@link MessageFormat} pattern, in the reader's language
     * @param locale the reader's locale
     * @param arguments the facts
     * @return the text
     */
    public static String format(String template, Locale locale, @Nullable Object... arguments) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(arguments, "arguments");
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // A missing fact reads "null", as string concatenation writes it (a log line without a field).
            Object a = arguments[i];
            texts[i] = a instanceof Label l ? l.text(locale) : printable(String.valueOf(a));
        }
        Locale language = language(locale);
        return new MessageFormat(template, language).format(texts);
    }

    /** The longest fact a message repeats from its input; the rest is cut and said to be cut. */
    public static final int MAX_FACT_LENGTH = 500;

    /**
     * A fact from input made safe to print in a terminal or a log line: control characters (ESC, BEL,
     * CR, LF, NUL, DEL and the C1 controls) and lone surrogates are written as a backslash, u and four hexadecimal digits (ESC is u001b after the backslash), so
     * that input cannot move a cursor, forge a log line or ring a bell (issue #27), and a fact longer
     * than {@value #MAX_FACT_LENGTH} characters is cut.
     *
     * @param text the fact
     * @return the text as it is printed
     */
    public static String printable(String text) {
        Objects.requireNonNull(text, "text");
        int n = Math.min(text.length(), MAX_FACT_LENGTH);
        StringBuilder b = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lone = Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (Character.isISOControl(c) || lone) {
                if (b == null) {
                    b = new StringBuilder(n + 16).append(text, 0, i);
                }
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        String shown = b == null ? text.substring(0, n) : b.toString();
        return text.length() > n ? shown + "… (" + text.length() + ")" : shown;
    }

    /**
     * Every key of a module's bundle in a language, for tests that check the catalogue is complete.
     *
     * @param module the module holding the bundle
     * @param bundle the bundle's base name
     * @param locale the language
     * @return the keys
     */
    public static Set<String> keys(Module module, String bundle, Locale locale) {
        return ResourceBundle.getBundle(bundle, language(locale), module).keySet();
    }

    /**
     * What is wrong with a module's catalogue of problems: an entry without its French or English
     * message, a message that is not a valid {@link MessageFormat} pattern, a bundle key that no
     * entry uses, a message that still shows a placeholder once filled in, or a French message equal
     * to the English one (unless the entry is listed as legitimately the same in both languages).
     * Each module's tests assert that this list is empty.
     *
     * @param entries the catalogue, e.g. {@code CoreProblem.class}
     * @param sameInBothLanguages entries whose messages are legitimately identical (a message made
     *     only of the facts, such as a system's own error text)
     * @param <E> the enum
     * @return the defects, empty when the catalogue is complete
     */
    public static <E extends Enum<E> & ProblemCode> List<String> defects(Class<E> entries, Set<E> sameInBothLanguages) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(sameInBothLanguages, "sameInBothLanguages");
        List<String> defects = new ArrayList<>();
        E[] all = entries.getEnumConstants();
        Set<String> names = new HashSet<>();
        for (E e : all) {
            names.add(e.name());
            String[] rendered = new String[2];
            int i = 0;
            for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                try {
                    String template = e.template(language);
                    Object[] args = new Object[placeholders(template, e) + 1];
                    for (int a = 0; a < args.length; a++) {
                        args[a] = "«" + a + "»";
                    }
                    rendered[i] = new MessageFormat(template, language).format(args);
                    if (rendered[i].matches("(?s).*\\{\\d.*") || rendered[i].isBlank()) {
                        defects.add(e.name() + " [" + language + "]: unfilled placeholder or blank: " + rendered[i]);
                    }
                } catch (MissingResourceException ex) {
                    defects.add(e.name() + ": no " + language.getDisplayLanguage(Locale.ENGLISH) + " message");
                } catch (IllegalArgumentException ex) {
                    defects.add(e.name() + " [" + language + "]: not a MessageFormat pattern: " + ex.getMessage());
                }
                i++;
            }
            if (rendered[0] != null && rendered[0].equals(rendered[1]) && !sameInBothLanguages.contains(e)) {
                defects.add(e.name() + ": the French message is the English one: " + rendered[0]);
            }
        }
        if (all.length > 0) {
            for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                for (String key : all[0].messages(language).keySet()) {
                    if (!names.contains(key)) {
                        defects.add(key + " [" + language + "]: a message that no entry of " + entries.getSimpleName()
                                + " uses");
                    }
                }
            }
        }
        return defects;
    }

    /** The highest placeholder index of a template, at least the highest of the entry's other language. */
    private static int placeholders(String template, ProblemCode e) {
        int max = -1;
        for (String t : List.of(template, e.template(Locale.FRENCH), e.template(Locale.ENGLISH))) {
            java.util.regex.Matcher m = PLACEHOLDER.matcher(t);
            while (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d+)");

    /**
     * A catalogue as a Markdown table: code, severity, French and English messages, legal reference.
     * docs/problems.md is made of one such table per module.
     *
     * @param entries the catalogue
     * @param <E> the enum
     * @return the table, one row per entry, sorted by code
     */
    public static <E extends Enum<E> & ProblemCode> String markdown(Class<E> entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Code | Severity | Français | English | Reference |\n");
        sb.append("|---|---|---|---|---|\n");
        List<E> sorted = new ArrayList<>(List.of(entries.getEnumConstants()));
        sorted.sort(java.util.Comparator.comparing((E e) -> e.code()).thenComparing(Enum::name));
        for (E e : sorted) {
            sb.append("| `")
                    .append(e.code())
                    .append("` | ")
                    .append(e.severity().label(Locale.FRENCH))
                    .append(" / ")
                    .append(e.severity().label(Locale.ENGLISH))
                    .append(" | ")
                    .append(cell(e.template(Locale.FRENCH)))
                    .append(" | ")
                    .append(cell(e.template(Locale.ENGLISH)))
                    .append(" | ")
                    .append(e.reference()
                            .map(r -> cell(r.citation(Locale.FRENCH)))
                            .getOrElse(""))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** A template as a table cell: placeholders shown as {0}, apostrophes undoubled, pipes escaped. */
    private static String cell(String template) {
        return template.replace("''", "'").replace("|", "\\|").replace("\n", " ");
    }
}
