package io.github.cptskit.pathways.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The period an indicator covers: from an instant included to an instant excluded. An instance
 * counts in the period when the event that enters it in the indicator (the qualification, the
 * appointment decision, the inclusion) took effect in it, so that consecutive periods never count
 * an instance twice.
 *
 * <pre>{@code
 * ReportingPeriod y2025 = ReportingPeriod.year(Year.of(2025), ZoneId.of("Europe/Paris"));
 * SnpWithinDelay.of(logs, Duration.ofHours(48), y2025).ratio();
 * }</pre>
 *
 * @param from the first instant included
 * @param until the first instant after the period
 */
public record ReportingPeriod(Instant from, Instant until) {
    /** Every instant: what the indicators count without a period. */
    public static final ReportingPeriod ALWAYS = new ReportingPeriod(Instant.MIN, Instant.MAX);

    /**
     * Checks the components.
     *
     * @param from the first instant included
     * @param until the first instant after the period
     */
    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " .. " + until);
        }
    }

    /**
     * @param from the first day included
     * @param until the first day after the period
     * @param zone the zone in which the days start (Europe/Paris for the ACI)
     * @return the period
     */
    public static ReportingPeriod of(LocalDate from, LocalDate until, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new ReportingPeriod(
                Objects.requireNonNull(from, "from").atStartOfDay(zone).toInstant(),
                Objects.requireNonNull(until, "until").atStartOfDay(zone).toInstant());
    }

    /**
     * @param year a calendar year
     * @param zone the zone in which it starts
     * @return 1 January to 1 January of the next year
     */
    public static ReportingPeriod year(Year year, ZoneId zone) {
        return of(year.atDay(1), year.plusYears(1).atDay(1), zone);
    }

    /**
     * @param t an instant
     * @return whether it is in the period
     */
    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(until);
    }
}
