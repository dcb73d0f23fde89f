package io.github.cptskit.core.problem;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;
import java.util.Objects;

/**
 * Every problem of a refused input, as one unchecked exception: what {@link Results#orElseThrow}
 * raises when a caller chooses to treat refused input as a failure rather than handle the {@code
 * Validation} (decision record 0004). Nothing in cptskit throws it on its own; it exists for callers who
 * prefer exceptions at their boundary, and it never loses a problem.
 *
 * <pre>{@code
 * try {
 *     Rpps rpps = Results.orElseThrow(Rpps.parse(text));
 * } catch (ProblemsException e) {
 *     e.problemList();                  // every problem, with its code and legal reference
 *     e.getMessage(Locale.FRENCH);      // one line per problem, in French
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} is in English (logs), {@link #getLocalizedMessage()} in the language of
 * {@link Locale#getDefault()} (French for a French locale), {@link #getMessage(Locale)} in the language
 * asked for. The problems cannot change once the exception is built.
 */
public final class ProblemsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Transient: {@code Problem} is not {@code Serializable}, so a deserialised exception keeps its
     * (English) message and no problems.
     */
    private final transient Problem[] problems;

    /**
     * An exception carrying problems.
     *
     * @param problems every problem, at least one, in the order found
     * @throws NullPointerException if {@code problems} or one of them is null
     * @throws IllegalArgumentException if {@code problems} is empty (an accepted input has no
     *     problems to throw)
     */
    public ProblemsException(Iterable<? extends Problem> problems) {
        this(copy(problems));
    }

    private ProblemsException(Problem[] problems) {
        super(format(problems, Locale.ENGLISH));
        this.problems = problems;
    }

    private static Problem[] copy(Iterable<? extends Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        Problem[] copy = List.<Problem>ofAll(problems).toJavaArray(Problem[]::new);
        for (Problem p : copy) {
            Objects.requireNonNull(p, "problems contains null");
        }
        if (copy.length == 0) {
            throw new IllegalArgumentException("problems is empty: there is nothing to report");
        }
        return copy;
    }

    private static String format(Problem[] problems, Locale locale) {
        boolean fr = "fr".equals(locale.getLanguage());
        StringBuilder b = new StringBuilder()
                .append(problems.length)
                .append(fr ? " problème" : " problem")
                .append(problems.length == 1 ? "" : "s")
                .append(fr ? " :" : ":");
        for (Problem p : problems) {
            b.append(System.lineSeparator()).append("  ").append(p.format(locale));
        }
        return b.toString();
    }

    /**
     * Every problem, in the order found.
     *
     * @return the problems, never empty (but after deserialisation)
     */
    public Seq<Problem> problems() {
        return problems == null ? List.empty() : List.of(problems);
    }

    /**
     * Every problem, in the order found, as an unmodifiable {@code java.util.List}.
     *
     * @return the problems, never empty
     */
    public java.util.List<Problem> problemList() {
        return problems().asJava();
    }

    /**
     * The problems' codes, in order, for a program to test.
     *
     * @return the codes
     */
    public java.util.List<String> codes() {
        return problems().map(Problem::code).asJava();
    }

    /**
     * The message in a language: a count, then one line per problem (location, severity, code, message,
     * legal reference), in French for a French locale and in English otherwise.
     *
     * @param locale the reader's locale
     * @return the message
     * @throws NullPointerException if {@code locale} is null
     */
    public String getMessage(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return problems == null ? super.getMessage() : format(problems, locale);
    }

    /**
     * The message in the language of {@link Locale#getDefault()}.
     *
     * @return the message
     */
    @Override
    public String getLocalizedMessage() {
        return getMessage(Locale.getDefault());
    }
}
