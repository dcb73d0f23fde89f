package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The documented ranges of the calibration's and the sensitivity analysis's settings, at their very
 * ends, and the weighted percentiles every fitted interval is read from. Fast: no simulation runs.
 */
class CalibrationSettingsTest {

    @Test
    void calibrationSettingsAcceptTheirDocumentedRangesToTheEndsAndNothingBeyond() {
        // draws between 100 and 10,000,000; tolerance in (0, 1]; particles between 10 and 100,000
        assertThat(new Calibration.Settings(1, 100, 1.0, 10).draws()).isEqualTo(100);
        assertThat(new Calibration.Settings(1, 10_000_000, 1e-9, 100_000).particles())
                .isEqualTo(100_000);
        assertThatThrownBy(() -> new Calibration.Settings(1, 99, 0.1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
        assertThatThrownBy(() -> new Calibration.Settings(1, 10_000_001, 0.1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10000001");
        for (double tolerance : new double[] {0, -0.1, 1.0000001, Double.NaN}) {
            assertThatThrownBy(() -> new Calibration.Settings(1, 100, tolerance, 10))
                    .as("tolerance %s", tolerance)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tolerance");
        }
        assertThatThrownBy(() -> new Calibration.Settings(1, 100, 0.1, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("particles");
        assertThatThrownBy(() -> new Calibration.Settings(1, 100, 0.1, 100_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("particles");
        // cpts calibrate's defaults (docs/simulation.md)
        assertThat(Calibration.Settings.defaults()).isEqualTo(new Calibration.Settings(42, 20_000, 0.10, 1_000));
    }

    @Test
    void sensitivitySettingsNeedOneTornadoDrawAndAllowNoSobolIndices() {
        assertThat(new Sensitivity.Settings(1, 1, 0, 0).tornadoDraws()).isEqualTo(1);
        assertThatThrownBy(() -> new Sensitivity.Settings(1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sensitivity.Settings(1, 1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sensitivity.Settings(1, 1, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Sensitivity.Settings.defaults()).isEqualTo(new Sensitivity.Settings(42, 200, 2048, 200));
    }

    @Test
    void unweightedPercentilesAreTheNearestRanks() {
        double[] v = new double[100];
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 - i; // 100 down to 1: the order of the input does not matter
        }
        assertThat(Calibration.quantiles(v, null)).containsExactly(5, 50, 95);
        assertThat(Calibration.quantiles(new double[] {7}, null)).containsExactly(7, 7, 7);
    }

    @Test
    void weightedPercentilesFollowTheWeightsNotTheCount() {
        // 90 % of the weight on 10: its P5 and P50 are 10; P95 falls on 30 (cumulative 0.90, 0.94, 1.00).
        double[] values = {30, 10, 20};
        assertThat(Calibration.quantiles(values, new double[] {0.06, 0.90, 0.04}))
                .containsExactly(10, 10, 30);
        // Weights need not sum to 1.
        assertThat(Calibration.quantiles(values, new double[] {6, 90, 4})).containsExactly(10, 10, 30);
        // Equal weights give the unweighted answer.
        assertThat(Calibration.quantiles(values, new double[] {1, 1, 1}))
                .containsExactly(Calibration.quantiles(values, null));
        // All the weight on the largest value: every percentile is that value.
        assertThat(Calibration.quantiles(values, new double[] {1, 0, 0})).containsExactly(30, 30, 30);
    }

    @Test
    void posteriorPercentilesAreNearestRanksClampedToTheParticles() {
        double[] sorted = new double[20];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Posterior.rank(sorted, 0.05)).isEqualTo(1);
        assertThat(Posterior.rank(sorted, 0.5)).isEqualTo(10);
        assertThat(Posterior.rank(sorted, 0.95)).isEqualTo(19);
        assertThat(Posterior.rank(sorted, 0)).isEqualTo(1);
        assertThat(Posterior.rank(sorted, 1)).isEqualTo(20);
    }

    @Test
    void observationsNameMillionsOfEurosToOneDecimal() {
        assertThat(Calibration.euros(10_580_000_000L)).isEqualTo("105.8 M€");
        assertThat(Calibration.euros(12_104_999_999L)).isEqualTo("121.0 M€");
    }
}
