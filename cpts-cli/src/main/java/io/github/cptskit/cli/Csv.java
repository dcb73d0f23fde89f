package io.github.cptskit.cli;

import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.util.ArrayList;

/**
 * A small RFC 4180 reader that remembers where each field starts, so that every error names file,
 * line and column. Accepts a UTF-8 BOM, CRLF, quoted fields with separators and doubled quotes, and
 * {@code #} comment lines.
 */
final class Csv {

    /** A field and where it starts. */
    record Field(String text, int line, int column) {}

    /** A record: its fields. */
    record Row(java.util.List<Field> fields, int line) {}

    private Csv() {}

    static java.util.List<Row> parse(String content, String source) {
        String s = content.startsWith("\uFEFF") ? content.substring(1) : content;
        java.util.List<Row> rows = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.charAt(i) == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                i++;
                line++;
                continue;
            }
            int rowLine = line;
            java.util.List<Field> fields = new ArrayList<>();
            int lineStart = i;
            boolean end = false;
            while (!end) {
                int col = i - lineStart + 1;
                int fieldLine = line;
                StringBuilder sb = new StringBuilder();
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new UserError(List.of(
                                    Problem.of(CliProblem.CSV_UNCLOSED_QUOTE).at(Location.of(source, fieldLine, col))));
                        }
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                sb.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                            lineStart = i + 1;
                        }
                        sb.append(c);
                        i++;
                    }
                } else {
                    while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                        sb.append(s.charAt(i));
                        i++;
                    }
                }
                fields.add(new Field(sb.toString(), fieldLine, col));
                if (i < n && s.charAt(i) == ',') {
                    i++;
                } else {
                    if (i < n && s.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && s.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    end = true;
                }
            }
            if (!(fields.size() == 1 && fields.get(0).text().isBlank())) {
                rows.add(new Row(fields, rowLine));
            }
        }
        return rows;
    }
}
