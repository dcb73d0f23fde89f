package io.github.cptskit.aci.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** The kernel's small functions: the tabulated logistic keeps its stated error, the stream mixer its spread. */
class NationalModelFunctionsTest {

    @Test
    void theTabulatedLogisticIsWithinItsStatedErrorInsideAndOutsideTheTable() {
        for (double x = -30; x <= 30; x += 0.001) {
            double exact = 1 / (1 + Math.exp(-x));
            assertThat(NationalModel.logistic(x)).as("x = %s", x).isCloseTo(exact, within(5e-7));
        }
        qt().forAll(doubles().between(-40, 40))
                .checkAssert(
                        x -> assertThat(NationalModel.logistic(x)).isCloseTo(1 / (1 + Math.exp(-x)), within(5e-7)));
        assertThat(NationalModel.logistic(0)).isEqualTo(0.5);
        assertThat(NationalModel.logistic(12)).isCloseTo(1 / (1 + Math.exp(-12)), within(1e-12));
        assertThat(NationalModel.logistic(-12)).isCloseTo(1 / (1 + Math.exp(12)), within(1e-12));
    }

    @Test
    void theLogisticIsIncreasingAndSymmetric() {
        qt().forAll(doubles().between(-20, 20)).checkAssert(x -> {
            assertThat(NationalModel.logistic(x + 0.01)).isGreaterThan(NationalModel.logistic(x));
            assertThat(NationalModel.logistic(x) + NationalModel.logistic(-x)).isCloseTo(1, within(1e-6));
        });
    }

    @Test
    void mixedStreamsDifferAndAreReproducible() {
        qt().forAll(longs().all(), longs().between(0, 1_000_000)).checkAssert((seed, stream) -> {
            long a = NationalModel.mix(seed, stream);
            assertThat(NationalModel.mix(seed, stream)).isEqualTo(a);
            assertThat(NationalModel.mix(seed, stream + 1)).isNotEqualTo(a);
            assertThat(NationalModel.mix(seed + 1, stream)).isNotEqualTo(a);
        });
        // SplitMix64's finaliser of a known input (Steele, Lea & Flood 2014; java.util.SplittableRandom's mix64).
        assertThat(NationalModel.mix(0, 0)).isEqualTo(splitMix(0x9E3779B97F4A7C15L));
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
