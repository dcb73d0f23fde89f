package io.github.cptskit.core.membership;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One rule a CPTS must meet, evaluated as of a date, so that a CPTS is judged by the law in force
 * then. Users add their own (an ARS's local requirements) and compose them in a {@link RuleSet}.
 *
 * <pre>{@code
 * MembershipRule pharmacist = (cpts, asOf, others) -> cpts.members().exists(m -> ...) ? List.empty()
 *     : List.of(Problem.warning("ARS_PHARMACIST", "…", "no pharmacist member"));
 * }</pre>
 */
@FunctionalInterface
public interface MembershipRule {

    /**
     * Evaluates the rule.
     *
     * @param cpts the CPTS
     * @param asOf the day whose law applies
     * @param others the other CPTS (for overlaps), may be empty
     * @return the violations, empty if the rule is met
     */
    Seq<Problem> evaluate(Cpts cpts, LocalDate asOf, Seq<Cpts> others);

    /**
     * Evaluates the rule against other CPTS given as any {@code Iterable}, a {@code java.util.List} as
     * well as a Vavr {@code Seq} (decision record 0004).
     *
     * @param cpts the CPTS
     * @param asOf the day whose law applies
     * @param others the other CPTS (for overlaps), may be empty
     * @return the violations, empty if the rule is met
     */
    default Seq<Problem> evaluate(Cpts cpts, LocalDate asOf, Iterable<? extends Cpts> others) {
        return evaluate(cpts, asOf, io.vavr.collection.List.<Cpts>ofAll(Objects.requireNonNull(others, "others")));
    }

    /**
     * {@link #evaluate(Cpts, LocalDate, Iterable)} as an unmodifiable {@code java.util.List}, in the same
     * order (decision record 0004).
     *
     * @param cpts the CPTS
     * @param asOf the day whose law applies
     * @param others the other CPTS (for overlaps), may be empty
     * @return the violations, empty if the rule is met
     */
    default java.util.List<Problem> evaluateList(Cpts cpts, LocalDate asOf, Iterable<? extends Cpts> others) {
        return evaluate(cpts, asOf, others).asJava();
    }
}
