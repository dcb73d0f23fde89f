package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class ScenarioSimulationTest {

    private static List<Scenario> portfolio() {
        List<Scenario> out = List.empty();
        for (int i = 0; i < 60; i++) {
            LocalDate sig = LocalDate.of(2021, 1, 1).plusDays(i * 17L);
            Scenario.Builder b = Scenario.builder("cpts-" + i)
                    .population(20_000 + i * 5_000L)
                    .region(i % 2 == 0 ? "84" : "11")
                    .signedOn(sig)
                    .contractYear(3);
            for (Mission m : new Mission[] {Mission.ACCES, Mission.PARCOURS, Mission.PREVENTION, Mission.CRISES}) {
                b.mission(m, sig.plusMonths(m.ordinal()), Achievement.NONE);
            }
            out = out.append(b.build().get());
        }
        return out;
    }

    private final ScenarioSimulation sim =
            ScenarioSimulation.of(TariffRules.bundled(), portfolio()).get();

    @Test
    void sameSeedSameResultWhateverTheNumberOfThreads() throws Exception {
        AchievementDistribution d = AchievementDistribution.beta(8, 2);
        long[] parallel = sim.run(d, 7, 500, i -> {}).totalsCents();
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            long[] single =
                    one.submit(() -> sim.run(d, 7, 500, i -> {}).totalsCents()).get();
            assertThat(single).containsExactly(parallel);
        } finally {
            one.shutdown();
        }
        assertThat(sim.run(d, 8, 500, i -> {}).totalsCents()).isNotEqualTo(parallel);
    }

    @Test
    void fixedAchievementsGiveNoSpreadAndBandsAndRegionsAddUp() {
        ScenarioSimulationResult r = sim.run(AchievementDistribution.fixed(Achievement.FULL), 1, 50, i -> {});
        assertThat(r.total().p5Cents()).isEqualTo(r.total().p95Cents());
        long bands = r.byBand().values().map(Summary::meanCents).sum().longValue();
        long regions = r.byRegion().values().map(Summary::meanCents).sum().longValue();
        assertThat(bands).isEqualTo(r.total().meanCents());
        assertThat(regions).isEqualTo(r.total().meanCents());
        assertThat(r.byRegion().keySet()).containsExactly("11", "84");
        assertThat(r.unconfirmedParameters()).isNotEmpty();
    }

    @Test
    void aReformIsComparedDrawByDraw() {
        TariffRules reform =
                TariffRules.bundled().with("fonctionnement.taille1", "60000").get();
        ScenarioSimulation reformed = ScenarioSimulation.of(reform, portfolio()).get();
        AchievementDistribution d = AchievementDistribution.uniform(Achievement.NONE, Achievement.FULL);
        ScenarioSimulationResult base = sim.run(d, 3, 200, i -> {});
        ScenarioSimulationResult other = reformed.run(d, 3, 200, i -> {});
        long taille1 = portfolio().count(s -> s.population() < 40_000);
        // +10,000 EUR of fonctionnement for every taille-1 CPTS, identical in every draw.
        Summary diff = base.difference(other);
        assertThat(diff.minCents()).isEqualTo(taille1 * 1_000_000L);
        assertThat(diff.maxCents()).isEqualTo(taille1 * 1_000_000L);
    }
}
