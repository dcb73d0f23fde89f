package io.github.cptskit.pathways.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The engine on a small soins-non-programmés pathway (the catalogue's P2 is issue #6's work). */
class EngineTest {

    /** The host's context: who the patient's médecin traitant is. */
    record Ctx(String medecinTraitant) {}

    private static final Guard<Ctx> EFFECTEUR_NOT_MT =
            new Guard<>("effecteurNotMt", (c, e) -> !e.data().get("effecteur").contains(c.medecinTraitant()));

    static final Definition<Ctx> SNP = Definition.<Ctx>builder("snp-test", 1, "APPEL_RECU")
            .transition("APPEL_RECU", "trieParArm", "REGULATION_MG")
            .transition("APPEL_RECU", "urgenceVitale", "URGENCE_VITALE")
            .transition("REGULATION_MG", "conseil", "CLOS")
            .transition(
                    "REGULATION_MG",
                    "rdvATrouver",
                    "RDV_A_TROUVER",
                    Deadline.of("consultation48h", Duration.ofHours(48), "echec48h"))
            .transition("RDV_A_TROUVER", "rdvEffecteur", "RDV_CONFIRME", EFFECTEUR_NOT_MT)
            .transition("RDV_A_TROUVER", "echec48h", "ECHEC_48H")
            .transition("RDV_CONFIRME", "consultationRealisee", "CONSULTEE")
            .transition("RDV_CONFIRME", "echec48h", "ECHEC_48H")
            .terminal("CLOS", "URGENCE_VITALE", "CONSULTEE", "ECHEC_48H")
            .build()
            .get();

    private static final PatientRef PATIENT = PatientRef.parse("pat-7f3a9c").get();
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private static Clock at(Instant i) {
        return Clock.fixed(i, ZoneOffset.UTC);
    }

    private static InstanceState run(InstanceState s, String event, Instant when, TreeMap<String, String> data) {
        Either<Rejection, Seq<Event>> d = SNP.decide(event, PATIENT, data, s, new Ctx("MT-1"), at(when));
        return SNP.append(s, s.version(), d.get()).get();
    }

    @Test
    void happyPathWithTheDeadlineCancelledWhenConsulted() {
        InstanceState s = SNP.start();
        s = run(s, "trieParArm", T0, TreeMap.empty());
        s = run(s, "rdvATrouver", T0.plusSeconds(600), TreeMap.empty());
        assertThat(s.deadlines().get("consultation48h").get().dueAt())
                .isEqualTo(T0.plusSeconds(600).plus(Duration.ofHours(48)));
        s = run(s, "rdvEffecteur", T0.plusSeconds(3600), TreeMap.of("effecteur", "DR-2"));
        s = run(s, "consultationRealisee", T0.plus(Duration.ofHours(30)), TreeMap.empty());
        assertThat(s.state()).isEqualTo("CONSULTEE");
        assertThat(s.version()).isEqualTo(4);
        assertThat(s.deadlines()).isEmpty();
    }

    @Test
    void refusalsAreValuesNamingTheGuard() {
        InstanceState s = run(run(SNP.start(), "trieParArm", T0, TreeMap.empty()), "rdvATrouver", T0, TreeMap.empty());
        Rejection r = SNP.decide("rdvEffecteur", PATIENT, TreeMap.of("effecteur", "MT-1"), s, new Ctx("MT-1"), at(T0))
                .getLeft();
        assertThat(r.code()).isEqualTo("GUARD_REFUSED");
        assertThat(r.guard()).isEqualTo("effecteurNotMt");
        assertThat(SNP.decide("conseil", PATIENT, TreeMap.empty(), SNP.start(), new Ctx("x"), at(T0))
                        .getLeft()
                        .code())
                .isEqualTo("TRANSITION_NOT_ALLOWED");
    }

