package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/** The per-CPTS long format: it adds up to the national figures and does not depend on threads. */
class CptsBreakdownTest {

    private static final TariffRules RULES = TariffRules.bundled();

    private static Simulation simulation(Basis basis, int threads) {
        return Simulation.builder(RULES, SyntheticPortfolio.signatories().take(120))
                .parameters(ModelParameters.bundled())
                .basis(basis)
                .years(2020, 2027)
                .parallelism(threads)
                .build()
                .get();
    }

    @Test
    void oneDrawsRowsAddUpToTheNationalTotalToTheCent() {
        for (Basis basis : Basis.values()) {
            SimulationResult r = simulation(basis, 2).run(7, 1, d -> {});
            Seq<CptsSummary> rows = r.byCpts();
            for (int y = 2020; y <= 2027; y++) {
                int year = y;
                long sum = rows.filter(row -> row.year() == year)
                        .map(row -> row.summary().p50Cents())
                        .sum()
                        .longValue();
                assertThat(sum).as(basis + " " + y).isEqualTo(r.total(y).p50Cents());
                for (String c : SimulationResult.COMPONENTS) {
                    long part = rows.filter(
                                    row -> row.year() == year && row.component().equals(c))
                            .map(row -> row.summary().p50Cents())
                            .sum()
                            .longValue();
                    assertThat(part)
                            .as(basis + " " + y + " " + c)
                            .isEqualTo(r.component(y, c).p50Cents());
                }
                for (Mission m : Mission.values()) {
                    long part = rows.filter(
                                    row -> row.year() == year && row.mission().equals(m.key()))
                            .map(row -> row.summary().p50Cents())
                            .sum()
                            .longValue();
                    assertThat(part)
                            .as(basis + " " + y + " " + m)
                            .isEqualTo(r.mission(y, m).p50Cents());
                }
            }
        }
    }

    @Test
    void rowsMadeDuringTheRunAreTheRowsMadeAfterItAndTheSeriesDoNotChange() {
        // run(seed, draws, perCptsDraws, ...) runs the first draws CPTS block by CPTS block for both the
        // national series and the per-CPTS rows: every series of every draw must be what run(seed, draws,
        // ...) gives, and the rows what byCpts computes on demand, whatever the basis and the threads.
        for (Basis basis : Basis.values()) {
            for (int threads : new int[] {1, 2}) {
                Simulation sim = simulation(basis, threads);
                SimulationResult plain = sim.run(5, 300, d -> {});
                java.util.Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
                SimulationResult merged = sim.run(5, 300, 120, seen::add);
                assertThat(seen).hasSize(300);
                for (int i = 0; i < (sim.lastYear() - sim.firstYear() + 1) * sim.seriesCount(); i++) {
                    assertThat(merged.column(i)).as(basis + " series " + i).isEqualTo(plain.column(i));
                }
                assertThat(merged.byCpts(120).toJavaList())
                        .as(basis.toString())
                        .isEqualTo(plain.byCpts(120).toJavaList());
                assertThat(merged.byCpts(80).toJavaList())
                        .isEqualTo(plain.byCpts(80).toJavaList());
            }
        }
    }

    @Test
    void perCptsDrawsOutOfRangeAreRefused() {
        Simulation sim = simulation(Basis.CASH, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.run(5, 10, 11, d -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("perCptsDraws");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.run(5, 10, -1, d -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meansAddUpToTheNationalMeanWithinTheRoundingOfEachRow() {
        SimulationResult r = simulation(Basis.CASH, 2).run(11, 40, d -> {});
        Seq<CptsSummary> rows = r.byCpts();
        for (int y = 2020; y <= 2027; y++) {
            int year = y;
            Seq<CptsSummary> ofYear = rows.filter(row -> row.year() == year);
            long sum = ofYear.map(row -> row.summary().meanCents()).sum().longValue();
            assertThat(Math.abs(sum - r.total(y).meanCents())).isLessThanOrEqualTo(ofYear.size());
            ofYear.forEach(row -> assertThat(row.summary().p5Cents())
                    .isLessThanOrEqualTo(row.summary().p50Cents())
                    .isLessThanOrEqualTo(row.summary().p95Cents()));
        }
        // Missions appear with their own key; components without missions with none.
        assertThat(rows.filter(row -> row.component().equals("fixed")).map(CptsSummary::mission))
                .doesNotContain("");
        assertThat(rows.filter(row -> row.component().equals("fonctionnement")).map(CptsSummary::mission))
                .containsOnly("");
        assertThat(rows.map(CptsSummary::cpts).distinct().size()).isGreaterThan(100);
    }

    @Test
    void theRowsDoNotDependOnTheNumberOfThreads() {
        Seq<CptsSummary> one = simulation(Basis.ACCRUAL, 1).run(3, 12, d -> {}).byCpts();
        Seq<CptsSummary> two = simulation(Basis.ACCRUAL, 2).run(3, 12, d -> {}).byCpts();
        assertThat(two).isEqualTo(one);
    }
}
