package io.github.cptskit.aci.simulation;

import java.math.BigInteger;

/**
 * A streaming summary of integer amounts in cents, for simulations with more draws than are kept one
 * by one: a log-linear histogram (the scheme of HdrHistogram) with {@code 2^bits} bins per power of
 * two, allocated only for the powers of two the amounts reach. Counts are exact, so the rank of every
 * percentile is exact; the value reported is the middle of the bin that holds the order statistic,
 * clamped to the exact minimum and maximum, hence within a relative {@code 2^-(bits+1)} of the
 * nearest-rank percentile, and exact for amounts below {@code 2^bits} cents. The mean, minimum and
 * maximum are exact. Adding is independent of the order of the amounts, so the summary does not depend
 * on the number of threads. Not thread-safe.
 *
 * <pre>{@code
 * QuantileSketch s = new QuantileSketch(12);
 * s.add(123_45);
 * Summary summary = s.summary();
 * }</pre>
 */
final class QuantileSketch {

    private final int bits;
    private final int sub;
    private final int[][] positive; // [block][slot]; block 0 holds 0 .. 2^bits - 1 exactly
    private final int[][] negative;
    private long count;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private long sum; // the sum is sum + carry * 2^64, exactly
    private long carry;

    /**
     * An empty sketch.
     *
     * @param bits bins per power of two, as a power of two: 4 to 16
     */
    QuantileSketch(int bits) {
        if (bits < 4 || bits > 16) {
            throw new IllegalArgumentException("bits between 4 and 16: " + bits);
        }
        this.bits = bits;
        this.sub = 1 << bits;
        this.positive = new int[64 - bits + 1][];
        this.negative = new int[64 - bits + 1][];
    }

    /**
     * The largest relative distance between a reported percentile and the exact one.
     *
     * @param bits the sketch's bits
     * @return {@code 2^-(bits+1)}
     */
    static double relativeError(int bits) {
        return Math.scalb(1.0, -(bits + 1));
    }

    /**
     * Adds one amount.
     *
     * @param v the amount, in cents
     */
    void add(long v) {
        long r = sum + v;
        if (((sum ^ r) & (v ^ r)) < 0) {
            carry += v > 0 ? 1 : -1;
        }
        sum = r;
        count++;
        if (v < min) {
            min = v;
        }
        if (v > max) {
            max = v;
        }
        long mag = v < 0 ? -v : v; // Long.MIN_VALUE stays 2^63 read as unsigned
        int[][] side = v < 0 ? negative : positive;
        int block;
        int slot;
        if (Long.compareUnsigned(mag, sub) < 0) {
            block = 0;
            slot = (int) mag;
        } else {
            int e = 63 - Long.numberOfLeadingZeros(mag);
            block = e - bits + 1;
            slot = (int) (mag >>> (e - bits)) - sub;
        }
        int[] b = side[block];
        if (b == null) {
            b = new int[sub];
            side[block] = b;
        }
        b[slot]++;
    }

    /**
     * The number of amounts added.
     *
     * @return the count
     */
    long count() {
        return count;
    }

    /**
     * The summary of the amounts added: exact mean, minimum and maximum, percentiles within the stated
     * relative error.
     *
     * @return the summary, zeros when empty
     */
    Summary summary() {
        if (count == 0) {
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalStateException("too many amounts: " + count);
        }
        int n = (int) count;
        long[] ranks = {Summary.index(n, 5), Summary.index(n, 50), Summary.index(n, 95)};
        long[] values = new long[3];
        int next = 0;
        long seen = 0;
        // In increasing order: negative amounts from the largest magnitude down, then the others up.
        for (int block = negative.length - 1; block >= 0 && next < 3; block--) {
            int[] b = negative[block];
            if (b == null) {
                continue;
            }
            for (int slot = sub - 1; slot >= 0 && next < 3; slot--) {
                seen += b[slot];
                while (next < 3 && ranks[next] < seen) {
                    values[next++] = clamp(-middle(block, slot));
                }
            }
        }
        for (int block = 0; block < positive.length && next < 3; block++) {
            int[] b = positive[block];
            if (b == null) {
                continue;
            }
            for (int slot = 0; slot < sub && next < 3; slot++) {
                seen += b[slot];
                while (next < 3 && ranks[next] < seen) {
                    values[next++] = clamp(middle(block, slot));
                }
            }
        }
        return new Summary(mean(), values[0], values[1], values[2], min, max);
    }

    /** The middle of a bin's magnitudes (its lower bound for a bin of one amount). */
    private long middle(int block, int slot) {
        if (block == 0) {
            return slot;
        }
        int shift = block - 1; // e - bits
        long low = ((long) sub + slot) << shift;
        return low + (((1L << shift) - 1) >>> 1);
    }

    private long clamp(long v) {
        return Math.max(min, Math.min(max, v));
    }

    /** The mean rounded as {@link Summary#of(long[])} rounds it. */
    private long mean() {
        BigInteger total = BigInteger.valueOf(carry).shiftLeft(64).add(BigInteger.valueOf(sum));
        return Summary.meanHalfUp(total, count);
    }
}
