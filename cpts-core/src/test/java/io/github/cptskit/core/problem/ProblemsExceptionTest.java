package io.github.cptskit.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Results.orElseThrow gives the value or one ProblemsException with every problem, in French or English. */
class ProblemsExceptionTest {

    @Test
    void everyProblemOfARefusedInputIsCarried() {
        // three unknown commune codes: three problems, where .get() threw NoSuchElementException
        var result = CommuneRegistry.bundled().territory(java.util.List.of("01173", "99999", "98888", "2A999"));
        assertThat(result.getError()).hasSizeGreaterThanOrEqualTo(3);
        assertThatThrownBy(() -> Results.orElseThrow(result)).isInstanceOfSatisfying(ProblemsException.class, e -> {
            assertThat(e.problems()).isEqualTo(result.getError());
            assertThat(e.problemList()).isEqualTo(result.getError().toJavaList());
            assertThat(e.codes()).isEqualTo(result.getError().map(Problem::code).toJavaList());
            for (Problem p : result.getError()) {
                assertThat(e.getMessage()).contains(p.messageEn());
                assertThat(e.getMessage(Locale.FRENCH)).contains(p.messageFr());
            }
            assertThat(e.getMessage()).startsWith(result.getError().size() + " problems:");
            assertThat(e.getMessage(Locale.FRANCE)).startsWith(result.getError().size() + " problèmes :");
        });
        assertThat(Results.problems(result)).isEqualTo(result.getError().toJavaList());
        assertThat(Results.value(result)).isEmpty();
    }

    @Test
    void aValidResultGivesItsValue() {
        Territory gex = Results.orElseThrow(CommuneRegistry.bundled().territory(java.util.List.of("01173")));
        assertThat(gex.size()).isEqualTo(1);
        assertThat(Results.orElseThrow(Rpps.parse("10002909371"))).isEqualTo(Rpps.of("10002909371"));
        assertThat(Results.value(Achievement.parse("50%")))
                .contains(Achievement.parse("0.5").get());
        assertThat(Results.problems(Achievement.parse("50%"))).isEmpty();
    }

    @Test
    void theMessageFollowsTheLocaleWithEnglishByDefault() {
        Problem p = Problem.error("RPPS_KEY", "clé de contrôle RPPS invalide", "invalid RPPS check digit")
                .withReference(LegalReference.of("ANS, FAQ RPPS", "format de l'identifiant"));
        ProblemsException e = new ProblemsException(List.of(p));
        assertThat(e.getMessage()).isEqualTo("1 problem:" + System.lineSeparator() + "  " + p.format(Locale.ENGLISH));
        assertThat(e.getMessage(Locale.FRENCH))
                .isEqualTo("1 problème :" + System.lineSeparator() + "  " + p.format(Locale.FRENCH));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage(Locale.FRENCH));
            assertThat(e.toString()).contains("clé de contrôle RPPS invalide");
            Locale.setDefault(Locale.GERMANY);
            assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void programmerErrorsFailFast() {
        assertThatThrownBy(() -> new ProblemsException(List.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> new ProblemsException(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("problems");
        assertThatThrownBy(() -> new ProblemsException(java.util.Arrays.asList((Problem) null)))
                .isInstanceOf(NullPointerException.class);
        ProblemsException e = new ProblemsException(List.of(Problem.error("X", "x", "x")));
        assertThatThrownBy(() -> e.getMessage(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
        assertThatThrownBy(() -> e.problemList().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyProblemsAreAllCarriedInOrder() {
        qt().forAll(
                        lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 12))
                                .ofSizeBetween(1, 20),
                        integers().between(0, 1))
                .checkAssert((codes, warn) -> {
                    List<Problem> problems = List.ofAll(codes)
                            .zipWithIndex()
                            .map(t -> warn == 1 && t._2 % 2 == 0
                                    ? Problem.warning("C" + t._2, "fr " + t._1, "en " + t._1)
                                    : Problem.error("C" + t._2, "fr " + t._1, "en " + t._1));
                    Validation<io.vavr.collection.Seq<Problem>, String> v = Validation.invalid(problems);
                    ProblemsException e = null;
                    try {
                        Results.orElseThrow(v);
                    } catch (ProblemsException thrown) {
                        e = thrown;
                    }
                    assertThat(e).isNotNull();
                    assertThat(e.problems()).isEqualTo(problems);
                    String[] lines = e.getMessage(Locale.FRENCH).split(System.lineSeparator());
                    assertThat(lines).hasSize(problems.size() + 1);
                    for (int i = 0; i < problems.size(); i++) {
                        assertThat(lines[i + 1])
                                .isEqualTo("  " + problems.get(i).format(Locale.FRENCH));
                    }
                });
    }
}
