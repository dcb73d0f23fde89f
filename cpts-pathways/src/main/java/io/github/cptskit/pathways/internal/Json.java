package io.github.cptskit.pathways.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for event logs, so that the module needs no JSON library:
 * objects become {@link LinkedHashMap}s, arrays {@link ArrayList}s, numbers {@link BigDecimal}s,
 * {@code null} is {@link #NULL}. Errors carry the 1-based column; nesting is limited so that hostile
 * input cannot exhaust the stack.
 */
public final class Json {
    /** JSON's {@code null}. */
    public static final Object NULL = new Object();

    private static final int MAX_DEPTH = 32;

    /** A syntax error at a column. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int column;

        SyntaxError(String message, int column) {
            super(message, null, false, false);
            this.column = column;
        }

        /** @return the 1-based column */
        public int column() {
            return column;
        }
    }

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /**
     * Parses one JSON value filling the whole text (surrounding white space allowed).
     *
     * @param text the text
     * @return the value
     * @throws SyntaxError where the text is not JSON
     */
    public static Object parse(String text) throws SyntaxError {
        Json p = new Json(text);
        p.space();
        Object v = p.value(0);
        p.space();
        if (p.i != text.length()) {
            throw p.error("unexpected text after the value");
        }
        return v;
    }

    private SyntaxError error(String message) {
        return new SyntaxError(message, i + 1);
    }

    private void space() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            i++;
        }
    }

    private Object value(int depth) throws SyntaxError {
        if (depth > MAX_DEPTH) {
            throw error("nested too deep");
        }
        if (i >= s.length()) {
            throw error("value expected");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("value expected");
        }
    }

    private Object literal(String word, Object v) throws SyntaxError {
        if (!s.startsWith(word, i)) {
            throw error("value expected");
        }
        i += word.length();
        return v;
    }

    private Map<String, Object> object(int depth) throws SyntaxError {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        space();
        if (i < s.length() && s.charAt(i) == '}') {
            i++;
            return m;
        }
        while (true) {
            space();
            if (i >= s.length() || s.charAt(i) != '"') {
                throw error("property name expected");
            }
            int at = i;
            String key = string();
            if (m.containsKey(key)) {
                i = at;
                throw error("duplicated property \"" + key + "\"");
            }
            space();
            expect(':');
            space();
            m.put(key, value(depth + 1));
            space();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            expect('}');
            return m;
        }
    }

    private List<Object> array(int depth) throws SyntaxError {
        List<Object> l = new ArrayList<>();
        i++;
        space();
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
            return l;
        }
        while (true) {
            space();
            l.add(value(depth + 1));
            space();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            expect(']');
            return l;
        }
    }

    private void expect(char c) throws SyntaxError {
        if (i >= s.length() || s.charAt(i) != c) {
            throw error("'" + c + "' expected");
        }
        i++;
    }

    private String string() throws SyntaxError {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
            if (i >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                i--;
                throw error("control character in a string");
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i >= s.length()) {
                throw error("unterminated escape");
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw error("bad \\u escape");
                    }
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(s.charAt(i + k), 16);
                        if (d < 0) {
                            throw error("bad \\u escape");
                        }
                        code = code * 16 + d;
                    }
                    i += 4;
                    b.append((char) code);
                }
                default -> {
                    i--;
                    throw error("bad escape");
                }
            }
        }
    }

    private BigDecimal number() throws SyntaxError {
        int start = i;
        if (s.charAt(i) == '-') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '0') {
            i++;
        } else {
            digits();
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            digits();
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            digits();
        }
        if (i - start > 100) {
            i = start;
            throw error("number too long");
        }
        try {
            return new BigDecimal(s.substring(start, i));
        } catch (NumberFormatException e) {
            i = start;
            throw error("number out of range");
        }
    }

    private void digits() throws SyntaxError {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            throw error("digit expected");
        }
    }

    /**
     * Writes a string as a JSON string literal.
     *
     * @param b where to write
     * @param v the string
     */
    public static void quote(StringBuilder b, String v) {
        b.append('"');
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
