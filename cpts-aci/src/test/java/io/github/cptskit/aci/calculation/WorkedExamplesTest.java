package io.github.cptskit.aci.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.territory.SizeBand;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples: the expected euros are computed by hand in each comment. */
class WorkedExamplesTest {

    private final RemunerationCalculator calc = RemunerationCalculator.of(TariffRules.bundled());

    @Test
    void accord2019Taille2FirstYearWithMissionsStartingMidYear() {
        // 60,000 inhabitants -> taille 2. Year 2020-01-01 .. 2020-12-31: 366 days (leap year).
        // fonctionnement                         60,000.00
        // accès fixe (whole year)                37,835.00
        // accès variable 37,833 x 0.5            18,916.50
        // parcours fixe 18,916 x 184/366          9,509.68 (9,509.683)
        // parcours variable 18,917 x 1 x 184/366  9,510.19 (9,510.186)
        // prévention fixe 18,916 x 184/366        9,509.68
        // prévention variable x 0                     0.00
        // total                                 145,281.05
        Scenario s = Scenario.builder("example-t2")
                .population(60_000)
                .signedOn(LocalDate.of(2020, 1, 1))
                .mission(
                        Mission.ACCES,
                        LocalDate.of(2020, 1, 1),
                        Achievement.parse("0.5").get())
                .mission(Mission.PARCOURS, LocalDate.of(2020, 7, 1), Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2020, 7, 1), Achievement.NONE)
                .build()
                .get();
        Remuneration r = calc.calculate(s).get();
        assertThat(r.band()).isEqualTo(SizeBand.TAILLE_2);
        assertThat(r.ruleVersion()).isEqualTo("accord-2019");
        assertThat(r.lines().map(l -> l.key() + "=" + Amounts.cents(l.amount())))
                .containsExactly(
                        "fonctionnement=6000000",
                        "acces.fixe=3783500",
                        "acces.variable=1891650",
                        "parcours.fixe=950968",
                        "parcours.variable=951019",
                        "prevention.fixe=950968",
                        "prevention.variable=0");
        assertThat(Amounts.cents(r.total())).isEqualTo(14_528_105L);
        assertThat(RemunerationCalculator.totalCents(calc.prepare(s).get())).isEqualTo(14_528_105L);
        // The schedule pays everything: first-year fonctionnement in full at signature, 75 % advances.
        assertThat(r.schedule().map(p -> Amounts.cents(p.amount())).sum().longValue())
                .isEqualTo(14_528_105L);
        assertThat(r.schedule().head().date()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(r.warnings().map(w -> w.code())).contains("UNCONFIRMED_FIGURES");
        assertThat(r.explain(Locale.FRENCH))
                .contains("chiffre non confirmé")
                .contains("(estimation)")
                .doesNotContain("ESTIMATE");
    }

    @Test
    void avenant2Taille4NeedsTheCrisisMissionAndPaysIt() {
        // 200,000 inhabitants -> taille 4, contract year 3 from 2022-06-01: 2024-06-01 .. 2025-05-31,
        // rules avenant-2, every mission running all year, all achievements 1:
        // 90,000 + (450,000 - 90,000) missions + crisis 50,000 + 75,000 = 575,000.00
        Scenario.Builder b = Scenario.builder("example-t4")
                .population(200_000)
                .signedOn(LocalDate.of(2022, 6, 1))
                .contractYear(3);
        for (Mission m : Mission.values()) {
            b.mission(m, LocalDate.of(2022, 6, 1), Achievement.FULL);
        }
        Remuneration r = calc.calculate(b.build().get()).get();
        assertThat(r.ruleVersion()).isEqualTo("avenant-2");
        assertThat(r.band()).isEqualTo(SizeBand.TAILLE_4);
        assertThat(Amounts.cents(r.total())).isEqualTo(57_500_000L);
    }