    @Test
    void staleVersionIsRejectedNeverOverwritten() {
        InstanceState s = run(SNP.start(), "trieParArm", T0, TreeMap.empty());
        Seq<Event> decided = SNP.decide("conseil", PATIENT, TreeMap.empty(), s, new Ctx("x"), at(T0))
                .get();
        assertThat(SNP.append(s, 0, decided).getLeft().code()).isEqualTo("STALE_VERSION");
        assertThat(SNP.append(s, 1, decided).get().state()).isEqualTo("CLOS");
    }

    @Test
    void deadlinesFireExactlyWhenDue() {
        InstanceState s = run(run(SNP.start(), "trieParArm", T0, TreeMap.empty()), "rdvATrouver", T0, TreeMap.empty());
        Instant due = T0.plus(Duration.ofHours(48));
        assertThat(SNP.dueDeadlines(s, due.minusMillis(1))).isEmpty();
        Deadline d = SNP.dueDeadlines(s, due).single();
        assertThat(d.expiryEvent()).isEqualTo("echec48h");
        assertThat(run(s, d.expiryEvent(), due, TreeMap.empty()).state()).isEqualTo("ECHEC_48H");
    }

    @Test
    void brokenDefinitionsFailNamingTheStates() {
        var broken = Definition.<Ctx>builder("broken", 1, "A")
                .transition("A", "go", "B")
                .transition("A", "go", "C")
                .transition("X", "back", "A")
                .terminal("C")
                .build();
        assertThat(broken.getError().map(Problem::code))
                .containsExactly("DEFINITION_UNREACHABLE", "DEFINITION_DEAD_END", "DEFINITION_AMBIGUOUS");
        assertThat(broken.getError().map(Problem::messageEn).mkString(" "))
                .contains("unreachable from A: X")
                .contains("without a way out: B")
                .contains("A on go");
    }

    @Test
    void diagramsAndPersonalData() {
        assertThat(SNP.mermaid())
                .startsWith("stateDiagram-v2\n    [*] --> APPEL_RECU")
                .contains("RDV_A_TROUVER --> RDV_CONFIRME : rdvEffecteur [effecteurNotMt]")
                .contains("CONSULTEE --> [*]");
        assertThat(SNP.dot()).startsWith("digraph \"snp-test v1\"").contains("\"CONSULTEE\" [shape=doublecircle]");
        assertThat(PatientRef.parse("1 84 12 75 123 456").getError().head().code())
                .isEqualTo("PATIENT_REF_LOOKS_LIKE_NIR");
        assertThat(PatientRef.parse("Jean Dupont").getError().head().code()).isEqualTo("PATIENT_REF_FORMAT");
        Event e = new Event("x", T0, PATIENT, TreeMap.of("note", "secret"));
        assertThat(e.toString()).isEqualTo("x@2025-03-03T08:00:00Z[pat-7f3a9c]").doesNotContain("secret");
    }

    private static final List<String> EVENTS = List.of(
            "trieParArm",
            "urgenceVitale",
            "conseil",
            "rdvATrouver",
            "rdvEffecteur",
            "echec48h",
            "consultationRealisee",
            "unknown");

    @Test
    void replayEqualsIncrementalAndNeverLeavesTheDeclaredStates() {
        qt().forAll(lists().of(integers().between(0, EVENTS.size() - 1)).ofSizeBetween(0, 30))
                .check(picks -> {
                    InstanceState incremental = SNP.start();
                    List<Event> accepted = List.empty();
                    Instant t = T0;
                    for (int i : picks) {
                        t = t.plusSeconds(60);
                        var d = SNP.decide(
                                EVENTS.get(i),
                                PATIENT,
                                TreeMap.of("effecteur", "DR-" + (i % 2)),
                                incremental,
                                new Ctx("DR-1"),
                                at(t));
                        if (d.isRight()) {
                            accepted = accepted.appendAll(d.get());
                            incremental = SNP.append(incremental, incremental.version(), d.get())
                                    .get();
                        }
                        if (!SNP.states().contains(incremental.state())) {
                            return false;
                        }
                    }
                    return SNP.replay(accepted).equals(incremental);
                });
    }
}
