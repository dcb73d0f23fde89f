package io.github.cptskit.pathways.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.store.DeadlineScheduler;
import io.github.cptskit.pathways.store.EventStore;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link EventStore} does, run against each implementation. */
abstract class EventStoreContract {
    static final Instant T0 = Instant.parse("2025-03-03T08:00:00.123456789Z");
    static final PatientRef PATIENT = PatientRef.parse("pat-7f3a9c").get();
    static final ActorRef AUTHOR = new ActorRef("usr-4411");
    static final Engine<NoContext> P2 = Catalogue.find("P2").get().engine();

    abstract EventStore store();

    static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    static Decision decide(Engine<NoContext> e, InstanceState s, Command c, Instant t) {
        return e.decide(s, c, NoContext.INSTANCE, at(t)).get();
    }

    static java.util.List<Event> read(EventStore store, InstanceId id) {
        try (var events = store.read(id)) {
            return events.toList();
        }
    }

    /** P2 up to the appointment search, with its consultation deadline pending (48 h). */
    static InstanceState waitingForAppointment(EventStore store, InstanceId id) {
        InstanceState s = P2.start(id, PATIENT);
        for (Command c : List.of(
                Command.of("trieParArm", AUTHOR).with("orientation", "REGULATION_MG"),
                Command.of("regule", AUTHOR).with("decision", "RDV"))) {
            Decision d = decide(P2, s, c, T0);
            assertThat(store.append(d).isRight()).isTrue();
            s = d.state();
        }
        return s;
    }

    @Test
    void appendedEventsReadBackExactlyAndReplayToTheState() {
        EventStore store = store();
        InstanceId id = InstanceId.random();
        InstanceState s = waitingForAppointment(store, id);
        Decision d = decide(P2, s, Command.of("mtSollicite", AUTHOR).with("reponse", "DISPONIBLE"), T0.plusSeconds(1));
        assertThat(store.append(d).get()).isEqualTo(d.state());
        java.util.List<Event> back = read(store, id);
        assertThat(back).hasSize(3);
        assertThat(back.get(2)).isEqualTo(d.events().single());
        assertThat(back.get(0).at()).as("nanoseconds kept").isEqualTo(T0);
        assertThat(P2.replay(back)).isEqualTo(d.state());
        assertThat(read(store, InstanceId.random())).isEmpty();
    }

    @Test
    void aStaleOrFutureExpectedVersionIsAConflictAndWritesNothing() {
        EventStore store = store();
        InstanceId id = InstanceId.random();
        InstanceState s = waitingForAppointment(store, id);
        Decision first = decide(P2, s, Command.of("mtSollicite", AUTHOR).with("reponse", "DISPONIBLE"), T0);
        Decision second = decide(P2, s, Command.of("mtSollicite", AUTHOR).with("reponse", "SANS_MT"), T0);
        assertThat(store.append(first).isRight()).isTrue();
        Rejection r = store.append(second).getLeft();
        assertThat(r.code()).isEqualTo(EventStore.CONFLICT);
        assertThat(r.messageEn()).contains("is no longer at version 2");
        assertThat(r.messageFr()).contains("n'est plus à la version 2");
        Decision mid = decide(
                P2, first.state(), Command.of("consultationRealisee", AUTHOR).with("effecteur", "10002222222"), T0);
        Decision gap = decide(P2, mid.state(), Command.of("compteRenduTransmis", AUTHOR), T0);
        // decided on a state the store never saw: expected version 4, stored 3
        assertThat(gap.expectedVersion()).isEqualTo(4);
        assertThat(store.append(gap).getLeft().code()).isEqualTo(EventStore.CONFLICT);
        assertThat(read(store, id)).hasSize(3);
        Decision fresh = decide(
                P2, P2.start(id, PATIENT), Command.of("trieParArm", AUTHOR).with("orientation", "URGENCE_VITALE"), T0);
        assertThat(store.append(fresh).getLeft().code())
                .as("a new instance under a used id")
                .isEqualTo(EventStore.CONFLICT);
    }

    @Test
    void concurrentAppendsOnOneStateOneWins() throws Exception {
        EventStore store = store();
        InstanceId id = InstanceId.random();
        InstanceState s = waitingForAppointment(store, id);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        java.util.List<Future<Either<Rejection, InstanceState>>> results = new java.util.ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Decision d = decide(P2, s, Command.of("mtSollicite", AUTHOR).with("reponse", "DISPONIBLE"), T0);
            results.add(pool.submit(() -> {
                go.await();
                return store.append(d);
            }));
        }
        go.countDown();
        int won = 0;
        for (var f : results) {
            Either<Rejection, InstanceState> r = f.get();
            if (r.isRight()) {
                won++;
            } else {
                assertThat(r.getLeft().code()).isEqualTo(EventStore.CONFLICT);
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(read(store, id)).hasSize(3);
    }

    @Test
    void theSchedulerFiresDueDeadlinesOnceAndOnlyWhenDue() {
        EventStore store = store();
        InstanceId id = InstanceId.random();
        waitingForAppointment(store, id);
        var defs = Catalogue.all().map(p -> p.definition());
        Instant due = T0.plus(Duration.ofHours(48));
        DeadlineScheduler<NoContext> early =
                DeadlineScheduler.of(store, defs, NoContext.INSTANCE, at(due.minusSeconds(1)));
        assertThat(early.runOnce().events()).isZero();
        DeadlineScheduler<NoContext> late =
                DeadlineScheduler.of(store, defs, NoContext.INSTANCE, at(due.plusSeconds(3600)));
        EventStore.Fired fired = late.runOnce();
        assertThat(fired.events()).isEqualTo(1);
        assertThat(late.runOnce().events()).as("expire is idempotent").isZero();
        java.util.List<Event> log = read(store, id);
        Event expiry = log.get(2);
        assertThat(expiry.type()).isEqualTo("delaiConsultationDepasse");
        assertThat(expiry.at()).as("takes effect when due").isEqualTo(due);
        assertThat(expiry.recordedAt()).isEqualTo(due.plusSeconds(3600));
        assertThat(expiry.author()).isEqualTo(ActorRef.SCHEDULER);
        assertThat(P2.replay(log).state()).isEqualTo("ECHEC_DELAI");
    }

    @Test
    void aRefusedExpiryIsReportedAndRetriedLater() {
        EventStore store = store();
        InstanceId id = InstanceId.random();
        waitingForAppointment(store, id);
        // a scheduler that does not know P2: it cannot decide, it reports, the deadline stays pending
        DeadlineScheduler<NoContext> blind = DeadlineScheduler.of(
                store, List.of(TestPathways.LOOP), NoContext.INSTANCE, at(T0.plus(Duration.ofDays(3))));
        EventStore.Fired f = blind.runOnce();
        assertThat(f.rejections().map(r -> r._2.code())).containsExactly("PATHWAY_UNKNOWN");
        assertThat(blind.runOnce().instances())
                .as("retried a minute later, not in a loop")
                .isZero();
        DeadlineScheduler<NoContext> later = DeadlineScheduler.of(
                store,
                Catalogue.all().map(p -> p.definition()),
                NoContext.INSTANCE,
                at(T0.plus(Duration.ofDays(3)).plusSeconds(61)));
        assertThat(later.runOnce().events()).isEqualTo(1);
    }
}
