package io.github.cptskit.cli;

/**
 * Writes CSV for research pipelines: RFC 4180 (a field with a comma, quote, CR or LF is quoted, quotes
 * doubled), no comment lines (plain {@code pandas.read_csv(f)} and R's {@code read.csv(f)} read every
 * file; metadata goes to run.json), codes always quoted, and text that came from input neutralised
 * against spreadsheet formula injection (OWASP "CSV injection"): a text cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or CR gets a leading apostrophe. Numbers are
 * written as they are, so a negative amount stays a number.
 */
final class CsvOut {
    private final StringBuilder b = new StringBuilder();
    private boolean lineStart = true;

    /** A header line. */
    CsvOut header(String... names) {
        for (String n : names) {
            text(n);
        }
        return end();
    }

    /** A text cell (names, ids, labels): neutralised, quoted when needed. */
    CsvOut text(String value) {
        return raw(quote(neutralise(value), false));
    }

    /** A code (region, département): always quoted, so that {@code 01} is visibly text. */
    CsvOut code(String value) {
        return raw(quote(neutralise(value), true));
    }

    /** A number or a boolean, as written by the program (never from input). */
    CsvOut number(String value) {
        return raw(value);
    }

    /** An empty cell. */
    CsvOut empty() {
        return raw("");
    }

    /** Ends the record. */
    CsvOut end() {
        b.append('\n');
        lineStart = true;
        return this;
    }

    private CsvOut raw(String cell) {
        if (!lineStart) {
            b.append(',');
        }
        b.append(cell);
        lineStart = false;
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }

    /** OWASP: a cell a spreadsheet would read as a formula gets a leading apostrophe. */
    static String neutralise(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    /** RFC 4180 quoting. */
    static String quote(String s, boolean always) {
        boolean needs = always;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
