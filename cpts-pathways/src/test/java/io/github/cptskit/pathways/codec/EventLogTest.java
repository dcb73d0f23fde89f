package io.github.cptskit.pathways.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.internal.Json;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventLogTest {
    private static final Definition<NoContext> SNP = Catalogue.find("P2").get().definition();
    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
    private static final PatientRef P = PatientRef.parse("pat-7f3a9c").get();

    private static Seq<Event> snpLog() {
        InstanceState s = SNP.start();
        List<Event> log = List.empty();
        String[][] steps = {
            {"trieParArm", "orientation", "REGULATION_MG"},
            {"regule", "decision", "RDV"},
            {"mtSollicite", "reponse", "DISPONIBLE"},
            {"consultationRealisee", "effecteur", "10002222222"},
            {"compteRenduTransmis"}
        };
        Instant t = T0;
        for (String[] step : steps) {
            t = t.plus(Duration.ofHours(2));
            TreeMap<String, String> data = step.length > 1 ? TreeMap.of(step[1], step[2]) : TreeMap.empty();
            Seq<Event> e = SNP.decide(step[0], P, data, s, NoContext.INSTANCE, Clock.fixed(t, ZoneOffset.UTC))
                    .get();
            s = SNP.append(s, s.version(), e).get();
            log = log.appendAll(e);
        }
        return log;
    }

    private static Seq<String> codes(Validation<Seq<Problem>, Seq<Event>> v) {
        return v.getError().map(Problem::code);
    }

    private static Validation<Seq<Problem>, Seq<Event>> read(String text) {
        return EventLog.read(SNP, NoContext.INSTANCE, "p2.jsonl", text);
    }

    @Test
    void writesOneDocumentedLinePerEventAndReadsItBack() {
        Seq<Event> log = snpLog();
        String text = EventLog.write(SNP, log);
        assertThat(text.lines().findFirst().get())
                .isEqualTo(
                        "{\"pathway\":\"snp-sas\",\"version\":1,\"type\":\"trieParArm\",\"at\":\"2025-03-03T10:00:00Z\","
                                + "\"patient\":\"pat-7f3a9c\",\"data\":{\"orientation\":\"REGULATION_MG\"}}");
        assertThat(read(text).get()).isEqualTo(log);
        assertThat(read("\uFEFF" + text.replace("\n", "\r\n") + "\n\n").get())
                .as("BOM, CRLF and blank lines")
                .isEqualTo(log);
    }

    @Test
    void everyProblemOfALineAtOnceWithItsLocation() {
        Validation<Seq<Problem>, Seq<Event>> v = read(
                "{\"pathway\":\"rcp\",\"version\":2,\"type\":\"regule\",\"at\":\"2025-02-30T00:00:00Z\","
                        + "\"patient\":\"1 84 12 75 123 456\",\"data\":{\"decision\":\"PLUS_TARD\",\"nom\":\"Dupont\"},\"x\":1}");
        assertThat(codes(v))
                .containsExactlyInAnyOrder(
                        "LOG_UNKNOWN_PROPERTY",
                        "LOG_PATHWAY_MISMATCH",
                        "LOG_INSTANT",
                        "PATIENT_REF_LOOKS_LIKE_NIR",
                        "EVENT_DATA_INVALID",
                        "EVENT_DATA_UNKNOWN_FIELD");
        assertThat(v.getError().map(p -> p.location().get().toString()))
                .contains("p2.jsonl:1:1 (x)", "p2.jsonl:1:1 (patient)", "p2.jsonl:1:1 (data)");
        Validation<Seq<Problem>, Seq<Event>> syntax = read("\n{\"pathway\": \"snp-sas\", \"version\" 1}");
        assertThat(codes(syntax)).containsExactly("LOG_JSON_SYNTAX");
        assertThat(syntax.getError().head().location().get().toString()).isEqualTo("p2.jsonl:2:34");
        assertThat(syntax.getError().head().messageEn()).isEqualTo("unreadable JSON: ':' expected");
        assertThat(codes(read("[1,2]"))).containsExactly("LOG_NOT_AN_OBJECT");
        assertThat(codes(read("{}")))
                .containsExactly(
                        "LOG_MISSING_PROPERTY",
                        "LOG_MISSING_PROPERTY",
                        "LOG_MISSING_PROPERTY",
                        "LOG_MISSING_PROPERTY",
                        "LOG_MISSING_PROPERTY",
                        "LOG_MISSING_PROPERTY");
        assertThat(codes(read("{\"pathway\":1,\"version\":\"1\",\"type\":\"regule\",\"at\":\"2025-03-03T08:00:00Z\","
                        + "\"patient\":\"p\",\"data\":[]}")))
                .containsExactlyInAnyOrder(
                        "LOG_NOT_TEXT", "LOG_PATHWAY_MISMATCH", "LOG_DATA_NOT_OBJECT", "EVENT_DATA_MISSING");
    }

    @Test
    void aLogThatCouldNotHaveHappenedIsRefused() {
        List<String> lines = List.ofAll(EventLog.write(SNP, snpLog()).lines().toList());
        assertThat(codes(read(lines.removeAt(2).mkString("\n"))))
                .as("consultation without appointment")
                .containsExactly("LOG_EVENT_REFUSED");
        assertThat(read(lines.removeAt(2).mkString("\n"))
                        .getError()
                        .head()
                        .location()
                        .get()
                        .line())
                .isEqualTo(3);
        String swapped = lines.get(1).replace("2025-03-03T12:00:00Z", "2025-03-03T07:00:00Z");
        assertThat(codes(read(lines.update(1, swapped).mkString("\n")))).containsExactly("LOG_TIME_ORDER");
        Definition<NoContext> coop = Catalogue.find("P5").get().definition();
        String excluded =
                "{\"pathway\":\"cooperation\",\"version\":1,\"type\":\"eligibiliteVerifiee\",\"at\":\"2025-03-03T08:00:00Z\","
                        + "\"patient\":\"p\",\"data\":{\"age\":\"30\",\"delegueForme\":\"true\",\"equipeDeclaree\":\"true\","
                        + "\"exclusion\":\"FIEVRE\",\"protocole\":\"CYSTITE\"}}";
        assertThat(EventLog.read(coop, NoContext.INSTANCE, "c", excluded)
                        .getError()
                        .map(Problem::code))
                .as("the raised referral is missing")
                .containsExactly("LOG_RAISED_EVENTS");
    }

    @Test
    void hostileJsonGetsAnAnswerNotAnException() {
        for (String bad : List.of(
                "",
                "{",
                "{\"a\":",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
                "{\"pathway\":\"snp-sas\",\"pathway\":\"x\"}",
                "{\"version\":1e99999999999}",
                "{\"version\":-}",
                "{\"a\":\"\\u12\"}",
                "{\"a\":\"\\q\"}",
                "{\"a\":\"\u0001\"}",
                "nul",
                "{\"a\":1} x",
                "\"text\"",
                "{\"type\":\"regule\",\"data\":{\"decision\":null}}")) {
            assertThat(read(bad).isInvalid() || bad.isEmpty()).as(bad).isTrue();
        }
        assertThat(read("").get()).isEmpty();
        qt().forAll(strings().allPossible().ofLengthBetween(0, 200)).check(s -> read(s) != null);
    }

    @Test
    void randomCatalogueLogsRoundTrip() {
        for (Pathway p : Catalogue.all()) {
            Definition<NoContext> def = p.definition();
            Seq<EventType> types = def.eventTypes().values().toList();
            qt().withExamples(30)
                    .forAll(longs().all(), integers().between(0, 40))
                    .check((seed, n) -> {
                        SplittableRandom r = new SplittableRandom(seed);
                        InstanceState s = def.start();
                        List<Event> log = List.empty();
                        Instant t = T0;
                        for (int i = 0; i < n; i++) {
                            t = t.plus(Duration.ofHours(r.nextInt(200)));
                            EventType type = types.get(r.nextInt(types.size()));
                            var d = def.decide(
                                    type.name(),
                                    P,
                                    data(type, r),
                                    s,
                                    NoContext.INSTANCE,
                                    Clock.fixed(t, ZoneOffset.UTC));
                            if (d.isRight()) {
                                s = def.append(s, s.version(), d.get()).get();
                                log = log.appendAll(d.get());
                            }
                        }
                        return EventLog.read(def, NoContext.INSTANCE, "x", EventLog.write(def, log))
                                .get()
                                .equals(log);
                    });
        }
    }

    private static TreeMap<String, String> data(EventType type, SplittableRandom r) {
        TreeMap<String, String> m = TreeMap.empty();
        for (Field f : type.fields()) {
            String v = switch (f.kind()) {
                case CHOICE -> f.choices().toList().get(r.nextInt(f.choices().size()));
                case INTEGER -> Long.toString(f.min() + r.nextInt(5));
                case BOOLEAN -> Boolean.toString(r.nextBoolean());
                case DATE -> "2025-01-1" + r.nextInt(10);
                case INSTANT -> "2025-01-01T00:00:00Z";
                default -> "id\"\\-" + r.nextInt(3);
            };
            m = m.put(f.name(), f.kind() == Field.Kind.TOKEN ? "id-" + r.nextInt(3) : v);
        }
        return m;
    }

    @Test
    void schemasAreJsonNamingEveryEventTypeAndField() throws Exception {
        for (Pathway p : Catalogue.all()) {
            String schema = EventSchema.of(p.definition());
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = (Map<String, Object>) Json.parse(schema);
            assertThat(parsed.get("$id")).isEqualTo(EventSchema.BASE + p.id() + "/v1/event.schema.json");
            for (EventType t : p.definition().eventTypes().values()) {
                assertThat(schema).contains("\"const\": \"" + t.name() + "\"");
                t.fields().forEach(f -> assertThat(schema).contains("\"" + f.name() + "\": {"));
            }
        }
        assertThat(EventSchema.of(SNP))
                .contains("\"decision\": {\"enum\": [\"CONSEIL\", \"TELECONSULTATION\", \"URGENCES\", \"RDV\"]");
    }
}
