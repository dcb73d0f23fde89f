package io.github.cptskit.pathways.catalogue;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Guard;
import io.github.cptskit.pathways.engine.Transition;

/** Shorthands for writing the catalogue's definitions. */
final class Build {
    private Build() {}

    static Transition<NoContext> t(String from, String on, String to) {
        return Transition.of(from, on, to);
    }

    static Guard<NoContext> guard(
            String name, java.util.function.Predicate<io.github.cptskit.pathways.engine.Event> p) {
        return Guard.onEvent(name, p);
    }

    static String data(io.github.cptskit.pathways.engine.Event e, String key) {
        String v = e.datum(key);
        return v == null ? "" : v;
    }

    static long number(io.github.cptskit.pathways.engine.Event e, String key) {
        // The event type checked the field is an integer before any guard runs.
        String v = e.datum(key);
        return v == null ? 0L : Long.parseLong(v);
    }

    /** The catalogue's definitions are checked by its tests; a broken one is a bug of this library. */
    static Definition<NoContext> checked(Definition.Builder<NoContext> b) {
        io.vavr.control.Validation<io.vavr.collection.Seq<Problem>, Definition<NoContext>> built = b.build();
        if (built.isInvalid()) {
            throw new IllegalStateException(
                    built.getError().map(Problem::messageEn).mkString("; "));
        }
        return built.get();
    }
}
