package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Small portfolios whose totals are known exactly. */
class ScenarioSimulationRunTest {

    private static final TariffRules RULES = TariffRules.bundled();

    /** A CPTS signed on a day, every mandatory mission started at signature, year 1. */
    private static Scenario cpts(String id, String region, long population, LocalDate sig, Mission... optional) {
        Scenario.Builder b =
                Scenario.builder(id).population(population).region(region).signedOn(sig);
        for (Mission m : new Mission[] {Mission.ACCES, Mission.PARCOURS, Mission.PREVENTION}) {
            b.mission(m, sig, Achievement.parse("0.3").get());
        }
        if (!sig.isBefore(LocalDate.of(2022, 4, 1))) {
            b.mission(Mission.CRISES, sig, Achievement.NONE);
        }
        for (Mission m : optional) {
            b.mission(m, sig, Achievement.NONE);
        }
        return b.build().get();
    }

    private static long fixedOf(Scenario s) {
        return RemunerationCalculator.of(RULES).prepare(s).get().fixedCents();
    }

    @Test
    void fixedAchievementsGiveTheExactTotalEveryDraw() {
        // Taille 1 in 2020 (accord 2019): 50,000 + fixed 28,335 + 14,166 + 14,166 = 106,667.00, variable
        // at 1: 28,333 + 14,167 + 14,167 = 56,667.00. Taille 4 in 2023 (avenant 2): 90,000 + fixed
        // 60,000 + 30,000 + 30,000 + 50,000 = 260,000.00, variable 60,000 + 30,000 + 30,000 + 75,000.
        Scenario a = cpts("a", "84", 10_000, LocalDate.of(2020, 1, 1));
        Scenario b = cpts("b", "11", 200_000, LocalDate.of(2023, 1, 1));
        ScenarioSimulation sim = ScenarioSimulation.of(RULES, List.of(a, b)).get();
        assertThat(sim.size()).isEqualTo(2);
        assertThat(sim.ruleVersions()).isEqualTo("accord-2019, avenant-2");
        assertThat(sim.unconfirmedParameters().toJavaList())
                .isSorted()
                .contains("missions.acces.fixe.taille1", "missions.crises.fixe.taille4");
        AtomicIntegerArray seen = new AtomicIntegerArray(7);
        ScenarioSimulationResult r =
                sim.run(AchievementDistribution.fixed(Achievement.FULL), 99, 7, seen::incrementAndGet);
        for (int i = 0; i < 7; i++) {
            assertThat(seen.get(i)).as("progress of draw %d", i).isEqualTo(1);
        }
        long fixed = 10_666_700L + 26_000_000L;
        long variable = 5_666_700L + 19_500_000L;
        assertThat(fixedOf(a) + fixedOf(b)).isEqualTo(fixed);
        assertThat(r.fixedCents()).isEqualTo(fixed);
        assertThat(r.variable()).isEqualTo(new Summary(variable, variable, variable, variable, variable, variable));
        assertThat(r.totalsCents()).hasSize(7).containsOnly(fixed + variable);
        assertThat(r.total().meanCents()).isEqualTo(fixed + variable);
        assertThat(r.draws()).isEqualTo(7);
        assertThat(r.seed()).isEqualTo(99);
        assertThat(r.portfolioSize()).isEqualTo(2);
        assertThat(r.ruleVersions()).isEqualTo("accord-2019, avenant-2");
        assertThat(r.unconfirmedParameters()).isEqualTo(sim.unconfirmedParameters());
        assertThat(r.byBand().keySet()).containsExactly(SizeBand.values());
        assertThat(r.byBand().get(SizeBand.TAILLE_1).get().meanCents()).isEqualTo(10_666_700L + 5_666_700L);
        assertThat(r.byBand().get(SizeBand.TAILLE_2).get()).isEqualTo(new Summary(0, 0, 0, 0, 0, 0));
        assertThat(r.byBand().get(SizeBand.TAILLE_4).get().maxCents()).isEqualTo(45_500_000L);
        assertThat(r.byRegion().get("84").get().minCents()).isEqualTo(10_666_700L + 5_666_700L);
        assertThat(r.byRegion().get("11").get().p50Cents()).isEqualTo(45_500_000L);
        // The totals are a copy: the result cannot be changed from outside.
        r.totalsCents()[0] = 0;
        assertThat(r.totalsCents()[0]).isEqualTo(fixed + variable);
    }

