package io.github.cptskit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.cptskit.core.problem.Problem;
import java.util.Locale;
import java.util.Objects;

/**
 * A JSON value that {@link CptsModule} refuses to read, with the coded problem that says why: a number
 * beyond the bounds of what it stands for, a float where an integer is expected, a field given twice, a
 * value that breaks its type's invariants (lines of a remuneration that do not add up to its total).
 * Being a {@link JsonMappingException}, it reaches a host wherever Jackson's own errors do (with the
 * place in the input), and {@link #problem()} gives the code and both messages.
 *
 * <pre>{@code
 * try {
 *     mapper.readValue(json, Remuneration.class);
 * } catch (CptsJsonException e) {
 *     e.problem().code();   // "JSON_VALUE_INVALID"
 * }
 * }</pre>
 */
public final class CptsJsonException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    /** Transient: {@code Problem} is not {@code Serializable}. */
    private final transient Problem problem;

    /**
     * @param parser where the value was read, for the location
     * @param problem why it is refused
     */
    public CptsJsonException(JsonParser parser, Problem problem) {
        super(parser, Objects.requireNonNull(problem, "problem").code() + ": " + problem.message(Locale.ENGLISH));
        this.problem = problem;
    }

    /**
     * @return the coded problem, with its French and English messages
     */
    public Problem problem() {
        return problem;
    }
}
