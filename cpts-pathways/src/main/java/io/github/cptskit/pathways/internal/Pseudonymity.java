package io.github.cptskit.pathways.internal;

import java.util.regex.Pattern;

/**
 * The shapes a pathway refuses wherever it takes an opaque value: a NIR (the French social security
 * number, 13 digits or 15 with its key, Corsica's 2A/2B included) and anything that is not a short
 * token. Free text is where names and birth dates would slip into an event log.
 */
public final class Pseudonymity {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern NIR = Pattern.compile("[12]\\d{12}(\\d{2})?|[12]\\d{4}(2A|2B)\\d{6}(\\d{2})?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.]");

    private Pseudonymity() {}

    /**
     * @param text a value
     * @return whether it looks like a NIR once spaces and dots are removed
     */
    public static boolean looksLikeNir(String text) {
        return NIR.matcher(SEPARATORS.matcher(text).replaceAll("")).matches();
    }

    /**
     * @param text a value
     * @return whether it is 1 to 64 letters, digits or {@code - _ . :}
     */
    public static boolean isToken(String text) {
        return TOKEN.matcher(text).matches();
    }
}
