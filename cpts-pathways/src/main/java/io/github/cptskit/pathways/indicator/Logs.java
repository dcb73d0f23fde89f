package io.github.cptskit.pathways.indicator;

import io.github.cptskit.pathways.engine.Event;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** What read models ask of one instance's log. */
final class Logs {
    private Logs() {}

    static Option<Event> first(Seq<Event> log, String type) {
        return log.find(e -> e.type().equals(type));
    }
}
