package io.github.cptskit.pathways.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.codec.EventLog;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue #24 (2): command data in its field's documented type, checked against the field, still strings in logs. */
class TypedCommandDataTest {

    enum Decision {
        CONSEIL,
        RDV
    }

    private static final Definition<String> DEF = Definition.<String>builder("typed-test", 1, "OUVERT")
            .event(EventType.of(
                    "saisi",
                    "data entered",
                    Field.integer("majorationsSemaine", "SNP majorations this week", 0, 100_000),
                    Field.bool("residentTerritoire", "lives on the territory"),
                    Field.date("dateConsultation", "day of the consultation"),
                    Field.instant("heure", "when").optional(),
                    Field.choice("decision", "decision", "CONSEIL", "RDV"),
                    Field.token("effecteur", "RPPS of the effecteur").optional()))
            .transition("OUVERT", "saisi", "FAIT")
            .terminal("FAIT")
            .build()
            .get();

    private static final ActorRef AUTHOR = new ActorRef("usr-4411");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-31T08:00:00Z"), ZoneOffset.UTC);

    private static InstanceState start() {
        return DEF.engine()
                .start(
                        new InstanceId("typed-0001"),
                        PatientRef.parse("pat-7f3a9c").get());
    }

    private static io.vavr.control.Either<Rejection, io.github.cptskit.pathways.engine.Decision> decide(Command c) {
        return DEF.engine().decide(start(), c, "ctx", CLOCK);
    }

    @Test
    void valuesOfTheDocumentedTypesAreAcceptedAndRecordedAsTheirCanonicalText() {
        Command typed = Command.of(
                "saisi",
                AUTHOR,
                Map.of(
                        "majorationsSemaine",
                        3,
                        "residentTerritoire",
                        true,
                        "dateConsultation",
                        LocalDate.of(2025, 3, 31),
                        "heure",
                        Instant.parse("2025-03-31T07:45:00Z"),
                        "decision",
                        Decision.RDV,
                        "effecteur",
                        10002909371L));
        var decided = decide(typed);
        assertThat(decided.isRight())
                .as(() -> decided.getLeft().problems().mkString())
                .isTrue();
        Event e = decided.get().events().single();
        assertThat(e.dataMap())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "majorationsSemaine", "3",
                        "residentTerritoire", "true",
                        "dateConsultation", "2025-03-31",
                        "heure", "2025-03-31T07:45:00Z",
                        "decision", "RDV",
                        "effecteur", "10002909371"));
        // The same data as strings (as a log holds them) decides the same event data.
        Command strings = Command.of("saisi", AUTHOR, e.dataMap());
        assertThat(decide(strings).get().events().single().data()).isEqualTo(e.data());
        // … and the log written from the typed command reads back as strings.
        String log = EventLog.write(DEF, e);
        Seq<Event> back = EventLog.read(DEF, "ctx", "typed.jsonl", log).get();
        assertThat(back.single().data()).isEqualTo(e.data());
        // with(key, value) takes the same types.
        Command built = Command.of("saisi", AUTHOR)
                .with("majorationsSemaine", 3)
                .with("residentTerritoire", true)
                .with("dateConsultation", LocalDate.of(2025, 3, 31))
                .with("decision", Decision.RDV);
        assertThat(decide(built).isRight()).isTrue();
    }

    @Test
    void aValueOfAnotherTypeIsACodedProblemWithEveryOtherProblem() {
        Command wrong = Command.of(
                "saisi",
                AUTHOR,
                Map.of(
                        "majorationsSemaine",
                        true,
                        "residentTerritoire",
                        1,
                        "dateConsultation",
                        "2025-02-30",
                        "heure",
                        LocalDate.of(2025, 3, 31),
                        "decision",
                        Decision.RDV,
                        "effecteur",
                        3.5));
        Rejection r = decide(wrong).getLeft();
        assertThat(r.problems().map(Problem::code))
                .containsExactly(
                        "EVENT_DATA_TYPE",
                        "EVENT_DATA_TYPE",
                        "EVENT_DATA_INVALID",
                        "EVENT_DATA_TYPE",
                        "EVENT_DATA_TYPE");
        assertThat(r.problems().head().message(Locale.ENGLISH))
                .isEqualTo("saisi: \"majorationsSemaine\" given as a Boolean value, a whole number between 0 and 100000"
                        + " expected");
        assertThat(r.problems().head().message(Locale.FRENCH))
                .isEqualTo("saisi : « majorationsSemaine » donnée comme valeur Boolean, un entier entre 0 et 100000"
                        + " attendu");
        assertThat(r.problem().message(Locale.FRENCH)).contains("donnée comme valeur Integer");
        // the same through EventType.check and its java.util view
        EventType saisi = DEF.eventTypes().get("saisi").get();
        assertThat(saisi.check(Map.of("majorationsSemaine", 2.0)).map(Problem::code))
                .contains("EVENT_DATA_TYPE", "EVENT_DATA_MISSING");
        assertThat(saisi.checkList(Map.of(
                        "majorationsSemaine",
                        7L,
                        "residentTerritoire",
                        false,
                        "dateConsultation",
                        LocalDate.of(2024, 2, 29),
                        "decision",
                        "CONSEIL")))
                .isEmpty();
        // a string given after a mistyped value replaces it, type and all
        Command fixed = Command.of("saisi", AUTHOR, Map.of("majorationsSemaine", true))
                .with("majorationsSemaine", "4")
                .with("residentTerritoire", "false")
                .with("dateConsultation", "2025-03-31")
                .with("decision", "CONSEIL");
        assertThat(decide(fixed).isRight()).isTrue();
    }

    @Test
    void wholeNumbersAreCheckedAgainstTheFieldsBounds() {
        qt().forAll(longs().between(-1_000, 200_000), integers().between(0, 3)).checkAssert((n, width) -> {
            Object value = switch (width) {
                case 0 -> n.intValue();
                case 1 -> n;
                case 2 -> java.math.BigInteger.valueOf(n);
                default -> String.valueOf(n);
            };
            Command c = Command.of(
                    "saisi",
                    AUTHOR,
                    Map.of(
                            "majorationsSemaine",
                            value,
                            "residentTerritoire",
                            true,
                            "dateConsultation",
                            LocalDate.of(2025, 3, 31),
                            "decision",
                            Decision.CONSEIL));
            var d = decide(c);
            boolean inRange = n >= 0 && n <= 100_000;
            assertThat(d.isRight()).isEqualTo(inRange);
            if (!inRange) {
                assertThat(d.getLeft().problems().map(Problem::code)).containsExactly("EVENT_DATA_INVALID");
            } else {
                assertThat(d.get().events().single().data().get("majorationsSemaine"))
                        .contains(String.valueOf(n));
            }
        });
    }

    @Test
    void commandsAreEqualWhenTheirDataAndTypesAre() {
        Command a = Command.of("saisi", AUTHOR, Map.of("majorationsSemaine", 3));
        assertThat(a).isEqualTo(Command.of("saisi", AUTHOR).with("majorationsSemaine", 3));
        assertThat(a.data()).isEqualTo(TreeMap.of("majorationsSemaine", "3"));
        assertThat(a).isNotEqualTo(Command.of("saisi", AUTHOR, Map.of("majorationsSemaine", "3")));
        assertThat(a.toString()).doesNotContain("3");
    }
}
