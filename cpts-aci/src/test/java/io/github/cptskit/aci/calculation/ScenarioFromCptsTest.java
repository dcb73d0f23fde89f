package io.github.cptskit.aci.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue #16: a scenario from a registered CPTS, structured payments, nonsense refused. */
class ScenarioFromCptsTest {

    private static final Territory GEX = CommuneRegistry.bundled()
            .territory(java.util.List.of("01173", "01160", "01419"))
            .get();
    private static final LocalDate SIGNED = LocalDate.of(2023, 3, 1);

    private static Cpts signed() {
        Lifecycle l = Lifecycle.start(LocalDate.of(2022, 1, 10))
                .submitProjet(LocalDate.of(2022, 9, 1))
                .get()
                .arsApproves(LocalDate.of(2022, 11, 1))
                .get()
                .signAci(SIGNED)
                .get();
        return Cpts.of("CPTS du Pays de Gex", GEX, LocalDate.of(2022, 1, 10))
                .withLifecycle(l)
                .withMissionStarted(CptsMission.ACCES, LocalDate.of(2023, 6, 1))
                .withMissionStarted(CptsMission.PARCOURS, LocalDate.of(2024, 1, 15))
                .withMissionStarted(CptsMission.PREVENTION, LocalDate.of(2024, 1, 15))
                .withMissionStarted(CptsMission.CRISES, LocalDate.of(2023, 9, 1));
    }

    @Test
    void theContractYearIsWorkedOutFromTheSignatureTypedOnce() {
        Scenario first =
                Scenario.builder(signed(), LocalDate.of(2024, 2, 29)).build().get();
        assertThat(first.contractYear()).isEqualTo(1);
        assertThat(first.signature()).isEqualTo(SIGNED);
        Scenario second =
                Scenario.builder(signed(), LocalDate.of(2024, 3, 1)).build().get();
        assertThat(second.contractYear()).isEqualTo(2);
        assertThat(second.population()).isEqualTo(GEX.population());
        assertThat(second.region()).isEqualTo("84");
        assertThat(second.id()).isEqualTo("CPTS du Pays de Gex");
        assertThat(second.missions().keySet())
                .containsExactly(Mission.ACCES, Mission.PARCOURS, Mission.PREVENTION, Mission.CRISES);
        assertThat(second.achievements()).isEmpty();
        assertThat(second.warnings().map(Problem::code)).containsOnly("SCENARIO_ACHIEVEMENT_MISSING");
        assertThat(second.warningsList()).hasSize(4);
    }

    @Test
    void aStartedMissionWithoutAnAchievementIsAWarningNeverASilentZero() {
        Scenario s = Scenario.builder(signed(), LocalDate.of(2024, 6, 1))
                .achievement(Mission.ACCES, Achievement.FULL)
                .achievement(Mission.CRISES, Achievement.NONE)
                .build()
                .get();
        // PARCOURS and PREVENTION started on 2024-01-15 without an achievement: reported by the scenario
        assertThat(s.warnings().map(p -> p.message(Locale.ENGLISH)))
                .containsExactly(
                        "mission parcours started on 2024-01-15 has no achievement: its variable part counts 0"
                                + " until the achievement of its indicators is given",
                        "mission prevention started on 2024-01-15 has no achievement: its variable part counts 0"
                                + " until the achievement of its indicators is given");
        assertThat(s.warnings().head().message(Locale.FRENCH))
                .isEqualTo("la mission parcours commencée le 2024-01-15 n'a pas de taux de réalisation : sa part"
                        + " variable compte 0 tant que la réalisation de ses indicateurs n'est pas donnée");
        // … and by the remuneration, beside its other warnings; an explicit 0 (CRISES) is no warning.
        Remuneration r =
                RemunerationCalculator.of(TariffRules.bundled()).calculate(s).get();
        assertThat(r.warnings().filter(p -> p.code().equals("SCENARIO_ACHIEVEMENT_MISSING")))
                .containsExactlyElementsOf(s.warnings());
        assertThat(r.warnings().filter(Problem::isError)).isEmpty();
        // a mission that starts after the contract year is no warning of the remuneration
        Scenario later = Scenario.builder(
                        signed().withMissionStarted(CptsMission.QUALITE, LocalDate.of(2025, 6, 1)),
                        LocalDate.of(2024, 6, 1))
                .achievement(Mission.ACCES, Achievement.FULL)
                .achievement(Mission.CRISES, Achievement.FULL)
                .achievement(Mission.PARCOURS, Achievement.FULL)
                .achievement(Mission.PREVENTION, Achievement.FULL)
                .build()
                .get();
        assertThat(later.warnings()).hasSize(1);
        assertThat(RemunerationCalculator.of(TariffRules.bundled())
                        .calculate(later)
                        .get()
                        .warnings()
                        .map(Problem::code))
                .doesNotContain("SCENARIO_ACHIEVEMENT_MISSING");
    }

