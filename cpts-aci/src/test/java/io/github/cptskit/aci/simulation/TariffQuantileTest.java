package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cptskit.aci.tariff.TariffRules;
import org.junit.jupiter.api.Test;

/**
 * The tariff quantile ({@code tarif.quantile}) moves every estimated tariff figure from its low (0)
 * through its central (0.5) to its high value (1): on common random numbers each draw's total can
 * only grow with it, the ceiling capping a larger total by a larger ceiling.
 */
class TariffQuantileTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final double[] QUANTILES = {0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1};

    private static SimulationResult run(double quantile) {
        return Simulation.builder(RULES, SyntheticPortfolio.signatories().take(30))
                .parameters(ModelParameters.bundled()
                        .with("tarif.quantile", quantile)
                        .get())
                .basis(Basis.CONTRACT_YEAR)
                .years(2020, 2026)
                .parallelism(1)
                .build()
                .get()
                .run(13, 3, d -> {});
    }

    @Test
    void everyDrawsTotalGrowsWithTheTariffQuantile() {
        SimulationResult[] results = new SimulationResult[QUANTILES.length];
        for (int i = 0; i < QUANTILES.length; i++) {
            results[i] = run(QUANTILES[i]);
        }
        long lowest = 0;
        long highest = 0;
        for (int y = 2020; y <= 2026; y++) {
            for (int i = 1; i < QUANTILES.length; i++) {
                long[] before = results[i - 1].totalsCents(y);
                long[] after = results[i].totalsCents(y);
                for (int d = 0; d < 3; d++) {
                    assertThat(after[d])
                            .as("%s, draw %s, quantile %s", y, d, QUANTILES[i])
                            .isGreaterThanOrEqualTo(before[d]);
                }
            }
            lowest += results[0].total(y).meanCents();
            highest += results[QUANTILES.length - 1].total(y).meanCents();
        }
        assertThat(highest).as("some figure is estimated with a range").isGreaterThan(lowest);
        long middle = 0;
        long justBelow = 0;
        long justAbove = 0;
        SimulationResult below = run(0.5 - 1e-9);
        SimulationResult above = run(0.5 + 1e-9);
        for (int y = 2020; y <= 2026; y++) {
            middle += results[4].total(y).meanCents();
            justBelow += below.total(y).meanCents();
            justAbove += above.total(y).meanCents();
        }
        // The interpolation is continuous at the central value from both sides.
        assertThat(justBelow).isBetween(middle - 10, middle);
        assertThat(justAbove).isBetween(middle, middle + 10);
        assertThat(middle).isStrictlyBetween(lowest, highest);
    }

    /** The fixed parts on the contract-year basis, every other uncertainty removed. */
    private static long fixedParts(double quantile) {
        SimulationResult r = Simulation.builder(RULES, NationalSimulationTest.portfolio(31, 30))
                .parameters(NationalSimulationTest.deterministic(1, 734_517)
                        .with("tarif.quantile", quantile)
                        .get())
                .basis(Basis.CONTRACT_YEAR)
                .years(2019, 2030)
                .parallelism(1)
                .build()
                .get()
                .run(13, 1, d -> {});
        long sum = 0;
        for (int y = 2019; y <= 2030; y++) {
            sum += r.component(y, "fixed").p50Cents();
        }
        return sum;
    }

    @Test
    void everyRangedFigureMovesLinearlyFromLowToCentralThenFromCentralToHigh() {
        long low = fixedParts(0);
        long central = fixedParts(0.5);
        long high = fixedParts(1);
        assertThat(low).isPositive().isLessThan(central);
        assertThat(central).isLessThan(high);
        // Each figure is interpolated, then rounded to the cent and pro-rated once: within a cent or two
        // of the straight line for each of the few thousand mission-years.
        assertThat((double) fixedParts(0.25)).isCloseTo((low + central) / 2.0, within(5_000.0));
        assertThat((double) fixedParts(0.75)).isCloseTo((central + high) / 2.0, within(5_000.0));
        assertThat((double) fixedParts(0.1)).isCloseTo(low + 0.2 * (central - low), within(5_000.0));
        assertThat((double) fixedParts(0.9)).isCloseTo(central + 0.8 * (high - central), within(5_000.0));
    }
}
