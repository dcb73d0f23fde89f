package io.github.cptskit.spring.boot.internal;

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
import io.github.cptskit.pathways.store.DeadlineScheduler;
import io.github.cptskit.pathways.store.Erasure;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.EventStoreException;
import io.github.cptskit.pathways.store.InMemoryEventStore;
import io.github.cptskit.pathways.store.Parked;
import io.github.cptskit.pathways.store.Tenant;
import io.github.cptskit.spring.boot.CptsMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vavr.collection.List;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the starter measures: {@link MeteredEventStore} tells {@link CptsMetrics} of each append, conflict,
 * failure, due deadline, expiry (late or not) and refusal, and passes every call through;
 * {@link MicrometerCptsMetrics} makes them meters with their names and tags.
 */
class MeteredEventStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final PatientRef PATIENT = PatientRef.parse("pat-7f3a9c").get();
    private static final ActorRef AUTHOR = new ActorRef("usr-4411");
    private static final Engine<NoContext> P2 = Catalogue.find("P2").get().engine();
    private static final Duration DEADLINE = Duration.ofHours(48);

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    /** Every call, as text. */
    static final class Calls implements CptsMetrics {
        final java.util.List<String> calls = new ArrayList<>();

        @Override
        public void appended(String pathway, int events, Duration latency) {
            assertThat(latency.isNegative()).isFalse();
            calls.add("appended " + pathway + " " + events);
        }

        @Override
        public void conflict(String pathway, Duration latency) {
            assertThat(latency.isNegative()).isFalse();
            calls.add("conflict " + pathway);
        }

        @Override
        public void appendFailed(String pathway) {
            calls.add("failed " + pathway);
        }

        @Override
        public void deadlineDue(String pathway) {
            calls.add("due " + pathway);
        }

        @Override
        public void deadlineFired(String pathway, Duration lateness, boolean late) {
            calls.add("fired " + pathway + " " + lateness + " " + late);
        }

        @Override
        public void deadlineRefused(String code) {
            calls.add("refused " + code);
        }
    }

    private static Decision decide(InstanceState s, String type, String key, String value) {
        return P2.decide(s, Command.of(type, AUTHOR).with(key, value), NoContext.INSTANCE, at(T0))
                .get();
    }

    @Test
    void appendsConflictsAndFailuresAreMeasured() {
        Calls calls = new Calls();
        InMemoryEventStore inner = new InMemoryEventStore();
        MeteredEventStore store = new MeteredEventStore(inner, calls, Duration.ofMinutes(2));
        InstanceState start = P2.start(new InstanceId("p2-1"), PATIENT);
        Decision triage = decide(start, "trieParArm", "orientation", "REGULATION_MG");
        assertThat(store.append(triage).get()).isEqualTo(triage.state());
        Decision other = decide(start, "trieParArm", "orientation", "URGENCE_VITALE");
        assertThat(store.append(other).getLeft().code()).isEqualTo(EventStore.CONFLICT);
        assertThat(store.append(new Decision(List.empty(), triage.state())).isRight())
                .isTrue();
        Decision regulate = decide(triage.state(), "regule", "decision", "RDV");
        store.append(regulate);
        assertThat(calls.calls)
                .containsExactly(
                        "appended snp-sas " + triage.events().size(), "conflict snp-sas", "appended snp-sas 1");
        try (Stream<Event> events = store.read(new InstanceId("p2-1"))) {
            assertThat(events.map(Event::type)).containsExactly("trieParArm", "regule");
        }

        EventStore broken = (EventStore) Proxy.newProxyInstance(
                EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class}, (proxy, m, args) -> {
                    throw new EventStoreException("database gone", new java.sql.SQLException("gone"));
                });
        MeteredEventStore failing = new MeteredEventStore(broken, calls, Duration.ofMinutes(2));
        assertThatThrownBy(() -> failing.append(triage))
                .isInstanceOf(EventStoreException.class)
                .hasMessage("database gone");
        assertThat(calls.calls).last().isEqualTo("failed snp-sas");
        assertThatThrownBy(() -> store.append(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void dueDeadlinesAndTheirLatenessAreMeasured() {
        Calls calls = new Calls();
        InMemoryEventStore inner = new InMemoryEventStore();
        Duration lateAfter = Duration.ofMinutes(2);
        MeteredEventStore store = new MeteredEventStore(inner, calls, lateAfter);
        for (String id : new String[] {"p2-a", "p2-b"}) {
            InstanceState s = P2.start(new InstanceId(id), PATIENT);
            Decision d1 = decide(s, "trieParArm", "orientation", "REGULATION_MG");
            inner.append(d1);
            inner.append(decide(d1.state(), "regule", "decision", "RDV"));
        }
        var defs = Catalogue.all().map(Pathway::definition);
        // p2-a and p2-b fall due at T0 + 48 h; the run sees them exactly lateAfter later: not late
        Instant due = T0.plus(DEADLINE);
        EventStore.Fired fired = DeadlineScheduler.of(store, defs, NoContext.INSTANCE, at(due.plus(lateAfter)))
                .runOnce();
        assertThat(fired.events()).isEqualTo(2);
        assertThat(calls.calls)
                .containsExactly("due snp-sas", "fired snp-sas PT2M false", "due snp-sas", "fired snp-sas PT2M false");

        calls.calls.clear();
        InstanceState s = P2.start(new InstanceId("p2-c"), PATIENT);
        Decision d1 = decide(s, "trieParArm", "orientation", "REGULATION_MG");
        inner.append(d1);
        inner.append(decide(d1.state(), "regule", "decision", "RDV"));
        DeadlineScheduler.of(
                        store, defs, NoContext.INSTANCE, at(due.plus(lateAfter).plusSeconds(1)))
                .runOnce();
        assertThat(calls.calls).containsExactly("due snp-sas", "fired snp-sas PT2M1S true");

        calls.calls.clear();
        InstanceState x = P2.start(new InstanceId("p2-x"), PATIENT);
        Decision dx = decide(x, "trieParArm", "orientation", "REGULATION_MG");
        inner.append(dx);
        inner.append(decide(dx.state(), "regule", "decision", "RDV"));
        EventStore.Fired refused = DeadlineScheduler.of(store, List.empty(), NoContext.INSTANCE, at(due.plusSeconds(5)))
                .withAuthor(AUTHOR)
                .runOnce();
        assertThat(refused.rejections()).hasSize(1);
        assertThat(calls.calls).containsExactly("due snp-sas", "refused PATHWAY_UNKNOWN");
    }

    @Test
    void everyOtherCallGoesToTheStoreUnchanged() {
        java.util.List<String> seen = new ArrayList<>();
        InMemoryEventStore inner = new InMemoryEventStore();
        InvocationHandler spy = (proxy, m, args) -> {
            seen.add(m.getName());
            return m.invoke(inner, args);
        };
        EventStore spied = (EventStore)
                Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class}, spy);
        MeteredEventStore store = new MeteredEventStore(spied, CptsMetrics.NONE, Duration.ofMinutes(2));
        assertThat(store.delegate()).isSameAs(spied);
        InstanceState s = P2.start(new InstanceId("p2-1"), PATIENT);
        Decision d1 = decide(s, "trieParArm", "orientation", "REGULATION_MG");
        store.append(d1);
        assertThat(store.tenant()).isEqualTo(Tenant.DEFAULT);
        assertThat(store.instancesOf(PATIENT)).containsExactly(new InstanceId("p2-1"));
        assertThat(store.release(new InstanceId("p2-1"), T0)).isEqualTo(inner.release(new InstanceId("p2-1"), T0));
        assertThat(store.parked()).isEqualTo(inner.parked());
        Erasure erased = store.erase(PATIENT, AUTHOR, T0);
        assertThat(erased.instances()).isEqualTo(1);
        Erasure purged = store.purgeClosedBefore(T0, AUTHOR, T0.plusSeconds(1));
        assertThat(purged.reason()).isEqualTo(Erasure.Reason.RETENTION);
        assertThat(store.erasures()).containsExactly(erased, purged);
        assertThat(seen)
                .containsExactly(
                        "append",
                        "tenant",
                        "instancesOf",
                        "release",
                        "parked",
                        "erase",
                        "purgeClosedBefore",
                        "erasures");
        assertThat(store.toString()).isEqualTo("Metered(" + spied + ")");
    }

    private static double count(MeterRegistry r, String name, String... tags) {
        return r.get(name).tags(tags).counter().count();
    }

    @Test
    void micrometerMetersHaveTheirNamesAndTags() {
        SimpleMeterRegistry r = new SimpleMeterRegistry();
        MicrometerCptsMetrics m = new MicrometerCptsMetrics(r);
        m.appended("snp-sas", 3, Duration.ofMillis(4));
        m.appended("snp-sas", 2, Duration.ofMillis(6));
        m.conflict("snp-sas", Duration.ofMillis(5));
        m.appendFailed("snp-sas");
        m.appendFailed("snp-sas");
        m.deadlineDue("snp-sas");
        m.deadlineFired("snp-sas", Duration.ofSeconds(30), false);
        m.deadlineFired("snp-sas", Duration.ofMinutes(5), true);
        m.deadlineFired("snp-sas", Duration.ofMinutes(4), true);
        m.deadlineRefused("PATHWAY_UNKNOWN");
        m.remuneration(true);
        m.remuneration(true);
        m.remuneration(false);
        m.problem("EVENT_DATA");
        Tenant t = new Tenant("east");
        m.run(t, EventStore.Fired.NONE, Duration.ofMillis(7));
        m.parked(t, new Parked(new InstanceId("p2-1"), "snp-sas", "STREAM_UNREPLAYABLE", "boom", T0));
        m.refused(t, "snp-sas", java.util.List.of("EVENT_DATA", "PATIENT_REF_FORMAT"));
        m.erased(new Erasure(UUID.randomUUID(), t, Erasure.Reason.PATIENT, T0, AUTHOR, 1, 3, 0));

        assertThat(count(r, "cpts.store.appends", "pathway", "snp-sas", "outcome", "appended"))
                .isEqualTo(2);
        assertThat(count(r, "cpts.store.appends", "pathway", "snp-sas", "outcome", "conflict"))
                .isEqualTo(1);
        assertThat(count(r, "cpts.store.appends", "pathway", "snp-sas", "outcome", "failed"))
                .isEqualTo(2);
        assertThat(count(r, "cpts.store.events", "pathway", "snp-sas")).isEqualTo(5);
        var appendedLatency =
                r.get("cpts.store.append.latency").tags("outcome", "appended").timer();
        assertThat(appendedLatency.count()).isEqualTo(2);
        assertThat(appendedLatency.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(10);
        assertThat(r.get("cpts.store.append.latency")
                        .tags("outcome", "conflict")
                        .timer()
                        .totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(5);
        assertThat(count(r, "cpts.deadlines.due", "pathway", "snp-sas")).isEqualTo(1);
        assertThat(count(r, "cpts.deadlines.fired", "pathway", "snp-sas")).isEqualTo(3);
        assertThat(r.get("cpts.deadlines.lateness").timer().totalTime(TimeUnit.SECONDS))
                .isEqualTo(570);
        assertThat(count(r, "cpts.deadlines.late", "pathway", "snp-sas"))
                .as("the two late ones")
                .isEqualTo(2);
        assertThat(count(r, "cpts.deadlines.refused", "code", "PATHWAY_UNKNOWN"))
                .isEqualTo(1);
        assertThat(count(r, "cpts.remunerations", "outcome", "computed")).isEqualTo(2);
        assertThat(count(r, "cpts.remunerations", "outcome", "refused")).isEqualTo(1);
        assertThat(count(r, "cpts.problems", "code", "EVENT_DATA")).isEqualTo(1);
        assertThat(r.get("cpts.deadlines.runs").tags("tenant", "east").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(7);
        assertThat(count(r, "cpts.store.parked", "tenant", "east")).isEqualTo(1);
        assertThat(count(r, "cpts.store.refused", "tenant", "east", "pathway", "snp-sas", "code", "EVENT_DATA"))
                .isEqualTo(1);
        assertThat(count(r, "cpts.store.refused", "code", "PATIENT_REF_FORMAT")).isEqualTo(1);
        assertThat(count(r, "cpts.erasures", "tenant", "east", "reason", "PATIENT"))
                .isEqualTo(1);
        assertThat(r.getMeters())
                .allSatisfy(meter -> assertThat(meter.getId().getDescription()).isNotBlank());
        assertThat(r.getMeters().stream().flatMap(meter -> meter.getId().getTags().stream()))
                .allSatisfy(tag -> assertThat(tag.getKey()).isIn("pathway", "outcome", "code", "tenant", "reason"));
    }
}