    @Test
    void achievementsAreSetPerContractedMission() {
        Scenario s = Scenario.builder(signed(), LocalDate.of(2024, 6, 1))
                .achievement(Mission.ACCES, Achievement.FULL)
                .build()
                .get();
        assertThat(s.achievements().get(Mission.ACCES).get()).isEqualTo(Achievement.FULL);
        assertThat(Scenario.builder(signed(), LocalDate.of(2024, 6, 1))
                        .achievement(Mission.QUALITE, Achievement.FULL)
                        .build()
                        .getError()
                        .map(Problem::code))
                .containsExactly("SCENARIO_MISSION_NOT_CONTRACTED");
        Remuneration r =
                RemunerationCalculator.of(TariffRules.bundled()).calculate(s).get();
        assertThat(r.total().isPositive()).isTrue();
    }

    @Test
    void aCptsThatHasNotSignedOrADayBeforeTheSignatureIsAProblem() {
        Cpts unsigned = Cpts.of("x", GEX, LocalDate.of(2022, 1, 10));
        assertThat(Scenario.builder(unsigned, LocalDate.of(2024, 1, 1))
                        .build()
                        .getError()
                        .map(Problem::code))
                .containsExactly("SCENARIO_NOT_SIGNED", "SCENARIO_SIGNATURE_MISSING");
        assertThat(Scenario.builder(signed(), SIGNED.minusDays(1))
                        .build()
                        .getError()
                        .map(Problem::code))
                .containsExactly("SCENARIO_DAY_BEFORE_SIGNATURE");
        assertThat(Scenario.builder(signed(), SIGNED).build().get().contractYear())
                .isEqualTo(1);
    }

    @Test
    void coreAndAciMissionsAreTheSameVocabulary() {
        for (CptsMission m : CptsMission.values()) {
            assertThat(Mission.of(m).core()).isEqualTo(m);
            assertThat(Mission.of(m).key()).isEqualTo(m.key());
        }
    }

    @Test
    void populationZeroIsRefused() {
        assertThat(Scenario.builder("z")
                        .population(0)
                        .signedOn(SIGNED)
                        .build()
                        .getError()
                        .map(Problem::code))
                .containsExactly("SCENARIO_POPULATION");
        assertThat(Scenario.builder("o").population(1).signedOn(SIGNED).build().isValid())
                .isTrue();
    }

