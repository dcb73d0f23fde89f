package io.github.cptskit.pathways.indicator;

import io.github.cptskit.pathways.engine.Event;
import io.vavr.collection.Seq;

/**
 * The P8b read model: patients included in a PCR, those who completed it (to its end or its maximum
 * duration) and those who left early.
 *
 * <pre>{@code
 * PcrActivity a = PcrActivity.of(logs);
 * a.completion().indicator("pcr-completion", 1);   // completed out of ended
 * }</pre>
 *
 * @param inclusions patients included
 * @param completions patients who completed the pathway
 * @param earlyExits patients who left early
 */
public record PcrActivity(long inclusions, long completions, long earlyExits) {

    /**
     * @param logs one log per P8b instance (a {@code java.util.List} of lists, a Vavr {@code Seq}…)
     * @return the read model
     */
    public static PcrActivity of(Iterable<? extends Iterable<Event>> logs) {
        return of(logs, ReportingPeriod.ALWAYS);
    }

    /**
     * @param logs one log per P8b instance (a {@code java.util.List} of lists, a Vavr {@code Seq}…)
     * @param period the patients included in this period count
     * @return the read model
     */
    public static PcrActivity of(Iterable<? extends Iterable<Event>> logs, ReportingPeriod period) {
        java.util.Objects.requireNonNull(logs, "logs");
        java.util.Objects.requireNonNull(period, "period");
        long included = 0;
        long completed = 0;
        long left = 0;
        for (Iterable<Event> raw : logs) {
            Seq<Event> log = Logs.seq(raw);
            if (Logs.first(log, "inclusion")
                    .filter(e -> period.contains(e.at()))
                    .isEmpty()) {
                continue;
            }
            included++;
            if (log.exists(e -> e.type().equals("parcoursTermine") || e.type().equals("dureeMaximaleAtteinte"))) {
                completed++;
            } else if (Logs.first(log, "sortie").isDefined()) {
                left++;
            }
        }
        return new PcrActivity(included, completed, left);
    }

    /** @return completions out of the inclusions that have ended */
    public Ratio completion() {
        return new Ratio(completions, completions + earlyExits);
    }
}
