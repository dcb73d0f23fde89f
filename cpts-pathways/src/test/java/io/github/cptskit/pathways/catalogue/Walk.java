package io.github.cptskit.pathways.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Drives one instance of a catalogue pathway the way a host does: decide, append, expire deadlines. */
final class Walk {
    static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    static final PatientRef PATIENT = PatientRef.parse("pat-7f3a9c").get();
    static final InstanceId INSTANCE = new InstanceId("walk-0001");
    static final ActorRef AUTHOR = new ActorRef("usr-4411");

    private final Definition<NoContext> def;
    private final io.github.cptskit.pathways.store.EventStore store;
    private InstanceState state;
    private Instant now = T0;
    private List<Event> log = List.empty();

    private Walk(Pathway p) {
        this.def = p.definition();
        this.store = new io.github.cptskit.pathways.store.InMemoryEventStore()
                .withDefinitions(io.github.cptskit.pathways.store.Definitions.of(java.util.List.of(def)));
        this.state = def.engine().start(INSTANCE, PATIENT);
    }

    static Walk of(Pathway p) {
        return new Walk(p);
    }

    private static TreeMap<String, String> data(String... kv) {
        TreeMap<String, String> m = TreeMap.empty();
        for (int i = 0; i < kv.length; i += 2) {
            m = m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private Either<Rejection, Decision> decide(String event, String... kv) {
        return def.engine()
                .decide(
                        state,
                        Command.of(event, AUTHOR, data(kv)),
                        NoContext.INSTANCE,
                        Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Records an event one hour later; fails the test if refused. */
    Walk then(String event, String... kv) {
        now = now.plus(Duration.ofHours(1));
        Either<Rejection, Decision> d = decide(event, kv);
        assertThat(d.isRight())
                .as("%s refused in %s: %s", event, state.state(), d.swap().getOrNull())
                .isTrue();
        appended(d.get());
        return this;
    }

    /** Appends to the store, which checks what the engine decided as it checks any decision. */
    private void appended(Decision d) {
        assertThat(store.append(d).swap().getOrNull())
                .as("the store refused %s", d.events())
                .isNull();
        state = d.state();
        log = log.appendAll(d.events());
    }

    /** The refusal of an event now; fails the test if accepted. */
    Rejection refused(String event, String... kv) {
        Either<Rejection, Decision> d = decide(event, kv);
        assertThat(d.isLeft()).as("%s accepted in %s", event, state.state()).isTrue();
        return d.getLeft();
    }

    /** Moves the clock. */
    Walk after(Duration d) {
        now = now.plus(d);
        return this;
    }

    /** Moves the clock to an instant. */
    Walk at(Instant t) {
        now = t;
        return this;
    }

    /** Appends the expiry of every due deadline, earliest first, as a host does. */
    Walk expireDue() {
        Decision d = def.engine()
                .expire(state, ActorRef.SCHEDULER, NoContext.INSTANCE, Clock.fixed(now, ZoneOffset.UTC))
                .get();
        assertThat(def.engine()
                        .expire(d.state(), ActorRef.SCHEDULER, NoContext.INSTANCE, Clock.fixed(now, ZoneOffset.UTC))
                        .get()
                        .isEmpty())
                .as("expire is idempotent")
                .isTrue();
        appended(d);
        return this;
    }

    InstanceState state() {
        return state;
    }

    String current() {
        return state.state();
    }

    Instant now() {
        return now;
    }

    List<Event> log() {
        return log;
    }

    Walk in(String expected) {
        assertThat(state.state()).isEqualTo(expected);
        assertThat(def.engine().replay(def.engine().start(INSTANCE, PATIENT), log))
                .as("replay equals the incremental state")
                .isEqualTo(state);
        return this;
    }
}
