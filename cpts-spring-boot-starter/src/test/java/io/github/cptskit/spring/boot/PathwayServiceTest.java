package io.github.cptskit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.store.Erasure;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.InMemoryEventStore;
import io.github.cptskit.pathways.store.Parked;
import io.github.cptskit.pathways.store.Tenant;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link PathwayService}: read, replay, decide, append, and again after a conflict; lookups and erasure. */
class PathwayServiceTest {
    static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final PatientRef PATIENT = PatientRef.parse("pat-7f3a9c").get();
    static final ActorRef AUTHOR = new ActorRef("usr-4411");
    static final Command TRIAGE = Command.of("trieParArm", AUTHOR, Map.of("orientation", "REGULATION_MG"));
    static final Command REGULATE = Command.of("regule", AUTHOR, Map.of("decision", "RDV"));

    /** Counts the problems it is told of, by code. */
    static class Recorded implements CptsMetrics {
        final List<String> problems = new ArrayList<>();

        @Override
        public void problem(String code) {
            problems.add(code);
        }
    }

    /** A store whose next {@code conflicts} appends are refused as if another writer had been first. */
    static final class Contended implements EventStore {
        final InMemoryEventStore store = new InMemoryEventStore();
        final AtomicInteger conflicts = new AtomicInteger();
        final AtomicInteger appends = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Either<Rejection, InstanceState> append(Decision decision) {
            appends.incrementAndGet();
            if (conflicts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return Either.left(EventStore.conflict(decision.state().instance(), decision.expectedVersion()));
            }
            return store.append(decision);
        }

        @Override
        public Stream<Event> read(InstanceId instance) {
            reads.incrementAndGet();
            return store.read(instance);
        }

        @Override
        public Tenant tenant() {
            return store.tenant();
        }

        @Override
        public Fired fireDue(Instant now, int limit, DueWork work) {
            return store.fireDue(now, limit, work);
        }

        @Override
        public Seq<InstanceId> instancesOf(PatientRef patient) {
            return store.instancesOf(patient);
        }

        @Override
        public Erasure erase(PatientRef patient, ActorRef actor, Instant now) {
            return store.erase(patient, actor, now);
        }

        @Override
        public Erasure purgeClosedBefore(Instant closedBefore, ActorRef actor, Instant now) {
            return store.purgeClosedBefore(closedBefore, actor, now);
        }

        @Override
        public Seq<Erasure> erasures() {
            return store.erasures();
        }

        @Override
        public Seq<Parked> parked() {
            return store.parked();
        }

        @Override
        public boolean release(InstanceId instance, Instant dueAt) {
            return store.release(instance, dueAt);
        }
    }

    private static List<Event> events(EventStore store, InstanceId id) {
        try (Stream<Event> s = store.read(id)) {
            return s.toList();
        }
    }

    @Test
    void aCommandConflictingIsDecidedAgainUpToTheRetries() {
        for (int retries = 0; retries <= 3; retries++) {
            for (int conflicts = 0; conflicts <= 4; conflicts++) {
                Contended store = new Contended();
                Recorded metrics = new Recorded();
                PathwayService service = new PathwayService(store, PathwayRegistry.bundled(), CLOCK, metrics, retries);
                InstanceId id = new InstanceId("p2-" + retries + "-" + conflicts);
                assertThat(service.start("P2", id, PATIENT, TRIAGE).isRight()).isTrue();
                store.appends.set(0);
                store.reads.set(0);
                store.conflicts.set(conflicts);
                Either<Rejection, Decision> sent = service.send("P2", id, REGULATE);
                String as = retries + " retries, " + conflicts + " conflicts";
                int attempts = Math.min(conflicts, retries) + 1;
                assertThat(store.appends.get()).as(as).isEqualTo(attempts);
                assertThat(store.reads.get()).as(as).isEqualTo(attempts);
                assertThat(metrics.problems)
                        .as(as)
                        .hasSize(Math.min(conflicts, retries + 1))
                        .allMatch(EventStore.CONFLICT::equals);
                if (conflicts <= retries) {
                    assertThat(sent.get().events().map(Event::type)).as(as).containsExactly("regule");
                    assertThat(events(store, id)).as(as).hasSize(2);
                } else {
                    assertThat(sent.getLeft().code()).as(as).isEqualTo(EventStore.CONFLICT);
                    assertThat(events(store, id)).as(as).hasSize(1);
                }
            }
        }
    }

