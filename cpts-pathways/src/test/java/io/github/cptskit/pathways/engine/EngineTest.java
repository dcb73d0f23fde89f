package io.github.cptskit.pathways.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.catalogue.Diagrams;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The engine on a small soins-non-programmés pathway (the catalogue's full P2 is {@code SnpSas}). */
class EngineTest {

    /** The host's context: who the patient's médecin traitant is. */
    record Ctx(String medecinTraitant) {}

    private static final Guard<Ctx> EFFECTEUR_NOT_MT =
            new Guard<>("effecteurNotMt", (c, e) -> !e.data().get("effecteur").contains(c.medecinTraitant()));

    static final Definition<Ctx> SNP = Definition.<Ctx>builder("snp-test", 1, "APPEL_RECU")
            .event(EventType.of(
                    "trieParArm", "triaged", Field.choice("orientation", "outcome", "URGENCE_VITALE", "REGULATION_MG")))
            .event(EventType.of("rdvEffecteur", "booked", Field.token("effecteur", "RPPS")))
            .transition(Transition.<Ctx>of("APPEL_RECU", "trieParArm", "REGULATION_MG")
                    .when("orientation", "REGULATION_MG"))
            .transition(Transition.<Ctx>of("APPEL_RECU", "trieParArm", "URGENCE_VITALE")
                    .when("orientation", "URGENCE_VITALE"))
            .transition("REGULATION_MG", "conseil", "CLOS")
            .transition(Transition.<Ctx>of("REGULATION_MG", "rdvATrouver", "RDV_A_TROUVER")
                    .starting(Deadline.of("consultation48h", Duration.ofHours(48), "echec48h")))
            .transition(Transition.<Ctx>of("RDV_A_TROUVER", "rdvEffecteur", "RDV_CONFIRME")
                    .guardedBy(EFFECTEUR_NOT_MT))
            .transition("RDV_A_TROUVER", "echec48h", "ECHEC_48H")
            .transition(Transition.<Ctx>of("RDV_CONFIRME", "consultationRealisee", "CONSULTEE")
                    .cancelling("consultation48h")
                    .raising("compteRenduTransmis"))
            .transition("CONSULTEE", "compteRenduTransmis", "CLOS")
            .transition("RDV_CONFIRME", "echec48h", "ECHEC_48H")
            .terminal("CLOS", "URGENCE_VITALE", "ECHEC_48H")
            .build()
            .get();

    private static final TreeMap<String, String> REGULATION = TreeMap.of("orientation", "REGULATION_MG");

    private static final PatientRef PATIENT = PatientRef.parse("pat-7f3a9c").get();
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    private static Clock at(Instant i) {
        return Clock.fixed(i, ZoneOffset.UTC);
    }

    static final InstanceId ID = new InstanceId("snp-test-0001");
    static final ActorRef AUTHOR = new ActorRef("usr-4411");

    static InstanceState start(Definition<Ctx> d) {
        return d.engine().start(ID, PATIENT);
    }

    /** decide as a host calls it, keeping the events only (the tests fold them again). */
    static Either<Rejection, Seq<Event>> decide(
            Definition<Ctx> d, String type, TreeMap<String, String> data, InstanceState s, Ctx c, Clock clock) {
        return d.engine().decide(s, Command.of(type, AUTHOR, data), c, clock).map(Decision::events);
    }

    static Either<Rejection, InstanceState> append(Definition<Ctx> d, InstanceState s, Seq<Event> events) {
        return Either.right(d.engine().replay(s, events));
    }

    static Either<Rejection, Seq<Event>> expire(Definition<Ctx> d, InstanceState s, Ctx c, Instant now) {
        return d.engine().expire(s, AUTHOR, c, at(now)).map(Decision::events);
    }

    static Event event(long seq, String type, Instant t, TreeMap<String, String> data) {
        return new Event(ID, seq, TestEvents.id(seq), type, t, t, PATIENT, AUTHOR, data);
    }

    private static InstanceState run(InstanceState s, String event, Instant when, TreeMap<String, String> data) {
        Either<Rejection, Seq<Event>> d = decide(SNP, event, data, s, new Ctx("MT-1"), at(when));
        return append(SNP, s, d.get()).get();
    }

    private static InstanceState waitingForSlot() {
        return run(run(start(SNP), "trieParArm", T0, REGULATION), "rdvATrouver", T0, TreeMap.empty());
    }

    @Test
    void happyPathRaisesTheReportAndCancelsTheDeadline() {
        InstanceState s = start(SNP);
        s = run(s, "trieParArm", T0, REGULATION);
        s = run(s, "rdvATrouver", T0.plusSeconds(600), TreeMap.empty());
        assertThat(s.deadlines().get("consultation48h").get().dueAt())
                .isEqualTo(T0.plusSeconds(600).plus(Duration.ofHours(48)));
        s = run(s, "rdvEffecteur", T0.plusSeconds(3600), TreeMap.of("effecteur", "DR-2"));
        assertThat(s.deadlines().containsKey("consultation48h")).isTrue();
        Seq<Event> decided = decide(
                        SNP,
                        "consultationRealisee",
                        TreeMap.empty(),
                        s,
                        new Ctx("MT-1"),
                        at(T0.plus(Duration.ofHours(30))))
                .get();
        // Run-to-completion: the raised event follows the one that raised it, same time, no data.
        assertThat(decided.map(Event::type)).containsExactly("consultationRealisee", "compteRenduTransmis");
        assertThat(decided.last().at()).isEqualTo(decided.head().at());
        assertThat(decided.map(Event::sequence)).containsExactly(4L, 5L);
        s = append(SNP, s, decided).get();
        assertThat(s.state()).isEqualTo("CLOS");
        assertThat(s.version()).isEqualTo(5);
        assertThat(s.deadlines()).isEmpty();
    }

    @Test
    void routesReadTheEventDataSoReplayTakesTheSameBranch() {
        Seq<Event> vital = decide(
                        SNP,
                        "trieParArm",
                        TreeMap.of("orientation", "URGENCE_VITALE"),
                        start(SNP),
                        new Ctx("x"),
                        at(T0))
                .get();
        assertThat(SNP.engine().replay(vital).state()).isEqualTo("URGENCE_VITALE");
        assertThat(SNP.engine()
                        .replay(List.of(vital.head().with("orientation", "REGULATION_MG")))
                        .state())
                .isEqualTo("REGULATION_MG");
    }

    @Test
    void refusalsAreValuesNamingTheGuardOrTheData() {
        InstanceState s = waitingForSlot();
        Rejection r = decide(SNP, "rdvEffecteur", TreeMap.of("effecteur", "MT-1"), s, new Ctx("MT-1"), at(T0))
                .getLeft();
        assertThat(r.code()).isEqualTo("GUARD_REFUSED");
        assertThat(r.guards()).containsExactly("effecteurNotMt");
        assertThat(r.messageEn()).isEqualTo("\"rdvEffecteur\" refused by: effecteurNotMt");
        assertThat(code(decide(SNP, "conseil", TreeMap.empty(), start(SNP), new Ctx("x"), at(T0))))
                .isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(code(decide(SNP, "inconnu", TreeMap.empty(), start(SNP), new Ctx("x"), at(T0))))
                .isEqualTo("EVENT_UNKNOWN");
        Rejection data = decide(
                        SNP,
                        "trieParArm",
                        TreeMap.of("orientation", "AILLEURS", "nom", "Dupont"),
                        start(SNP),
                        new Ctx("x"),
                        at(T0))
                .getLeft();
        assertThat(data.code()).isEqualTo("EVENT_DATA");
        assertThat(data.problems().map(Problem::code))
                .containsExactly("EVENT_DATA_INVALID", "EVENT_DATA_UNKNOWN_FIELD");
        assertThat(data.messageEn())
                .contains("\"orientation\" is not one of URGENCE_VITALE, REGULATION_MG")
                .doesNotContain("AILLEURS")
                .doesNotContain("Dupont")
                .contains("data not in the schema: nom");
        Rejection missing = decide(SNP, "rdvEffecteur", TreeMap.empty(), s, new Ctx("x"), at(T0))
                .getLeft();
        assertThat(missing.problems().map(Problem::code)).containsExactly("EVENT_DATA_MISSING");
        Rejection nir = decide(
                        SNP, "rdvEffecteur", TreeMap.of("effecteur", "1 84 12 75 123 456"), s, new Ctx("x"), at(T0))
                .getLeft();
        assertThat(nir.problems().map(Problem::code)).containsExactly("EVENT_DATA_LOOKS_LIKE_NIR");
    }

    private static String code(Either<Rejection, ?> d) {
        return d.getLeft().code();
    }

    @Test
    void endedInstancesRefuseEverything() {
        InstanceState s = run(run(start(SNP), "trieParArm", T0, REGULATION), "conseil", T0, TreeMap.empty());
        assertThat(s.state()).isEqualTo("CLOS");
        assertThat(code(decide(SNP, "conseil", TreeMap.empty(), s, new Ctx("x"), at(T0))))
                .isEqualTo("INSTANCE_TERMINATED");
    }

    @Test
    void decisionsNumberIdentifyAndStampTheirEvents() {
        InstanceState s = run(start(SNP), "trieParArm", T0, REGULATION);
        Decision d = SNP.engine()
                .decide(s, Command.of("rdvATrouver", AUTHOR), new Ctx("x"), at(T0.plusSeconds(5)))
                .get();
        Event e = d.events().single();
        assertThat(e.instance()).isEqualTo(ID);
        assertThat(e.sequence()).isEqualTo(2);
        assertThat(e.author()).isEqualTo(AUTHOR);
        assertThat(e.at()).isEqualTo(T0.plusSeconds(5)).isEqualTo(e.recordedAt());
        assertThat(e.id().version()).as("time-ordered UUID").isEqualTo(7);
        assertThat(e.id().getMostSignificantBits() >>> 16)
                .isEqualTo(T0.plusSeconds(5).toEpochMilli());
        assertThat(d.expectedVersion()).isEqualTo(1);
        assertThat(d.state().version()).isEqualTo(2);
        assertThat(d.state()).isEqualTo(SNP.engine().replay(s, d.events()));
        assertThat(SNP.engine()
                        .decide(s, Command.of("rdvATrouver", AUTHOR), new Ctx("x"), at(T0))
                        .get()
                        .events()
                        .single()
                        .id())
                .as("a new id each time")
                .isNotEqualTo(e.id());
    }

    @Test
    void evolveRefusesAnEventThatDoesNotFollow() {
        InstanceState s = start(SNP);
        Event second = event(2, "unknown", T0, TreeMap.empty());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SNP.engine().evolve(s, second))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not follow");
        Event other =
                new Event(new InstanceId("other"), 1, second.id(), "unknown", T0, T0, PATIENT, AUTHOR, TreeMap.empty());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SNP.engine().evolve(s, other))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SNP.engine().replay(List.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        qt().forAll(integers().between(0, 7)).check(steps -> {
            InstanceState x = start(SNP);
            for (int i = 0; i < steps; i++) {
                x = SNP.engine().evolve(x, event(i + 1, "unknown", T0, TreeMap.empty()));
            }
            return x.version() == steps && x.state().equals("APPEL_RECU");
        });
    }

    @Test
    void deadlinesFireExactlyWhenDue() {
        InstanceState s = waitingForSlot();
        Instant due = T0.plus(Duration.ofHours(48));
        assertThat(SNP.engine().dueDeadlines(s, due.minusMillis(1))).isEmpty();
        Deadline d = SNP.engine().dueDeadlines(s, due).single();
        assertThat(d.expiryEvent()).isEqualTo("echec48h");
        assertThat(code(decide(SNP, "echec48h", TreeMap.empty(), s, new Ctx("x"), at(due.minusMillis(1)))))
                .isEqualTo("DEADLINE_NOT_DUE");
        assertThat(code(decide(
                        SNP,
                        "echec48h",
                        TreeMap.empty(),
                        run(start(SNP), "trieParArm", T0, REGULATION),
                        new Ctx("x"),
                        at(due))))
                .isEqualTo("DEADLINE_NOT_PENDING");
        Rejection overdue = decide(SNP, "rdvEffecteur", TreeMap.of("effecteur", "DR-2"), s, new Ctx("x"), at(due))
                .getLeft();
        assertThat(overdue.code())
                .as("nothing is recorded after an expired deadline before its expiry")
                .isEqualTo("DEADLINE_OVERDUE");
        assertThat(overdue.messageEn()).isEqualTo("deadlines have expired: append first echec48h (" + due + ")");
        assertThat(overdue.messageFr())
                .isEqualTo("des échéances sont passées : ajoutez d'abord echec48h (" + due + ")");
        assertThat(run(s, d.expiryEvent(), due, TreeMap.empty()).state()).isEqualTo("ECHEC_48H");
    }

    @Test
    void dueInstantsFollowTheDelayForAnyStart() {
        qt().forAll(longs().between(0, 400L * 24 * 3600), longs().between(0, 48L * 3600))
                .check((startOffset, probe) -> {
                    Instant start = T0.plusSeconds(startOffset);
                    InstanceState s = run(
                            run(start(SNP), "trieParArm", start, REGULATION), "rdvATrouver", start, TreeMap.empty());
                    Instant now = start.plusSeconds(probe);
                    boolean due = !SNP.engine().dueDeadlines(s, now).isEmpty();
                    return due == (probe >= 48L * 3600);
                });
    }

    @Test
    void calendarDeadlinesCountMonthsInTheDefinitionZone() {
        Deadline review = Deadline.of("revue", Period.ofMonths(1), "echeance");
        // 31 Jan 23:30 in Paris is 22:30 UTC; one month later is the last day of February in Paris.
        Instant start = Instant.parse("2025-01-31T22:30:00Z");
        assertThat(review.startedAt(start, ZoneId.of("Europe/Paris")).dueAt())
                .isEqualTo(Instant.parse("2025-02-28T22:30:00Z"));
        assertThat(review.startedAt(start, ZoneOffset.UTC).dueAt()).isEqualTo(Instant.parse("2025-02-28T22:30:00Z"));
        assertThat(review.startedAt(Instant.parse("2025-03-15T10:00:00Z"), ZoneId.of("Europe/Paris"))
                        .dueAt())
                .as("summer time starts on 30 March: the wall-clock hour is kept")
                .isEqualTo(Instant.parse("2025-04-15T09:00:00Z"));
        assertThat(review.delay()).isEqualTo("P1M");
        assertThat(SNP.withZone(ZoneId.of("Indian/Reunion")).zone()).isEqualTo(ZoneId.of("Indian/Reunion"));
    }

    @Test
    void runToCompletionQueuesRaisedEventsAndStopsLoops() {
        Definition<Ctx> chain = Definition.<Ctx>builder("chain", 1, "A")
                .transition(Transition.<Ctx>of("A", "go", "B").raising("b1").raising("b2"))
                .transition(Transition.<Ctx>of("B", "b1", "C").raising("c1"))
                .transition("C", "b2", "D")
                .transition("D", "c1", "E")
                .terminal("E")
                .build()
                .get();
        // b1 and b2 are queued by go; c1 (raised by b1) waits behind b2: never re-entered.
        Seq<Event> decided = decide(chain, "go", TreeMap.empty(), start(chain), new Ctx("x"), at(T0))
                .get();
        assertThat(decided.map(Event::type)).containsExactly("go", "b1", "b2", "c1");
        assertThat(chain.engine().replay(decided).state()).isEqualTo("E");

        Definition<Ctx> loop = Definition.<Ctx>builder("loop", 1, "A")
                .transition(Transition.<Ctx>of("A", "ping", "A").raising("ping"))
                .transition("A", "stop", "Z")
                .terminal("Z")
                .build()
                .get();
        assertThat(code(decide(loop, "ping", TreeMap.empty(), start(loop), new Ctx("x"), at(T0))))
                .isEqualTo("RUN_TO_COMPLETION_LIMIT");

        Definition<Ctx> refused = Definition.<Ctx>builder("refused", 1, "A")
                .transition(Transition.<Ctx>of("A", "go", "B").raising("auto"))
                .transition(Transition.<Ctx>of("B", "auto", "C").guardedBy(new Guard<>("never", (c, e) -> false)))
                .terminal("C")
                .build()
                .get();
        Rejection r = decide(refused, "go", TreeMap.empty(), start(refused), new Ctx("x"), at(T0))
                .getLeft();
        assertThat(r.code()).isEqualTo("RAISED_EVENT_REFUSED");
        assertThat(r.guards()).containsExactly("never");
    }

    @Test
    void anEventFoldsByTheDefinitionAndStateItIsAppliedTo() {
        // an event carries no hidden trace of the definition that decided it: each folds it its way
        Definition<Ctx> one = Definition.<Ctx>builder("two-ways", 1, "A")
                .transition("A", "go", "B")
                .transition("B", "go", "C")
                .terminal("C")
                .build()
                .get();
        Definition<Ctx> two = Definition.<Ctx>builder("two-ways", 2, "A")
                .transition("A", "go", "C")
                .terminal("C")
                .build()
                .get();
        Event go = decide(one, "go", TreeMap.empty(), start(one), new Ctx("x"), at(T0))
                .get()
                .single();
        assertThat(one.engine().evolve(start(one), go).state()).isEqualTo("B");
        assertThat(two.engine().evolve(start(two), go).state()).isEqualTo("C");
    }

    @Test
    void brokenDefinitionsFailNamingTheStates() {
        var broken = Definition.<Ctx>builder("broken", 1, "A")
                .event(EventType.of("choose", "", Field.choice("which", "", "X", "Y"), Field.token("free", "")))
                .transition("A", "go", "B")
                .transition("A", "go", "C")
                .transition("X", "back", "A")
                .transition("X", "side", "Y") // Y is reached from X only: unreachable too
                .transition("Y", "back", "A")
                .transition(Transition.<Ctx>of("C", "choose", "A").when("free", "X"))
                .transition(Transition.<Ctx>of("C", "choose", "B").when("which", "Z"))
                .transition(Transition.<Ctx>of("B", "go", "C").raising("nowhere"))
                .transition("C", "out", "END")
                .transition("END", "again", "A")
                .terminal("END")
                .build();
        assertThat(broken.getError().map(Problem::code))
                .containsExactly(
                        "DEFINITION_UNREACHABLE",
                        "DEFINITION_AMBIGUOUS",
                        "DEFINITION_TERMINAL_EXIT",
                        "DEFINITION_ROUTE",
                        "DEFINITION_ROUTE",
                        "DEFINITION_RAISE");
        assertThat(broken.getError().map(Problem::messageEn).mkString(" "))
                .contains("broken: states unreachable from A: X, Y")
                .contains("A on go; C on choose")
                .contains("terminal states with outgoing transitions: END")
                .contains("C on choose: route free=X must read a choice field")
                .contains("C on choose: route which=Z must read a choice field")
                .contains("B on go raises nowhere: some transition must handle it");
        var deadEnd = Definition.<Ctx>builder("dead", 1, "A")
                .transition("A", "go", "B")
                .build();
        assertThat(deadEnd.getError().single().messageEn()).isEqualTo("dead: non-terminal states without a way out: B");
    }

    @Test
    void diagramsAndPersonalData() {
        assertThat(Diagrams.mermaid(SNP))
                .startsWith("stateDiagram-v2\n    [*] --> APPEL_RECU")
                .contains("APPEL_RECU --> URGENCE_VITALE : trieParArm (orientation=URGENCE_VITALE)")
                .contains("RDV_A_TROUVER --> RDV_CONFIRME : rdvEffecteur [effecteurNotMt]")
                .contains("REGULATION_MG --> RDV_A_TROUVER : rdvATrouver / starts consultation48h")
                .contains(
                        "RDV_CONFIRME --> CONSULTEE : consultationRealisee / stops consultation48h / raises compteRenduTransmis")
                .contains("CLOS --> [*]");
        assertThat(Diagrams.dot(SNP))
                .startsWith("digraph \"snp-test v1\"")
                .contains("\"CLOS\" [shape=doublecircle]")
                .contains("\"APPEL_RECU\" [shape=box, style=bold]")
                .contains("\"RDV_A_TROUVER\" -> \"RDV_CONFIRME\" [label=\"rdvEffecteur [effecteurNotMt]\"]");
        assertThat(PatientRef.parse("1 84 12 75 123 456").getError().head().code())
                .isEqualTo("PATIENT_REF_LOOKS_LIKE_NIR");
        assertThat(PatientRef.parse("184122A12345678").getError().head().code())
                .isEqualTo("PATIENT_REF_LOOKS_LIKE_NIR");
        assertThat(PatientRef.parse("184127512345678").getError().head().code())
                .isEqualTo("PATIENT_REF_LOOKS_LIKE_NIR");
        assertThat(PatientRef.parse("Jean Dupont").getError().head().code()).isEqualTo("PATIENT_REF_FORMAT");
        Event e = event(1, "x", T0, TreeMap.of("note", "secret"));
        assertThat(e.toString())
                .isEqualTo("snp-test-0001#1 x@2025-03-03T08:00:00Z[pat-7f3a9c by usr-4411]")
                .doesNotContain("secret");
        assertThat(ActorRef.parse("Jean Dupont").getError().head().code()).isEqualTo("ACTOR_REF_FORMAT");
        assertThat(ActorRef.parse("1 84 12 75 123 456").getError().head().code())
                .isEqualTo("ACTOR_REF_LOOKS_LIKE_NIR");
        assertThat(InstanceId.parse("184127512345678").getError().head().code())
                .isEqualTo("INSTANCE_ID_LOOKS_LIKE_NIR");
        assertThat(InstanceId.parse("").getError().head().code()).isEqualTo("INSTANCE_ID_FORMAT");
    }

    @Test
    void expireAppendsEveryDueDeadlineEachAtItsOwnInstant() {
        Definition<Ctx> two = Definition.<Ctx>builder("two", 1, "A")
                .event(EventType.of(
                        "go", "", Field.choice("mode", "", "X", "Y").optional(), Field.integer("n", "", 0, 5)))
                .transition(Transition.<Ctx>of("A", "go", "B")
                        .starting(Deadline.of("short", Duration.ofHours(1), "shortDue"))
                        .starting(Deadline.of("long", Duration.ofHours(3), "longDue")))
                .transition("B", "shortDue", "C")
                .transition("C", "longDue", "END")
                .terminal("END")
                .zone(ZoneOffset.UTC)
                .build()
                .get();
        assertThat(two.toString()).isEqualTo("two v1");
        assertThat(two.zone()).isEqualTo(ZoneOffset.UTC);
        Ctx c = new Ctx("x");
        assertThat(code(decide(two, "go", TreeMap.of("n", "1", "mode", "Z"), start(two), c, at(T0))))
                .isEqualTo("EVENT_DATA");
        assertThat(code(decide(two, "go", TreeMap.of("n", "1", "other", "Z"), start(two), c, at(T0))))
                .isEqualTo("EVENT_DATA");
        assertThat(code(decide(two, "go", TreeMap.of("n", "6"), start(two), c, at(T0))))
                .isEqualTo("EVENT_DATA");
        assertThat(code(decide(two, "go", TreeMap.of("mode", "X"), start(two), c, at(T0))))
                .isEqualTo("EVENT_DATA");
        InstanceState s = append(
                        two,
                        start(two),
                        decide(two, "go", TreeMap.of("n", "1"), start(two), c, at(T0))
                                .get())
                .get();
        assertThat(expire(two, s, c, T0.plusSeconds(3599)).get()).isEmpty();
        Rejection early = decide(two, "longDue", TreeMap.empty(), s, c, at(T0.plusSeconds(60)))
                .getLeft();
        assertThat(early.messageEn()).isEqualTo("\"longDue\": the deadline falls due at 2025-03-03T11:00:00Z");
        Seq<Event> due = expire(two, s, c, T0.plus(Duration.ofHours(5))).get();
        assertThat(due.map(Event::type)).containsExactly("shortDue", "longDue");
        assertThat(due.map(Event::at)).containsExactly(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(3)));
        assertThat(append(two, s, due).get().state()).isEqualTo("END");
        Rejection overdue = decide(two, "shortDue", TreeMap.empty(), s, c, at(T0.plus(Duration.ofHours(4))))
                        .isRight()
                ? null
                : decide(two, "shortDue", TreeMap.empty(), s, c, at(T0.plus(Duration.ofHours(4))))
                        .getLeft();
        assertThat(overdue).as("an overdue deadline's own expiry is accepted").isNull();
    }

    @Test
    void noRouteSaysWhatTheRoutesExpect() {
        Definition<Ctx> routed = Definition.<Ctx>builder("routed", 1, "A")
                .event(EventType.of(
                        "go", "", Field.choice("way", "", "L", "R", "U").optional()))
                .transition(Transition.<Ctx>of("A", "go", "B").when("way", "L"))
                .transition(Transition.<Ctx>of("A", "go", "C").when("way", "R"))
                .terminal("B", "C")
                .build()
                .get();
        Rejection r = decide(routed, "go", TreeMap.of("way", "U"), start(routed), new Ctx("x"), at(T0))
                .getLeft();
        assertThat(r.code()).isEqualTo("NO_ROUTE");
        assertThat(r.messageEn()).isEqualTo("\"go\" in state A expects way=L | way=R");
        assertThat(r.toString()).isEqualTo("NO_ROUTE: \"go\" in state A expects way=L | way=R");
        assertThat(decide(routed, "go", TreeMap.empty(), start(routed), new Ctx("x"), at(T0))
                        .getLeft()
                        .code())
                .isEqualTo("NO_ROUTE");
        var raisesData = Definition.<Ctx>builder("r", 1, "A")
                .event(EventType.of("auto", "", Field.bool("b", "")))
                .transition(Transition.<Ctx>of("A", "go", "B").raising("auto"))
                .transition("B", "auto", "C")
                .terminal("C")
                .build();
        assertThat(raisesData.getError().map(Problem::code)).containsExactly("DEFINITION_RAISE");
        var sameFieldOverlap = Definition.<Ctx>builder("o", 1, "A")
                .event(EventType.of("go", "", Field.choice("w", "", "L", "R")))
                .transition(Transition.<Ctx>of("A", "go", "B").when("w", "L", "R"))
                .transition(Transition.<Ctx>of("A", "go", "C").when("w", "R"))
                .terminal("B", "C")
                .build();
        assertThat(sameFieldOverlap.getError().map(Problem::code)).containsExactly("DEFINITION_AMBIGUOUS");
        assertThat(Definition.<Ctx>builder("z", 1, "A")
                        .transition("A", "go", "B")
                        .terminal("B")
                        .build()
                        .get()
                        .zone())
                .isEqualTo(ZoneId.of("Europe/Paris"));
    }

    private static final List<String> EVENTS = List.of(
            "trieParArm",
            "conseil",
            "rdvATrouver",
            "rdvEffecteur",
            "echec48h",
            "consultationRealisee",
            "compteRenduTransmis",
            "unknown");

    @Test
    void replayEqualsIncrementalAndNeverLeavesTheDeclaredStates() {
        qt().forAll(lists().of(integers().between(0, EVENTS.size() - 1)).ofSizeBetween(0, 30))
                .check(picks -> {
                    InstanceState incremental = start(SNP);
                    List<Event> accepted = List.empty();
                    Instant t = T0;
                    for (int i : picks) {
                        t = t.plus(Duration.ofHours(7));
                        TreeMap<String, String> data = i == 0
                                ? TreeMap.of(
                                        "orientation", t.getEpochSecond() % 2 == 0 ? "URGENCE_VITALE" : "REGULATION_MG")
                                : i == 3 ? TreeMap.of("effecteur", "DR-" + (t.getEpochSecond() % 2)) : TreeMap.empty();
                        var d = decide(SNP, EVENTS.get(i), data, incremental, new Ctx("DR-1"), at(t));
                        if (d.isRight()) {
                            accepted = accepted.appendAll(d.get());
                            incremental = append(SNP, incremental, d.get()).get();
                        }
                        if (!SNP.states().contains(incremental.state())) {
                            return false;
                        }
                    }
                    List<Event> stored = accepted.map(e -> new Event(
                            e.instance(),
                            e.sequence(),
                            e.id(),
                            e.type(),
                            e.at(),
                            e.recordedAt(),
                            e.patient(),
                            e.author(),
                            e.data()));
                    return SNP.engine().replay(start(SNP), accepted).equals(incremental)
                            && SNP.engine().replay(start(SNP), stored).equals(incremental)
                            && stored.equals(accepted);
                });
    }
}
