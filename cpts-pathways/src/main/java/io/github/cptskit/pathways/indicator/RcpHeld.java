package io.github.cptskit.pathways.indicator;

import io.github.cptskit.core.indicator.IndicatorResult;
import io.github.cptskit.pathways.engine.Event;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The P4 read model: the concertation meetings held in a year (distinct meeting ids of the cases
 * discussed), against a target. The target is the host's: the catalogue's default (6, the MSP's ACI
 * figure) is unconfirmed for a CPTS ({@code Rcp.Parameters}).
 *
 * <pre>{@code
 * RcpHeld.of(logs, Year.of(2025), 6).ratio();   // 5/6
 * }</pre>
 *
 * @param year the year
 * @param meetings the meetings held that year
 * @param target the meetings that count as full achievement
 */
public record RcpHeld(Year year, long meetings, int target) {
    /**
     * Checks the components.
     *
     * @param year the year
     * @param meetings the meetings held that year
     * @param target the meetings that count as full achievement
     */
    public RcpHeld {
        Objects.requireNonNull(year, "year");
        if (target < 1) {
            throw new IllegalArgumentException("a target is 1 or more: " + target);
        }
    }

    /**
     * @param logs one log per P4 instance (case) (a {@code java.util.List} of lists, a Vavr {@code Seq}…)
     * @param year the year
     * @param target the meetings a year taken as full achievement
     * @return the read model
     */
    public static RcpHeld of(Iterable<? extends Iterable<Event>> logs, Year year, int target) {
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(year, "year");
        Set<String> meetings = HashSet.empty();
        for (Iterable<Event> raw : logs) {
            Seq<Event> log = Logs.seq(raw);
            for (Event e : log) {
                if (e.type().equals("reunionTenue")
                        && e.data()
                                .get("date")
                                .exists(d -> Year.from(LocalDate.parse(d)).equals(year))) {
                    meetings = meetings.add(e.data().get("reunion").get());
                }
            }
        }
        return new RcpHeld(year, meetings.size(), target);
    }

    /**
     * The meetings held in a period (by the meeting's date, in the period's days as seen in {@code zone}),
     * against the target of its year.
     *
     * @param logs one log per P4 instance (case) (a {@code java.util.List} of lists, a Vavr {@code Seq}…)
     * @param period the period, within one year
     * @param zone the zone of the meetings' dates
     * @param target the meetings a year taken as full achievement
     * @return the read model, for the year the period starts in
     */
    public static RcpHeld of(
            Iterable<? extends Iterable<Event>> logs, ReportingPeriod period, ZoneId zone, int target) {
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        Set<String> meetings = HashSet.empty();
        for (Iterable<Event> raw : logs) {
            Seq<Event> log = Logs.seq(raw);
            for (Event e : log) {
                if (e.type().equals("reunionTenue")
                        && e.data()
                                .get("date")
                                .exists(d -> period.contains(
                                        LocalDate.parse(d).atStartOfDay(zone).toInstant()))) {
                    meetings = meetings.add(e.data().get("reunion").get());
                }
            }
        }
        return new RcpHeld(Year.from(period.from().atZone(zone)), meetings.size(), target);
    }

    /** @return meetings held out of the target, capped at the target */
    public Ratio ratio() {
        return new Ratio(Math.min(meetings, target), target);
    }

    /**
     * @param name the indicator's name
     * @param weight its weight
     * @return the indicator result
     */
    public IndicatorResult indicator(String name, int weight) {
        return ratio().indicator(name, weight);
    }
}
