package io.github.cptskit.aci.calculation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of explanations and payment schedules, in French or English, from the resource bundle
 * {@code io/github/cptskit/aci/calculation/explanation*.properties} of this module.
 *
 * <p>Loaded through this module ({@link ResourceBundle#getBundle(String, Locale, Module)}), so that the
 * bundles are found on the module path as on the class path. French for a French locale, English for
 * every other: the base bundle is asked for with {@link Locale#ROOT}, which never falls back to the
 * JVM's default locale. Each bundle is read once, on first use; they are immutable.
 *
 * <pre>{@code
 * Texts.of(Locale.FRENCH).format("factor.days", "183", "365"); // "183/365 jours"
 * }</pre>
 */
final class Texts {

    private static final String BUNDLE = "io.github.cptskit.aci.calculation.explanation";

    /** English, the base bundle: every remuneration writes its English formulas and payment labels. */
    static final Texts ENGLISH = new Texts(Locale.ROOT, false);

    /** French, read on first use (a holder class), so that a cold start in English does not pay for it. */
    private static final class French {
        static final Texts TEXTS = new Texts(Locale.FRENCH, true);
    }

    private final ResourceBundle bundle;
    private final boolean french;

    private Texts(Locale locale, boolean french) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getModule());
        this.french = french;
    }

    /**
     * The texts for a reader.
     *
     * @param locale French (any country) or another language (English)
     * @return the texts
     */
    static Texts of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? French.TEXTS : ENGLISH;
    }

    /**
     * A template with its placeholders {@code {0}}, {@code {1}}... replaced by the arguments, as
     * written: no {@link java.text.MessageFormat} quoting, so an apostrophe is an apostrophe.
     *
     * @param key the key in the bundle
     * @param args the values
     * @return the text
     * @throws java.util.MissingResourceException if the key is missing: a bug, caught by the tests
     */
    String format(String key, Object... args) {
        String template = bundle.getString(key);
        if (args.length == 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 16 * args.length);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close == i + 2 && Character.isDigit(template.charAt(i + 1))) {
                sb.append(args[template.charAt(i + 1) - '0']);
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * A whole number as the reader writes it: grouped by thousands with a no-break space in French
     * (as {@link Amounts#format} does), plain in English.
     *
     * @param n the number
     * @return the text
     */
    String integer(long n) {
        if (!french) {
            return Long.toString(n);
        }
        return (n < 0 ? "-" : "") + Amounts.grouped(Long.toString(Math.abs(n)));
    }

    /**
     * A decimal number as the reader writes it: decimal comma in French, point in English, no
     * trailing zeros.
     *
     * @param unscaled the unscaled value
     * @param scale the number of decimals of the unscaled value
     * @return for example {@code 0,58} or {@code 0.58}
     */
    String decimal(long unscaled, int scale) {
        String plain = BigDecimal.valueOf(unscaled, scale).stripTrailingZeros().toPlainString();
        return french ? plain.replace('.', ',') : plain;
    }
}
