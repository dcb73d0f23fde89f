package io.github.cptskit.core.problem;

import java.util.Objects;

/**
 * Where in a user's file a problem was found: the file (or other source name), the 1-based line and
 * column, and the path of the field inside a structured document when there is one.
 *
 * <pre>{@code
 * Location.of("rules.json", 12, 5).withPath("fonctionnement.taille1");
 * // prints as "rules.json:12:5 (fonctionnement.taille1)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file name or source description, never blank
 * @param line the 1-based line, 0 when unknown
 * @param column the 1-based column, 0 when unknown
 * @param path the path of the field in a structured document, empty when none
 */
public record Location(String source, int line, int column, String path) {

    /**
     * Checks the components.
     *
     * @param source the file name or source description, never blank
     * @param line the 1-based line, 0 when unknown
     * @param column the 1-based column, 0 when unknown
     * @param path the path of the field in a structured document, empty when none
     */
    public Location {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /**
     * A position in a file.
     *
     * @param source the file name
     * @param line the 1-based line, 0 when unknown
     * @param column the 1-based column, 0 when unknown
     * @return the location
     */
    public static Location of(String source, int line, int column) {
        return new Location(source, line, column, "");
    }

    /**
     * This location with the path of a field.
     *
     * @param fieldPath for example {@code missions.acces.fixe.taille1}
     * @return a new location
     */
    public Location withPath(String fieldPath) {
        return new Location(source, line, column, fieldPath);
    }

    @Override
    public String toString() {
        return Catalogue.printable(source)
                + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "")
                + (path.isEmpty() ? "" : " (" + Catalogue.printable(path) + ")");
    }
}