    @Test
    void aScenarioCannotHoldInvalidValues() {
        Scenario s =
                Scenario.builder("v").population(10).signedOn(SIGNED).build().get();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> s.withPopulation(0))
                .withMessageContaining("SCENARIO_POPULATION");
        assertThatIllegalArgumentException().isThrownBy(() -> s.withContractYear(0));
        assertThatIllegalArgumentException().isThrownBy(() -> s.withSignature(LocalDate.of(2019, 1, 1)));
        assertThat(s.withContractYear(2).contractYear()).isEqualTo(2);
    }

    @Test
    void nullArgumentsFailAtTheCallNamingTheParameter() {
        Scenario.Builder b = Scenario.builder("n");
        assertThatNullPointerException()
                .isThrownBy(() -> b.mission(Mission.ACCES, null, Achievement.FULL))
                .withMessage("start");
        assertThatNullPointerException()
                .isThrownBy(() -> b.mission(null, SIGNED, Achievement.FULL))
                .withMessage("mission");
        assertThatNullPointerException()
                .isThrownBy(() -> b.mission(Mission.ACCES, SIGNED, (Achievement) null))
                .withMessage("achievement");
        assertThatNullPointerException().isThrownBy(() -> b.signedOn(null)).withMessage("day");
        assertThatNullPointerException()
                .isThrownBy(() -> Scenario.builder(null))
                .withMessage("id");
        assertThatNullPointerException()
                .isThrownBy(() -> Scenario.builder(signed(), null))
                .withMessage("day");
    }

    @Test
    void paymentsAreStructuredAndTheirLabelsDerived() {
        Scenario s = Scenario.builder(signed(), LocalDate.of(2024, 6, 1))
                .achievement(Mission.ACCES, Achievement.FULL)
                .build()
                .get();
        Remuneration r =
                RemunerationCalculator.of(TariffRules.bundled()).calculate(s).get();
        Payment advance =
                r.schedule().find(p -> p.kind() == Payment.Kind.FIXED_ADVANCE).get();
        assertThat(advance.mission().isDefined()).isTrue();
        assertThat(advance.contractYear()).isEqualTo(2);
        assertThat(advance.label())
                .isEqualTo("advance 75 % " + advance.mission().get().key() + ".fixe");
        assertThat(advance.label(Locale.FRENCH)).startsWith("avance 75 % ");
        Payment variable =
                r.schedule().find(p -> p.kind() == Payment.Kind.VARIABLE).get();
        assertThat(variable.date()).isEqualTo(s.yearEnd());
        assertThat(variable.label()).isEqualTo("variable acces (after the indicators are assessed)");
        assertThat(r.schedule().map(Payment::kind)).contains(Payment.Kind.FONCTIONNEMENT_ADVANCE);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Payment.of(Payment.Kind.VARIABLE, Option.none(), 1, SIGNED, Amounts.ofCents(100)))
                .withMessageContaining("needs a mission");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Payment.of(
                        Payment.Kind.FONCTIONNEMENT,
                        Option.none(),
                        1,
                        SIGNED,
                        org.javamoney.moneta.Money.of(1, "USD")));
        assertThat(Payment.of(Payment.Kind.LETTER_OF_INTENT, Option.none(), 0, SIGNED, Amounts.ofCents(1_500_000))
                        .label())
                .isEqualTo("letter of intent support");
    }

    @Test
    void aYearBeyondTheLastKnownRuleChangeIsWarnedNamingIt() {
        RemunerationCalculator calc = RemunerationCalculator.of(TariffRules.bundled());
        Scenario late = Scenario.builder("late")
                .population(50_000)
                .signedOn(LocalDate.of(2027, 1, 1))
                .mission(Mission.ACCES, LocalDate.of(2027, 1, 1), Achievement.FULL)
                .mission(Mission.PARCOURS, LocalDate.of(2027, 1, 1), Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2027, 1, 1), Achievement.FULL)
                .mission(Mission.CRISES, LocalDate.of(2027, 1, 1), Achievement.FULL)
                .build()
                .get();
        Problem beyond = calc.calculate(late).get().warnings().head();
        assertThat(beyond.code()).isEqualTo("RULES_BEYOND_LAST_KNOWN_CHANGE");
        assertThat(beyond.messageEn())
                .contains("last known change on " + calc.lastKnownChange())
                .contains("2026-12-31");
        Scenario inTime = late.withSignature(LocalDate.of(2026, 12, 31))
                .withMissions(late.missions().mapValues(d -> LocalDate.of(2026, 12, 31)));
        assertThat(calc.calculate(inTime).get().warnings().map(Problem::code))
                .doesNotContain("RULES_BEYOND_LAST_KNOWN_CHANGE");
        assertThat(calc.knownUntil(LocalDate.of(2030, 1, 1))
                        .calculate(late)
                        .get()
                        .warnings()
                        .map(Problem::code))
                .doesNotContain("RULES_BEYOND_LAST_KNOWN_CHANGE");
        assertThat(List.of(calc.lastKnownChange())).allMatch(d -> d.isBefore(LocalDate.of(2027, 1, 1)));
    }
}
