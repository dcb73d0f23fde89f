package io.github.cptskit.fhir.internal;

import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.fhir.annuaire.RefusedLine;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@code |}-separated extraction of the Annuaire read line by line: its header's columns found by
 * name, then each line's fields, or the refusal of a line that cannot be split (not UTF-8, too long, not
 * as many fields as the header).
 */
public final class PipeTable {
    private final LineSource lines;
    private final String source;
    private final Map<String, Integer> index;
    private final int width;
    private final int maxLength;
    private final java.util.List<String> fields = new ArrayList<>(64);
    private int[] starts;
    private RefusedLine refusal;

    private PipeTable(LineSource lines, String source, Map<String, Integer> index, int width, int maxLength) {
        this.lines = lines;
        this.source = source;
        this.index = index;
        this.width = width;
        this.maxLength = maxLength;
        this.starts = new int[width + 1];
    }

    /**
     * Reads the header.
     *
     * @param in the characters (undecodable bytes replaced by U+FFFD)
     * @param source the file name
     * @param kind the kind of extraction, for the header's problems
     * @param required the columns that must be there
     * @param maxLength the longest line read, in characters
     * @return the table, or {@code ANNUAIRE_EMPTY}, {@code ANNUAIRE_HEADER} or {@code ANNUAIRE_LINE_TOO_LONG}
     * @throws IOException if reading fails
     */
    public static Validation<Seq<Problem>, PipeTable> open(
            Reader in, String source, String kind, Seq<String> required, int maxLength) throws IOException {
        LineSource lines = new LineSource(in, maxLength);
        if (!lines.next()) {
            return Validation.invalid(
                    List.of(Problem.of(FhirProblem.ANNUAIRE_EMPTY).at(Location.of(source, 1, 1))));
        }
        String header = lines.text();
        if (header == null) {
            return Validation.invalid(List.of(Problem.of(FhirProblem.ANNUAIRE_LINE_TOO_LONG, lines.length(), maxLength)
                    .at(Location.of(source, 1, 1))));
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header.isBlank()) {
            return Validation.invalid(
                    List.of(Problem.of(FhirProblem.ANNUAIRE_EMPTY).at(Location.of(source, 1, 1))));
        }
        java.util.List<String> names = new ArrayList<>();
        split(header, names, null);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i).strip(), i);
        }
        Seq<String> missing = required.filter(c -> !index.containsKey(c));
        if (!missing.isEmpty()) {
            return Validation.invalid(missing.map(
                    c -> Problem.of(FhirProblem.ANNUAIRE_HEADER, c, kind).at(Location.of(source, 1, 1))));
        }
        return Validation.valid(new PipeTable(lines, source, index, names.size(), maxLength));
    }

    /**
     * Moves to the next data line (blank lines are passed over).
     *
     * @return false at the end
     * @throws IOException if reading fails
     */
    public boolean next() throws IOException {
        while (lines.next()) {
            refusal = null;
            String text = lines.text();
            if (text != null && text.isEmpty()) {
                continue;
            }
            int n = line();
            if (text == null) {
                refusal = refuse(n, 1, FhirProblem.ANNUAIRE_LINE_TOO_LONG, lines.length(), maxLength);
                return true;
            }
            int bad = text.indexOf('\uFFFD');
            if (bad >= 0) {
                refusal = refuse(n, bad + 1, FhirProblem.ANNUAIRE_ENCODING);
                return true;
            }
            split(text, fields, starts);
            if (fields.size() != width) {
                refusal = refuse(n, 1, FhirProblem.ANNUAIRE_COLUMNS, fields.size(), width);
            }
            return true;
        }
        return false;
    }

    private RefusedLine refuse(int line, int column, FhirProblem entry, Object... facts) {
        return new RefusedLine(lines.number(), List.of(Problem.of(entry, facts).at(Location.of(source, line, column))));
    }

    /**
     * The current line's refusal when it cannot be split into its fields.
     *
     * @return the refusal, or null
     */
    public RefusedLine refusal() {
        return refusal;
    }

    /**
     * The current line's number.
     *
     * @return the 1-based number
     */
    public long number() {
        return lines.number();
    }

    /**
     * The current line's number as a location's line.
     *
     * @return the number, capped
     */
    public int line() {
        return (int) Math.min(Integer.MAX_VALUE, lines.number());
    }

    /**
     * A field of the current line, stripped.
     *
     * @param column the column's name, one of the required ones
     * @return the field
     */
    public String field(String column) {
        return fields.get(index.get(column)).strip();
    }

    /**
     * Where a field of the current line starts.
     *
     * @param column the column's name
     * @return the location: file, line, column, and the column's name as path
     */
    public Location at(String column) {
        return Location.of(source, line(), starts[index.get(column)] + 1).withPath(column);
    }

    /**
     * Splits on {@code |}, the empty field after a final {@code |} dropped; the start of each field is
     * written to {@code starts} when given.
     */
    private static void split(String line, java.util.List<String> fields, int[] starts) {
        fields.clear();
        int from = 0;
        int end = line.endsWith("|") ? line.length() - 1 : line.length();
        while (true) {
            int bar = line.indexOf('|', from);
            if (starts != null && fields.size() < starts.length) {
                starts[fields.size()] = from;
            }
            if (bar < 0 || bar >= end) {
                fields.add(line.substring(from, end));
                return;
            }
            fields.add(line.substring(from, bar));
            from = bar + 1;
        }
    }
}
