package io.github.cptskit.pathways.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.pathways.catalogue.AccesMedecinTraitant;
import io.github.cptskit.pathways.catalogue.AccesMedecinTraitant.Priority;
import io.github.cptskit.pathways.engine.Event;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * The P1 read model: patients registered without a médecin traitant and qualified, by priority
 * category, how many got one, and the median delay from qualification to the declaration. Computed
 * from event logs, never stored.
 *
 * <pre>{@code
 * MedecinTraitantAccess a = MedecinTraitantAccess.of(logs);
 * a.found(Priority.ALD);              // Ratio 41/60
 * a.medianDelay();                    // Some(PT1052H)
 * a.ratio().indicator("mt-trouve", 1);
 * }</pre>
 *
 * @param registered qualified patients by priority
 * @param found of them, those whose MT declaration was recorded, by priority
 * @param delays the delays from qualification to declaration, by priority, sorted
 */
public record MedecinTraitantAccess(
        TreeMap<Priority, Long> registered, TreeMap<Priority, Long> found, TreeMap<Priority, Seq<Duration>> delays) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param registered qualified patients by priority
     * @param found of them, those whose MT declaration was recorded, by priority
     * @param delays the delays from qualification to declaration, by priority, sorted
     */
    public MedecinTraitantAccess {
        Objects.requireNonNull(registered, "registered");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(delays, "delays");
    }

    /**
     * @param logs one log per P1 instance (a {@code java.util.List} of lists, a Vavr {@code Seq}…)
     * @return the read model
     */
    public static MedecinTraitantAccess of(Iterable<? extends Iterable<Event>> logs) {
        return of(logs, ReportingPeriod.ALWAYS);
    }

    /**
     * @param logs one log per P1 instance (a {@code java.util.List} of lists, a Vavr {@code Seq}…)
     * @param period the patients qualified in this period count
     * @return the read model
     */
    public static MedecinTraitantAccess of(Iterable<? extends Iterable<Event>> logs, ReportingPeriod period) {
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(period, "period");
        TreeMap<Priority, Long> registered = TreeMap.empty();
        TreeMap<Priority, Long> found = TreeMap.empty();
        TreeMap<Priority, Seq<Duration>> delays = TreeMap.empty();
        for (Iterable<Event> raw : logs) {
            Seq<Event> log = Logs.seq(raw);
            Option<Event> qualified =
                    Logs.first(log, "inscritListeAttente").flatMap(x -> Logs.first(log, "eligibiliteEvaluee"));
            if (qualified.isEmpty() || !period.contains(qualified.get().at())) {
                continue;
            }
            Priority p = AccesMedecinTraitant.priority(qualified.get());
            registered = registered.put(p, registered.get(p).getOrElse(0L) + 1);
            for (Event declared : Logs.first(log, "declarationMtEnregistree")) {
                found = found.put(p, found.get(p).getOrElse(0L) + 1);
                Duration d = Duration.between(qualified.get().at(), declared.at());
                delays = delays.put(p, delays.get(p).getOrElse(List.empty()).append(d));
            }
        }
        return new MedecinTraitantAccess(registered, found, delays.mapValues(s -> s.sorted()));
    }

    /**
     * @param p a priority
     * @return found out of registered, for it
     */
    public Ratio found(Priority p) {
        return new Ratio(found.get(p).getOrElse(0L), registered.get(p).getOrElse(0L));
    }

    /** @return found out of registered, all priorities */
    public Ratio ratio() {
        return new Ratio(
                found.values().sum().longValue(), registered.values().sum().longValue());
    }

    /** @return the median delay from qualification to declaration, all priorities (lower middle) */
    public Option<Duration> medianDelay() {
        return median(delays.values().flatMap(s -> s).sorted());
    }

    /**
     * @param p a priority
     * @return the median delay for it
     */
    public Option<Duration> medianDelay(Priority p) {
        return median(delays.get(p).getOrElse(List.empty()));
    }

    /**
     * {@link #medianDelay()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Duration> medianDelayOptional() {
        return medianDelay().toJavaOptional();
    }

    /**
     * {@link #medianDelay(Priority)} as an {@code Optional} (decision record 0004).
     *
     * @param p a priority
     * @return the same value, or empty
     */
    public java.util.Optional<Duration> medianDelayOptional(Priority p) {
        return medianDelay(p).toJavaOptional();
    }

    private static Option<Duration> median(Seq<Duration> sorted) {
        return sorted.isEmpty() ? Option.none() : Option.some(sorted.get((sorted.size() - 1) / 2));
    }

    @Override
    public String toString() {
        return List.of(Priority.values())
                .map(p -> Tuple.of(p, found(p)))
                .map(t -> t._1 + " " + t._2)
                .mkString("MedecinTraitantAccess[", ", ", "]");
    }

    /**
     * {@link #registered()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<Priority, Long> registeredMap() {
        return java.util.Collections.unmodifiableMap(registered().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * {@link #found()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<Priority, Long> foundMap() {
        return java.util.Collections.unmodifiableMap(found().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * {@link #delays()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<Priority, java.util.List<Duration>> delaysMap() {
        return java.util.Collections.unmodifiableMap(
                delays().toJavaMap(java.util.LinkedHashMap::new, t -> t.map2(Seq::asJava)));
    }
}
