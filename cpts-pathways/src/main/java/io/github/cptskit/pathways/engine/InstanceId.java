package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.internal.Pseudonymity;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of one pathway instance (one patient's SNP request, one RCP): the stream its events
 * are appended to. An opaque token chosen by the host (1 to 64 letters, digits or {@code - _ . :}),
 * usually a UUID; never a NIR.
 *
 * <pre>{@code
 * InstanceId id = InstanceId.random();
 * InstanceId.parse("p2-0001").get();
 * }</pre>
 *
 * @param value the token
 */
public record InstanceId(String value) {

    /**
     * Checks the value; use {@link #parse} for untrusted input.
     *
     * @param value the token
     */
    public InstanceId {
        Objects.requireNonNull(value, "value");
        if (!problems(value).isEmpty()) {
            throw new IllegalArgumentException("not an instance id (1 to 64 letters, digits or - _ . :)");
        }
    }

    /** @return a new random (version 4 UUID) instance id */
    public static InstanceId random() {
        return new InstanceId(UUID.randomUUID().toString());
    }

    /**
     * @param text the id
     * @return the id, or the problem {@code INSTANCE_ID_FORMAT} or {@code INSTANCE_ID_LOOKS_LIKE_NIR}, {@code INSTANCE_ID_LOOKS_PERSONAL}
     */
    public static Validation<Seq<Problem>, InstanceId> parse(String text) {
        Objects.requireNonNull(text, "text");
        Seq<Problem> p = problems(text);
        return p.isEmpty() ? Validation.valid(new InstanceId(text)) : Validation.invalid(p);
    }

    private static Seq<Problem> problems(String text) {
        Pseudonymity.Kind personal = Pseudonymity.personal(text);
        if (personal != Pseudonymity.Kind.NONE) {
            return List.of(Problem.of(
                    personal == Pseudonymity.Kind.NIR
                            ? PathwaysProblem.INSTANCE_ID_LOOKS_LIKE_NIR
                            : PathwaysProblem.INSTANCE_ID_LOOKS_PERSONAL));
        }
        if (!Pseudonymity.isToken(text)) {
            return List.of(Problem.of(PathwaysProblem.INSTANCE_ID_FORMAT));
        }
        return List.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
