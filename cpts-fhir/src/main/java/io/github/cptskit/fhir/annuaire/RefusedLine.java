package io.github.cptskit.fhir.annuaire;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A line of the extraction that was not imported, with every problem found on it (each located at its
 * file, line and column).
 *
 * <pre>{@code
 * refused.problems().head().code(); // e.g. "RPPS_KEY" or "ANNUAIRE_COLUMNS"
 * }</pre>
 *
 * @param line the 1-based line number
 * @param problems the problems, at least one
 */
public record RefusedLine(long line, Seq<Problem> problems) {
    /** Checks the components.
     *
     * @param line the 1-based line number
     * @param problems the problems, at least one
     */
    public RefusedLine {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused line has a problem");
        }
    }

    /**
     * {@link #problems()} as a {@code java.util.List} (unmodifiable, same order).
     *
     * @return every problem of the line
     */
    public java.util.List<Problem> problemsList() {
        return problems.asJava();
    }
}
