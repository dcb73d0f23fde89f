package io.github.cptskit.core.problem;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading a result of cptskit from plain Java: every method that checks input returns a {@code
 * Validation<Seq<Problem>, T>} (decision record 0004), either the value or every problem found. This
 * class gives that result to code that does not use Vavr: the value or a {@link ProblemsException}
 * carrying every problem, the value as an {@link Optional}, the problems as a {@link List}.
 *
 * <pre>{@code
 * Rpps rpps = Results.orElseThrow(Rpps.parse("10002909371"));       // or ProblemsException
 * List<Problem> problems = Results.problems(Rpps.parse("1000290937")); // [RPPS_LENGTH …]
 * }</pre>
 *
 * <p>Prefer handling the problems ({@link #problems}) for user input: an exception is for a caller
 * that treats refused input as a bug of its own, such as constants in code.
 */
public final class Results {

    private Results() {}

    /**
     * The value, or a {@link ProblemsException} carrying every problem. Use it where the README used
     * to call {@code get()} (which throws {@code NoSuchElementException} and loses the problems).
     *
     * @param <T> the value's type
     * @param result a result of cptskit
     * @return the value if valid
     * @throws ProblemsException if the result is invalid, with every problem
     * @throws NullPointerException if {@code result} is null
     */
    public static <T> T orElseThrow(Validation<? extends Seq<? extends Problem>, ? extends T> result) {
        Objects.requireNonNull(result, "result");
        if (result.isInvalid()) {
            throw new ProblemsException(result.getError());
        }
        return result.get();
    }

    /**
     * The value if valid.
     *
     * @param <T> the value's type
     * @param result a result of cptskit
     * @return the value, or empty if the result carries problems
     * @throws NullPointerException if {@code result} is null
     */
    public static <T> Optional<T> value(Validation<? extends Seq<? extends Problem>, ? extends T> result) {
        Objects.requireNonNull(result, "result");
        return result.isValid() ? Optional.of(result.get()) : Optional.empty();
    }

    /**
     * The problems of a result, in the order found.
     *
     * @param result a result of cptskit
     * @return every problem (unmodifiable), empty if the result is valid
     * @throws NullPointerException if {@code result} is null
     */
    public static List<Problem> problems(Validation<? extends Seq<? extends Problem>, ?> result) {
        Objects.requireNonNull(result, "result");
        return result.isValid() ? List.of() : List.copyOf(result.getError().asJava());
    }
}