    @Test
    void onlyContractedRunningVariablePartsAreDrawn() {
        // The optional missions contracted with a start after the year pay nothing whatever the draw.
        Scenario a = Scenario.builder("late")
                .population(10_000)
                .signedOn(LocalDate.of(2020, 1, 1))
                .mission(Mission.ACCES, LocalDate.of(2020, 1, 1), Achievement.NONE)
                .mission(Mission.PARCOURS, LocalDate.of(2020, 1, 1), Achievement.NONE)
                .mission(Mission.PREVENTION, LocalDate.of(2020, 1, 1), Achievement.NONE)
                .mission(Mission.QUALITE, LocalDate.of(2021, 1, 1), Achievement.NONE)
                .build()
                .get();
        ScenarioSimulationResult none = ScenarioSimulation.of(RULES, List.of(a))
                .get()
                .run(AchievementDistribution.fixed(Achievement.NONE), 1, 3, d -> {});
        assertThat(none.variable().maxCents()).isZero();
        assertThat(none.total().minCents()).isEqualTo(10_666_700L);
        ScenarioSimulationResult full = ScenarioSimulation.of(RULES, List.of(a))
                .get()
                .run(AchievementDistribution.fixed(Achievement.FULL), 1, 3, d -> {});
        assertThat(full.variable().minCents()).isEqualTo(5_666_700L);
        assertThat(full.byRegion().keySet()).containsExactly("");
    }

    @Test
    void everyProblemOfThePortfolioIsReported() {
        Scenario bad1 = Scenario.builder("x")
                .population(1)
                .signedOn(LocalDate.of(2020, 1, 1))
                .build()
                .get();
        Scenario good = cpts("g", "84", 10_000, LocalDate.of(2020, 1, 1));
        Scenario bad2 = Scenario.builder("y")
                .population(1)
                .signedOn(LocalDate.of(2023, 1, 1))
                .mission(Mission.ACCES, LocalDate.of(2023, 1, 1), Achievement.FULL)
                .build()
                .get();
        var problems = ScenarioSimulation.of(RULES, List.of(bad1, good, bad2)).getError();
        assertThat(problems.map(Problem::code)).hasSize(6).containsOnly("SCENARIO_MANDATORY_MISSION_MISSING");
        assertThat(problems.last().messageEn()).contains("by y ");
        assertThat(ScenarioSimulation.of(RULES, List.empty()).get().size()).isZero();
    }

    @Test
    void atLeastOneDraw() {
        ScenarioSimulation sim = ScenarioSimulation.of(
                        RULES, List.of(cpts("a", "84", 10_000, LocalDate.of(2020, 1, 1))))
                .get();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sim.run(AchievementDistribution.beta(2, 2), 1, 0, d -> {}))
                .withMessage("at least one draw: 0");
        assertThat(sim.run(AchievementDistribution.beta(2, 2), 1, 1, d -> {}).draws())
                .isEqualTo(1);
    }

    @Test
    void differencesNeedTheSameSeedAndDraws() {
        ScenarioSimulation sim = ScenarioSimulation.of(
                        RULES, List.of(cpts("a", "84", 10_000, LocalDate.of(2020, 1, 1))))
                .get();
        AchievementDistribution d = AchievementDistribution.uniform(Achievement.NONE, Achievement.FULL);
        ScenarioSimulationResult r = sim.run(d, 5, 20, i -> {});
        assertThat(r.difference(sim.run(d, 5, 20, i -> {}))).isEqualTo(new Summary(0, 0, 0, 0, 0, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> r.difference(sim.run(d, 6, 20, i -> {})))
                .withMessage("compare results with the same seed and number of draws");
        assertThatIllegalArgumentException().isThrownBy(() -> r.difference(sim.run(d, 5, 21, i -> {})));
        // Draw by draw: a reform paying 1,000.00 more in fonctionnement to taille 1.
        ScenarioSimulation reform = ScenarioSimulation.of(
                        RULES.with("fonctionnement.taille1", "51000").get(),
                        List.of(cpts("a", "84", 10_000, LocalDate.of(2020, 1, 1))))
                .get();
        ScenarioSimulationResult other = reform.run(d, 5, 20, i -> {});
        assertThat(r.difference(other)).isEqualTo(new Summary(100_000, 100_000, 100_000, 100_000, 100_000, 100_000));
        long[] a = r.totalsCents();
        long[] b = other.totalsCents();
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i] - a[i]).isEqualTo(100_000L);
        }
        assertThat(a).doesNotHaveDuplicates();
    }

    @Test
    void theDrawsOfASeedAreStable() {
        // Reproducibility across releases: these totals follow from seed 42 alone.
        ScenarioSimulation sim = ScenarioSimulation.of(
                        RULES,
                        List.of(
                                cpts("a", "84", 10_000, LocalDate.of(2020, 1, 1)),
                                cpts("b", "11", 200_000, LocalDate.of(2023, 1, 1), Mission.QUALITE)))
                .get();
        assertThat(sim.run(AchievementDistribution.uniform(Achievement.NONE, Achievement.FULL), 42, 3, d -> {})
                        .totalsCents())
                .containsExactly(GOLDEN);
    }

    private static final long[] GOLDEN = {52_495_585L, 52_743_898L, 51_172_012L};
}
