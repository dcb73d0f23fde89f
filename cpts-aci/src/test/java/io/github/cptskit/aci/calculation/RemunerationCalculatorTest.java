package io.github.cptskit.aci.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.SizeBandScale;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Lines, formulas, schedules and warnings of one contract year, computed by hand in the comments. */
class RemunerationCalculatorTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private final RemunerationCalculator calc = RemunerationCalculator.of(RULES);

    private static final LocalDate SIG = LocalDate.of(2021, 1, 1);

    /**
     * Taille 2 (60,000 inhabitants), accord 2019, year 2021-01-01 .. 2021-12-31 (365 days): accès all
     * year at 0.5, parcours from 1 July (184 days) at 1, prévention on the last day (1 day) at 0,
     * qualité from the anniversary (0 day).
     */
    private static Scenario.Builder edges() {
        return Scenario.builder("edges")
                .population(60_000)
                .region("84")
                .signedOn(SIG)
                .mission(Mission.ACCES, SIG, Achievement.parse("0.5").get())
                .mission(Mission.PARCOURS, LocalDate.of(2021, 7, 1), Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2021, 12, 31), Achievement.NONE)
                .mission(Mission.QUALITE, LocalDate.of(2022, 1, 1), Achievement.FULL);
    }

    @Test
    void everyLineIsExplainedWithItsFormulaAndParameters() {
        // fonctionnement          60,000.00
        // accès fixe              37,835.00
        // accès variable          37,833 x 0.5 = 18,916.50
        // parcours fixe           18,916 x 184/365 = 9,535.737 -> 9,535.74
        // parcours variable       18,917 x 1 x 184/365 = 9,536.241 -> 9,536.24
        // prévention fixe         18,916 x 1/365 = 51.824 -> 51.82
        // prévention variable     0
        // qualité fixe, variable  0 (starts on the anniversary)
        // total                   135,875.30
        Remuneration r = calc.calculate(edges().build().get()).get();
        assertThat(r.lines().map(l -> l.key() + "=" + Amounts.cents(l.amount()) + " | " + l.formula()))
                .containsExactly(
                        "fonctionnement=6000000 | 60\u00a0000,00 € (band from an unconfirmed scale, population 60000)",
                        "acces.fixe=3783500 | 37\u00a0835,00 €",
                        "acces.variable=1891650 | 37\u00a0833,00 € × achievement 0.5",
                        "parcours.fixe=953574 | 18\u00a0916,00 € × 184/365 days",
                        "parcours.variable=953624 | 18\u00a0917,00 € × achievement 1 × 184/365 days",
                        "prevention.fixe=5182 | 18\u00a0916,00 € × 1/365 days",
                        "prevention.variable=0 | 18\u00a0917,00 € × achievement 0 × 1/365 days",
                        "qualite.fixe=0 | 18\u00a0916,00 € × 0/365 days",
                        "qualite.variable=0 | 18\u00a0917,00 € × achievement 1 × 0/365 days");
        assertThat(Amounts.cents(r.total())).isEqualTo(13_587_530L);
        assertThat(r.lines().map(l -> l.parameters().map(UsedParameter::path).mkString(",")))
                .containsExactly(
                        "fonctionnement.taille2",
                        "missions.acces.fixe.taille2",
                        "missions.acces.variable.taille2",
                        "missions.parcours.fixe.taille2,paiement.prorata.methode",
                        "missions.parcours.variable.taille2,paiement.prorata.methode",
                        "missions.prevention.fixe.taille2,paiement.prorata.methode",
                        "missions.prevention.variable.taille2,paiement.prorata.methode",
                        "missions.qualite.fixe.taille2,paiement.prorata.methode",
                        "missions.qualite.variable.taille2,paiement.prorata.methode");
        assertThat(r.lines().map(Line::mission).head()).isEmpty();
        assertThat(r.lines().get(1).mission()).contains(Mission.ACCES);
        assertThat(r.lines().map(Line::component).take(3))
                .containsExactly(Component.FONCTIONNEMENT, Component.FIXED, Component.VARIABLE);
        assertThat(r.scenarioId()).isEqualTo("edges");
        assertThat(r.yearStart()).isEqualTo(SIG);
        assertThat(r.yearEnd()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(r.band()).isEqualTo(SizeBand.TAILLE_2);
        assertThat(r.ruleVersion()).isEqualTo("accord-2019");
    }

    @Test
    void theFirstYearPaysFonctionnementInFullAtSignatureAndAdvancesTheFixedParts() {
        Remuneration r = calc.calculate(edges().build().get()).get();
        // 75 % advances the day each mission starts (rounded half-up), balances and variable parts
        // at the anniversary; nothing for a part worth 0.
        assertThat(r.schedule().map(p -> p.date() + " " + Amounts.cents(p.amount()) + " " + p.label()))
                .containsExactly(
                        "2021-01-01 6000000 fonctionnement",
                        "2021-01-01 2837625 advance 75 % acces.fixe",
                        "2021-07-01 715181 advance 75 % parcours.fixe",
                        "2021-12-31 3887 advance 75 % prevention.fixe",
                        "2022-01-01 945875 balance acces.fixe",
                        "2022-01-01 1891650 variable acces (after the indicators are assessed)",
                        "2022-01-01 238393 balance parcours.fixe",
                        "2022-01-01 953624 variable parcours (after the indicators are assessed)",
                        "2022-01-01 1295 balance prevention.fixe");
    }

    @Test
    void laterYearsAdvanceFonctionnementFromTheYearsStart() {
        // Contract year 2: 2022-01-01 .. 2022-12-31, accord 2019 still (avenant 2 from 2022-04-01);
        // every mission started in year 1 runs the whole year.
        Scenario s = Scenario.builder("y2")
                .population(60_000)
                .signedOn(SIG)
                .contractYear(2)
                .mission(Mission.ACCES, SIG, Achievement.FULL)
                .mission(Mission.PARCOURS, LocalDate.of(2021, 7, 1), Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2021, 12, 31), Achievement.NONE)
                .build()
                .get();
        Remuneration r = calc.calculate(s).get();
        assertThat(r.lines().map(Line::formula))
                .contains("18\u00a0916,00 €", "18\u00a0917,00 € × achievement 1")
                .noneMatch(f -> f.contains("days"));
        assertThat(r.schedule().map(p -> p.date() + " " + Amounts.cents(p.amount()) + " " + p.label()))
                .startsWith(
                        "2022-01-01 4500000 advance 75 % fonctionnement",
                        "2022-01-01 2837625 advance 75 % acces.fixe", "2022-01-01 1418700 advance 75 % parcours.fixe")
                .contains("2023-01-01 1500000 balance fonctionnement");
        assertThat(r.lines().map(l -> l.parameters().size()).distinct()).containsExactly(1);
    }

    @Test
    void inMonthsAStartedMonthCountsAsWhole() {
        TariffRules months = RULES.with("paiement.prorata.methode", "MOIS").get();
        Scenario s = Scenario.builder("m")
                .population(60_000)
                .signedOn(SIG)
                .mission(Mission.ACCES, SIG, Achievement.FULL)
                .mission(Mission.PARCOURS, LocalDate.of(2021, 7, 15), Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2021, 12, 31), Achievement.FULL)
                .build()
                .get();
        Remuneration r = RemunerationCalculator.of(months).calculate(s).get();
        // parcours: 6 whole months from July (July started) -> 18,916 x 6/12 = 9,458.00
        // prévention: December started -> 1/12 -> 1,576.333 -> 1,576.33; variable 18,917/12 = 1,576.42
        assertThat(r.lines().map(l -> l.key() + "=" + Amounts.cents(l.amount()) + " | " + l.formula()))
                .contains(
                        "acces.fixe=3783500 | 37\u00a0835,00 €",
                        "parcours.fixe=945800 | 18\u00a0916,00 € × 6/12 months",
                        "prevention.fixe=157633 | 18\u00a0916,00 € × 1/12 months",
                        "prevention.variable=157642 | 18\u00a0917,00 € × achievement 1 × 1/12 months");
        assertThat(r.lines()
                        .find(l -> l.key().equals("prevention.fixe"))
                        .get()
                        .parameters()
                        .last()
                        .value()
                        .value())
                .isEqualTo("MOIS");
        PreparedScenario p = RemunerationCalculator.of(months).prepare(s).get();
        assertThat(RemunerationCalculator.totalCents(p)).isEqualTo(Amounts.cents(r.total()));
    }

    @Test
    void aMandatoryMissionStartedAfterItsDeadlineIsWarned() {
        // accès: 6 months from signature, i.e. by 2021-07-01; parcours and prévention: 12 months.
        Scenario onTime = Scenario.builder("t")
                .population(10_000)
                .signedOn(SIG)
                .mission(Mission.ACCES, LocalDate.of(2021, 7, 1), Achievement.FULL)
                .mission(Mission.PARCOURS, SIG, Achievement.FULL)
                .mission(Mission.PREVENTION, SIG, Achievement.FULL)
                .mission(Mission.QUALITE, LocalDate.of(2021, 12, 1), Achievement.FULL)
                .build()
                .get();
        assertThat(calc.calculate(onTime).get().warnings().map(Problem::code)).containsExactly("UNCONFIRMED_FIGURES");
        Scenario late = Scenario.builder("t")
                .population(10_000)
                .signedOn(SIG)
                .contractYear(2)
                .mission(Mission.ACCES, LocalDate.of(2021, 7, 2), Achievement.FULL)
                .mission(Mission.PARCOURS, SIG, Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2022, 1, 2), Achievement.FULL)
                .build()
                .get();
        var warnings = calc.calculate(late).get().warnings();
        assertThat(warnings.map(Problem::code))
                .containsExactly("UNCONFIRMED_FIGURES", "MISSION_STARTED_LATE", "MISSION_STARTED_LATE");
        assertThat(warnings.get(1).messageEn())
                .isEqualTo("mission acces started on 2021-07-02, after the 6-month deadline from signature");
        assertThat(warnings.get(1).messageFr())
                .isEqualTo("la mission acces a démarré le 2021-07-02, après le délai de 6 mois suivant la signature");
        assertThat(warnings.get(2).messageEn())
                .isEqualTo("mission prevention started on 2022-01-02, after the 12-month deadline from signature");
        assertThat(warnings.get(1).reference().get().article()).isEqualTo("contrat type, calendrier de déploiement");
        assertThat(warnings.get(1).isError()).isFalse();
    }

    @Test
    void aMissionNotYetInTheRulesPaysNothingAndSaysSo() {
        Scenario s = Scenario.builder("c")
                .population(10_000)
                .signedOn(SIG)
                .mission(Mission.ACCES, SIG, Achievement.FULL)
                .mission(Mission.PARCOURS, SIG, Achievement.FULL)
                .mission(Mission.PREVENTION, SIG, Achievement.FULL)
                .mission(Mission.CRISES, SIG, Achievement.FULL)
                .build()
                .get();
        Remuneration r = calc.calculate(s).get();
        assertThat(r.lines().map(Line::key)).doesNotContain("crises.fixe", "crises.variable");
        Problem w =
                r.warnings().find(p -> p.code().equals("MISSION_NOT_IN_FORCE")).get();
        assertThat(w.messageEn()).isEqualTo("mission crises does not exist in rules accord-2019: nothing is paid");
        assertThat(w.messageFr())
                .isEqualTo("la mission crises n'existe pas dans les règles accord-2019 : rien n'est versé");
        PreparedScenario p = calc.prepare(s).get();
        assertThat(p.contracted(Mission.CRISES)).isFalse();
        assertThat(p.hasVariablePart(Mission.CRISES)).isFalse();
        assertThat(p.contracted(Mission.ACCES)).isTrue();
        assertThat(RemunerationCalculator.totalCents(p)).isEqualTo(Amounts.cents(r.total()));
    }

    @Test
    void aMissingMandatoryMissionNamesItWithItsReference() {
        Scenario s = Scenario.builder("gex")
                .population(10_000)
                .signedOn(SIG)
                .mission(Mission.ACCES, SIG, Achievement.FULL)
                .build()
                .get();
        var problems = calc.calculate(s).getError();
        assertThat(problems.map(Problem::messageEn))
                .containsExactly(
                        "mandatory mission \"multi-professional care pathways\" is not contracted by gex (rules"
                                + " accord-2019)",
                        "mandatory mission \"prevention\" is not contracted by gex (rules accord-2019)");
        assertThat(problems.head().messageFr())
                .isEqualTo("la mission socle « parcours pluriprofessionnels » n'est pas contractée par gex (règles"
                        + " accord-2019)");
        assertThat(problems.head().reference().get().article()).isEqualTo("art. 3 (missions socles / optionnelles)");
        assertThat(calc.prepare(s).getError()).isEqualTo(problems);
        assertThat(calc.calculate(Scenario.builder("early")
                                .population(1)
                                .signedOn(LocalDate.of(2019, 8, 25))
                                .contractYear(1)
                                .build()
                                .get()
                                .withAchievements(io.vavr.collection.TreeMap.empty()))
                        .getError()
                        .map(Problem::code))
                .containsOnly("SCENARIO_MANDATORY_MISSION_MISSING");
    }

    @Test
    void aTotalAboveTheCeilingIsWarned() {
        TariffRules generous = RULES.with("fonctionnement.taille2", "300000").get();
        Scenario s = Scenario.builder("big")
                .population(60_000)
                .signedOn(SIG)
                .mission(Mission.ACCES, SIG, Achievement.NONE)
                .mission(Mission.PARCOURS, SIG, Achievement.NONE)
                .mission(Mission.PREVENTION, SIG, Achievement.NONE)
                .build()
                .get();
        // 300,000 + 37,835 + 18,916 + 18,916 = 375,667.00 > 287,000.00
        Problem w = RemunerationCalculator.of(generous)
                .calculate(s)
                .get()
                .warnings()
                .find(p -> p.code().equals("REMUNERATION_ABOVE_CEILING"))
                .get();
        assertThat(w.messageEn())
                .isEqualTo(
                        "the total 375\u00a0667,00 € exceeds the ceiling of band 2 (287\u00a0000,00 €): 88\u00a0667,00 € are capped");
        assertThat(w.messageFr())
                .isEqualTo(
                        "le total 375\u00a0667,00 € dépasse le plafond de la taille 2 (287\u00a0000,00 €) : 88\u00a0667,00 € sont écrêtés");
        Remuneration capped = RemunerationCalculator.of(generous).calculate(s).get();
        assertThat(Amounts.cents(capped.total())).isEqualTo(28_700_000L);
        assertThat(capped.lines().last().component()).isEqualTo(Component.CEILING_CAP);
        assertThat(Amounts.cents(capped.lines().last().amount())).isEqualTo(-8_866_700L);
        assertThat(capped.schedule().map(p -> Amounts.cents(p.amount())).sum().longValue())
                .isEqualTo(28_700_000L);
        // Exactly at the ceiling is not above it.
        TariffRules exact = RULES.with("fonctionnement.taille2", "211333").get();
        assertThat(RemunerationCalculator.of(exact)
                        .calculate(s)
                        .get()
                        .warnings()
                        .map(Problem::code))
                .doesNotContain("REMUNERATION_ABOVE_CEILING");
    }

    @Test
    void withOnlyConfirmedFiguresThereIsNothingToWarn() {
        TariffRules mine = RULES;
        for (String m : new String[] {"acces", "parcours", "prevention"}) {
            mine = mine.with("missions." + m + ".fixe.taille2", "20000").get();
            mine = mine.with("missions." + m + ".variable.taille2", "10000").get();
        }
        mine = mine.withScale(EffectiveDated.of(
                Scenario.ACCORD_IN_FORCE,
                Sourced.of(
                        new SizeBandScale(40_000, 80_000, 175_000, SizeBandScale.Boundary.LOWER_BOUND_INCLUSIVE),
                        LegalReference.of("my contract", "annex"),
                        Confidence.CONFIRMED)));
        Scenario s = Scenario.builder("sure")
                .population(60_000)
                .signedOn(SIG)
                .mission(Mission.ACCES, SIG, Achievement.FULL)
                .mission(Mission.PARCOURS, SIG, Achievement.FULL)
                .mission(Mission.PREVENTION, SIG, Achievement.FULL)
                .build()
                .get();
        Remuneration r = RemunerationCalculator.of(mine).calculate(s).get();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.lines().head().formula()).isEqualTo("60\u00a0000,00 € (population 60000)");
        assertThat(r.lines()).noneMatch(Line::usesUnconfirmedFigures);
        assertThat(Amounts.cents(r.total())).isEqualTo(15_000_000L);
        assertThat(RemunerationCalculator.of(mine).rules()).isSameAs(mine);
    }

    @Test
    void theUnconfirmedFiguresAreListedOnceEach() {
        Remuneration r = calc.calculate(edges().build().get()).get();
        Problem w = r.warnings().head();
        assertThat(w.code()).isEqualTo("UNCONFIRMED_FIGURES");
        assertThat(w.messageEn())
                .startsWith("unconfirmed or estimated figures used: missions.acces.fixe.taille2 (ESTIMATE),"
                        + " missions.acces.variable.taille2 (ESTIMATE), missions.parcours.fixe.taille2 (ESTIMATE),"
                        + " paiement.prorata.methode (ESTIMATE), missions.parcours.variable.taille2 (ESTIMATE),")
                .endsWith(
                        "missions.qualite.variable.taille2 (ESTIMATE); replace them with your own when you know them");
        assertThat(w.messageEn().split("paiement.prorata.methode", -1)).hasSize(2);
        assertThat(w.messageFr())
                .startsWith("chiffres non confirmés ou estimés utilisés : missions.acces.fixe.taille2 (estimation),")
                .endsWith(" ; remplacez-les par les vôtres quand vous les connaissez");
    }

    @Test
    void fullAdvanceHasNoBalance() {
        TariffRules all = RULES.with("paiement.avance.pourcentage", "100").get();
        Scenario s = Scenario.builder("a")
                .population(10_000)
                .signedOn(SIG)
                .contractYear(2)
                .mission(Mission.ACCES, SIG, Achievement.NONE)
                .mission(Mission.PARCOURS, SIG, Achievement.NONE)
                .mission(Mission.PREVENTION, SIG, Achievement.NONE)
                .build()
                .get();
        assertThat(RemunerationCalculator.of(all).calculate(s).get().schedule().map(p -> p.date() + " " + p.label()))
                .containsExactly(
                        "2022-01-01 fonctionnement",
                        "2022-01-01 acces.fixe",
                        "2022-01-01 parcours.fixe",
                        "2022-01-01 prevention.fixe");
    }

    @Test
    void thePreparedScenarioKeepsWhatDoesNotDependOnAchievements() {
        Scenario s = edges().build().get();
        PreparedScenario p = calc.prepare(s).get();
        assertThat(p.id()).isEqualTo("edges");
        assertThat(p.region()).isEqualTo("84");
        assertThat(p.ruleVersion()).isEqualTo("accord-2019");
        assertThat(p.band()).isEqualTo(SizeBand.TAILLE_2);
        // 60,000 + 37,835 + 9,535.74 + 51.82 + 0
        assertThat(p.fixedCents()).isEqualTo(6_000_000L + 3_783_500L + 953_574L + 5_182L);
        assertThat(p.hasVariablePart(Mission.ACCES)).isTrue();
        assertThat(p.hasVariablePart(Mission.PREVENTION)).isTrue();
        assertThat(p.hasVariablePart(Mission.QUALITE)).isFalse(); // 0 day in the year
        assertThat(p.contracted(Mission.QUALITE)).isTrue();
        assertThat(p.contracted(Mission.ACCOMPAGNEMENT)).isFalse();
        assertThat(p.hasVariablePart(Mission.ACCOMPAGNEMENT)).isFalse();
        assertThat(p.variableCents(Mission.ACCES, 500_000)).isEqualTo(1_891_650L);
        assertThat(p.variableCents(Mission.PARCOURS, Achievement.SCALE)).isEqualTo(953_624L);
        assertThat(p.variableCents(Mission.PREVENTION, Achievement.SCALE)).isEqualTo(5_183L); // 51.827
        assertThat(p.variableCents(Mission.QUALITE, Achievement.SCALE)).isZero();
        int[] ppm = new int[Mission.values().length];
        ppm[Mission.ACCES.ordinal()] = 500_000;
        ppm[Mission.PARCOURS.ordinal()] = Achievement.SCALE;
        assertThat(RemunerationCalculator.totalCents(p, ppm)).isEqualTo(13_587_530L);
        assertThat(RemunerationCalculator.totalCents(p)).isEqualTo(13_587_530L);
        ppm[Mission.PREVENTION.ordinal()] = Achievement.SCALE;
        assertThat(RemunerationCalculator.totalCents(p, ppm)).isEqualTo(13_587_530L + 5_183L);
    }

    @Test
    void aMissionWithoutVariableMaximumHasNoVariablePart() {
        TariffRules noVariable =
                RULES.with("missions.acces.variable.taille2", "0").get();
        PreparedScenario p = RemunerationCalculator.of(noVariable)
                .prepare(edges().build().get())
                .get();
        assertThat(p.contracted(Mission.ACCES)).isTrue();
        assertThat(p.hasVariablePart(Mission.ACCES)).isFalse();
        assertThat(p.variableCents(Mission.ACCES, Achievement.SCALE)).isZero();
        assertThat(p.hasVariablePart(Mission.PARCOURS)).isTrue();
    }

    @Test
    void roundingIsHalfUpToTheCent() {
        assertThat(RemunerationCalculator.roundHalfUp(5, 10)).isEqualTo(1);
        assertThat(RemunerationCalculator.roundHalfUp(4, 10)).isZero();
        assertThat(RemunerationCalculator.roundHalfUp(15, 10)).isEqualTo(2);
        assertThat(RemunerationCalculator.roundHalfUp(0, 7)).isZero();
        assertThat(RemunerationCalculator.roundHalfUp(7, 7)).isEqualTo(1);
    }

    @Test
    void rulesAreRequired() {
        assertThatNullPointerException()
                .isThrownBy(() -> RemunerationCalculator.of(null))
                .withMessage("rules");
    }
}
