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
import io.github.cptskit.pathways.store.Definitions;
import io.github.cptskit.pathways.store.Erasure;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.EventStoreListener;
import io.github.cptskit.pathways.store.Parked;
import io.github.cptskit.pathways.store.Tenant;
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

    /** The catalogue's pathways and the test loop: what the stores under test check appends against. */
    static final Definitions DEFS = Definitions.of(
            Catalogue.all().map(p -> p.definition()).append(TestPathways.LOOP).append(TestPathways.ECHO));

    static final Engine<NoContext> LOOP = TestPathways.LOOP.engine();

    /** @return a new, empty store of the default tenant, checking against {@link #DEFS} */
    abstract EventStore store();

    /**
     * @param t a tenant
     * @return the store of that tenant on the same storage as the last {@link #store()}
     */
    abstract EventStore store(Tenant t);

    /** @return the last store, telling the listener */
    abstract EventStore listened(EventStoreListener l);

    /**
     * @param d definitions
     * @return the last store's storage, checking appends against {@code d}
     */
    abstract EventStore checking(Definitions d);

    /**
     * Asserts that nothing of a patient remains anywhere in the storage (beyond what the API shows).
     *
     * @param patient the patient's reference
     */
    void nothingStoredOf(PatientRef patient) throws Exception {}

    /**
     * Asserts that nothing of a patient remains in one tenant's storage.
     *
     * @param patient the patient's reference
     * @param tenant the tenant
     */
    void nothingStoredOf(PatientRef patient, Tenant tenant) throws Exception {}

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

    // --- what append checks (issue #27 item 2) ---

    private static Event event(InstanceId id, long seq, String type, io.vavr.collection.TreeMap<String, String> data) {
        return new Event(id, seq, java.util.UUID.randomUUID(), type, T0, T0, PATIENT, AUTHOR, data);
    }

    private static InstanceState after(InstanceId id, long version) {
        return new InstanceState(
                id, PATIENT, "snp-sas", 1, "REGULATION_MG", version, io.vavr.collection.TreeMap.empty());
    }

    private static java.util.List<String> refusal(EventStore store, Decision d) {
        Rejection r = store.append(d).getLeft();
        assertThat(r.code()).isEqualTo(EventStore.REFUSED);
        assertThat(r.messageEn()).contains("nothing written");
        assertThat(r.messageFr()).contains("rien n'est écrit");
        return r.problems().map(p -> p.code()).toJavaList();
    }

    @Test
    void appendRefusesWhatCouldNotBeReplayedAndWritesNothing() {
        EventStore store = store();
        InstanceId id = InstanceId.random();
        var orientation = io.vavr.collection.TreeMap.of("orientation", "REGULATION_MG");
        // numbered 7 on an empty stream (the "[7] head=1")
        assertThat(refusal(store, new Decision(List.of(event(id, 7, "trieParArm", orientation)), after(id, 1))))
                .containsExactly("APPEND_SEQUENCE");
        // an event of another instance under this one
        InstanceId other = InstanceId.random();
        assertThat(refusal(store, new Decision(List.of(event(other, 1, "trieParArm", orientation)), after(id, 1))))
                .containsExactly("APPEND_INSTANCE");
        // an event type the pathway does not have, data outside the event type, a NIR as data: all at once
        Decision bad = new Decision(
                List.of(
                        event(id, 1, "DROP TABLE cpts_event", io.vavr.collection.TreeMap.empty()),
                        event(id, 2, "regule", io.vavr.collection.TreeMap.of("decision", "RDV", "note", "Jean Dupont")),
                        event(id, 3, "mtSollicite", io.vavr.collection.TreeMap.of("reponse", "184127645108946"))),
                after(id, 3));
        assertThat(refusal(store, bad))
                .containsExactly("EVENT_UNKNOWN", "EVENT_DATA_UNKNOWN_FIELD", "EVENT_DATA_LOOKS_LIKE_NIR");
        // NUL and lone surrogates are refused, never stored as "?" nor failing in the database
        assertThat(refusal(
                        store,
                        new Decision(
                                List.of(event(
                                        id, 1, "trieParArm", io.vavr.collection.TreeMap.of("orientation", "A\u0000B"))),
                                after(id, 1))))
                .containsExactly("APPEND_TEXT");
        assertThat(refusal(
                        store,
                        new Decision(
                                List.of(event(id, 1, "trie\uD800", io.vavr.collection.TreeMap.empty())), after(id, 1))))
                .containsExactly("APPEND_TEXT");
        // instants PostgreSQL or ISO 8601 text would not keep exactly
        for (Instant far : List.of(Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T00:00:00Z"))) {
            Decision d = P2.decide(
                            P2.start(id, PATIENT),
                            Command.of("trieParArm", AUTHOR).with("orientation", "REGULATION_MG"),
                            NoContext.INSTANCE,
                            at(far))
                    .get();
            assertThat(refusal(store, d)).containsExactly("APPEND_INSTANT_RANGE", "APPEND_INSTANT_RANGE");
        }
        // a pathway the store was not given
        InstanceState unknown =
                new InstanceState(id, PATIENT, "unknown", 1, "A", 1, io.vavr.collection.TreeMap.empty());
        assertThat(refusal(
                        store, new Decision(List.of(event(id, 1, "x", io.vavr.collection.TreeMap.empty())), unknown)))
                .containsExactly("APPEND_PATHWAY_UNKNOWN");
        assertThat(read(store, id)).isEmpty();
        assertThat(store.instancesOf(PATIENT)).isEmpty();
        // a decision of another patient on a running instance
        InstanceId running = InstanceId.random();
        InstanceState s = waitingForAppointment(store, running);
        PatientRef someoneElse = PatientRef.parse("pat-other").get();
        Decision d = decide(P2, s, Command.of("mtSollicite", AUTHOR).with("reponse", "DISPONIBLE"), T0);
        Event e = d.events().single();
        Event theirs = new Event(running, 3, e.id(), e.type(), e.at(), e.recordedAt(), someoneElse, AUTHOR, e.data());
        InstanceState theirState = new InstanceState(
                running,
                someoneElse,
                "snp-sas",
                1,
                d.state().state(),
                3,
                d.state().deadlines());
        assertThat(refusal(store, new Decision(List.of(theirs), theirState))).containsExactly("APPEND_PATIENT");
        assertThat(read(store, running)).hasSize(2);
    }

    @Test
    void aRetryOfAnAppendAlreadyStoredReturnsTheSameResult() {
        EventStore store = store();
        InstanceId id = InstanceId.random();
        InstanceState s = waitingForAppointment(store, id);
        Decision d = decide(P2, s, Command.of("mtSollicite", AUTHOR).with("reponse", "DISPONIBLE"), T0);
        assertThat(store.append(d).get()).isEqualTo(d.state());
        // the acknowledgement was lost: the host sends the same decision again
        assertThat(store.append(d).get()).as("idempotent by event id").isEqualTo(d.state());
        Decision next =
                decide(P2, d.state(), Command.of("consultationRealisee", AUTHOR).with("effecteur", "10002222222"), T0);
        assertThat(store.append(next).isRight()).isTrue();
        assertThat(store.append(d).get()).as("still, once more events follow").isEqualTo(d.state());
        // other events at the same version: a conflict
        Decision other = decide(P2, s, Command.of("mtSollicite", AUTHOR).with("reponse", "DISPONIBLE"), T0);
        assertThat(store.append(other).getLeft().code()).isEqualTo(EventStore.CONFLICT);
        assertThat(read(store, id)).hasSize(4);
        // the first events of an instance, retried
        InstanceId fresh = InstanceId.random();
        Decision first = decide(
                P2,
                P2.start(fresh, PATIENT),
                Command.of("trieParArm", AUTHOR).with("orientation", "REGULATION_MG"),
                T0);
        assertThat(store.append(first).isRight()).isTrue();
        assertThat(store.append(first).get()).isEqualTo(first.state());
        assertThat(read(store, fresh)).hasSize(1);
    }

    // --- erasure and retention (issue #26 item 3) ---

    @Test
    void erasingAPatientLeavesNothingOfThemAndAnAuditRecordWithoutThem() throws Exception {
        EventStore store = store();
        PatientRef erased = PatientRef.parse("pat-erase-41").get();
        PatientRef kept = PatientRef.parse("pat-keep-42").get();
        java.util.List<InstanceId> theirs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            InstanceId id = new InstanceId("erase-" + i);
            InstanceState s = P2.start(id, erased);
            Decision d = decide(P2, s, Command.of("trieParArm", AUTHOR).with("orientation", "REGULATION_MG"), T0);
            assertThat(store.append(d).isRight()).isTrue();
            if (i > 0) { // two with the consultation deadline pending
                assertThat(store.append(decide(
                                        P2,
                                        d.state(),
                                        Command.of("regule", AUTHOR).with("decision", "RDV"),
                                        T0))
                                .isRight())
                        .isTrue();
            }
            theirs.add(id);
        }
        InstanceId other = new InstanceId("keep-0");
        InstanceState s = P2.start(other, kept);
        Decision d = decide(P2, s, Command.of("trieParArm", AUTHOR).with("orientation", "REGULATION_MG"), T0);
        assertThat(store.append(d).isRight()).isTrue();
        assertThat(store.append(decide(
                                P2, d.state(), Command.of("regule", AUTHOR).with("decision", "RDV"), T0))
                        .isRight())
                .isTrue();

        assertThat(store.instancesOfList(erased)).containsExactlyElementsOf(theirs);
        ActorRef dpo = new ActorRef("dpo-12");
        Instant now = T0.plus(Duration.ofHours(1));
        Erasure e = store.erase(erased, dpo, now);
        assertThat(e.instances()).isEqualTo(3);
        assertThat(e.events()).isEqualTo(5);
        assertThat(e.deadlines()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo(Erasure.Reason.PATIENT);
        assertThat(e.at()).isEqualTo(now);
        assertThat(e.actor()).isEqualTo(dpo);
        assertThat(e.tenant()).isEqualTo(store.tenant());
        assertThat(e.toString()).doesNotContain(erased.value()).doesNotContain("erase-");
        assertThat(store.erasuresList()).containsExactly(e);

        assertThat(store.instancesOf(erased)).isEmpty();
        for (InstanceId id : theirs) {
            assertThat(read(store, id)).isEmpty();
        }
        nothingStoredOf(erased);
        // their deadlines are gone from the index: a scheduler finds only the other patient's
        var late = DeadlineScheduler.of(
                store, Catalogue.all().map(p -> p.definition()), NoContext.INSTANCE, at(T0.plus(Duration.ofDays(3))));
        assertThat(late.runOnce().events()).isEqualTo(1);
        assertThat(read(store, other)).hasSize(3);
        assertThat(store.instancesOf(kept)).containsExactly(other);
        // erasing again: nothing left, and it is recorded too
        assertThat(store.erase(erased, dpo, now.plusSeconds(1)).instances()).isZero();
        assertThat(store.erasures()).hasSize(2);
    }

    @Test
    void theRetentionPurgeErasesInstancesClosedBeforeTheDateOnly() throws Exception {
        EventStore store = store();
        PatientRef patient = PatientRef.parse("pat-old-7").get();
        InstanceId closedEarly = new InstanceId("closed-2019");
        InstanceId closedLate = new InstanceId("closed-2024");
        InstanceId running = new InstanceId("running-2019");
        Instant y2019 = Instant.parse("2019-05-01T10:00:00Z");
        Instant y2024 = Instant.parse("2024-05-01T10:00:00Z");
        Command vital = Command.of("trieParArm", AUTHOR).with("orientation", "URGENCE_VITALE");
        assertThat(store.append(decide(P2, P2.start(closedEarly, patient), vital, y2019))
                        .isRight())
                .isTrue();
        assertThat(store.append(decide(P2, P2.start(closedLate, patient), vital, y2024))
                        .isRight())
                .isTrue();
        assertThat(store.append(decide(
                                P2,
                                P2.start(running, patient),
                                Command.of("trieParArm", AUTHOR).with("orientation", "REGULATION_MG"),
                                y2019))
                        .isRight())
                .isTrue();
        Erasure purge = store.purgeClosedBefore(Instant.parse("2020-01-01T00:00:00Z"), ActorRef.SCHEDULER, T0);
        assertThat(purge.reason()).isEqualTo(Erasure.Reason.RETENTION);
        assertThat(purge.instances()).isEqualTo(1);
        assertThat(purge.events()).isEqualTo(1);
        assertThat(read(store, closedEarly)).isEmpty();
        assertThat(read(store, closedLate)).hasSize(1);
        assertThat(read(store, running))
                .as("a running instance is never purged")
                .hasSize(1);
        assertThat(store.instancesOf(patient)).containsExactly(closedLate, running);
        assertThat(store.erasures()).containsExactly(purge);
    }

    // --- parking (issue #27 item 1) ---

    @Test
    void anInstanceTheWorkCannotHandleIsParkedAndTheOthersFire() {
        EventStore store = store();
        java.util.List<InstanceId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            InstanceId id = new InstanceId("park-" + i);
            assertThat(store.append(decide(
                                    LOOP,
                                    LOOP.start(id, PATIENT),
                                    Command.of("note", AUTHOR).with("n", "0"),
                                    T0.plusSeconds(i)))
                            .isRight())
                    .isTrue();
            ids.add(id);
        }
        Instant now = T0.plus(Duration.ofDays(2));
        InstanceId poison = ids.get(0); // the earliest due: claimed first, every time
        EventStore.DueWork work = due -> {
            if (due.instance().equals(poison)) {
                throw new IllegalStateException("cannot replay " + due.instance());
            }
            return LOOP.expire(LOOP.replay(due.events()), ActorRef.SCHEDULER, NoContext.INSTANCE, at(now));
        };
        EventStore.Fired f = store.fireDue(now, 100, work);
        assertThat(f.events()).isEqualTo(4);
        assertThat(f.parked().map(Parked::instance)).containsExactly(poison);
        Parked p = store.parked().single();
        assertThat(p.instance()).isEqualTo(poison);
        assertThat(p.pathway()).isEqualTo("charge");
        assertThat(p.code()).isEqualTo(EventStore.UNREPLAYABLE);
        assertThat(p.error()).contains("IllegalStateException").contains("cannot replay park-0");
        assertThat(p.at()).isEqualTo(now);
        assertThat(store.fireDue(now, 100, work)).as("out of the index").isEqualTo(EventStore.Fired.NONE);
        assertThat(read(store, poison)).as("its events are kept").hasSize(1);
        // repaired: released, handed out again
        assertThat(store.release(poison, now)).isTrue();
        assertThat(store.release(poison, now)).isFalse();
        assertThat(store.parked()).isEmpty();
        EventStore.Fired again = store.fireDue(
                now,
                100,
                due -> LOOP.expire(LOOP.replay(due.events()), ActorRef.SCHEDULER, NoContext.INSTANCE, at(now)));
        assertThat(again.events()).isEqualTo(1);
        assertThat(LOOP.replay(read(store, poison)).state()).isEqualTo("RELANCE");
    }

    // --- tenants (issue #26 item 4) ---

    @Test
    void noReadAppendErasureOrDeadlineCrossesTenants() throws Exception {
        EventStore a = store(Tenant.parse("tenant_a").get());
        EventStore b = store(Tenant.parse("tenant_b").get());
        assertThat(a.tenant().id()).isEqualTo("tenant_a");
        // the same instance ids and the same patient in both, written concurrently
        int instances = 12;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        java.util.List<Future<?>> writes = new java.util.ArrayList<>();
        for (EventStore t : List.of(a, b)) {
            for (int w = 0; w < 2; w++) {
                int from = w * instances / 2;
                writes.add(pool.submit(() -> {
                    for (int i = from; i < from + instances / 2; i++) {
                        InstanceId id = new InstanceId("shared-" + i);
                        InstanceState s = LOOP.start(id, PATIENT);
                        for (int n = 0; n < 3; n++) {
                            Decision d =
                                    decide(LOOP, s, Command.of("note", AUTHOR).with("n", "" + n), T0);
                            assertThat(t.append(d).isRight()).isTrue();
                            s = d.state();
                        }
                    }
                    return null;
                }));
            }
        }
        for (var w : writes) {
            w.get();
        }
        pool.shutdown();
        for (int i = 0; i < instances; i++) {
            assertThat(read(a, new InstanceId("shared-" + i))).hasSize(3);
            assertThat(read(b, new InstanceId("shared-" + i))).hasSize(3);
        }
        // an append decided on tenant a's state is a conflict in b only if b moved: b is at 3 too,
        // so the next event appends in a and leaves b at 3
        InstanceId zero = new InstanceId("shared-0");
        Decision more = decide(
                LOOP, LOOP.replay(read(a, zero)), Command.of("note", AUTHOR).with("n", "9"), T0);
        assertThat(a.append(more).isRight()).isTrue();
        assertThat(read(a, zero)).hasSize(4);
        assertThat(read(b, zero)).hasSize(3);
        // deadlines: a's scheduler fires a's only
        Instant due = T0.plus(Duration.ofDays(2));
        var scheduler = DeadlineScheduler.of(a, List.of(TestPathways.LOOP), NoContext.INSTANCE, at(due));
        assertThat(scheduler.tenant()).isEqualTo(a.tenant());
        assertThat(scheduler.runOnce().events()).isEqualTo(instances);
        assertThat(LOOP.replay(read(b, zero)).state()).isEqualTo("OUVERT");
        // at once: the patient erased in a, b's scheduler firing, b's writers appending to the same ids
        ExecutorService together = Executors.newFixedThreadPool(3);
        Future<Erasure> erasure = together.submit(() -> a.erase(PATIENT, new ActorRef("dpo-1"), due));
        Future<EventStore.Fired> fired =
                together.submit(() -> DeadlineScheduler.of(b, List.of(TestPathways.LOOP), NoContext.INSTANCE, at(due))
                        .runOnce());
        Future<Integer> appended = together.submit(() -> {
            int n = 0;
            for (int i = 0; i < instances; i++) {
                InstanceId id = new InstanceId("shared-" + i);
                for (int attempt = 0; attempt < 10; attempt++) { // the scheduler may append first
                    InstanceState s = LOOP.replay(read(b, id));
                    if (b.append(decide(LOOP, s, Command.of("note", AUTHOR).with("n", "7"), T0.plusSeconds(60)))
                            .isRight()) {
                        n++;
                        break;
                    }
                }
            }
            return n;
        });
        Erasure e = erasure.get();
        int firedInB = fired.get().events();
        assertThat(appended.get()).isEqualTo(instances);
        together.shutdown();
        assertThat(e.instances()).isEqualTo(instances);
        assertThat(a.instancesOf(PATIENT)).isEmpty();
        assertThat(read(a, zero)).isEmpty();
        assertThat(b.instancesOf(PATIENT)).hasSize(instances);
        assertThat(b.erasures()).isEmpty();
        int inB = 0;
        for (int i = 0; i < instances; i++) {
            inB += read(b, new InstanceId("shared-" + i)).size();
        }
        assertThat(inB).as("b's writes and expiries, all there").isEqualTo(instances * 4 + firedInB);
        nothingStoredOf(PATIENT, a.tenant());
    }

    // --- what the host can meter ---

    @Test
    void theListenerIsToldAppendsConflictsRefusalsExpiriesAndErasures() {
        store();
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        EventStore store = listened(new EventStoreListener() {
            @Override
            public void appended(Tenant t, String pathway, int events, Duration took) {
                assertThat(took).isPositive();
                told.add("appended " + pathway + " " + events);
            }

            @Override
            public void conflict(Tenant t, String pathway) {
                told.add("conflict " + pathway);
            }

            @Override
            public void refused(Tenant t, String pathway, java.util.List<String> codes) {
                told.add("refused " + pathway + " " + codes);
            }

            @Override
            public void expired(Tenant t, String pathway, String expiry, Duration late) {
                told.add("expired " + pathway + " " + expiry + " " + late);
            }

            @Override
            public void erased(Erasure erasure) {
                told.add("erased " + erasure.instances());
                throw new IllegalStateException("a failing meter fails nothing");
            }
        });
        InstanceId id = InstanceId.random();
        Decision d =
                decide(LOOP, LOOP.start(id, PATIENT), Command.of("note", AUTHOR).with("n", "1"), T0);
        assertThat(store.append(d).isRight()).isTrue();
        assertThat(store.append(decide(
                                LOOP,
                                LOOP.start(id, PATIENT),
                                Command.of("note", AUTHOR).with("n", "2"),
                                T0))
                        .isLeft())
                .isTrue();
        assertThat(store.append(new Decision(
                                List.of(event(id, 9, "note", io.vavr.collection.TreeMap.empty())), after(id, 5)))
                        .isLeft())
                .isTrue();
        DeadlineScheduler.of(
                        store,
                        List.of(TestPathways.LOOP),
                        NoContext.INSTANCE,
                        at(T0.plus(Duration.ofDays(1).plusHours(1))))
                .runOnce();
        assertThat(store.erase(PATIENT, AUTHOR, T0).instances()).isEqualTo(1);
        assertThat(told)
                .containsExactly(
                        "appended charge 1",
                        "conflict charge",
                        "refused snp-sas [APPEND_SEQUENCE, EVENT_UNKNOWN]",
                        "appended charge 1",
                        "expired charge relanceEchue PT1H",
                        "erased 1");
    }

    // --- what the scheduler's side of the store does at its edges (issue #27 item 7) ---

    private static InstanceId note(EventStore store, String name, Instant at) {
        InstanceId id = new InstanceId(name);
        assertThat(store.append(decide(
                                LOOP,
                                LOOP.start(id, PATIENT),
                                Command.of("note", AUTHOR).with("n", "0"),
                                at))
                        .isRight())
                .isTrue();
        return id;
    }

    @Test
    void fireDueHandsOutAtMostTheLimitEarliestDueFirst() {
        EventStore store = store();
        for (int i = 4; i >= 0; i--) { // written latest first: the order handed out is the due order
            note(store, "lim-" + i, T0.plusSeconds(i));
        }
        Instant now = T0.plus(Duration.ofDays(2));
        java.util.List<String> handed = new java.util.concurrent.CopyOnWriteArrayList<>();
        EventStore.DueWork work = due -> {
            handed.add(due.instance().value());
            return LOOP.expire(LOOP.replay(due.events()), ActorRef.SCHEDULER, NoContext.INSTANCE, at(now));
        };
        EventStore.Fired f = store.fireDue(now, 2, work);
        assertThat(f.instances()).isEqualTo(2);
        assertThat(f.events()).isEqualTo(2);
        assertThat(handed).containsExactly("lim-0", "lim-1");
        assertThat(store.fireDue(now, 100, work).instances()).isEqualTo(3);
        assertThat(handed).containsExactly("lim-0", "lim-1", "lim-2", "lim-3", "lim-4");
    }

    @Test
    void anExpiryTheStoreRefusesIsReportedAndRetriedAMinuteLaterNotInALoop() {
        EventStore store = store();
        for (int i = 0; i < 3; i++) {
            note(store, "ref-" + i, T0);
        }
        // the same storage, checked against definitions that no longer have the test loop
        EventStore strict = checking(Definitions.of(Catalogue.all().map(p -> p.definition())));
        Instant now = T0.plus(Duration.ofDays(2));
        EventStore.Fired f = DeadlineScheduler.of(strict, List.of(TestPathways.LOOP), NoContext.INSTANCE, at(now))
                .withBatch(1) // one instance a call: one handed out again at once would never end the run
                .runOnce();
        assertThat(f.instances()).isEqualTo(3);
        assertThat(f.events()).isZero();
        assertThat(f.rejections().map(r -> r._1.value())).containsExactlyInAnyOrder("ref-0", "ref-1", "ref-2");
        assertThat(f.rejections().map(r -> r._2.code()).distinct()).containsExactly(EventStore.REFUSED);
        assertThat(f.rejections().head()._2.problems().map(p -> p.code())).contains("APPEND_PATHWAY_UNKNOWN");
        assertThat(DeadlineScheduler.of(
                                strict,
                                List.of(TestPathways.LOOP),
                                NoContext.INSTANCE,
                                at(now.plus(Duration.ofMinutes(1)).minusMillis(1)))
                        .runOnce())
                .as("not before a minute")
                .isEqualTo(EventStore.Fired.NONE);
        assertThat(DeadlineScheduler.of(
                                store,
                                List.of(TestPathways.LOOP),
                                NoContext.INSTANCE,
                                at(now.plus(Duration.ofMinutes(1))))
                        .runOnce()
                        .events())
                .as("a minute later, checked against definitions that have it")
                .isEqualTo(3);
    }

    @Test
    void anEmptyDecisionWritesNothingAndAnAppendToAnErasedInstanceIsAConflict() {
        EventStore store = store();
        InstanceId id = InstanceId.random();
        InstanceState fresh = P2.start(id, PATIENT);
        assertThat(store.append(new Decision(List.empty(), fresh)).get()).isEqualTo(fresh);
        assertThat(read(store, id)).isEmpty();
        assertThat(store.instancesOf(PATIENT)).isEmpty();
        InstanceState s = waitingForAppointment(store, id);
        assertThat(store.append(new Decision(List.empty(), s)).get()).isEqualTo(s);
        assertThat(read(store, id)).hasSize(2);
        // erased while a writer decided on it: the writer's append finds nothing to follow
        Decision d = decide(P2, s, Command.of("mtSollicite", AUTHOR).with("reponse", "DISPONIBLE"), T0);
        store.erase(PATIENT, AUTHOR, T0);
        assertThat(store.append(d).getLeft().code()).isEqualTo(EventStore.CONFLICT);
        assertThat(read(store, id)).isEmpty();
        assertThat(store.instancesOf(PATIENT)).isEmpty();
    }

    @Test
    void releasingAnInstanceThatIsNotParkedChangesNothing() {
        EventStore store = store();
        InstanceId id = note(store, "not-parked", T0); // due a day later
        assertThat(store.release(id, T0)).isFalse();
        assertThat(store.release(new InstanceId("never-written"), T0)).isFalse();
        assertThat(store.fireDue(T0.plus(Duration.ofHours(1)), 100, due -> {
                    throw new AssertionError("handed out " + due.instance());
                }))
                .as("its deadline still a day after its note")
                .isEqualTo(EventStore.Fired.NONE);
        assertThat(store.parked()).isEmpty();
    }

    @Test
    void theListenerIsToldOfParkingAndOfHowLongAppendsTook() {
        store();
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        long began = System.nanoTime();
        EventStore store = listened(new EventStoreListener() {
            @Override
            public void appended(Tenant t, String pathway, int events, Duration took) {
                // measured inside the call: never more than the test has been running
                assertThat(took).isPositive().isLessThanOrEqualTo(Duration.ofNanos(System.nanoTime() - began));
                told.add("appended " + pathway + " " + events);
            }

            @Override
            public void parked(Tenant t, Parked p) {
                told.add("parked " + t + " " + p.instance() + " " + p.code());
            }
        });
        note(store, "told-0", T0);
        note(store, "told-1", T0.plusSeconds(1));
        Instant now = T0.plus(Duration.ofDays(2));
        EventStore.Fired f = store.fireDue(now, 100, due -> {
            if (due.instance().value().equals("told-0")) {
                throw new IllegalStateException("unreadable");
            }
            return LOOP.expire(LOOP.replay(due.events()), ActorRef.SCHEDULER, NoContext.INSTANCE, at(now));
        });
        assertThat(f.events()).isEqualTo(1);
        assertThat(told)
                .containsExactly(
                        "appended charge 1",
                        "appended charge 1",
                        "parked default told-0 " + EventStore.UNREPLAYABLE,
                        "appended charge 1");
    }
}
