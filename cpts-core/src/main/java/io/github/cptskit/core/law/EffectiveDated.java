package io.github.cptskit.core.law;

import io.vavr.Tuple2;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * A legal parameter whose value changes over time: a value per effective date, each with its source,
 * in the manner of OpenFisca's parameters.
 *
 * <p>The value in force on a day is the one with the latest effective date on or before that day (a
 * step function). An effective date can also <em>end</em> the parameter ({@link #endingOn}), after
 * which it has no value, as when a rule is repealed.
 *
 * <pre>{@code
 * EffectiveDated<Long> fonctionnement = EffectiveDated.<Long>empty()
 *     .from(LocalDate.of(2019, 8, 25), Sourced.of(50_000L, accord2019, Confidence.CONFIRMED));
 * fonctionnement.at(LocalDate.of(2024, 1, 1)).map(Sourced::value); // Some(50000)
 * fonctionnement.at(LocalDate.of(2019, 1, 1));                      // None: not yet in force
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its values are.
 *
 * @param <T> the type of the value
 */
public final class EffectiveDated<T> {

    private static final EffectiveDated<?> EMPTY = new EffectiveDated<>(TreeMap.empty());

    // None marks the end of validity from that date.
    private final SortedMap<LocalDate, Option<Sourced<T>>> steps;

    private EffectiveDated(SortedMap<LocalDate, Option<Sourced<T>>> steps) {
        this.steps = steps;
    }

    /**
     * A parameter with no value yet.
     *
     * @param <T> the type of the value
     * @return the empty parameter
     */
    @SuppressWarnings("unchecked")
    public static <T> EffectiveDated<T> empty() {
        return (EffectiveDated<T>) EMPTY;
    }

    /**
     * A parameter with one value, in force from a date.
     *
     * @param effective the first day the value applies
     * @param value the value and its source
     * @param <T> the type of the value
     * @return the parameter
     */
    public static <T> EffectiveDated<T> of(LocalDate effective, Sourced<T> value) {
        return EffectiveDated.<T>empty().from(effective, value);
    }

    /**
     * This parameter with a value in force from a date (replacing any value set for that very date).
     *
     * @param effective the first day the value applies
     * @param value the value and its source
     * @return a new parameter
     */
    public EffectiveDated<T> from(LocalDate effective, Sourced<T> value) {
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(value, "value");
        return new EffectiveDated<>(steps.put(effective, Option.of(value)));
    }

    /**
     * This parameter ending on a date: from that day on it has no value.
     *
     * @param end the first day without a value
     * @return a new parameter
     */
    public EffectiveDated<T> endingOn(LocalDate end) {
        return new EffectiveDated<>(steps.put(Objects.requireNonNull(end, "end"), Option.none()));
    }

    /**
     * The value in force on a day.
     *
     * @param day the day
     * @return the value with its source, or none if the parameter is not in force that day
     */
    public Option<Sourced<T>> at(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return steps.filterKeys(d -> !d.isAfter(day)).lastOption().flatMap(Tuple2::_2);
    }

    /**
     * The effective dates, in order, including those that end the parameter.
     *
     * @return the dates
     */
    public io.vavr.collection.Seq<LocalDate> effectiveDates() {
        return steps.keySet().toList();
    }

    /**
     * The steps of this parameter: each effective date with its value, or none where it ends.
     *
     * @return the steps in date order
     */
    public SortedMap<LocalDate, Option<Sourced<T>>> steps() {
        return steps;
    }

    /**
     * Whether the parameter has no step at all.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * This parameter with every value transformed, keeping dates and sources.
     *
     * @param f the transformation
     * @param <U> the new type
     * @return the transformed parameter
     */
    public <U> EffectiveDated<U> map(Function<? super T, ? extends U> f) {
        return new EffectiveDated<>(steps.mapValues(
                o -> o.map(s -> Sourced.<U>of(f.apply(s.value()), s.reference(), s.confidence()))));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EffectiveDated<?> other && steps.equals(other.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return "EffectiveDated"
                + steps.map(t -> t._1 + "="
                                + t._2.map(s -> String.valueOf(s.value())).getOrElse("(ends)"))
                        .mkString("[", ", ", "]");
    }

    /**
     * {@link #at(LocalDate)} as an {@code Optional} (decision record 0004).
     *
     * @param day the day
     * @return the same value, or empty
     */
    public java.util.Optional<Sourced<T>> atOptional(LocalDate day) {
        return at(day).toJavaOptional();
    }

    /**
     * {@link #effectiveDates()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<LocalDate> effectiveDatesList() {
        return effectiveDates().asJava();
    }

    /**
     * {@link #steps()} as an unmodifiable {@code java.util.Map} in date order, each value an {@code
     * Optional} (decision record 0004).
     *
     * @return each effective date with its value, or empty where it ends
     */
    public java.util.Map<LocalDate, java.util.Optional<Sourced<T>>> stepsMap() {
        java.util.Map<LocalDate, java.util.Optional<Sourced<T>>> m = new java.util.LinkedHashMap<>();
        steps.forEach((day, value) -> m.put(day, value.toJavaOptional()));
        return java.util.Collections.unmodifiableMap(m);
    }
}
