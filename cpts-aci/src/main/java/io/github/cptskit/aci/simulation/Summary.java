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
        java.math.BigInteger sum = java.math.BigInteger.ZERO;
        for (long d : sorted) {
            sum = sum.add(java.math.BigInteger.valueOf(d));
        }
        java.math.BigInteger n = java.math.BigInteger.valueOf(sorted.length);
        long mean = sum.shiftLeft(1).add(n).divide(n.shiftLeft(1)).longValueExact();
        return new Summary(
                mean, rank(sorted, 5), rank(sorted, 50), rank(sorted, 95), sorted[0], sorted[sorted.length - 1]);
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
