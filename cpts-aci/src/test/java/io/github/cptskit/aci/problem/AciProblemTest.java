package io.github.cptskit.aci.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.Problem;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cpts-aci's catalogue of problems is complete, and its messages give no command-line advice. */
class AciProblemTest {

    @Test
    void everyEntryHasBothMessagesAndEveryMessageAnEntry() {
        assertThat(Catalogue.defects(AciProblem.class, Set.of())).isEmpty();
    }

    @Test
    void libraryMessagesGiveNoCommandLineAdvice() {
        for (AciProblem p : AciProblem.values()) {
            for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                assertThat(p.template(l)).as(p.name()).doesNotContain("--");
            }
        }
    }

    @Test
    void anUnknownParameterNamesTheNearestKnownOneInBothLanguages() {
        Problem p = TariffRules.checkParameter("fonctionement.taille2", "1").get();
        assertThat(p.code()).isEqualTo("TARIFF_UNKNOWN_PARAMETER");
        assertThat(p.message(Locale.FRENCH))
                .isEqualTo("paramètre inconnu : fonctionement.taille2 (vouliez-vous dire fonctionnement.taille2 ?)");
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("unknown parameter: fonctionement.taille2 (did you mean fonctionnement.taille2?)");
    }
}
