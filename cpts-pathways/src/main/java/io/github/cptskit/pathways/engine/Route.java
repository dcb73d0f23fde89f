package io.github.cptskit.pathways.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * Which of several transitions on the same event an event takes, read from the event's own data
 * ({@code decision} in {@code CONSEIL}): routing is a function of what the log records, so replaying
 * the log always takes the same branches. Routes on the same state and event must read the same
 * field and have disjoint values, which makes them provably mutually exclusive.
 *
 * @param field the data key
 * @param values the values that take this branch
 */
public record Route(String field, Set<String> values) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param field the data key
     * @param values the values that take this branch
     */
    public Route {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a route needs values");
        }
    }

    /**
     * @param field the data key
     * @param values the values
     * @return the route
     */
    public static Route when(String field, String... values) {
        return new Route(field, LinkedHashSet.of(values));
    }

    /**
     * @param e an event
     * @return whether it takes this branch
     */
    public boolean matches(Event e) {
        String v = e.datum(field);
        return v != null && values.contains(v);
    }

    @Override
    public String toString() {
        return field + "=" + values.mkString("|");
    }

    /**
     * {@link #values()} as an unmodifiable {@code java.util.Set}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.Set<String> valuesSet() {
        return java.util.Collections.unmodifiableSet(values().toJavaSet(java.util.LinkedHashSet::new));
    }
}
