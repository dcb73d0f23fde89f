package io.github.cptskit.pathways.indicator;

import io.github.cptskit.pathways.engine.Event;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The P2 read model: of the SAS calls the régulateur turned into an appointment, the share consulted
 * within the consultation delay. Computed from event logs.
 *
 * <pre>{@code
 * SnpWithinDelay.of(logs, SnpSas.Parameters.defaults().consultationDelay().get()).ratio();   // 812/1000
 * }</pre>
 *
 * @param delay the consultation delay applied
 * @param ratio consulted within the delay, out of appointments requested
 */
public record SnpWithinDelay(Duration delay, Ratio ratio) {
    /**
     * Checks the components.
     *
     * @param delay the consultation delay applied
     * @param ratio consulted within the delay, out of appointments requested
     */
    public SnpWithinDelay {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(ratio, "ratio");
    }

    /**
     * @param logs one log per P2 instance (a {@code java.util.List} of lists, a Vavr {@code Seq}…)
     * @param delay the consultation delay of the contract (48 h nationally)
     * @return the read model
     */
    public static SnpWithinDelay of(Iterable<? extends Iterable<Event>> logs, Duration delay) {
        return of(logs, delay, ReportingPeriod.ALWAYS);
    }

    /**
     * @param logs one log per P2 instance (a {@code java.util.List} of lists, a Vavr {@code Seq}…)
     * @param delay the consultation delay of the contract (48 h nationally)
     * @param period the appointments decided in this period count
     * @return the read model
     */
    public static SnpWithinDelay of(Iterable<? extends Iterable<Event>> logs, Duration delay, ReportingPeriod period) {
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(period, "period");
        long requested = 0;
        long within = 0;
        for (Iterable<Event> raw : logs) {
            Seq<Event> log = Logs.seq(raw);
            Option<Event> rdv = log.find(
                    e -> e.type().equals("regule") && e.data().get("decision").contains("RDV"));
            if (rdv.isEmpty() || !period.contains(rdv.get().at())) {
                continue;
            }
            requested++;
            Instant limit = rdv.get().at().plus(delay);
            if (Logs.first(log, "consultationRealisee").exists(c -> !c.at().isAfter(limit))) {
                within++;
            }
        }
        return new SnpWithinDelay(delay, new Ratio(within, requested));
    }
}
