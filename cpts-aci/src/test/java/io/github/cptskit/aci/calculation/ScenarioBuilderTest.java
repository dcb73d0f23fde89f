package io.github.cptskit.aci.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.TreeMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScenarioBuilderTest {

    @Test
    void theContractYearRunsFromSignaturePlusItsRankMinusOne() {
        Scenario s = Scenario.builder("s")
                .population(1)
                .signedOn(LocalDate.of(2020, 2, 29))
                .contractYear(3)
                .build()
                .get();
        assertThat(s.yearStart()).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(s.yearEnd()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(s.population()).isOne();
        assertThat(s.region()).isEmpty();
        Scenario first = Scenario.builder("f")
                .population(1)
                .signedOn(Scenario.ACCORD_IN_FORCE)
                .build()
                .get();
        assertThat(first.contractYear()).isEqualTo(1);
        assertThat(first.yearStart()).isEqualTo(LocalDate.of(2019, 8, 25));
        assertThat(first.yearEnd()).isEqualTo(LocalDate.of(2020, 8, 25));
        assertThat(Scenario.builder("h")
                        .population(1)
                        .signedOn(Scenario.ACCORD_IN_FORCE)
                        .contractYear(100)
                        .build()
                        .isValid())
                .isTrue();
    }

    @Test
    void everyProblemIsCodedAndExplained() {
        var v = Scenario.builder("bad").population(-1).contractYear(101).build().getError();
        assertThat(v.map(Problem::code))
                .containsExactly("SCENARIO_POPULATION", "SCENARIO_SIGNATURE_MISSING", "SCENARIO_CONTRACT_YEAR");
        assertThat(v.map(Problem::messageEn))
                .containsExactly(
                        "population missing, zero or negative for bad: -1 (a CPTS serves at least one inhabitant)",
                        "signature date missing for bad",
                        "invalid contract year: 101 (1 to 100)");
        assertThat(v.map(Problem::messageFr))
                .containsExactly(
                        "population manquante, nulle ou négative pour bad : -1 (une CPTS couvre au moins un habitant)",
                        "date de signature manquante pour bad",
                        "année de contrat invalide : 101 (1 à 100)");
        var before = Scenario.builder("old")
                .population(1)
                .signedOn(LocalDate.of(2019, 8, 24))
                .build()
                .getError();
        assertThat(before.single().messageEn())
                .isEqualTo("signature on 2019-08-24 before the ACI came into force (2019-08-25)");
        assertThat(before.single().messageFr())
                .isEqualTo("signature le 2019-08-24 avant l'entrée en vigueur de l'ACI (2019-08-25)");
        assertThat(Scenario.builder("none").build().getError().map(Problem::code))
                .containsExactly("SCENARIO_POPULATION", "SCENARIO_SIGNATURE_MISSING");
    }

    @Test
    void aMissionCannotStartBeforeSignature() {
        LocalDate sig = LocalDate.of(2023, 3, 1);
        var v = Scenario.builder("m")
                .population(1)
                .signedOn(sig)
                .mission(Mission.ACCES, sig.minusDays(1), Achievement.FULL)
                .mission(Mission.PARCOURS, sig, Achievement.FULL)
                .build()
                .getError();
        assertThat(v.single().code()).isEqualTo("SCENARIO_MISSION_BEFORE_SIGNATURE");
        assertThat(v.single().messageEn())
                .isEqualTo("mission acces starts on 2023-02-28, before the signature (2023-03-01)");
        assertThat(v.single().messageFr())
                .isEqualTo("la mission acces démarre le 2023-02-28, avant la signature (2023-03-01)");
    }

    @Test
    void withoutSignatureMissionDatesAreNotCompared() {
        var v = Scenario.builder("nosig")
                .population(1)
                .mission(Mission.ACCES, LocalDate.of(2023, 1, 1), Achievement.FULL)
                .build()
                .getError();
        assertThat(v.map(Problem::code)).containsExactly("SCENARIO_SIGNATURE_MISSING");
    }

    @Test
    void aTerritoryGivesPopulationAndRegion() {
        Territory gex =
                CommuneRegistry.bundled().territory(java.util.List.of("01173")).get();
        Scenario s = Scenario.builder("gex")
                .territory(gex)
                .signedOn(LocalDate.of(2023, 1, 1))
                .build()
                .get();
        assertThat(s.population()).isEqualTo(gex.population()).isPositive();
        assertThat(s.region()).isEqualTo("84");
        var empty = Scenario.builder("e")
                .region("11")
                .territory(Territory.empty())
                .signedOn(LocalDate.of(2023, 1, 1))
                .build();
        assertThat(empty.getError().map(Problem::code))
                .as("a territory without inhabitants is not paid")
                .containsExactly("SCENARIO_POPULATION");
    }

    @Test
    void theBuilderKeepsRegionMissionsAndAchievements() {
        Scenario s = Scenario.builder("r")
                .population(5)
                .region("84")
                .signedOn(LocalDate.of(2023, 1, 1))
                .mission(
                        Mission.ACCES,
                        LocalDate.of(2023, 2, 1),
                        Achievement.parse("0.4").get())
                .build()
                .get();
        assertThat(s.id()).isEqualTo("r");
        assertThat(s.region()).isEqualTo("84");
        assertThat(s.missions()).isEqualTo(TreeMap.of(Mission.ACCES, LocalDate.of(2023, 2, 1)));
        assertThat(s.achievements().get(Mission.ACCES))
                .contains(Achievement.parse("0.4").get());
        Scenario other = s.withAchievements(TreeMap.of(Mission.ACCES, Achievement.FULL));
        assertThat(other.achievements().get(Mission.ACCES)).contains(Achievement.FULL);
        assertThat(other.missions()).isEqualTo(s.missions());
        assertThat(other.signature()).isEqualTo(s.signature());
        assertThat(other.population()).isEqualTo(5);
        assertThatNullPointerException().isThrownBy(() -> Scenario.builder("x").region(null));
        assertThatNullPointerException().isThrownBy(() -> Scenario.builder(null));
    }
}