    @Test
    void missingMandatoryCrisisMissionUnderAvenant2IsACodedError() {
        Scenario s = Scenario.builder("no-crisis")
                .population(50_000)
                .signedOn(LocalDate.of(2023, 1, 1))
                .mission(Mission.ACCES, LocalDate.of(2023, 1, 1), Achievement.FULL)
                .mission(Mission.PARCOURS, LocalDate.of(2023, 1, 1), Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2023, 1, 1), Achievement.FULL)
                .build()
                .get();
        assertThat(calc.calculate(s).getError().map(p -> p.code()))
                .containsExactly("SCENARIO_MANDATORY_MISSION_MISSING");
    }

    @Test
    void ruleChangeAppliesExactlyFromItsEffectiveDate() {
        // Years starting the day before and the day avenant 2 takes effect (2022-04-01).
        Scenario before = yearStarting(LocalDate.of(2022, 3, 31));
        Scenario from = yearStarting(LocalDate.of(2022, 4, 1));
        assertThat(calc.calculate(before).get().ruleVersion()).isEqualTo("accord-2019");
        assertThat(calc.calculate(from).get().ruleVersion()).isEqualTo("avenant-2");
    }

    private static Scenario yearStarting(LocalDate day) {
        Scenario.Builder b = Scenario.builder("edge").population(30_000).signedOn(day);
        for (Mission m : new Mission[] {Mission.ACCES, Mission.PARCOURS, Mission.PREVENTION, Mission.CRISES}) {
            b.mission(m, day, Achievement.FULL);
        }
        return b.build().get();
    }

    @Test
    void aVariablePartMeasuredByWeightedIndicators() {
        // accès variable, taille 2, whole year 2020: 37,833 × (2 × 0.6 + 1 × 1)/3 = 37,833 × 0.733333
        // = 27,744.19 (27,744.1873… rounded half-up to the cent)
        Scenario s = Scenario.builder("weighted")
                .population(60_000)
                .signedOn(LocalDate.of(2020, 1, 1))
                .mission(
                        Mission.ACCES,
                        LocalDate.of(2020, 1, 1),
                        io.vavr.collection.List.of(
                                new io.github.cptskit.core.indicator.IndicatorResult(
                                        "MT trouvés",
                                        2,
                                        Achievement.parse("0.6").get()),
                                new io.github.cptskit.core.indicator.IndicatorResult(
                                        "créneaux SNP", 1, Achievement.FULL)))
                .mission(Mission.PARCOURS, LocalDate.of(2020, 1, 1), Achievement.NONE)
                .mission(Mission.PREVENTION, LocalDate.of(2020, 1, 1), Achievement.NONE)
                .build()
                .get();
        Remuneration r = calc.calculate(s).get();
        assertThat(Amounts.cents(r.lines()
                        .find(l -> l.key().equals("acces.variable"))
                        .get()
                        .amount()))
                .isEqualTo(2_774_419L);
        assertThat(Scenario.builder("none")
                        .population(1)
                        .signedOn(LocalDate.of(2020, 1, 1))
                        .mission(Mission.ACCES, LocalDate.of(2020, 1, 1), io.vavr.collection.List.empty())
                        .build()
                        .getError()
                        .map(p -> p.code()))
                .containsExactly("INDICATORS_EMPTY");
    }

    @Test
    void badInputGetsEveryCodedProblemAtOnce() {
        var v = Scenario.builder("bad")
                .population(-5)
                .signedOn(LocalDate.of(2018, 1, 1))
                .contractYear(0)
                .build();
        assertThat(v.getError().map(p -> p.code()))
                .containsExactlyInAnyOrder("SCENARIO_POPULATION", "SCENARIO_BEFORE_ACCORD", "SCENARIO_CONTRACT_YEAR");
    }

    @Test
    void aSignatureTooFarAheadIsAProblemNotADateOverflow() {
        // Found by fuzzing (issue #8): signed on +999999999-12-31, the calculator's plusYears threw
        // DateTimeException.
        LocalDate far = LocalDate.of(999_999_999, 12, 31);
        var v = Scenario.builder("far")
                .population(60_000)
                .signedOn(far)
                .mission(Mission.ACCES, far, Achievement.FULL)
                .build();
        assertThat(v.getError().map(p -> p.code())).containsExactly("SCENARIO_SIGNATURE_RANGE");
        assertThat(Scenario.builder("last")
                        .population(60_000)
                        .signedOn(Scenario.LAST_SIGNATURE)
                        .contractYear(100)
                        .build()
                        .get()
                        .yearEnd())
                .isEqualTo(LocalDate.of(9_999, 12, 31));
    }
}