    @Test
    void aRefusedCommandIsCountedByEachOfItsCodesAndNothingIsWritten() {
        InMemoryEventStore store = new InMemoryEventStore();
        Recorded metrics = new Recorded();
        PathwayService service = new PathwayService(store, PathwayRegistry.bundled(), CLOCK, metrics, 3);
        InstanceId id = new InstanceId("p2-refused");
        service.start("P2", id, PATIENT, TRIAGE);
        Rejection refused = service.send("P2", id, Command.of("regule", AUTHOR, Map.of("decision", "PEUT-ETRE")))
                .getLeft();
        assertThat(metrics.problems)
                .isNotEmpty()
                .containsExactlyElementsOf(refused.allProblems().map(p -> p.code()));
        assertThat(events(store, id)).hasSize(1);
        Rejection badStart = service.start("P2", new InstanceId("p2-none"), PATIENT, REGULATE)
                .getLeft();
        assertThat(metrics.problems)
                .endsWith(badStart.allProblems().map(p -> p.code()).toJavaArray(String[]::new));
        assertThat(events(store, new InstanceId("p2-none"))).isEmpty();
        // a taken id: the store's conflict, counted
        assertThat(service.start("P2", id, PATIENT, TRIAGE).getLeft().code()).isEqualTo(EventStore.CONFLICT);
        assertThat(metrics.problems).last().isEqualTo(EventStore.CONFLICT);
    }

