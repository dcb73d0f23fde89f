package io.github.cptskit.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.internal.CoreLabel;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cpts-core's catalogue of problems is complete, and what it writes is French or English throughout. */
class CoreProblemTest {

    @Test
    void everyEntryHasBothMessagesAndEveryMessageAnEntry() {
        assertThat(Catalogue.defects(CoreProblem.class, Set.of())).isEmpty();
    }

    @Test
    void everyLabelIsInBothLanguages() {
        for (CoreLabel l : CoreLabel.values()) {
            assertThat(l.text(Locale.FRENCH)).as(l.name()).isNotBlank().isNotEqualTo(l.text(Locale.ENGLISH));
        }
        assertThat(Catalogue.keys(CoreLabel.class.getModule(), CoreLabel.BUNDLE, Locale.FRENCH))
                .containsExactlyInAnyOrderElementsOf(
                        Catalogue.keys(CoreLabel.class.getModule(), CoreLabel.BUNDLE, Locale.ENGLISH))
                .hasSize(CoreLabel.values().length);
    }

    @Test
    void aCatalogueProblemCarriesItsCodeSeverityMessagesAndReference() {
        Problem p = Problem.of(CoreProblem.RPPS_KEY, "10002909372");
        assertThat(p.code()).isEqualTo("RPPS_KEY");
        assertThat(p.isError()).isTrue();
        assertThat(p.message(Locale.FRENCH))
                .isEqualTo("clé de contrôle (Luhn) invalide pour le numéro RPPS 10002909372");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("invalid check digit (Luhn) for RPPS number 10002909372");
        assertThat(p.reference()).contains(Rpps.REFERENCE);
        assertThat(p.format(Locale.FRENCH)).startsWith("erreur RPPS_KEY: clé de contrôle");
        assertThat(Problem.of(CoreProblem.TERRITORY_OVERLAP, "CPTS Sud", "59350")
                        .format(Locale.FRENCH))
                .startsWith("avertissement TERRITORY_OVERLAP: communes partagées avec « CPTS Sud » : 59350");
    }

    @Test
    void labelsAreWrittenInEachMessagesLanguage() {
        Problem p = Problem.of(
                CoreProblem.RNA_CHARACTER,
                'X',
                1,
                io.github.cptskit.core.internal.identifier.IdentifierRules.CharClass.W);
        assertThat(p.message(Locale.FRENCH))
                .isEqualTo("numéro RNA : caractère « X » en position 1 (la lettre W attendu)");
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("RNA number: character 'X' at position 1 (the letter W expected)");
    }

    @Test
    void theMarkdownTableListsEveryEntry() {
        String table = Catalogue.markdown(CoreProblem.class);
        assertThat(table.lines().count()).isEqualTo(CoreProblem.values().length + 2L);
        assertThat(table).contains("| `MEMBER_DUPLICATE` | erreur / error | membre listé plusieurs fois : {0} |");
    }
}
