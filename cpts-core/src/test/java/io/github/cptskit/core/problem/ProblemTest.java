package io.github.cptskit.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cptskit.core.law.LegalReference;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a problem reads where users see it: the command line, logs, an EHR's message list. */
class ProblemTest {

    private static final LegalReference L1434_12 =
            LegalReference.of("Code de la santé publique", "art. L.1434-12").withDate(LocalDate.of(2016, 1, 26));

    @Test
    void locationsReadAsFileLineColumnAndField() {
        assertThat(Location.of("cpts.json", 3, 14)).hasToString("cpts.json:3:14");
        assertThat(Location.of("cpts.json", 3, 0)).hasToString("cpts.json:3");
        assertThat(Location.of("cpts.json", 0, 0)).hasToString("cpts.json");
        assertThat(Location.of("cpts.json", 0, 7))
                .as("a column without its line means nothing")
                .hasToString("cpts.json");
        Location field = Location.of("rules.json", 2, 5).withPath("missions.acces.fixe");
        assertThat(field).hasToString("rules.json:2:5 (missions.acces.fixe)");
        assertThat(field.path()).isEqualTo("missions.acces.fixe");
        assertThat(field.line()).isEqualTo(2);
        assertThat(field.column()).isEqualTo(5);
        assertThat(Location.of("a", 1, 1)).isEqualTo(new Location("a", 1, 1, ""));
    }

    @Test
    void linesAndColumnsAreOneBasedOrZero() {
        assertThat(new Location("f", 0, 0, "").line()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> Location.of("f", -1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Location.of("f", 1, -1));
    }

    @Test
    void aProblemReadsInTheUsersLanguageWithWhereAndWhy() {
        Problem p = Problem.error("MEMBER_NO_GP", "aucun médecin généraliste", "no general practitioner")
                .withReference(L1434_12)
                .at(Location.of("cpts.json", 4, 2));
        assertThat(p.message(Locale.FRENCH)).isEqualTo("aucun médecin généraliste");
        assertThat(p.message(Locale.CANADA_FRENCH)).isEqualTo("aucun médecin généraliste");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("no general practitioner");
        assertThat(p.message(Locale.GERMAN)).as("English otherwise").isEqualTo("no general practitioner");
        assertThat(p.format(Locale.FRENCH))
                .isEqualTo("cpts.json:4:2: erreur MEMBER_NO_GP: aucun médecin généraliste"
                        + " [Code de la santé publique, art. L.1434-12 (2016-01-26)]");
        assertThat(p)
                .hasToString("cpts.json:4:2: error MEMBER_NO_GP: no general practitioner"
                        + " [Code de la santé publique, art. L.1434-12 (2016-01-26)]");
        Problem w = Problem.warning("OVERLAP", "chevauchement", "overlap");
        assertThat(w.isError()).isFalse();
        assertThat(p.isError()).isTrue();
        assertThat(w).hasToString("warning OVERLAP: overlap");
        assertThat(w.location()).isEmpty();
        assertThat(w.at(Location.of("x", 1, 1)).location()).contains(Location.of("x", 1, 1));
    }

    @Test
    void aCitationNamesTheTextThenTheArticleThenTheDate() {
        LegalReference accord = LegalReference.of("Accord conventionnel interprofessionnel CPTS", "");
        assertThat(accord.citation()).isEqualTo("Accord conventionnel interprofessionnel CPTS");
        assertThat(accord.withDate(LocalDate.of(2019, 8, 20)))
                .hasToString("Accord conventionnel interprofessionnel CPTS (2019-08-20)");
        assertThat(L1434_12.date()).contains(LocalDate.of(2016, 1, 26));
        LegalReference online =
                L1434_12.withUrl("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031930136");
        assertThat(online.url()).contains("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031930136");
        assertThat(online.citation())
                .as("the address is not part of the citation")
                .isEqualTo(L1434_12.citation());
        assertThatIllegalArgumentException().isThrownBy(() -> LegalReference.of(" ", "art. 1"));
    }
}
