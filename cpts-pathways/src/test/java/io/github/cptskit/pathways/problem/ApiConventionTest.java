package io.github.cptskit.pathways.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.apirules.ApiRules;
import org.junit.jupiter.api.Test;

/**
 * Every exported method of cpts-pathways follows decision record 0004 (issue #24): a java.util view beside
 * each Vavr result, one result shape, a java.util overload beside each Vavr parameter.
 */
class ApiConventionTest {

    @Test
    void everyExportedMethodFollowsDecisionRecord0004() {
        ApiRules rules = ApiRules.of(PathwaysProblem.class)
                .except(
                        "Field.check(String, Option)",
                        "being reworked for typed command data (issue #24, item 2): its java.util form comes with"
                                + " that change");
        assertThat(rules.returningVavr()).hasSizeGreaterThanOrEqualTo(50);
        rules.assertFollowed();
    }
}
