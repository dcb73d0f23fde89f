package io.github.cptskit.pathways.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.vavr.collection.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store and the scheduler in this module; cpts-pathways-jdbc runs the full store
 * contract on both stores.
 */
class InMemoryEventStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final PatientRef PATIENT = PatientRef.parse("pat-7f3a9c").get();
    private static final ActorRef AUTHOR = new ActorRef("usr-4411");
    private static final Engine<NoContext> P2 = Catalogue.find("P2").get().engine();

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    private static Decision decide(InstanceState s, Command c) {
        return P2.decide(s, c, NoContext.INSTANCE, at(T0)).get();
    }

    /** P2 waiting for an appointment, its 48 h deadline pending. */
    private static InstanceState waiting(EventStore store, InstanceId id) {
        InstanceState s = P2.start(id, PATIENT);
        for (Command c : List.of(
                Command.of("trieParArm", AUTHOR).with("orientation", "REGULATION_MG"),
                Command.of("regule", AUTHOR).with("decision", "RDV"))) {
            Decision d = decide(s, c);
            assertThat(store.append(d).get()).isEqualTo(d.state());
            s = d.state();
        }
        return s;
    }

    @Test
    void appendsAtTheExpectedVersionOnly() {
        InMemoryEventStore store = new InMemoryEventStore();
        InstanceId id = new InstanceId("p2-1");
        InstanceState s = waiting(store, id);
        Decision a = decide(s, Command.of("mtSollicite", AUTHOR).with("reponse", "DISPONIBLE"));
        Decision b = decide(s, Command.of("mtSollicite", AUTHOR).with("reponse", "SANS_MT"));
        assertThat(store.append(a).isRight()).isTrue();
        assertThat(store.append(b).getLeft().code()).isEqualTo(EventStore.CONFLICT);
        assertThat(store.append(new Decision(List.empty(), a.state())).isRight())
                .as("nothing to append")
                .isTrue();
        assertThat(store.append(new Decision(List.empty(), P2.start(new InstanceId("none"), PATIENT)))
                        .isRight())
                .isTrue();
        try (var events = store.read(new InstanceId("none"))) {
            assertThat(events).isEmpty();
        }
        java.util.List<Event> log;
        try (var events = store.read(id)) {
            log = events.toList();
        }
        assertThat(log).hasSize(3);
        assertThat(P2.replay(log)).isEqualTo(a.state());
        assertThat(store.toString()).isEqualTo("InMemoryEventStore[1 instances]");
        assertThat(EventStore.conflict(id, 2).messageFr()).contains("n'est plus à la version 2");
        assertThatThrownBy(() -> store.append(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theSchedulerFiresEachDueDeadlineOnceAndRetriesRefusalsLater() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore();
        for (int i = 0; i < 5; i++) {
            waiting(store, new InstanceId("p2-" + i));
        }
        Instant due = T0.plus(Duration.ofHours(48));
        var defs = Catalogue.all().map(Pathway::definition);
        assertThat(DeadlineScheduler.of(store, defs, NoContext.INSTANCE, at(due.minusSeconds(1)))
                        .runOnce()
                        .instances())
                .isZero();
        // batches of 2: three calls to the store, five instances
        DeadlineScheduler<NoContext> s =
                DeadlineScheduler.of(store, defs, NoContext.INSTANCE, at(due)).withBatch(2);
        EventStore.Fired f = s.runOnce();
        assertThat(f.instances()).isEqualTo(5);
        assertThat(f.events()).isEqualTo(5);
        assertThat(f.rejections()).isEmpty();
        assertThat(s.runOnce()).isEqualTo(EventStore.Fired.NONE);
        try (var events = store.read(new InstanceId("p2-3"))) {
            java.util.List<Event> log = events.toList();
            assertThat(log.get(2).author()).isEqualTo(ActorRef.SCHEDULER);
            assertThat(P2.replay(log).state()).isEqualTo("ECHEC_DELAI");
        }

        waiting(store, new InstanceId("p2-x"));
        DeadlineScheduler<NoContext> blind = DeadlineScheduler.of(store, List.empty(), NoContext.INSTANCE, at(due))
                .withAuthor(AUTHOR);
        EventStore.Fired refused = blind.runOnce();
        assertThat(refused.rejections().map(r -> r._1.value())).containsExactly("p2-x");
        assertThat(refused.rejections().head()._2.code()).isEqualTo("PATHWAY_UNKNOWN");
        assertThat(blind.runOnce().instances()).as("retried a minute later").isZero();
        assertThat(DeadlineScheduler.of(store, defs, NoContext.INSTANCE, at(due.plus(InMemoryEventStore.RETRY)))
                        .runOnce()
                        .events())
                .isEqualTo(1);

        waiting(store, new InstanceId("p2-y"));
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        CopyOnWriteArrayList<EventStore.Fired> runs = new CopyOnWriteArrayList<>();
        var task = DeadlineScheduler.of(store, defs, NoContext.INSTANCE, at(due))
                .start(executor, Duration.ofMillis(10), runs::add, e -> {});
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runs.stream().mapToInt(EventStore.Fired::events).sum() < 1 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        task.cancel(false);
        executor.shutdown();
        assertThat(runs.stream().mapToInt(EventStore.Fired::events).sum()).isEqualTo(1);
        assertThatThrownBy(() -> s.withBatch(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.toString()).startsWith("DeadlineScheduler[").contains("snp-sas v1");
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void anExpiryTheStoreRefusesIsRetriedAMinuteLaterNotInALoop() {
        // instances written under the catalogue's definitions, then a store that no longer knows P2:
        // the scheduler decides the expiry, the store's check refuses it (APPEND_PATHWAY_UNKNOWN)
        InMemoryEventStore store = new InMemoryEventStore();
        for (int i = 0; i < 3; i++) {
            waiting(store, new InstanceId("p2-" + i));
        }
        java.util.List<String> told = new CopyOnWriteArrayList<>();
        InMemoryEventStore blind = store.withDefinitions(Definitions.of(List.empty()))
                .withListener(new EventStoreListener() {
                    @Override
                    public void refused(Tenant t, String pathway, java.util.List<String> codes) {
                        told.add(pathway + " " + codes);
                    }
                });
        Instant due = T0.plus(Duration.ofHours(48));
        var defs = Catalogue.all().map(Pathway::definition);
        // batch 1: each call to the store hands out one instance; a refused one must not come back at once
        EventStore.Fired f = DeadlineScheduler.of(blind, defs, NoContext.INSTANCE, at(due))
                .withBatch(1)
                .runOnce();
        assertThat(f.instances()).isEqualTo(3);
        assertThat(f.events()).isZero();
        assertThat(f.rejections().map(r -> r._2.code())).containsOnly(EventStore.REFUSED);
        assertThat(f.rejections().map(r -> r._1.value())).containsExactlyInAnyOrder("p2-0", "p2-1", "p2-2");
        assertThat(told)
                .containsExactly(
                        "snp-sas [APPEND_PATHWAY_UNKNOWN]",
                        "snp-sas [APPEND_PATHWAY_UNKNOWN]",
                        "snp-sas [APPEND_PATHWAY_UNKNOWN]");
        assertThat(DeadlineScheduler.of(
                                blind,
                                defs,
                                NoContext.INSTANCE,
                                at(due.plus(InMemoryEventStore.RETRY).minusNanos(1)))
                        .runOnce())
                .as("not before a minute")
                .isEqualTo(EventStore.Fired.NONE);
        assertThat(DeadlineScheduler.of(store, defs, NoContext.INSTANCE, at(due.plus(InMemoryEventStore.RETRY)))
                        .runOnce()
                        .events())
                .as("a minute later, with the definitions back")
                .isEqualTo(3);
    }

    @Test
    void firedResultsAddUp() {
        EventStore.Fired a = new EventStore.Fired(1, 2, List.empty());
        assertThat(a.plus(a)).isEqualTo(new EventStore.Fired(2, 4, List.empty()));
        Parked p = new Parked(new InstanceId("x"), "snp-sas", EventStore.UNREPLAYABLE, "broken", T0);
        EventStore.Fired b = new EventStore.Fired(1, 0, List.empty(), List.of(p));
        assertThat(a.plus(b).parked()).containsExactly(p);
        assertThat(new EventStoreException("x", new RuntimeException("y")).getMessage())
                .isEqualTo("x");
    }

    @Test
    void aCorruptStreamIsParkedAndEveryOtherDeadlineFires() {
        // issue #27: one event of p2-a lost made every run throw and roll back, 0 expiries for the others
        InMemoryEventStore store = new InMemoryEventStore();
        for (String name : List.of("p2-a", "p2-b", "p2-c")) {
            waiting(store, new InstanceId(name));
        }
        store.damage(new InstanceId("p2-a"), 1);
        java.util.List<String> told = new CopyOnWriteArrayList<>();
        EventStoreListener listener = new EventStoreListener() {
            @Override
            public void parked(Tenant tenant, Parked parked) {
                told.add("parked " + parked.instance() + " " + parked.code());
            }

            @Override
            public void run(Tenant tenant, EventStore.Fired fired, Duration took) {
                told.add("run " + tenant + " " + fired.instances() + " " + fired.events());
            }
        };
        InMemoryEventStore listened = store.withListener(listener);
        DeadlineScheduler<NoContext> scheduler = DeadlineScheduler.of(
                        listened,
                        Catalogue.all().map(Pathway::definition),
                        NoContext.INSTANCE,
                        at(T0.plus(Duration.ofHours(49))))
                .withListener(listener);
        EventStore.Fired f = scheduler.runOnce();
        assertThat(f.events()).isEqualTo(2);
        assertThat(f.parked().map(p -> p.instance().value())).containsExactly("p2-a");
        assertThat(store.parkedList().get(0).error()).contains("p2-a#2 does not follow p2-a#0");
        assertThat(scheduler.runOnce()).isEqualTo(EventStore.Fired.NONE);
        assertThat(told).containsExactly("parked p2-a STREAM_UNREPLAYABLE", "run default 3 2", "run default 0 0");
        assertThat(scheduler.tenant()).isEqualTo(Tenant.DEFAULT);
    }

    @Test
    void tenantsAreCheckedIdentifiers() {
        assertThat(Tenant.parse("cpts_lyon_8").get().id()).isEqualTo("cpts_lyon_8");
        for (String bad : List.of("", "Lyon", "8lyon", "pg_catalog", "a-b", "a".repeat(49), "lyon;drop")) {
            assertThat(Tenant.parse(bad).getError().map(p -> p.code())).as(bad).containsExactly("TENANT_FORMAT");
        }
        assertThatThrownBy(() -> new Tenant("x y")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Tenant.DEFAULT.isDefault()).isTrue();
        assertThat(new Tenant("a").toString()).isEqualTo("a");
        InMemoryEventStore store = new InMemoryEventStore();
        assertThat(store.withTenant(new Tenant("a")).toString()).isEqualTo("InMemoryEventStore[a, 0 instances]");
        assertThatThrownBy(() -> new Erasure(
                        java.util.UUID.randomUUID(), Tenant.DEFAULT, Erasure.Reason.PATIENT, T0, AUTHOR, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Definitions.bundled().toString()).contains("snp-sas v1");
    }
}
