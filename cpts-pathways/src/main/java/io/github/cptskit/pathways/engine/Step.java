package io.github.cptskit.pathways.engine;

/**
 * A transition compiled for the hot path: arrays and hash sets instead of persistent collections.
 *
 * @param <C> the context type
 */
final class Step<C> implements Selection {
    final Transition<C> t;
    final String routeField;
    final java.util.Set<String> routeValues;
    final Guard<C>[] guards;
    final Deadline[] starts;
    final String[] cancels;
    final String[] raises;
    final boolean toTerminal;

    @SuppressWarnings("unchecked")
    Step(Transition<C> t, boolean toTerminal) {
        this.t = t;
        this.toTerminal = toTerminal;
        this.routeField = t.route().map(Route::field).getOrNull();
        this.routeValues = t.route().map(r -> r.values().toJavaSet()).getOrElse(java.util.Set.of());
        this.guards = t.guards().toJavaArray(n -> new Guard[n]);
        this.starts = t.starts().toJavaArray(Deadline[]::new);
        this.cancels = t.cancels().toJavaArray(String[]::new);
        this.raises = t.raises().toJavaArray(String[]::new);
    }

    boolean matches(Event e) {
        if (routeField == null) {
            return true;
        }
        String v = e.datum(routeField);
        return v != null && routeValues.contains(v);
    }
}
