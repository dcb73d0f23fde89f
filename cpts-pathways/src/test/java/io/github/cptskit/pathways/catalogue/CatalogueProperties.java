package io.github.cptskit.pathways.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.engine.Route;
import io.github.cptskit.pathways.engine.TestEvents;
import io.github.cptskit.pathways.engine.Transition;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants every catalogue pathway keeps, on random event sequences with random valid data. */
class CatalogueProperties {

    static TreeMap<String, String> randomData(EventType type, SplittableRandom r) {
        TreeMap<String, String> data = TreeMap.empty();
        for (Field f : type.fields()) {
            if (!f.required() && r.nextBoolean()) {
                continue;
            }
            data = data.put(f.name(), value(f, r));
        }
        return data;
    }

    private static String value(Field f, SplittableRandom r) {
        switch (f.kind()) {
            case CHOICE:
                return f.choices().toList().get(r.nextInt(f.choices().size()));
            case INTEGER:
                return Long.toString(f.min() + r.nextLong(Math.min(f.max() - f.min(), 30) + 1));
            case BOOLEAN:
                return Boolean.toString(r.nextBoolean());
            case DATE:
                return "2025-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10);
            case INSTANT:
                return "2025-03-0" + (1 + r.nextInt(9)) + "T08:00:00Z";
            default:
                return "id-" + r.nextInt(5);
        }
    }

    private static Either<Rejection, Decision> decide(
            Definition<NoContext> def, InstanceState s, String type, TreeMap<String, String> data, Instant t) {
        return def.engine()
                .decide(s, Command.of(type, Walk.AUTHOR, data), NoContext.INSTANCE, Clock.fixed(t, ZoneOffset.UTC));
    }

    private static InstanceState start(Definition<NoContext> def) {
        return def.engine().start(Walk.INSTANCE, Walk.PATIENT);
    }

    @Test
    void replayEqualsIncrementalStatesStayDeclaredAndDeadlinesFireExactlyWhenDue() {
        for (Pathway p : Catalogue.all()) {
            Definition<NoContext> def = p.definition();
            Seq<EventType> types = def.eventTypes().values().toList();
            Seq<String> expiries = def.deadlines().values().map(Deadline::expiryEvent);
            qt().withExamples(100)
                    .forAll(longs().all(), integers().between(1, 60))
                    .check((seed, length) -> {
                        SplittableRandom r = new SplittableRandom(seed);
                        InstanceState s = start(def);
                        List<Event> log = List.empty();
                        Instant t = Walk.T0;
                        for (int i = 0; i < length; i++) {
                            t = t.plus(Duration.ofHours(r.nextInt(24 * 40)));
                            EventType type = types.get(r.nextInt(types.size()));
                            Either<Rejection, Decision> d = decide(def, s, type.name(), randomData(type, r), t);
                            boolean expiry = def.deadlines()
                                    .values()
                                    .exists(x -> x.expiryEvent().equals(type.name()));
                            if (expiry) {
                                Instant now = t;
                                boolean due = s.deadlines()
                                        .values()
                                        .exists(x -> x.expiryEvent().equals(type.name())
                                                && !x.dueAt().isAfter(now));
                                if (d.isRight() != due) {
                                    return false;
                                }
                            }
                            if (d.isRight()) {
                                if (!d.get()
                                        .state()
                                        .equals(def.engine().replay(s, d.get().events()))) {
                                    return false;
                                }
                                s = d.get().state();
                                log = log.appendAll(d.get().events());
                            } else if (r.nextInt(3) == 0) {
                                // The host's scheduler: append what is due, earliest first.
                                Decision e = def.engine()
                                        .expire(s, Walk.AUTHOR, NoContext.INSTANCE, Clock.fixed(t, ZoneOffset.UTC))
                                        .get();
                                s = e.state();
                                log = log.appendAll(e.events());
                            }
                            if (!def.states().contains(s.state()) || s.version() != log.size()) {
                                return false;
                            }
                        }
                        // as decided, and as a host reads them back from storage
                        Seq<Event> stored = log.map(TestEvents::copy);
                        return def.engine().replay(start(def), log).equals(s)
                                && def.engine().replay(start(def), stored).equals(s);
                    });
        }
    }

    @Test
    void everyTerminalStateIsReachedByAcceptedCommands() {
        for (Pathway p : Catalogue.all()) {
            Definition<NoContext> def = p.definition();
            assertThat(reachableByDecide(def)).as(p.code()).containsAll(def.terminals());
        }
    }

    /** Breadth-first over instance states, trying each declared transition with data that satisfies it. */
    private static Set<String> reachableByDecide(Definition<NoContext> def) {
        SplittableRandom r = new SplittableRandom(42);
        Set<String> seen = HashSet.of(def.initial());
        ArrayDeque<InstanceState> queue = new ArrayDeque<>();
        queue.add(start(def));
        Set<String> visited = HashSet.empty();
        while (!queue.isEmpty()) {
            InstanceState s = queue.poll();
            String key = s.state() + s.deadlines().keySet();
            if (visited.contains(key) || visited.size() > 500) {
                continue;
            }
            visited = visited.add(key);
            Instant t = Walk.T0.plusSeconds(60 * s.version());
            for (Transition<NoContext> tr :
                    def.transitions().filter(x -> x.from().equals(s.state()))) {
                EventType type = def.eventTypes().get(tr.on()).get();
                Instant when = s.deadlines()
                        .values()
                        .find(d -> d.expiryEvent().equals(tr.on()))
                        .map(Deadline::dueAt)
                        .getOrElse(t);
                for (int attempt = 0; attempt < 40; attempt++) {
                    TreeMap<String, String> data = randomData(type, r);
                    for (Route route : tr.route()) {
                        data = data.put(route.field(), route.values().head());
                    }
                    Either<Rejection, Decision> d = decide(def, s, tr.on(), data, when);
                    if (d.isRight()) {
                        InstanceState next = d.get().state();
                        seen = seen.add(next.state());
                        queue.add(next);
                        break;
                    }
                }
            }
        }
        return seen;
    }
}
