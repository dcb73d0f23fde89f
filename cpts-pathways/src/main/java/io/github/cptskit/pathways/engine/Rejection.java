package io.github.cptskit.pathways.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.problem.Label;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemCode;
import io.github.cptskit.core.problem.ProblemsException;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a command was refused: one {@link Problem} (its stable code, French and English messages),
 * the guards that refused and the problems found in the event's data. Refusals are values, never
 * exceptions; {@link #orElseThrow} and {@link #toException()} turn one into a {@link ProblemsException}
 * for a caller that wants one (decision record 0004).
 *
 * <pre>{@code
 * Either<Rejection, Decision> d = engine.decide(state, command, context, clock);
 * Decision decision = Rejection.orElseThrow(d);   // or ProblemsException with every problem
 * Optional<Rejection> why = Rejection.of(d);      // plain Java: empty when the command was accepted
 * }</pre>
 *
 * <p>Codes: {@code INSTANCE_TERMINATED}, {@code EVENT_UNKNOWN}, {@code EVENT_DATA} (see
 * {@link #problems()}), {@code TRANSITION_NOT_ALLOWED}, {@code NO_ROUTE}, {@code GUARD_REFUSED},
 * {@code DEADLINE_NOT_DUE}, {@code DEADLINE_NOT_PENDING}, {@code DEADLINE_OVERDUE}, {@code RAISED_EVENT_REFUSED}, {@code RUN_TO_COMPLETION_LIMIT},
 * {@code APPEND_CONFLICT} (from an {@code EventStore}).
 *
 * @param problem the refusal: its code and messages
 * @param guards the names of the guards that refused, or empty
 * @param problems the problems in the event's data, or empty
 */
public record Rejection(Problem problem, Seq<String> guards, Seq<Problem> problems) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param problem the refusal: its code and messages
     * @param guards the names of the guards that refused, or empty
     * @param problems the problems in the event's data, or empty
     */
    public Rejection {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(guards, "guards");
        Objects.requireNonNull(problems, "problems");
    }

    /**
     * A rejection from its code and messages.
     *
     * @param code the code
     * @param messageFr the message in French
     * @param messageEn the message in English
     * @param guards the names of the guards that refused, or empty
     * @param problems the problems in the event's data, or empty
     * @deprecated the refusal is a {@link Problem}: use {@link #Rejection(Problem, Seq, Seq)}
     */
    @Deprecated(since = "0.1.0")
    public Rejection(String code, String messageFr, String messageEn, Seq<String> guards, Seq<Problem> problems) {
        this(Problem.error(code, messageFr, messageEn), guards, problems);
    }

    /**
     * A rejection without guards or data problems.
     *
     * @param code the code
     * @param messageFr the message in French
     * @param messageEn the message in English
     * @return the rejection
     */
    public static Rejection of(String code, String messageFr, String messageEn) {
        return of(Problem.error(code, messageFr, messageEn));
    }

    /**
     * A rejection without guards or data problems.
     *
     * @param problem the refusal
     * @return the rejection
     */
    public static Rejection of(Problem problem) {
        return new Rejection(problem, List.empty(), List.empty());
    }

    /**
     * The rejection of an outcome, for plain Java code.
     *
     * @param outcome what {@link Engine#decide}, {@link Engine#expire} or an {@code EventStore} returned
     * @return the rejection, or empty if the command was accepted
     * @throws NullPointerException if {@code outcome} is null
     */
    public static Optional<Rejection> of(Either<Rejection, ?> outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return outcome.isLeft() ? Optional.of(outcome.getLeft()) : Optional.empty();
    }

    /**
     * The value of an accepted outcome, or a {@link ProblemsException} carrying the refusal and every
     * data problem.
     *
     * @param <T> the value's type
     * @param outcome what {@link Engine#decide}, {@link Engine#expire} or an {@code EventStore} returned
     * @return the decision or state
     * @throws ProblemsException if the command was refused
     * @throws NullPointerException if {@code outcome} is null
     */
    public static <T> T orElseThrow(Either<Rejection, ? extends T> outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.isLeft()) {
            throw outcome.getLeft().toException();
        }
        return outcome.get();
    }

    /**
     * The code of the refusal.
     *
     * @return for example {@code GUARD_REFUSED}
     */
    public String code() {
        return problem.code();
    }

    /**
     * The message in French.
     *
     * @return the message
     */
    public String messageFr() {
        return problem.messageFr();
    }

    /**
     * The message in English.
     *
     * @return the message
     */
    public String messageEn() {
        return problem.messageEn();
    }

    /**
     * The message in a language: French for a French locale, English otherwise.
     *
     * @param locale the reader's locale
     * @return the message
     */
    public String message(Locale locale) {
        return problem.message(locale);
    }

    /**
     * The refusal followed by the data problems: every problem, as a {@code Validation} would carry them.
     *
     * @return at least one problem
     */
    public Seq<Problem> allProblems() {
        return problems.prepend(problem);
    }

    /**
     * {@link #allProblems()} as an unmodifiable {@code java.util.List}.
     *
     * @return at least one problem
     */
    public java.util.List<Problem> allProblemsList() {
        return allProblems().asJava();
    }

    /**
     * {@link #guards()} as an unmodifiable {@code java.util.List}.
     *
     * @return the guards' names, in order
     */
    public java.util.List<String> guardsList() {
        return guards.asJava();
    }

    /**
     * {@link #problems()} as an unmodifiable {@code java.util.List}.
     *
     * @return the data problems, in order
     */
    public java.util.List<Problem> problemsList() {
        return problems.asJava();
    }

    /**
     * This rejection as an exception carrying {@link #allProblems()}.
     *
     * @return the exception (not thrown)
     */
    public ProblemsException toException() {
        return new ProblemsException(allProblems());
    }

    /**
     * A rejection from an entry of a catalogue of problems, with its messages filled in.
     *
     * @param entry the entry, e.g. {@code PathwaysProblem.NO_ROUTE}
     * @param arguments the facts for the messages
     * @return the rejection
     */
    public static Rejection of(ProblemCode entry, Object... arguments) {
        return of(Problem.of(entry, arguments));
    }

    /**
     * This rejection's message in a language, as a label for the message of another.
     *
     * @return French for a French locale, English otherwise
     */
    public Label message() {
        return problem::message;
    }

    @Override
    public String toString() {
        return code() + ": " + messageEn();
    }
}
