package io.github.cptskit.pathways.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.problem.Problem;
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
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

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

    @Override
    public String toString() {
        return code + ": " + messageEn;
    }
}
