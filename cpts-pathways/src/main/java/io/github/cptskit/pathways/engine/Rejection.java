package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Label;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemCode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Why a command was refused: a stable code, French and English messages, the guards that refused and
 * the problems found in the event's data. Refusals are values, never exceptions.
 *
 * <p>Codes: {@code INSTANCE_TERMINATED}, {@code EVENT_UNKNOWN}, {@code EVENT_DATA} (see
 * {@link #problems()}), {@code TRANSITION_NOT_ALLOWED}, {@code NO_ROUTE}, {@code GUARD_REFUSED},
 * {@code DEADLINE_NOT_DUE}, {@code DEADLINE_NOT_PENDING}, {@code DEADLINE_OVERDUE}, {@code RAISED_EVENT_REFUSED}, {@code RUN_TO_COMPLETION_LIMIT},
 * {@code APPEND_CONFLICT} (from an {@code EventStore}).
 *
 * @param code the code
 * @param messageFr the message in French
 * @param messageEn the message in English
 * @param guards the names of the guards that refused, or empty
 * @param problems the problems in the event's data, or empty
 */
public record Rejection(String code, String messageFr, String messageEn, Seq<String> guards, Seq<Problem> problems) {
    /** Checks the components. */
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(guards, "guards");
        Objects.requireNonNull(problems, "problems");
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
        return new Rejection(code, messageFr, messageEn, List.empty(), List.empty());
    }

    /**
     * A rejection from an entry of a catalogue of problems, with its messages filled in.
     *
     * @param entry the entry, e.g. {@code PathwaysProblem.NO_ROUTE}
     * @param arguments the facts for the messages
     * @return the rejection
     */
    public static Rejection of(ProblemCode entry, Object... arguments) {
        Problem p = Problem.of(entry, arguments);
        return of(p.code(), p.messageFr(), p.messageEn());
    }

    /**
     * This rejection's message in a language, as a label for the message of another.
     *
     * @return French for a French locale, English otherwise
     */
    public Label message() {
        return locale -> "fr".equals(locale.getLanguage()) ? messageFr : messageEn;
    }

    @Override
    public String toString() {
        return code + ": " + messageEn;
    }
}
