package io.github.cptskit.pathways.jdbc;

import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.engine.Transition;
import java.time.Duration;

/** A pathway that never ends by itself: notes restart a one-day reminder, which expires to RELANCE. */
final class TestPathways {
    private TestPathways() {}

    static final Definition<NoContext> LOOP = Definition.<NoContext>builder("charge", 1, "OUVERT")
            .event(EventType.of("note", "a note", Field.integer("n", "its number", 0, 10_000_000)))
            .transition(Transition.<NoContext>of("OUVERT", "note", "OUVERT")
                    .starting(Deadline.of("relance", Duration.ofDays(1), "relanceEchue")))
            .transition("OUVERT", "relanceEchue", "RELANCE")
            .transition(Transition.<NoContext>of("RELANCE", "note", "OUVERT")
                    .starting(Deadline.of("relance", Duration.ofDays(1), "relanceEchue")))
            .transition("OUVERT", "clos", "CLOS")
            .terminal("CLOS")
            .build()
            .get();

    /** Values a JSON writer must escape: a choice's values are the definition's own text. */
    static final String ODD = "a\"b\\c\nd\u0001é\uD83D\uDE00";

    /** One event whose choice field takes {@link #ODD}. */
    static final Definition<NoContext> ECHO = Definition.<NoContext>builder("echo", 1, "OUVERT")
            .event(EventType.of("dit", "says", Field.choice("q", "what", ODD, "plain")))
            .transition("OUVERT", "dit", "OUVERT")
            .transition("OUVERT", "clos", "CLOS")
            .terminal("CLOS")
            .build()
            .get();
}
