package io.github.cptskit.apirules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.apirules.fixture.Good;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checker finds each breach of decision record 0004 in a fixture, and none where it is followed. */
class ApiRulesTest {

    private static ApiRules fixtures() throws URISyntaxException {
        Path root = Path.of(
                Good.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ApiRules.of(root, Set.of("io.github.cptskit.apirules.fixture"), Good.class.getClassLoader());
    }

    @Test
    void findsEveryBreachAndOnlyThem() throws Exception {
        assertThat(fixtures().violations())
                .containsExactly(
                        "Bad.hidden(): no java.util view hiddenOptional(…) returning java.util.Optional",
                        "Bad.lines(): no java.util view linesList(…) returning java.util.List",
                        "Bad.name(): no java.util view nameOptional(…) returning java.util.Optional",
                        "Bad.next(): an Either is Either<Rejection, T>, not io.vavr.control.Either"
                                + "<io.github.cptskit.core.problem.Problem, io.github.cptskit.apirules.fixture.Bad>",
                        "Bad.pair(): returns io.vavr.Tuple2, which has no java.util view",
                        "Bad.parse(String): a Validation is Validation<Seq<Problem>, T>, not io.vavr.control.Validation"
                                + "<io.github.cptskit.core.problem.Problem, io.github.cptskit.apirules.fixture.Bad>",
                        "Bad.steps(): no java.util view stepsList(…) returning java.util.List",
                        "Bad.totals(): no java.util view totalsMap(…) returning java.util.Map",
                        "Bad.withDate(Option): takes Option and has no overload taking a plain value, a java.util"
                                + " type or an Iterable",
                        "Bad.withDate(Option, int): takes Option and has no overload taking a plain value, a"
                                + " java.util type or an Iterable",
                        "Bad.withSirets(Seq): takes Seq and has no overload taking a plain value, a java.util type"
                                + " or an Iterable");
    }

    @Test
    void countsTheMethodsReturningVavr() throws Exception {
        List<String> returning = fixtures().returningVavr();
        assertThat(returning)
                .contains("Good.name()", "Good.lines(int)", "Good.codes()", "Good.parse(String)", "Good.next()")
                .contains("Bad.lines()", "Bad.pair()")
                .noneMatch(m -> m.startsWith("Bad$Inner"));
    }

    @Test
    void anExemptionNeedsAReasonAndAMethod() throws Exception {
        ApiRules rules = fixtures().except("Bad.pair()", "a fixture: the pair is the point");
        assertThat(rules.violations()).noneMatch(v -> v.startsWith("Bad.pair()"));
        assertThat(fixtures().except("Bad.gone()", "was removed").violations())
                .contains("Bad.gone(): exempted, but no such exported method");
        assertThatThrownBy(() -> fixtures().except("Bad.pair()", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assertFollowedListsEveryBreach() throws Exception {
        assertThatThrownBy(() -> fixtures().assertFollowed())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("11 exported method(s) break decision record 0004:")
                .hasMessageContaining("Bad.withSirets(Seq)");
    }

    @Test
    void readsTheExportedPackagesFromTheModuleDescriptor() {
        // A class without a module-info.class beside it is not a module's anchor.
        assertThatThrownBy(() -> ApiRules.of(ApiRulesTest.class)).isInstanceOf(java.io.UncheckedIOException.class);
    }
}
