package io.github.cptskit.core.problem;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading a result of cptskit from plain Java: every method that checks input returns a {@code
 * Validation<Seq<Problem>, T>} (decision record 0004), either the value or every problem found. This
 * class gives that result to code that does not use Vavr: the value or a {@link ProblemsException}
 * carrying every problem, the value as an {@link Optional}, the problems as a {@link List}.
 *
 * <pre>{@code
 * Rpps rpps = Results.orElseThrow(Rpps.parse("10002909371"));       // or ProblemsException
 * List<Problem> problems = Results.problems(Rpps.parse("1000290937")); // [RPPS_LENGTH …]
 * Rpps mine = Results.orElseThrow(Rpps.parse(text), ps -> new BadRequest(ps.get(0).code()));
 * String shown = Results.fold(Rpps.parse(text), ps -> ps.size() + " problem(s)", Rpps::value);
 * }</pre>
 *
 * <p>These are what Vavr 1.0.1's {@code Validation} lacks for plain Java: it has no
 * {@code getOrElseThrow(Function)}, and its {@code fold} and {@code getOrElseGet} hand over a Vavr
 * {@code Seq}; here the problems are a {@code java.util.List}.
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

    /**
     * The value, or the exception the caller makes of the problems: what Vavr 1.0.1's
     * {@code Validation} lacks as {@code getOrElseThrow(Function)}.
     *
     * @param <T> the value's type
     * @param <X> the exception's type
     * @param result a result of cptskit
     * @param exception makes the exception from every problem (an unmodifiable list, never empty)
     * @return the value if valid
     * @throws X if the result is invalid
     * @throws NullPointerException if an argument is null, or {@code exception} returns null
     */
    public static <T, X extends Throwable> T orElseThrow(
            Validation<? extends Seq<? extends Problem>, ? extends T> result,
            Function<? super List<Problem>, ? extends X> exception)
            throws X {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(exception, "exception");
        if (result.isInvalid()) {
            throw Objects.requireNonNull(exception.apply(problems(result)), "exception returned null");
        }
        return result.get();
    }

    /**
     * The value, or one made from the problems.
     *
     * @param <T> the value's type
     * @param result a result of cptskit
     * @param other makes the value from every problem (an unmodifiable list, never empty)
     * @return the value if valid, else what {@code other} makes
     * @throws NullPointerException if an argument is null
     */
    public static <T> T orElseGet(
            Validation<? extends Seq<? extends Problem>, ? extends T> result,
            Function<? super List<Problem>, ? extends T> other) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(other, "other");
        return result.isValid() ? result.get() : other.apply(problems(result));
    }

    /**
     * One answer from either side of a result, with the problems as a {@code java.util.List}.
     *
     * @param <T> the value's type
     * @param <R> the answer's type
     * @param result a result of cptskit
     * @param ifProblems the answer to every problem (an unmodifiable list, never empty)
     * @param ifValue the answer to the value
     * @return the answer
     * @throws NullPointerException if an argument is null
     */
    public static <T, R> R fold(
            Validation<? extends Seq<? extends Problem>, ? extends T> result,
            Function<? super List<Problem>, ? extends R> ifProblems,
            Function<? super T, ? extends R> ifValue) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(ifProblems, "ifProblems");
        Objects.requireNonNull(ifValue, "ifValue");
        return result.isValid() ? ifValue.apply(result.get()) : ifProblems.apply(problems(result));
    }
}
