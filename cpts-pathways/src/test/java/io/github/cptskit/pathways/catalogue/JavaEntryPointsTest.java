package io.github.cptskit.pathways.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cptskit.core.problem.ProblemsException;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.fhir.FhirMapping;
import io.github.cptskit.pathways.indicator.MedecinTraitantAccess;
import io.github.cptskit.pathways.indicator.PcrActivity;
import io.github.cptskit.pathways.indicator.SnpWithinDelay;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pathway API from plain Java (decision record 0004): java.util data and logs give the same
 * results as Vavr ones, every view equals its Vavr twin, a refusal becomes one ProblemsException with
 * every problem, and null arguments fail at the call naming the parameter.
 */
class JavaEntryPointsTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final ActorRef AUTHOR = new ActorRef("usr-4411");
    private static final Pathway P2 = Catalogue.findOptional("P2").orElseThrow();

    private static <K, V> List<Map.Entry<K, V>> entries(io.vavr.collection.Map<K, V> m) {
        List<Map.Entry<K, V>> out = new ArrayList<>();
        for (Tuple2<K, V> t : m) {
            out.add(Map.entry(t._1, t._2));
        }
        return out;
    }

    @Test
    void commandsFromJavaMapsEqualCommandsFromTreeMaps() {
        qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 8))
                        .ofSizeBetween(0, 12))
                .checkAssert(keys -> {
                    Map<String, String> java = new HashMap<>();
                    TreeMap<String, String> vavr = TreeMap.empty();
                    for (int i = 0; i < keys.size(); i++) {
                        java.put(keys.get(i), "v" + i);
                        vavr = vavr.put(keys.get(i), "v" + i);
                    }
                    Command a = Command.of("regule", AUTHOR, java);
                    Command b = Command.of("regule", AUTHOR, vavr);
                    assertThat(a).isEqualTo(b);
                    assertThat(new ArrayList<>(a.dataMap().entrySet())).isEqualTo(entries(b.data()));
                    EventType type = P2.definition().eventTypes().get("regule").get();
                    assertThat(type.check(java)).isEqualTo(type.check(vavr));
                });
    }

    @Test
    void decisionsAndTheirViewsOnGeneratedWalks() {
        Engine<NoContext> engine = P2.engine();
        qt().forAll(integers().between(1, 40), integers().between(1, 72)).checkAssert((patients, hours) -> {
            List<List<Event>> javaLogs = new ArrayList<>();
            io.vavr.collection.List<Seq<Event>> vavrLogs = io.vavr.collection.List.empty();
            for (int i = 0; i < patients; i++) {
                Clock at = Clock.fixed(T0.plus(Duration.ofMinutes(i)), ZoneOffset.UTC);
                InstanceState s = engine.start(
                        new InstanceId("i-" + i),
                        PatientRef.parse("pat-" + (1000 + i)).get());
                Decision triage = Rejection.orElseThrow(engine.decide(
                        s,
                        Command.of("trieParArm", AUTHOR, Map.of("orientation", "REGULATION_MG")),
                        NoContext.INSTANCE,
                        at));
                Decision rdv = Rejection.orElseThrow(engine.decide(
                        triage.state(),
                        Command.of("regule", AUTHOR, Map.of("decision", "RDV")),
                        NoContext.INSTANCE,
                        at));
                List<Event> log = new ArrayList<>(triage.eventsList());
                log.addAll(rdv.eventsList());
                assertThat(rdv.eventsList()).isEqualTo(rdv.events().toJavaList());
                assertThat(new ArrayList<>(rdv.state().deadlinesMap().entrySet()))
                        .isEqualTo(entries(rdv.state().deadlines()));
                assertThat(FhirMapping.bundled().statusOptional(rdv.state()))
                        .isEqualTo(FhirMapping.bundled().status(rdv.state()).toJavaOptional());
                assertThat(engine.dueDeadlinesList(rdv.state(), T0.plus(Duration.ofHours(hours))))
                        .isEqualTo(engine.dueDeadlines(rdv.state(), T0.plus(Duration.ofHours(hours)))
                                .toJavaList());
                for (Event e : log) {
                    assertThat(new ArrayList<>(e.dataMap().entrySet())).isEqualTo(entries(e.data()));
                }
                javaLogs.add(log);
                vavrLogs = vavrLogs.append(io.vavr.collection.List.ofAll(log));
            }
            Duration delay = Duration.ofHours(hours);
            assertThat(SnpWithinDelay.of(javaLogs, delay)).isEqualTo(SnpWithinDelay.of(vavrLogs, delay));
            assertThat(PcrActivity.of(javaLogs)).isEqualTo(PcrActivity.of(vavrLogs));
            assertThat(MedecinTraitantAccess.of(javaLogs).medianDelayOptional())
                    .isEqualTo(MedecinTraitantAccess.of(vavrLogs).medianDelay().toJavaOptional());
        });
    }

    @Test
    void definitionsAndTheCatalogueHaveJavaViews() {
        assertThat(Catalogue.allList()).isEqualTo(Catalogue.all().toJavaList());
        assertThat(Catalogue.findOptional("nope")).isEmpty();
        for (Pathway p : Catalogue.allList()) {
            Definition<NoContext> d = p.definition();
            assertThat(new ArrayList<>(d.statesSet())).isEqualTo(d.states().toJavaList());
            assertThat(new ArrayList<>(d.terminalsSet()))
                    .isEqualTo(d.terminals().toJavaList());
            assertThat(d.transitionsList()).isEqualTo(d.transitions().toJavaList());
            assertThat(new ArrayList<>(d.eventTypesMap().entrySet())).isEqualTo(entries(d.eventTypes()));
            assertThat(new ArrayList<>(d.deadlinesMap().entrySet())).isEqualTo(entries(d.deadlines()));
            assertThat(new ArrayList<>(FhirMapping.bundled().tableMap(d.id()).entrySet()))
                    .isEqualTo(entries(FhirMapping.bundled().table(d.id())));
            assertThat(Catalogue.findOptional(p.code())).contains(p);
            assertThatThrownBy(() -> d.statesSet().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void aRefusalIsOneProblemsExceptionWithEveryProblem() {
        Engine<NoContext> engine = P2.engine();
        InstanceState s =
                engine.start(InstanceId.random(), PatientRef.parse("pat-7f3a9c").get());
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        Either<Rejection, Decision> d = engine.decide(
                s,
                Command.of("trieParArm", AUTHOR, Map.of("orientation", "NOPE", "extra", "1")),
                NoContext.INSTANCE,
                clock);
        Rejection r = Rejection.of(d).orElseThrow();
        assertThat(r.code()).isEqualTo("EVENT_DATA");
        assertThat(r.problem().code()).isEqualTo("EVENT_DATA");
        assertThat(r.problems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(r.allProblemsList())
                .isEqualTo(r.problems().prepend(r.problem()).toJavaList());
        assertThatThrownBy(() -> Rejection.orElseThrow(d)).isInstanceOfSatisfying(ProblemsException.class, e -> {
            assertThat(e.problems()).isEqualTo(r.allProblems());
            assertThat(e.getMessage(Locale.FRENCH)).contains(r.problems().head().messageFr());
        });
        assertThat(Rejection.of(engine.decide(
                        s,
                        Command.of("trieParArm", AUTHOR, Map.of("orientation", "REGULATION_MG")),
                        NoContext.INSTANCE,
                        clock)))
                .isEmpty();
    }

    @Test
    void nullArgumentsFailAtTheCallNamingTheParameter() {
        assertThatThrownBy(() -> Command.of("regule", AUTHOR, (Map<String, String>) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("data");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("decision", null);
        assertThatThrownBy(() -> Command.of("regule", AUTHOR, withNull))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("data value of decision");
        assertThatThrownBy(() -> Rejection.orElseThrow(null)).hasMessage("outcome");
        assertThatThrownBy(() -> Rejection.of((Either<Rejection, ?>) null)).hasMessage("outcome");
        assertThatThrownBy(() -> SnpWithinDelay.of(null, Duration.ZERO)).hasMessage("logs");
        assertThatThrownBy(() -> PcrActivity.of(null)).hasMessage("logs");
        assertThatThrownBy(() -> MedecinTraitantAccess.of(null)).hasMessage("logs");
        assertThatThrownBy(
                        () -> P2.definition().eventTypes().get("regule").get().check((Map<String, String>) null))
                .hasMessage("data");
    }
}
