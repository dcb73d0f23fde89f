package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cptskit.aci.calculation.Amounts;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void noDrawsGiveZeros() {
        assertThat(Summary.of(new long[0])).isEqualTo(new Summary(0, 0, 0, 0, 0, 0));
    }

    @Test
    void oneDrawIsEveryStatistic() {
        assertThat(Summary.of(new long[] {1234})).isEqualTo(new Summary(1234, 1234, 1234, 1234, 1234, 1234));
    }

    @Test
    void oneToAHundredHasNearestRankPercentiles() {
        // Nearest rank: P5 is the 5th of 100 sorted draws, P50 the 50th, P95 the 95th. Mean 50.5 -> 51.
        long[] draws = LongStream.rangeClosed(1, 100).toArray();
        reverse(draws);
        assertThat(Summary.of(draws)).isEqualTo(new Summary(51, 5, 50, 95, 1, 100));
    }

    @Test
    void percentilesOfTenDrawsRoundTheRankUp() {
        // 10 draws: ceil(0.5) = 1st, ceil(5) = 5th, ceil(9.5) = 10th.
        long[] draws = {70, 10, 100, 40, 20, 90, 30, 60, 50, 80};
        assertThat(Summary.of(draws)).isEqualTo(new Summary(55, 10, 50, 100, 10, 100));
        // 21 draws: ceil(1.05) = 2nd, ceil(10.5) = 11th, ceil(19.95) = 20th.
        long[] more = LongStream.rangeClosed(0, 20).map(i -> i * 3).toArray();
        assertThat(Summary.of(more)).isEqualTo(new Summary(30, 3, 30, 57, 0, 60));
    }

    @Test
    void meanIsRoundedHalfUpToTheCent() {
        assertThat(Summary.of(new long[] {1, 2}).meanCents()).isEqualTo(2); // 1.5
        assertThat(Summary.of(new long[] {1, 2, 2}).meanCents()).isEqualTo(2); // 1.67
        assertThat(Summary.of(new long[] {1, 1, 2}).meanCents()).isEqualTo(1); // 1.33
        assertThat(Summary.of(new long[] {0, 0, 0, 1}).meanCents()).isZero(); // 0.25
        // Negative amounts (a ceiling's cap, a reform's saving) round half up too, and a single value is itself.
        assertThat(Summary.of(new long[] {-1_930_861}).meanCents()).isEqualTo(-1_930_861);
        assertThat(Summary.of(new long[] {-1, -2}).meanCents()).isEqualTo(-1); // -1.5
        assertThat(Summary.of(new long[] {-1, -2, -2}).meanCents()).isEqualTo(-2); // -1.67
        assertThat(Summary.of(new long[] {-3, 0, 0, 0}).meanCents()).isEqualTo(-1); // -0.75
    }

    @Test
    void meanOfHugeDrawsDoesNotOverflow() {
        long big = Long.MAX_VALUE / 2;
        assertThat(Summary.of(new long[] {big, big, big}).meanCents()).isEqualTo(big);
        assertThat(Summary.of(new long[] {-big, -big, -big}).meanCents()).isEqualTo(-big);
        assertThat(Summary.of(new long[] {-big, -big, -big + 1}).meanCents()).isEqualTo(-big); // −big + 1/3
    }

    @Test
    void drawsAreNotModified() {
        long[] draws = {3, 1, 2};
        Summary.of(draws);
        assertThat(draws).containsExactly(3, 1, 2);
    }

    @Test
    void amountsAreInEuros() {
        Summary s = new Summary(150, 5, 50, 95_00, 0, 100_00);
        assertThat(s.mean()).isEqualTo(Amounts.ofCents(150));
        assertThat(s.p5()).isEqualTo(Amounts.ofCents(5));
        assertThat(s.p50()).isEqualTo(Amounts.ofCents(50));
        assertThat(s.p95()).isEqualTo(Amounts.ofCents(95_00));
    }

    @Test
    void statisticsAreOrderedAndAreDrawsThatHappened() {
        qt().forAll(integers().between(1, 200), longs().all()).checkAssert((n, seed) -> {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            long[] draws = new long[n];
            for (int i = 0; i < n; i++) {
                draws[i] = r.nextLong(0, 1_000_000);
            }
            Summary s = Summary.of(draws);
            assertThat(s.minCents()).isEqualTo(Arrays.stream(draws).min().getAsLong());
            assertThat(s.maxCents()).isEqualTo(Arrays.stream(draws).max().getAsLong());
            assertThat(s.meanCents()).isBetween(s.minCents(), s.maxCents());
            assertThat(s.minCents()).isLessThanOrEqualTo(s.p5Cents());
            assertThat(s.p5Cents()).isLessThanOrEqualTo(s.p50Cents());
            assertThat(s.p50Cents()).isLessThanOrEqualTo(s.p95Cents());
            assertThat(s.p95Cents()).isLessThanOrEqualTo(s.maxCents());
            assertThat(draws).contains(s.p5Cents(), s.p50Cents(), s.p95Cents());
        });
    }

    @Test
    void percentilesAreTheNearestRanksOfTheSortedDrawsEvenWithManyRepeats() {
        // Summary selects the ranks without sorting: it must give what sorting gives.
        qt().forAll(integers().between(1, 2_000), integers().between(1, 50), longs().all())
                .checkAssert((n, distinct, seed) -> {
                    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                    long[] draws = new long[n];
                    for (int i = 0; i < n; i++) {
                        draws[i] = r.nextInt(distinct) * 1_000L - 7_000L;
                    }
                    long[] sorted = draws.clone();
                    Arrays.sort(sorted);
                    Summary s = Summary.of(draws);
                    assertThat(s.p5Cents()).isEqualTo(sorted[(int) Math.ceil(0.05 * n) - 1]);
                    assertThat(s.p50Cents()).isEqualTo(sorted[(int) Math.ceil(0.50 * n) - 1]);
                    assertThat(s.p95Cents()).isEqualTo(sorted[(int) Math.ceil(0.95 * n) - 1]);
                    assertThat(s.minCents()).isEqualTo(sorted[0]);
                    assertThat(s.maxCents()).isEqualTo(sorted[n - 1]);
                });
    }

    @Test
    void percentilesByBucketsAreTheNearestRanksOfTheSortedDraws() {
        // From Summary.BUCKETED values, the ranks are found by buckets: atoms (a share of zeros, of one
        // repeated amount), far outliers, negative amounts and spans of a few cents to 2^62 must all
        // give what sorting gives.
        qt().forAll(integers().between(Summary.BUCKETED, 4_000), integers().between(0, 62), longs().all())
                .checkAssert((n, spanBits, seed) -> {
                    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                    long span = 1L << spanBits;
                    double zeros = r.nextDouble(0.6);
                    double atom = r.nextDouble(0.6);
                    long atomValue = r.nextLong(-span, span);
                    long[] draws = new long[n];
                    for (int i = 0; i < n; i++) {
                        double u = r.nextDouble();
                        draws[i] = u < zeros
                                ? 0
                                : u < zeros + atom * (1 - zeros)
                                        ? atomValue
                                        : r.nextInt(100) == 0
                                                ? r.nextLong(-span, span) * 2 - 1
                                                : r.nextLong(-span / 64 - 1, span / 64 + 1);
                    }
                    long[] sorted = draws.clone();
                    Arrays.sort(sorted);
                    Summary s = Summary.of(draws);
                    assertThat(s.p5Cents()).isEqualTo(sorted[(int) Math.ceil(0.05 * n) - 1]);
                    assertThat(s.p50Cents()).isEqualTo(sorted[(int) Math.ceil(0.50 * n) - 1]);
                    assertThat(s.p95Cents()).isEqualTo(sorted[(int) Math.ceil(0.95 * n) - 1]);
                    assertThat(s.minCents()).isEqualTo(sorted[0]);
                    assertThat(s.maxCents()).isEqualTo(sorted[n - 1]);
                });
    }

    @Test
    void percentilesOfAmountsWhoseSpanOverflowsAreStillExact() {
        long[] draws = new long[1_000];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = i % 2 == 0 ? Long.MIN_VALUE / 2 - i : Long.MAX_VALUE / 2 + i;
        }
        long[] sorted = draws.clone();
        Arrays.sort(sorted);
        Summary s = Summary.of(draws);
        assertThat(s.p5Cents()).isEqualTo(sorted[49]);
        assertThat(s.p50Cents()).isEqualTo(sorted[499]);
        assertThat(s.p95Cents()).isEqualTo(sorted[949]);
    }

    private static void reverse(long[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
