package io.github.cptskit.pathways.internal;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds, then random bits, so that ids sort by
 * the instant they were recorded. No shared state: the random bits come from the calling thread's
 * generator.
 */
public final class EventIds {
    private EventIds() {}

    /**
     * @param recordedAt the instant the id is made for
     * @return a new version 7 UUID
     */
    public static UUID next(Instant recordedAt) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return of(recordedAt, r.nextLong(), r.nextLong());
    }

    /**
     * A version 7 UUID with given random bits (for ids derived from something stable).
     *
     * @param at the instant
     * @param a random bits for the high part (12 used)
     * @param b random bits for the low part (62 used)
     * @return the UUID
     */
    public static UUID of(Instant at, long a, long b) {
        return new UUID(high(at, a), low(b));
    }

    /**
     * @param at the instant
     * @param a random bits (12 used)
     * @return the most significant half of a version 7 UUID
     */
    public static long high(Instant at, long a) {
        return (at.toEpochMilli() << 16) | 0x7000L | (a & 0x0FFFL);
    }

    /**
     * @param b random bits (62 used)
     * @return the least significant half of a version 7 UUID (IETF variant)
     */
    public static long low(long b) {
        return (b & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    }
}
