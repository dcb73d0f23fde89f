package io.github.cptskit.pathways.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A deadline a transition starts (a consultation within 48 h of regulation, a review at 3 months):
 * its kind, its delay (calendar months and days, then an exact duration), and the event the host
 * appends when it expires. In a state, a started deadline has a due instant; it stays pending across
 * states until its expiry event is appended, a transition cancels it, or the instance ends.
 *
 * <pre>{@code
 * Deadline.of("consultation48h", Duration.ofHours(48), "delaiConsultationDepasse");
 * Deadline.of("revue3Mois", Period.ofMonths(3), "echeanceRevue3Mois");
 * }</pre>
 *
 * @param kind the deadline's name
 * @param period the calendar part of the delay (months, days), in the definition's time zone
 * @param after the exact part of the delay
 * @param expiryEvent the event type to append when due
 * @param dueAt when it is due (set in a state; {@link Instant#MAX} in a definition)
 */
public record Deadline(String kind, Period period, Duration after, String expiryEvent, Instant dueAt) {
    /**
     * Checks the components.
     *
     * @param kind the deadline's name
     * @param period the calendar part of the delay (months, days), in the definition's time zone
     * @param after the exact part of the delay
     * @param expiryEvent the event type to append when due
     * @param dueAt when it is due (set in a state; {@link Instant#MAX} in a definition)
     */
    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(expiryEvent, "expiryEvent");
        Objects.requireNonNull(dueAt, "dueAt");
        if (period.isNegative() || after.isNegative()) {
            throw new IllegalArgumentException("a deadline's delay is positive: " + kind);
        }
    }

    /**
     * A deadline of an exact duration, as declared in a definition.
     *
     * @param kind the name
     * @param after the delay
     * @param expiryEvent the expiry event type
     * @return the declaration
     */
    public static Deadline of(String kind, Duration after, String expiryEvent) {
        return new Deadline(kind, Period.ZERO, after, expiryEvent, Instant.MAX);
    }

    /**
     * A deadline of calendar months or days, as declared in a definition.
     *
     * @param kind the name
     * @param period the delay
     * @param expiryEvent the expiry event type
     * @return the declaration
     */
    public static Deadline of(String kind, Period period, String expiryEvent) {
        return new Deadline(kind, period, Duration.ZERO, expiryEvent, Instant.MAX);
    }

    /**
     * This deadline started at an instant.
     *
     * @param start when the starting event happened
     * @param zone the zone in which calendar months and days are counted
     * @return the pending deadline
     */
    public Deadline startedAt(Instant start, ZoneId zone) {
        Instant due = period.isZero() ? start : start.atZone(zone).plus(period).toInstant();
        return new Deadline(kind, period, after, expiryEvent, due.plus(after));
    }

    /** @return the delay as written: {@code P2M}, {@code PT48H} */
    public String delay() {
        if (period.isZero()) {
            return after.toString();
        }
        return after.isZero() ? period.toString() : period + " + " + after;
    }
}
