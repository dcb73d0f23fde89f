package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.calculation.Amounts;
import java.util.Arrays;
import javax.money.MonetaryAmount;

/**
 * The distribution of an amount over the draws of a simulation: mean, 5th, 50th and 95th
 * percentiles, minimum and maximum, in EUR. Percentiles are order statistics (nearest rank), so they
 * are amounts that some draw actually produced.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param meanCents the mean, in cents (rounded half-up)
 * @param p5Cents the 5th percentile, in cents
 * @param p50Cents the median, in cents
 * @param p95Cents the 95th percentile, in cents
 * @param minCents the minimum, in cents
 * @param maxCents the maximum, in cents
 */
public record Summary(long meanCents, long p5Cents, long p50Cents, long p95Cents, long minCents, long maxCents) {

    /**
     * Summarises draws.
     *
     * @param draws the amount of each draw, in cents; not modified
     * @return the summary
     */
    public static Summary of(long[] draws) {
        if (draws.length == 0) {
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        long[] sorted = draws.clone();
        Arrays.sort(sorted);
        return new Summary(
                mean(sorted),
                rank(sorted, 5),
                rank(sorted, 50),
                rank(sorted, 95),
                sorted[0],
                sorted[sorted.length - 1]);
    }

    /** The mean rounded half up to the cent: in long arithmetic, in BigInteger only if the sum overflows. */
    private static long mean(long[] values) {
        long n = values.length;
        try {
            long sum = 0;
            for (long d : values) {
                sum = Math.addExact(sum, d);
            }
            return Math.addExact(Math.multiplyExact(sum, 2), n) / (2 * n); // as BigInteger.divide below
        } catch (ArithmeticException overflow) {
            java.math.BigInteger sum = java.math.BigInteger.ZERO;
            for (long d : values) {
                sum = sum.add(java.math.BigInteger.valueOf(d));
            }
            java.math.BigInteger big = java.math.BigInteger.valueOf(n);
            return sum.shiftLeft(1).add(big).divide(big.shiftLeft(1)).longValueExact();
        }
    }

    private static long rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * The mean in EUR.
     *
     * @return the mean
     */
    public MonetaryAmount mean() {
        return Amounts.ofCents(meanCents);
    }

    /**
     * The 5th percentile in EUR.
     *
     * @return P5
     */
    public MonetaryAmount p5() {
        return Amounts.ofCents(p5Cents);
    }

    /**
     * The median in EUR.
     *
     * @return P50
     */
    public MonetaryAmount p50() {
        return Amounts.ofCents(p50Cents);
    }

    /**
     * The 95th percentile in EUR.
     *
     * @return P95
     */
    public MonetaryAmount p95() {
        return Amounts.ofCents(p95Cents);
    }
}
