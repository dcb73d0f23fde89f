package io.github.cptskit.pathways.internal;

/**
 * The shapes a pathway refuses wherever it takes an opaque value: a NIR (the French social security
 * number, 13 digits or 15 with its key, Corsica's 2A/2B included, spaces and dots ignored) and
 * anything that is not a short token. Free text is where names and birth dates would slip into an
 * event log. Hand-written scans: these run on every datum of every decided event.
 */
public final class Pseudonymity {
    private Pseudonymity() {}

    /**
     * @param text a value
     * @return whether it looks like a NIR once spaces and dots are removed
     */
    public static boolean looksLikeNir(String text) {
        int n = text.length();
        if (n < 13) {
            return false;
        }
        char[] c = new char[15];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char x = text.charAt(i);
            if (x == '.' || Character.isWhitespace(x)) {
                continue;
            }
            if (k == 15) {
                return false;
            }
            c[k++] = x;
        }
        if (k != 13 && k != 15) {
            return false;
        }
        if (c[0] != '1' && c[0] != '2') {
            return false;
        }
        for (int i = 1; i < k; i++) {
            boolean corsica = i == 6 && (c[6] == 'A' || c[6] == 'B') && c[5] == '2';
            if (!(c[i] >= '0' && c[i] <= '9') && !corsica) {
                return false;
            }
        }
        return true;
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
