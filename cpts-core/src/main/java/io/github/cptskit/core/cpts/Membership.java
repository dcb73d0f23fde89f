package io.github.cptskit.core.cpts;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.internal.ValueStyle;
import io.github.cptskit.core.member.Member;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A member of a CPTS with the roles it holds and the dates of its membership: the day it joined and,
 * once it has left, the day it left (its first day out). Rules evaluated as of a date see the members
 * of that date ({@link #isMemberOn}).
 *
 * <pre>{@code
 * Membership m = Membership.of(gp, LocalDate.of(2023, 1, 10), Role.PRESIDENT)
 *     .leftOn(LocalDate.of(2025, 6, 30));
 * m.isMemberOn(LocalDate.of(2025, 6, 29)); // true
 * m.isMemberOn(LocalDate.of(2025, 6, 30)); // false
 * }</pre>
 *
 * <p>An Immutables value type (decision record 0002): build it with {@link #of} or {@link #builder()},
 * change it with the generated {@code with*} methods. This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Membership implements WithMembership {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    Membership() {}

    /**
     * The member.
     *
     * @return the member
     */
    public abstract Member member();

    /**
     * Its roles.
     *
     * @return the roles, possibly none
     */
    @Value.Default
    public Seq<Role> roles() {
        return List.empty();
    }

    /**
     * The day it joined.
     *
     * @return the day
     */
    public abstract LocalDate joined();

    /**
     * The day it left (its first day out), once it has.
     *
     * @return the day, or none while a member
     */
    @Value.Default
    public Option<LocalDate> left() {
        return Option.none();
    }

    /** Checks that a member leaves after it joined. */
    @Value.Check
    protected void check() {
        if (left().exists(l -> !l.isAfter(joined()))) {
            throw new IllegalArgumentException(
                    "a member leaves after it joins: joined " + joined() + ", left " + left().get());
        }
    }

    /**
     * Whether this is a membership on a day: joined on or before it, not yet left.
     *
     * @param day the day
     * @return true if a member that day
     */
    public boolean isMemberOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !joined().isAfter(day) && left().forAll(day::isBefore);
    }

    /**
     * This membership ended on a day.
     *
     * @param day the first day out, after {@link #joined()}
     * @return a new membership
     * @throws IllegalArgumentException if the day is not after the day it joined
     */
    public Membership leftOn(LocalDate day) {
        return withLeft(Option.some(Objects.requireNonNull(day, "day")));
    }

    /**
     * A membership from a day.
     *
     * @param member the member
     * @param joined the day it joined
     * @param roles its roles
     * @return the membership
     */
    public static Membership of(Member member, LocalDate joined, Role... roles) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(roles, "roles");
        return builder().member(member).joined(joined).roles(List.of(roles)).build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Membership}; not thread-safe. */
    public static final class Builder extends ImmutableMembership.Builder {
        Builder() {}

        /**
         * Sets the roles from any {@code Iterable}, a {@code java.util.List} as well as
         * a Vavr {@code Seq} (decision record 0004).
         *
         * @param roles the roles, in order
         * @return this builder
         */
        public Builder roles(Iterable<? extends Role> roles) {
            return roles(List.<Role>ofAll(Objects.requireNonNull(roles, "roles")));
        }

        /**
         * Sets the day the member left (a java.util-friendly form of {@code left(Option.some(…))},
         * decision record 0004).
         *
         * @param left the day the member left
         * @return this builder
         */
        public Builder left(LocalDate left) {
            return left(Option.some(Objects.requireNonNull(left, "left")));
        }
    }

    /**
     * {@link #roles()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Role> rolesList() {
        return roles().asJava();
    }

    /**
     * {@link #left()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<LocalDate> leftOptional() {
        return left().toJavaOptional();
    }

    /**
     * This value with these roles from any {@code Iterable}, a {@code java.util.List} as well as
     * a Vavr {@code Seq} (decision record 0004).
     *
     * @param roles these roles, in order
     * @return a new membership
     */
    public Membership withRoles(Iterable<? extends Role> roles) {
        return withRoles(List.<Role>ofAll(Objects.requireNonNull(roles, "roles")));
    }

    /**
     * This value with the day the member left (a java.util-friendly form of {@code withLeft(Option.some(…))},
     * decision record 0004).
     *
     * @param left the day the member left
     * @return a new membership
     */
    public Membership withLeft(LocalDate left) {
        return withLeft(Option.some(Objects.requireNonNull(left, "left")));
    }
}
