package io.github.cptskit.core.problem;

/**
 * The nearest known name to a misspelt one, for the "did you mean" of coded problems: an unknown
 * name is an error, and the error says which known name was probably meant.
 *
 * <pre>{@code
 * NearestName.of("fonctionement.taille2", known); // "fonctionnement.taille2"
 * }</pre>
 */
public final class NearestName {

    private NearestName() {}

    /**
     * The known name closest to a given one by edit distance, if it is close enough to be a typo (at
     * most a third of the name's length, and at most 4 edits).
     *
     * @param name the unknown name
     * @param known the known names
     * @return the suggestion, or null if none is close
     */
    public static String of(String name, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name, k, bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.min(4, Math.max(1, name.length() / 3)) ? best : null;
    }

    /** Levenshtein distance, giving up (returning limit) once every cell of a row reaches limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
