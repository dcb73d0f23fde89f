package io.github.cptskit.pathways.internal;

/**
 * The shapes a pathway refuses wherever it takes an opaque value (a patient or author reference, an
 * instance id, a datum of an event): personal data written the ways people write it, and anything
 * that is not a short token. Free text is where names and birth dates would slip into an event log.
 *
 * <p>What counts as personal data, searched anywhere in the value (after a prefix such as
 * {@code nir:}, between words); a number glued to letters ({@code 3f0612345678ab}, a hash) is part of a word:
 *
 * <ul>
 *   <li>a NIR or a NIA (the social security number, or the temporary number given while it is being
 *       allocated): 13 characters, or 15 with the key, once spaces, dots, hyphens and underscores are
 *       removed; the first digit is 1, 2, 3, 4, 7 or 8 (sex, or the temporary and foreign-born
 *       series), the département may be Corsica's 2A or 2B;
 *   <li>an e-mail address ({@code local@domain.tld});
 *   <li>a phone number: ten digits beginning with 0 (French numbering plan, 0 then 1 to 9), 33
 *       followed by nine digits, or a {@code +} followed by 8 to 15 digits (E.164);
 *   <li>a name with a date: a calendar date (YYYY-MM-DD, DD-MM-YYYY or their eight digits, years
 *       1900 to 2099) beside at least two words of two letters or more, as in
 *       {@code jean.dupont.1984-12-07}.
 * </ul>
 *
 * These are shapes, not proofs: a host's own key of thirteen digits beginning with 1 is refused too,
 * which is the safe side. Hand-written scans without allocation: they run on every datum of every
 * decided event.
 */
public final class Pseudonymity {
    private Pseudonymity() {}

    /** What a value looks like when it looks like personal data. */
    public enum Kind {
        /** none: the value looks like no personal data */
        NONE,
        /** a NIR or a NIA */
        NIR,
        /** an e-mail address */
        EMAIL,
        /** a phone number */
        PHONE,
        /** a name beside a date, such as a date of birth */
        NAME_WITH_DATE
    }

    /** Longest run of digits kept for the checks: a NIR with its key. */
    private static final int RUN = 15;

    /**
     * @param text a value
     * @return whether it holds a NIR or a NIA in one of its usual written forms
     */
    public static boolean looksLikeNir(String text) {
        return personal(text) == Kind.NIR;
    }

    /**
     * The personal data a value looks like, if any.
     *
     * @param text a value
     * @return the kind of personal data it looks like, {@link Kind#NONE} when it looks like none
     */
    public static Kind personal(String text) {
        int n = text.length();
        boolean date = false;
        char[] run = new char[RUN];
        int i = 0;
        while (i < n) {
            char x = text.charAt(i);
            if (!isDigit(x)) {
                i++;
                continue;
            }
            if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                // A number glued to letters is part of a word or a hash (3f0612345678ab), not a number.
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            // A run: digits joined by spaces, dots, hyphens or underscores (and 2A/2B).
            boolean plus = plusBefore(text, i);
            int k = 0;
            int length = 0;
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (isDigit(c) || isCorsica(text, j, k, run)) {
                    if (k < RUN) {
                        run[k] = Character.toUpperCase(c);
                    }
                    k++;
                    length = j + 1;
                    j++;
                } else if (isJoiner(c)
                        && j + 1 < n
                        && (isDigit(text.charAt(j + 1)) || isCorsica(text, j + 1, k, run))) {
                    j++;
                } else {
                    break;
                }
            }
            if (length < n && Character.isLetter(text.charAt(length)) && !isJoiner(text.charAt(length - 1))) {
                i = length;
                continue;
            }
            if ((k == 13 || k == 15) && nir(run)) {
                return Kind.NIR;
            }
            if (phone(run, k, plus)) {
                return Kind.PHONE;
            }
            date |= k == 8 && date(run);
            i = Math.max(length, i + 1);
        }
        if (email(text)) {
            return Kind.EMAIL;
        }
        return date && words(text) >= 2 ? Kind.NAME_WITH_DATE : Kind.NONE;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isJoiner(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '\u00a0';
    }

    /** An A or B in a NIR's département position, after a 2. */
    private static boolean isCorsica(String text, int at, int k, char[] run) {
        char c = Character.toUpperCase(text.charAt(at));
        return (c == 'A' || c == 'B') && k == 6 && run[5] == '2';
    }

    private static boolean plusBefore(String text, int at) {
        int p = at - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && text.charAt(p) == '+';
    }

    private static boolean nir(char[] c) {
        char first = c[0];
        if (first != '1' && first != '2' && first != '3' && first != '4' && first != '7' && first != '8') {
            return false;
        }
        for (int i = 1; i < 13; i++) {
            boolean corsica = i == 6 && (c[6] == 'A' || c[6] == 'B');
            if (!isDigit(c[i]) && !corsica) {
                return false;
            }
        }
        return true;
    }

    private static boolean phone(char[] c, int k, boolean plus) {
        if (k > RUN) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (!isDigit(c[i])) {
                return false;
            }
        }
        if (plus) {
            return k >= 8;
        }
        if (k == 10) {
            return c[0] == '0' && c[1] != '0';
        }
        return k == 11 && c[0] == '3' && c[1] == '3' && c[2] != '0';
    }

    private static boolean date(char[] c) {
        for (int i = 0; i < 8; i++) {
            if (!isDigit(c[i])) {
                return false;
            }
        }
        return ymd(number(c, 0, 4), number(c, 4, 2), number(c, 6, 2))
                || ymd(number(c, 4, 4), number(c, 2, 2), number(c, 0, 2));
    }

    private static boolean ymd(int year, int month, int day) {
        return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static int number(char[] c, int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; i++) {
            v = v * 10 + (c[i] - '0');
        }
        return v;
    }

    private static boolean email(String text) {
        int at = text.indexOf('@');
        if (at <= 0) {
            return false;
        }
        int dot = text.indexOf('.', at + 2);
        return dot > 0 && dot < text.length() - 1;
    }

    /** Words of two letters or more. */
    private static int words(String text) {
        int count = 0;
        int letters = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetter(text.charAt(i))) {
                letters++;
            } else {
                count += letters >= 2 ? 1 : 0;
                letters = 0;
            }
        }
        return count;
    }

    /**
     * @param text a value
     * @return whether it is 1 to 64 letters, digits or {@code - _ . :}
     */
    public static boolean isToken(String text) {
        int n = text.length();
        if (n == 0 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char x = text.charAt(i);
            boolean ok = (x >= 'a' && x <= 'z')
                    || (x >= 'A' && x <= 'Z')
                    || (x >= '0' && x <= '9')
                    || x == '_'
                    || x == '.'
                    || x == ':'
                    || x == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
