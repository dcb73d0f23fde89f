package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TariffRulesTest {

    private final TariffRules rules = TariffRules.bundled();

    @Test
    void bundledRulesHaveBothTextsInDateOrder() {
        assertThat(rules.versions()).containsExactly("accord-2019", "avenant-2");
        assertThat(rules.on(LocalDate.of(2019, 8, 24)).getError().map(Problem::code))
                .containsExactly("TARIFF_NOT_IN_FORCE");
    }

    @Test
    void confirmedFiguresAreThoseOfTheReference() {
        Tariff t2019 = rules.on(LocalDate.of(2020, 1, 1)).get();
        assertThat(t2019.fonctionnementCents(SizeBand.TAILLE_1)).isEqualTo(5_000_000L);
        assertThat(t2019.fonctionnementCents(SizeBand.TAILLE_4)).isEqualTo(9_000_000L);
        assertThat(t2019.ceilingCents(SizeBand.TAILLE_3)).isEqualTo(37_000_000L);
        assertThat(t2019.inForce(Mission.CRISES)).isFalse();
        assertThat(t2019.advancePercent()).isEqualTo(75);
        Tariff t2022 = rules.on(LocalDate.of(2022, 4, 1)).get();
        assertThat(t2022.ceilingCents(SizeBand.TAILLE_4)).isEqualTo(58_000_000L);
        assertThat(t2022.mandatory(Mission.CRISES)).isTrue();
        assertThat(t2022.startMonths(Mission.CRISES)).isEqualTo(6);
        assertThat(t2022.source("plafond.taille4").confidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void unconfirmedAndEstimatedFiguresAreListed() {
        Tariff t = rules.on(LocalDate.of(2024, 1, 1)).get();
        assertThat(t.unconfirmedParameters())
                .contains("missions.acces.fixe.taille1", "missions.crises.variable.taille4", "paiement.prorata.methode")
                .doesNotContain("fonctionnement.taille1");
    }

    @Test
    void consistencyCheckReportsTheGapUnderTheTaille4Ceiling() {
        // accord 2019 maxima add up to each ceiling by construction of the estimate; after avenant 2
        // taille 4 adds to 575,000 under a confirmed ceiling of 580,000: reported, not hidden.
        assertThat(rules.check().map(p -> p.code() + " " + p.messageEn()))
                .singleElement()
                .asString()
                .startsWith("TARIFF_BELOW_CEILING avenant-2, band 4");
    }

    @Test
    void aUserReplacesAFigureInOneStep() {
        TariffRules mine = rules.with("missions.acces.fixe.taille2", "40000").get();
        Tariff t = mine.on(LocalDate.of(2025, 1, 1)).get();
        assertThat(t.fixedCents(Mission.ACCES, SizeBand.TAILLE_2)).isEqualTo(4_000_000L);
        assertThat(t.source("missions.acces.fixe.taille2").confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        assertThat(rules.with("missions.nope.fixe.taille2", "1").getError().map(Problem::code))
                .containsExactly("TARIFF_UNKNOWN_PARAMETER");
        assertThat(rules.with("fonctionnement.taille1", "-3").getError().map(Problem::code))
                .containsExactly("TARIFF_BAD_VALUE");
        assertThat(rules.upTo("accord-2019").get().versions()).containsExactly("accord-2019");
        assertThat(rules.upTo("avenant-9").getError().map(Problem::code)).containsExactly("TARIFF_UNKNOWN_VERSION");
    }

    @Test
    void aBlankTitleOrVersionIsAProblemNotAnException() {
        // Found by fuzzing (issue #8): a blank title threw IllegalArgumentException from LegalReference.
        String json = "{\"version\": \" \", \"title\": \"\", \"effective\": \"2025-01-01\"}";
        var v = TariffRules.read(new StringReader(json), "blank.json");
        assertThat(v.getError().map(p -> p.code() + " " + p.location().get().path()))
                .containsExactly("TARIFF_BLANK_FIELD version", "TARIFF_BLANK_FIELD title");
        assertThat(v.getError().head().messageFr()).contains("vide");
    }

    @Test
    void aMalformedUserFileGetsFileLineColumnAndPath() {
        String json = "{\n  \"version\": \"mine\",\n  \"title\": \"My contract\",\n  \"effective\": \"2025-02-30\",\n"
                + "  \"parameters\": {\n    \"fonctionnement.taille1\": {\"article\": \"x\"}\n  }\n}\n";
        var v = TariffRules.read(new StringReader(json), "mine.json");
        assertThat(v.getError().map(p -> p.code() + "@" + p.location().get()))
                .containsExactly(
                        "TARIFF_BAD_DATE@mine.json:4:16 (effective)",
                        "TARIFF_MISSING_VALUE@mine.json:6:31 (parameters.fonctionnement.taille1)");
        var syntax = TariffRules.read(new StringReader("{\"version\": }"), "broken.json");
        assertThat(syntax.getError().head().code()).isEqualTo("TARIFF_SYNTAX");
        assertThat(syntax.getError().head().location().get().line()).isEqualTo(1);
    }

    @Test
    void aMisspeltOrUnknownParameterInAFileIsAnErrorWithItsPlace() {
        String json = "{\"version\": \"reform\", \"title\": \"Reform\", \"effective\": \"2027-01-01\",\n"
                + "\"parameters\": {\"fonctionement.taille2\": 70000,\n"
                + "\"missions.sante_mentale.fixe.taille1\": {\"value\": 10000}}}";
        var v = TariffRules.read(new StringReader(json), "reform.json");
        assertThat(v.getError().map(p -> p.code() + "@" + p.location().get() + " " + p.messageEn()))
                .containsExactly(
                        "TARIFF_UNKNOWN_PARAMETER@reform.json:2:41 (parameters.fonctionement.taille2) unknown parameter:"
                                + " fonctionement.taille2 (did you mean fonctionnement.taille2?)",
                        "TARIFF_UNKNOWN_PARAMETER@reform.json:3:40 (parameters.missions.sante_mentale.fixe.taille1)"
                                + " unknown parameter: missions.sante_mentale.fixe.taille1");
    }

    @Test
    void aUserLayerMissingAParameterOfANewMissionNamesIt() {
        String json =
                "{\"version\": \"reform\", \"title\": \"Reform\", \"effective\": \"2027-01-01\", \"parameters\": {"
                        + "\"missions.qualite.obligatoire\": 1}}";
        RuleText reform =
                TariffRules.read(new StringReader(json), "reform.json").get();
        var on = rules.plus(reform).get().on(LocalDate.of(2027, 6, 1));
        assertThat(on.getError().map(p -> p.code() + " " + p.location().get().path()))
                .contains("TARIFF_MISSING_PARAMETER missions.qualite.demarrage.mois");
    }
}
