package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.internal.NationalModel;
import io.github.cptskit.aci.tariff.TariffRules;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The tornado's figures, recomputed from the model: each bar is the mean year total over the same
 * draws with one parameter at an end of its range and every other at its central value.
 */
class SensitivityTornadoTest {

    private static final Simulation SIM = Simulation.builder(
                    TariffRules.bundled(), NationalSimulationTest.portfolio(4, 40))
            .parameters(ModelParameters.bundled())
            .years(2022, 2023)
            .build()
            .get();

    private static long mean(double[] v, long seed, int draws, int at) {
        long[] totals = new long[draws];
        for (int d = 0; d < draws; d++) {
            totals[d] = SIM.evaluate(v, Simulation.drawSeed(seed, d))[at];
        }
        return Summary.of(totals).meanCents();
    }

    @Test
    void eachBarIsTheMeanOfTheSameDrawsWithOneParameterAtItsEnds() {
        int draws = 3;
        AtomicInteger last = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        SensitivityResult r = Sensitivity.run(SIM, 2023, new Sensitivity.Settings(9, draws, 0, 0), n -> {
            calls.incrementAndGet();
            last.accumulateAndGet(n, Math::max);
        });
        int k = SIM.parameters().uncertain().size();
        assertThat(calls.get()).isEqualTo((2 * k + 1) * draws);
        assertThat(last.get()).isEqualTo((2 * k + 1) * draws);
        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.basis()).isEqualTo(SIM.basis());
        assertThat(r.onPosterior()).isFalse();
        assertThat(r.settings()).isEqualTo(new Sensitivity.Settings(9, draws, 0, 0));
        assertThat(r.sobolList()).isEmpty();
        int at = SIM.seriesCount() + NationalModel.TOTAL; // 2023, the second year
        double[] central = new double[NationalModel.P.values().length];
        for (NationalModel.P p : NationalModel.P.values()) {
            central[p.ordinal()] = SIM.parameters().get(p.key()).central();
        }
        assertThat(r.centralMeanCents()).isEqualTo(mean(central, 9, draws, at));
        assertThat(r.tornadoList()).hasSize(k);
        for (Sensitivity.TornadoBar bar : r.tornado()) {
            ModelParameter mp = bar.parameter();
            int i = java.util.Arrays.stream(NationalModel.P.values())
                    .filter(p -> p.key().equals(mp.name()))
                    .findFirst()
                    .get()
                    .ordinal();
            double[] low = central.clone();
            low[i] = mp.low();
            double[] high = central.clone();
            high[i] = mp.high();
            assertThat(bar.lowValue()).as(mp.name()).isEqualTo(mp.low());
            assertThat(bar.highValue()).as(mp.name()).isEqualTo(mp.high());
            assertThat(bar.lowMeanCents()).as(mp.name()).isEqualTo(mean(low, 9, draws, at));
            assertThat(bar.highMeanCents()).as(mp.name()).isEqualTo(mean(high, 9, draws, at));
            assertThat(bar.swingCents()).isEqualTo(bar.highMeanCents() - bar.lowMeanCents());
        }
    }

    @Test
    void withoutBootstrapTheIntervalsAreThePointEstimatesAndTheRunsAreCounted() {
        int k = SIM.parameters().uncertain().size();
        AtomicInteger last = new AtomicInteger();
        SensitivityResult r = Sensitivity.run(
                SIM, 2022, new Sensitivity.Settings(4, 1, 16, 0), n -> last.accumulateAndGet(n, Math::max));
        assertThat(last.get()).isEqualTo((2 * k + 1) + 16 * (k + 2));
        assertThat(r.sobol()).hasSize(k);
        assertThat(r.sobol().map(s -> s.withInteractions()).toJavaList())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (Sensitivity.SobolIndex s : r.sobol()) {
            assertThat(s.firstLow()).isEqualTo(s.firstOrder());
            assertThat(s.firstHigh()).isEqualTo(s.firstOrder());
            assertThat(s.withInteractionsLow()).isEqualTo(s.withInteractions());
            assertThat(s.withInteractionsHigh()).isEqualTo(s.withInteractions());
        }
        // With a bootstrap, the intervals hold the estimate's neighbourhood: low <= high.
        SensitivityResult b = Sensitivity.run(SIM, 2022, new Sensitivity.Settings(4, 1, 16, 20), n -> {});
        assertThat(b.sobol().map(Sensitivity.SobolIndex::parameter))
                .containsExactlyInAnyOrderElementsOf(r.sobol().map(Sensitivity.SobolIndex::parameter));
        for (Sensitivity.SobolIndex s : b.sobol()) {
            assertThat(s.firstLow()).isLessThanOrEqualTo(s.firstHigh());
            assertThat(s.withInteractionsLow()).isLessThanOrEqualTo(s.withInteractionsHigh());
            assertThat(s.withInteractionsLow()).isGreaterThanOrEqualTo(0);
        }
        // The same rows give the same point estimates whatever the bootstrap.
        for (Sensitivity.SobolIndex s : r.sobol()) {
            Sensitivity.SobolIndex same =
                    b.sobol().find(x -> x.parameter().equals(s.parameter())).get();
            assertThat(same.firstOrder()).isEqualTo(s.firstOrder());
            assertThat(same.withInteractions()).isEqualTo(s.withInteractions());
        }
    }
}
