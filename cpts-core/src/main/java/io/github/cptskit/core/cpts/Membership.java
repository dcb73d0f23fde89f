package io.github.cptskit.core.cpts;

import io.github.cptskit.core.member.Member;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A member of a CPTS with the roles it holds.
 *
 * @param member the member
 * @param roles its roles
 */
public record Membership(Member member, Seq<Role> roles) {
    /** Checks the components. */
    public Membership {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(roles, "roles");
    }
}
