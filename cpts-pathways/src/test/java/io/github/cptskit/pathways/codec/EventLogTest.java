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
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.engine.InstanceId;
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
    private static final InstanceId ID = new InstanceId("p2-0001");
    private static final ActorRef AUTHOR = new ActorRef("usr-4411");

    /** A format-2 line as format 1 wrote it: without the event's identity. */
    static String legacy(String line) {
        return line.replaceAll("\"format\":2,", "")
                .replaceAll("\"instance\":\"[^\"]*\",\"seq\":[0-9]+,\"id\":\"[^\"]*\",", "")
                .replaceAll(",\"recorded\":\"[^\"]*\"", "")
                .replaceAll(",\"author\":\"[^\"]*\"", "");
    }

    private static Seq<Event> snpLog() {
        InstanceState s = SNP.engine().start(ID, P);
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
            Decision d = SNP.engine()
                    .decide(s, Command.of(step[0], AUTHOR, data), NoContext.INSTANCE, Clock.fixed(t, ZoneOffset.UTC))
                    .get();
            s = d.state();
            log = log.appendAll(d.events());
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
                .isEqualTo("{\"format\":2,\"pathway\":\"snp-sas\",\"version\":1,\"instance\":\"p2-0001\",\"seq\":1,"
                        + "\"id\":\"" + log.head().id() + "\",\"type\":\"trieParArm\",\"at\":\"2025-03-03T10:00:00Z\","
                        + "\"recorded\":\"2025-03-03T10:00:00Z\",\"patient\":\"pat-7f3a9c\",\"author\":\"usr-4411\","
                        + "\"data\":{\"orientation\":\"REGULATION_MG\"}}");
        assertThat(legacy(text.lines().findFirst().get()))
                .isEqualTo(
                        "{\"pathway\":\"snp-sas\",\"version\":1,\"type\":\"trieParArm\",\"at\":\"2025-03-03T10:00:00Z\","
                                + "\"patient\":\"pat-7f3a9c\",\"data\":{\"orientation\":\"REGULATION_MG\"}}");
        assertThat(read(text).get()).isEqualTo(log);
        assertThat(read("\uFEFF" + text.replace("\n", "\r\n") + "\n\n").get())
                .as("BOM, CRLF and blank lines")
                .isEqualTo(log);
    }

    @Test
    void storedExamplesStillRead() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("..", "docs", "pathways", "examples");
        Seq<Event> current;
        try (var in = java.nio.file.Files.newInputStream(dir.resolve("snp-sas-v1.format-2.jsonl"))) {
            current = EventLog.read(SNP, NoContext.INSTANCE, "format-2", in).get();
        }
        assertThat(current.map(Event::sequence)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(current.last().author()).isEqualTo(ActorRef.SCHEDULER);
        assertThat(current.last().recordedAt()).isAfter(current.last().at());
        assertThat(current.head().id().version()).isEqualTo(7);
        assertThat(SNP.engine().replay(current).state()).isEqualTo("ECHEC_DELAI");
        Seq<Event> old;
        try (var in = java.nio.file.Files.newBufferedReader(dir.resolve("snp-sas-v1.format-1.jsonl"))) {
            old = EventLog.read(SNP, NoContext.INSTANCE, "format-1", in).get();
        }
        assertThat(old.map(Event::type)).isEqualTo(current.map(Event::type));
        assertThat(old.map(Event::data)).isEqualTo(current.map(Event::data));
        assertThat(old.head().instance().value()).startsWith("legacy-");
        assertThat(old.map(Event::author).distinct()).containsExactly(ActorRef.UNKNOWN);
        assertThat(SNP.engine().replay(old).state()).isEqualTo("ECHEC_DELAI");
        assertThat(EventLog.read(SNP, NoContext.INSTANCE, "again", EventLog.write(SNP, old))
                        .get())
                .as("a format-1 log rewritten in format 2 reads back the same")
                .isEqualTo(old);
        try (var in = java.nio.file.Files.newBufferedReader(dir.resolve("snp-sas-v1.format-2.jsonl"));
                var stream = EventLog.stream(SNP, "stream", in)) {
            assertThat(stream.map(v -> v.get().type()).toList())
                    .containsExactly("trieParArm", "regule", "mtSollicite", "delaiConsultationDepasse");
        }
        assertThat(EventLog.read(SNP, NoContext.INSTANCE, "latin1", new java.io.ByteArrayInputStream(new byte[] {
                            '{', '"', (byte) 0xE9, '"', '}'
                        }))
                        .getError()
                        .map(Problem::code))
                .containsExactly("LOG_ENCODING");
        assertThat(codes(read("{\"format\":3}"))).containsExactly("LOG_FORMAT");
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
        List<String> current = List.ofAll(EventLog.write(SNP, snpLog()).lines().toList());
        assertThat(codes(read(current.removeAt(2).mkString("\n"))))
                .as("an event lost")
                .containsExactly("LOG_SEQUENCE");
        assertThat(codes(read(current.insert(2, current.get(1)).mkString("\n"))))
                .as("an event duplicated")
                .containsExactly("LOG_SEQUENCE");
        assertThat(codes(read(current.update(1, current.get(1).replace("p2-0001", "p2-0002"))
                        .mkString("\n"))))
                .containsExactly("LOG_INSTANCE");
        String firstId = current.get(0).replaceAll(".*\"id\":\"([^\"]*)\".*", "$1");
        String sameId = current.get(1).replaceAll("\"id\":\"[^\"]*\"", "\"id\":\"" + firstId + "\"");
        assertThat(codes(read(current.update(1, sameId).mkString("\n")))).containsExactly("LOG_DUPLICATE_ID");
        List<String> lines = current.map(EventLogTest::legacy);
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
                        InstanceState s = def.engine().start(ID, P);
                        List<Event> log = List.empty();
                        Instant t = T0;
                        for (int i = 0; i < n; i++) {
                            t = t.plus(Duration.ofHours(r.nextInt(200)));
                            EventType type = types.get(r.nextInt(types.size()));
                            var d = def.engine()
                                    .decide(
                                            s,
                                            Command.of(type.name(), AUTHOR, data(type, r)),
                                            NoContext.INSTANCE,
                                            Clock.fixed(t, ZoneOffset.UTC));
                            if (d.isRight()) {
                                s = d.get().state();
                                log = log.appendAll(d.get().events());
                            }
                        }
                        String text = EventLog.write(def, log);
                        return EventLog.read(def, NoContext.INSTANCE, "x", text)
                                        .get()
                                        .equals(log)
                                && EventLog.read(
                                                def,
                                                NoContext.INSTANCE,
                                                "x",
                                                new java.io.ByteArrayInputStream(
                                                        text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
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
            assertThat(parsed.get("$id")).isEqualTo(EventSchema.BASE + p.id() + "/v1/event.format-2.schema.json");
            @SuppressWarnings("unchecked")
            Map<String, Object> old = (Map<String, Object>) Json.parse(EventSchema.of(p.definition(), 1));
            assertThat(old.get("$id")).isEqualTo(EventSchema.BASE + p.id() + "/v1/event.schema.json");
            for (EventType t : p.definition().eventTypes().values()) {
                assertThat(schema).contains("\"const\": \"" + t.name() + "\"");
                t.fields().forEach(f -> assertThat(schema).contains("\"" + f.name() + "\": {"));
            }
        }
        assertThat(EventSchema.of(SNP))
                .contains("\"decision\": {\"enum\": [\"CONSEIL\", \"TELECONSULTATION\", \"URGENCES\", \"RDV\"]");
    }
}
