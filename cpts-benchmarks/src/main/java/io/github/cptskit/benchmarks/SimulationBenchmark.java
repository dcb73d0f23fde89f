package io.github.cptskit.benchmarks;

import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.simulation.AchievementDistribution;
import io.github.cptskit.aci.simulation.ScenarioSimulation;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Epci;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulation kernel: 679 CPTS (the size of the bundled portfolio, made here of the first 679
 * EPCI of the real registry) × 10,000 draws of Beta(8, 2) achievements, on all cores. Target (issue
 * #8): under 5 s on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SimulationBenchmark {

    private ScenarioSimulation simulation;

    @Setup
    public void setUp() {
        List<Scenario> scenarios = List.empty();
        int i = 0;
        for (Epci e : CommuneRegistry.bundled().epcis().take(679)) {
            LocalDate signed = LocalDate.of(2020, 1, 1).plusDays(i * 3L);
            Scenario.Builder b = Scenario.builder(e.siren())
                    .population(CommuneRegistry.bundled().territoryOf(e).population())
                    .region(String.valueOf(i % 18))
                    .signedOn(signed)
                    .contractYear(2026 - signed.getYear());
            for (Mission m : Mission.values()) {
                b.mission(m, signed.plusMonths(3), Achievement.NONE);
            }
            scenarios = scenarios.append(b.build().get());
            i++;
        }
        simulation = ScenarioSimulation.of(TariffRules.bundled(), scenarios).get();
    }

    @Benchmark
    public Object tenThousandDraws() {
        return simulation.run(AchievementDistribution.beta(8, 2), 42, 10_000, d -> {});
    }
}
