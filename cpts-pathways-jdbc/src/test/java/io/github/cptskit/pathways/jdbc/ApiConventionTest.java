package io.github.cptskit.pathways.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.apirules.ApiRules;
import org.junit.jupiter.api.Test;

/**
 * Every exported method of cpts-pathways-jdbc follows decision record 0004 (issue #24): a java.util view beside
 * each Vavr result, one result shape, a java.util overload beside each Vavr parameter.
 */
class ApiConventionTest {

    @Test
    void everyExportedMethodFollowsDecisionRecord0004() {
        ApiRules rules = ApiRules.of(PostgresEventStore.class);
        assertThat(rules.returningVavr()).hasSizeGreaterThanOrEqualTo(1);
        rules.assertFollowed();
    }
}
