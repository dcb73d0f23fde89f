package io.github.cptskit.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.apirules.ApiRules;
import org.junit.jupiter.api.Test;

/**
 * Every exported method of cpts-core follows decision record 0004 (issue #24): a java.util view beside
 * each Vavr result, one result shape, a java.util overload beside each Vavr parameter.
 */
class ApiConventionTest {

    @Test
    void everyExportedMethodFollowsDecisionRecord0004() {
        ApiRules rules = ApiRules.of(CoreProblem.class)
                .except(
                        "Idnps.professional()",
                        "a union of the two identifiers, not a result: java.util readers use rppsOptional() and"
                                + " value()")
                .except("ProblemsException.problems()", "its java.util view is problemList(), named before the rule");
        assertThat(rules.returningVavr()).hasSizeGreaterThan(80);
        rules.assertFollowed();
    }
}
