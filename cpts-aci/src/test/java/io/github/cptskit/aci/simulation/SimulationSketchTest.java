package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.aci.tariff.TariffRules;
import io.vavr.collection.Seq;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Above {@link Simulation#EXACT_DRAWS} draws a result keeps sketches instead of every draw: the total
 * stays exact, means stay exact, percentiles stay within the stated error, and draw-by-draw
 * differences are computed again from the seed and are the same as if every draw had been kept.
 */
class SimulationSketchTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final int MANY = Simulation.EXACT_DRAWS + 1;

    /** A handful of CPTS over two years: a draw costs a few microseconds. */
    private static Simulation simulation(Seq<Signatory> portfolio, int threads) {
        return simulation(portfolio, threads, 2025);
    }

    private static Simulation simulation(Seq<Signatory> portfolio, int threads, int first) {
        return Simulation.builder(RULES, portfolio)
                .parameters(ModelParameters.bundled())
                .basis(Basis.CASH)
                .years(first, 2025)
                .parallelism(threads)
                .build()
                .get();
    }

    private static Seq<Signatory> portfolio() {
        Seq<Signatory> all = SyntheticPortfolio.signatories().take(400);
        // One CPTS of each of two regions.
        String first = all.get(0).region();
        String second = all.find(s -> !s.region().equals(first)).get().region();
        return all.filter(s -> s.region().equals(first))
                .take(1)
                .appendAll(all.filter(s -> s.region().equals(second)).take(1));
    }

    @Test
    void aSketchedResultKeepsExactTotalsMeansAndDifferencesAndPercentilesWithinTheirError() {
        Seq<Signatory> portfolio = portfolio();
        String dropped = portfolio.get(1).region();
        Simulation sim = simulation(portfolio, 2, 2024);
        SimulationResult r = sim.run(17, MANY, d -> {});
        // A later year's total is kept draw by draw too, not sketched.
        assertThat(r.total(2025)).isEqualTo(Summary.of(r.totalsCents(2025)));
        assertThat(r.total(2024)).isEqualTo(Summary.of(r.totalsCents(2024)));
        // The same seed and draws on the portfolio without one region: that region's difference is
        // minus its series, draw by draw, computed again from the seed.
        SimulationResult without = simulation(portfolio.filter(s -> !s.region().equals(dropped)), 2, 2024)
                .run(17, MANY, d -> {});
        assertThat(r.exactPercentiles()).isFalse();
        assertThat(r.draws()).isEqualTo(MANY);
        double error = Simulation.SKETCH_RELATIVE_ERROR;
        assertThat(error).isPositive().isLessThan(2e-4);
        for (int y = 2025; y <= 2025; y++) {
            long[] totals = r.totalsCents(y);
            assertThat(totals).hasSize(MANY);
            assertThat(r.total(y)).isEqualTo(Summary.of(totals));
            long[] lessTotals = without.totalsCents(y);
            long[] d = new long[MANY];
            for (int i = 0; i < MANY; i++) {
                d[i] = lessTotals[i] - totals[i];
            }
            assertThat(r.difference(without, y)).isEqualTo(Summary.of(d));
            assertThat(r.difference(without, y, "total", "national")).isEqualTo(Summary.of(d));
            Summary minus = r.difference(without, y, "region", dropped);
            Summary sketched = r.region(y, dropped);
            assertThat(sketched.meanCents()).isEqualTo(-minus.meanCents());
            assertThat(sketched.minCents()).isEqualTo(-minus.maxCents());
            assertThat(sketched.maxCents()).isEqualTo(-minus.minCents());
            assertThat(sketched.p50Cents()).isPositive();
            assertClose(sketched.p50Cents(), -minus.p50Cents(), error);
            assertClose(sketched.p5Cents(), -minus.p95Cents(), error);
            assertClose(sketched.p95Cents(), -minus.p5Cents(), error);
            // Every breakdown's means add up to the total's, within the rounding of each mean.
            long totalMean = r.total(y).meanCents();
            int year = y;
            long components = SimulationResult.COMPONENTS
                    .map(c -> r.component(year, c).meanCents())
                    .sum()
                    .longValue();
            assertThat(components).isBetween(totalMean - 6, totalMean + 6);
            long regions = r.simulation()
                    .regions()
                    .map(g -> r.region(year, g).meanCents())
                    .sum()
                    .longValue();
            assertThat(regions).isBetween(totalMean - 2, totalMean + 2);
        }
    }

    @Test
    void exactlyTheLastExactNumberOfDrawsIsStillExact() {
        Simulation sim = simulation(portfolio().take(1), 1);
        SimulationResult r = sim.run(3, Simulation.EXACT_DRAWS, d -> {});
        assertThat(r.exactPercentiles()).isTrue();
        long[] totals = r.totalsCents(2025);
        assertThat(totals).hasSize(Simulation.EXACT_DRAWS);
        // The kept totals are a copy.
        totals[0] = -1;
        assertThat(r.totalsCents(2025)[0]).isNotEqualTo(-1);
    }

    @Test
    void theNumberOfDrawsIsBounded() {
        Simulation sim = simulation(portfolio().take(1), 1);
        for (int bad : new int[] {0, -1, 10_000_001}) {
            assertThatThrownBy(() -> sim.run(1, bad, d -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("10,000,000")
                    .hasMessageContaining(Integer.toString(bad));
        }
        assertThat(sim.run(1, 1, d -> {}).draws()).isEqualTo(1);
    }

    @Test
    void progressSeesEveryDrawOnceWhateverTheThreads() {
        for (int threads = 1; threads <= 2; threads++) {
            Simulation sim = simulation(portfolio(), threads);
            java.util.concurrent.atomic.AtomicIntegerArray seen =
                    new java.util.concurrent.atomic.AtomicIntegerArray(50);
            SimulationResult r = sim.run(8, 50, seen::incrementAndGet);
            for (int d = 0; d < 50; d++) {
                assertThat(seen.get(d)).as("draw %s", d).isEqualTo(1);
            }
            assertThat(Arrays.stream(r.totalsCents(2025)).allMatch(t -> t > 0)).isTrue();
        }
    }

    private static void assertClose(long actual, long exact, double relative) {
        long tolerance = (long) Math.ceil(Math.abs(exact) * relative) + 1;
        assertThat(actual).isBetween(exact - tolerance, exact + tolerance);
    }
}
