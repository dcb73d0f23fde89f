package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.internal.Pseudonymity;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Who recorded an event: a pseudonymous actor reference, the host's opaque key for a user or a
 * system ({@code usr-4411}, {@code system:deadline-scheduler}); never a name. 1 to 64 letters, digits
 * or {@code - _ . :}; a NIR-shaped value is refused.
 *
 * @param value the opaque reference
 */
public record ActorRef(String value) {

    /** The author of deadline expiries appended by {@code store.DeadlineScheduler}. */
    public static final ActorRef SCHEDULER = new ActorRef("system:deadline-scheduler");

    /** The author given to events read from a format-1 log, which did not record one. */
    public static final ActorRef UNKNOWN = new ActorRef("unknown");

    /**
     * Checks the value; use {@link #parse} for untrusted input.
     *
     * @param value the opaque reference
     */
    public ActorRef {
        Objects.requireNonNull(value, "value");
        if (!problems(value).isEmpty()) {
            throw new IllegalArgumentException("not a pseudonymous actor reference");
        }
    }

    /**
     * @param text the reference
     * @return the reference, or the problem {@code ACTOR_REF_FORMAT} or {@code ACTOR_REF_LOOKS_LIKE_NIR}, {@code ACTOR_REF_LOOKS_PERSONAL}
     */
    public static Validation<Seq<Problem>, ActorRef> parse(String text) {
        Objects.requireNonNull(text, "text");
        Seq<Problem> p = problems(text);
        return p.isEmpty() ? Validation.valid(new ActorRef(text)) : Validation.invalid(p);
    }

    private static Seq<Problem> problems(String text) {
        Pseudonymity.Kind personal = Pseudonymity.personal(text);
        if (personal != Pseudonymity.Kind.NONE) {
            return List.of(Problem.of(
                    personal == Pseudonymity.Kind.NIR
                            ? PathwaysProblem.ACTOR_REF_LOOKS_LIKE_NIR
                            : PathwaysProblem.ACTOR_REF_LOOKS_PERSONAL));
        }
        if (!Pseudonymity.isToken(text)) {
            return List.of(Problem.of(PathwaysProblem.ACTOR_REF_FORMAT));
        }
        return List.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