    @Test
    void anInstanceIsReadByCodeOrIdAndReplayed() {
        InMemoryEventStore store = new InMemoryEventStore();
        PathwayService service = new PathwayService(store, PathwayRegistry.bundled(), CLOCK, CptsMetrics.NONE, 3);
        InstanceId id = new InstanceId("p2-read");
        Decision first = service.start("p2", id, PATIENT, TRIAGE).get();
        Decision second = service.send("snp-sas", id, REGULATE).get();
        PathwayService.Instance read = service.read("P2", id);
        assertThat(read.pathway().code()).isEqualTo("P2");
        assertThat(read.state()).isEqualTo(second.state());
        assertThat(read.events()).containsExactlyElementsOf(first.events().appendAll(second.events()));
        assertThat(read.events().get(1).at()).isEqualTo(T0);
        assertThatThrownBy(() -> read.events().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(service.toString()).isEqualTo("PathwayService(" + PathwayRegistry.bundled() + ", 3 retries)");
    }

    @Test
    void anUnknownPathwayOrInstanceIsNotFoundAndNamed() {
        InMemoryEventStore store = new InMemoryEventStore();
        PathwayService service = new PathwayService(store, PathwayRegistry.bundled(), CLOCK, CptsMetrics.NONE, 0);
        InstanceId id = new InstanceId("p2-nowhere");
        assertThatThrownBy(() -> service.send("P2", id, REGULATE))
                .isInstanceOf(UnknownInstanceException.class)
                .hasMessage("no instance p2-nowhere of P2");
        assertThatThrownBy(() -> service.read("P2", id))
                .isInstanceOf(UnknownInstanceException.class)
                .hasMessage("no instance p2-nowhere of P2");
        assertThatThrownBy(() -> service.start("P99", id, PATIENT, TRIAGE))
                .isInstanceOf(UnknownInstanceException.class)
                .hasMessage("no pathway P99");
        assertThatThrownBy(() -> new PathwayService(store, PathwayRegistry.bundled(), CLOCK, CptsMetrics.NONE, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conflictRetries");
        assertThatThrownBy(() -> service.read(null, id))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("pathway");
    }

    @Test
    void aPatientsInstancesAreFoundAndErased() {
        InMemoryEventStore store = new InMemoryEventStore();
        PathwayService service = new PathwayService(store, PathwayRegistry.bundled(), CLOCK, CptsMetrics.NONE, 3);
        PatientRef other = PatientRef.parse("pat-000001").get();
        InstanceId a = new InstanceId("p2-a");
        InstanceId b = new InstanceId("p2-b");
        service.start("P2", a, PATIENT, TRIAGE);
        service.send("P2", a, REGULATE);
        service.start("P2", b, PATIENT, TRIAGE);
        service.start("P2", new InstanceId("p2-c"), other, TRIAGE);
        assertThat(service.instancesOf(PATIENT)).containsExactlyInAnyOrder(a, b);
        Erasure e = service.erase(PATIENT, AUTHOR);
        assertThat(e.instances()).isEqualTo(2);
        assertThat(e.events()).isEqualTo(3);
        assertThat(e.at()).isEqualTo(T0);
        assertThat(e.actor()).isEqualTo(AUTHOR);
        assertThat(service.instancesOf(PATIENT)).isEmpty();
        assertThat(service.instancesOf(other)).containsExactly(new InstanceId("p2-c"));
        assertThat(store.erasures()).containsExactly(e);
    }

    @Test
    void aRegistryGivesEachPathwayItsEngineOnce() {
        PathwayRegistry bundled = PathwayRegistry.bundled();
        assertThat(bundled.pathways()).hasSameSizeAs(Catalogue.allList());
        assertThat(bundled.definitions()).hasSameSizeAs(Catalogue.allList());
        assertThat(bundled.definitions().get(0))
                .isSameAs(bundled.pathways().get(0).definition());
        var p2 = Catalogue.findOptional("P2").orElseThrow();
        assertThat(bundled.find("snp-sas").orElseThrow().code()).isEqualTo("P2");
        assertThat(bundled.find("p2").orElseThrow().id()).isEqualTo("snp-sas");
        assertThat(bundled.find("SNP-SAS")).as("ids are exact").isEmpty();
        assertThat(bundled.find("P99")).isEmpty();
        int version = p2.definition().version();
        assertThat(bundled.engine("snp-sas", version)).isPresent();
        assertThat(bundled.engine("snp-sas", version + 1)).isEmpty();
        assertThat(bundled.engine("P2", version)).as("by definition id only").isEmpty();
        PathwayRegistry mine = PathwayRegistry.of(List.of(p2));
        assertThat(mine.toString()).isEqualTo("PathwayRegistry[snp-sas v" + version + "]");
        assertThat(bundled.toString()).startsWith("PathwayRegistry[").contains("snp-sas v" + version);
        assertThatThrownBy(() -> PathwayRegistry.of(List.of(p2, p2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pathway snp-sas v" + version + " given twice");
        assertThatThrownBy(() -> mine.pathways().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRemunerationIsCountedAsComputedOrRefusedWithItsProblems() {
        var calculator = io.github.cptskit.aci.calculation.RemunerationCalculator.of(
                io.github.cptskit.aci.tariff.TariffRules.bundled());
        List<String> outcomes = new ArrayList<>();
        Recorded metrics = new Recorded() {
            @Override
            public void remuneration(boolean computed) {
                outcomes.add(computed ? "computed" : "refused");
            }
        };
        RemunerationService service = new RemunerationService(calculator, metrics);
        assertThat(service.calculator()).isSameAs(calculator);
        var scenario = io.github.cptskit.core.problem.Results.orElseThrow(
                io.github.cptskit.aci.calculation.Scenario.builder("cpts-a")
                        .population(97_000)
                        .signedOn(java.time.LocalDate.of(2023, 3, 1))
                        .contractYear(2)
                        .mission(Mission.ACCES, java.time.LocalDate.of(2023, 6, 1), Achievement.FULL)
                        .mission(Mission.PARCOURS, java.time.LocalDate.of(2024, 1, 15), Achievement.FULL)
                        .mission(Mission.PREVENTION, java.time.LocalDate.of(2024, 1, 15), Achievement.NONE)
                        .mission(Mission.CRISES, java.time.LocalDate.of(2023, 9, 1), Achievement.NONE)
                        .build());
        var computed = service.calculate(scenario);
        assertThat(computed).isEqualTo(calculator.calculate(scenario));
        assertThat(outcomes).containsExactly("computed");
        assertThat(metrics.problems).isEmpty();
        var tooLate = io.github.cptskit.core.problem.Results.orElseThrow(
                io.github.cptskit.aci.calculation.Scenario.builder("cpts-b")
                        .population(10_000)
                        .signedOn(java.time.LocalDate.of(2023, 3, 1))
                        .mission(Mission.ACCES, java.time.LocalDate.of(2023, 3, 1), Achievement.FULL)
                        .build());
        var refused = service.calculate(tooLate);
        assertThat(refused.getError().map(p -> p.code()))
                .as("parcours, prévention and crises not contracted")
                .hasSize(3)
                .containsOnly("SCENARIO_MANDATORY_MISSION_MISSING");
        assertThat(outcomes).containsExactly("computed", "refused");
        assertThat(metrics.problems)
                .containsExactlyElementsOf(refused.getError().map(p -> p.code()));
    }
}
