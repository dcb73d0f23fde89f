package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The path of a declared parameter is asked with exactly what its scope needs; the size-band
 * thresholds exist for bands 2 to 4 only and are read as populations.
 */
class ParameterPathsTest {

    @Test
    void aPathIsAskedWithWhatItsScopeNeedsOrRefused() {
        assertThat(Parameter.ADVANCE_PERCENT.path()).isEqualTo("paiement.avance.pourcentage");
        assertThat(Parameter.CEILING.path(SizeBand.TAILLE_2)).isEqualTo("plafond.taille2");
        assertThat(Parameter.MISSION_MANDATORY.path(MissionKey.ACCES)).isEqualTo("missions.acces.obligatoire");
        assertThat(Parameter.MISSION_FIXED.path(MissionKey.ACCES, SizeBand.TAILLE_2))
                .isEqualTo("missions.acces.fixe.taille2");
        // Otherwise the name would come back with its placeholder, a path no text sets.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameter.ADVANCE_PERCENT.path(SizeBand.TAILLE_2))
                .withMessage("paiement.avance.pourcentage is set global, not band");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameter.MISSION_FIXED.path(MissionKey.ACCES))
                .withMessage("missions.{mission}.fixe.{taille} is set mission_band, not mission");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Parameter.MISSION_MANDATORY.path(MissionKey.ACCES, SizeBand.TAILLE_2))
                .withMessage("missions.{mission}.obligatoire is set mission, not mission_band");
    }

    @Test
    void aParameterShowsAsItsName() {
        assertThat(Parameter.MISSION_FIXED).hasToString("missions.{mission}.fixe.{taille}");
        assertThat(Parameter.all()).allMatch(p -> p.toString().equals(p.name()));
    }

    @Test
    void thereIsNoThresholdForTheFirstBand() {
        // Taille 1 begins at zero inhabitants: a threshold for it is an unknown name, not a figure.
        Problem p = TariffRules.checkParameter("tailles.seuil.taille1", "1000").get();
        assertThat(p.code()).isEqualTo("TARIFF_UNKNOWN_PARAMETER");
        assertThat(TariffRules.checkParameter("tailles.seuil.taille2", "1000")).isEmpty();
        assertThat(TariffRules.checkParameter("tailles.seuil.taille4", "1000")).isEmpty();
    }

    @Test
    void aThresholdATextSetsIsReadAsAPopulation() {
        LocalDate from = LocalDate.of(2027, 1, 1);
        RuleText mine = TariffRules.read(
                        new StringReader("{\"version\": \"mine\", \"title\": \"Mine\", \"effective\": \"" + from
                                + "\", \"parameters\": {\"tailles.seuil.taille2\": 50000}}"),
                        "mine.json")
                .get();
        Tariff t = TariffRules.bundled().plus(mine).get().on(from).get();
        assertThat(t.value(Parameter.BAND_THRESHOLD, SizeBand.TAILLE_2)).isEqualTo(50_000L);
    }
}
