package io.github.cptskit.pathways.indicator;

import io.github.cptskit.pathways.engine.Event;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** What read models ask of one instance's log. */
final class Logs {
    private Logs() {}

    static Option<Event> first(Seq<Event> log, String type) {
        return log.find(e -> e.type().equals(type));
    }

    /** A log as a Seq: as it is when it is one, copied once otherwise (a {@code java.util.List}). */
    static Seq<Event> seq(Iterable<Event> log) {
        return log instanceof Seq<Event> s ? s : List.ofAll(log);
    }
}
