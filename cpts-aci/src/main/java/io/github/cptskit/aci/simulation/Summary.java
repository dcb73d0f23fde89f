package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.calculation.Amounts;
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
        return ofWork(draws.clone());
    }

    /** As {@link #of}, reordering {@code work} instead of a copy. */
    static Summary ofWork(long[] work) {
        if (work.length == 0) {
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : work) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int n = work.length;
        // Exact order statistics by selection (no full sort): P50 first, then P5 left of it and P95 right.
        int i50 = index(n, 50);
        int i5 = index(n, 5);
        int i95 = index(n, 95);
        long range = max - min; // negative if the difference overflows
        if (n >= BUCKETED && range >= 0) {
            long[] p = byBuckets(work, min, range, i5, i50, i95);
            return new Summary(mean(work), p[0], p[1], p[2], min, max);
        }
        long p50 = select(work, 0, n - 1, i50);
        long p5 = select(work, 0, i50, i5);
        long p95 = select(work, i50, n - 1, i95);
        return new Summary(mean(work), p5, p50, p95, min, max);
    }

    /** From how many values the ranks are found by buckets ({@link #byBuckets}). */
    static final int BUCKETED = 256;

    private static final int BUCKET_BITS = 10;

    /**
     * The values of three ranks (in increasing order) of {@code a}, whose values lie in {@code [min, min
     * + range]}: one pass counts the values by bucket of {@code (v - min) >>> shift} (at most 1,024
     * buckets), the counts tell which bucket holds each rank and its rank there, a second pass gathers
     * the values of those buckets only, and a selection among them gives the value (with buckets of
     * one value each, the bucket is the value). The same order statistics as sorting, with few
     * unpredictable branches.
     */
    static long[] byBuckets(long[] a, long min, long range, int k0, int k1, int k2) {
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(range) - BUCKET_BITS);
        int[] count = new int[(int) (range >>> shift) + 1];
        for (long v : a) {
            count[(int) ((v - min) >>> shift)]++;
        }
        int[] ranks = {k0, k1, k2};
        int[] bucket = new int[3];
        int[] within = new int[3];
        int before = 0;
        int b = 0;
        for (int j = 0; j < 3; j++) {
            while (before + count[b] <= ranks[j]) {
                before += count[b];
                b++;
            }
            bucket[j] = b;
            within[j] = ranks[j] - before;
        }
        long[] values = new long[3];
        if (shift == 0) {
            for (int j = 0; j < 3; j++) {
                values[j] = min + bucket[j];
            }
            return values;
        }
        // The values of each distinct bucket (ranks in increasing order: equal buckets are adjacent).
        long[][] gathered = new long[3][];
        for (int j = 0; j < 3; j++) {
            gathered[j] = j > 0 && bucket[j] == bucket[j - 1] ? gathered[j - 1] : new long[count[bucket[j]]];
        }
        int b0 = bucket[0];
        int b1 = bucket[1];
        int b2 = bucket[2];
        int f0 = 0;
        int f1 = 0;
        int f2 = 0;
        for (long v : a) {
            int x = (int) ((v - min) >>> shift);
            if (x == b0) {
                gathered[0][f0++] = v;
            } else if (x == b1) {
                gathered[1][f1++] = v;
            } else if (x == b2) {
                gathered[2][f2++] = v;
            }
        }
        for (int j = 0; j < 3; j++) {
            long[] g = gathered[j];
            values[j] = select(g, 0, g.length - 1, within[j]);
        }
        return values;
    }

    /** The index of the nearest-rank percentile in sorted order. */
    static int index(int n, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * n) - 1;
        return Math.max(0, Math.min(n - 1, index));
    }

    /**
     * The value of rank {@code k} of {@code a[lo..hi]}, leaving {@code a} partitioned around it (smaller
     * before, larger after): quickselect with a three-way partition (draws repeat, zeros often), a
     * median-of-three pivot, and a sort of the range when it stops shrinking.
     */
    static long select(long[] a, int lo, int hi, int k) {
        int rounds = 0;
        while (hi > lo) {
            if (hi - lo < 16 || ++rounds > 64) {
                java.util.Arrays.sort(a, lo, hi + 1);
                return a[k];
            }
            int mid = (lo + hi) >>> 1;
            long x = a[lo];
            long y = a[mid];
            long z = a[hi];
            long pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                long v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        return a[k];
    }

    /** The mean rounded half up to the cent: in long arithmetic, in BigInteger only if the sum overflows. */
    private static long mean(long[] values) {
        long n = values.length;
        try {
            long sum = 0;
            for (long d : values) {
                sum = Math.addExact(sum, d);
            }
            // floor((2·sum + n) / 2n) = floor(mean + 1/2): half up for negative means too (a truncating
            // division rounded a negative mean towards zero: −1,930,861 alone came out −1,930,860).
            return Math.floorDiv(Math.addExact(Math.multiplyExact(sum, 2), n), 2 * n);
        } catch (ArithmeticException overflow) {
            java.math.BigInteger sum = java.math.BigInteger.ZERO;
            for (long d : values) {
                sum = sum.add(java.math.BigInteger.valueOf(d));
            }
            return meanHalfUp(sum, n);
        }
    }

    /** {@code sum / n} rounded half up (floor of the mean + 1/2, whatever the sign), as {@link #of} rounds. */
    static long meanHalfUp(java.math.BigInteger sum, long n) {
        java.math.BigInteger big = java.math.BigInteger.valueOf(n);
        java.math.BigInteger[] qr = sum.shiftLeft(1).add(big).divideAndRemainder(big.shiftLeft(1));
        return (qr[1].signum() < 0 ? qr[0].subtract(java.math.BigInteger.ONE) : qr[0]).longValueExact();
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
