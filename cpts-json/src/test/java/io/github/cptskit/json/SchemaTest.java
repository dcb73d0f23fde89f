package io.github.cptskit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The CPTS document's JSON Schema (draft 2020-12) against the example documents and the reader. */
class SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "cpts.json");

    private static JsonSchema schema() throws Exception {
        return schema(CptsDocument.SCHEMA);
    }

    private static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = CptsDocument.class.getResourceAsStream(resource)) {
            assertThat(in).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    @Test
    void theExampleDocumentIsValidAndReads() throws Exception {
        String text = Files.readString(EXAMPLE);
        assertThat(schema().validate(JSON.readTree(text))).isEmpty();
        assertThat(CptsDocument.read(text, EXAMPLE.toString()).isValid()).isTrue();
    }

    @Test
    void aDocumentBrokenInShapeFailsBothTheSchemaAndTheReader() throws Exception {
        JsonNode example = JSON.readTree(Files.readString(EXAMPLE));
        ObjectNode noName = example.deepCopy();
        noName.remove("name");
        ObjectNode badForm = example.deepCopy();
        badForm.put("legalForm", "SARL");
        ObjectNode badDate = example.deepCopy();
        ((ObjectNode) badDate.get("lifecycle")).put("initiative", "1er mars");
        for (JsonNode bad : new JsonNode[] {noName, badForm, badDate}) {
            assertThat(schema().validate(bad)).as(bad.toString()).isNotEmpty();
            assertThat(CptsDocument.read(JSON.writeValueAsString(bad), "bad.json")
                            .isInvalid())
                    .as(bad.toString())
                    .isTrue();
        }
    }

    @Test
    void theWriterWritesWhatTheReaderReadsBackEqual() throws Exception {
        var cpts = CptsDocument.read(Files.readString(EXAMPLE), "cpts.json").get();
        String written = CptsDocument.write(cpts);
        assertThat(CptsDocument.read(written, "written.json").get()).isEqualTo(cpts);
        assertThat(schema().validate(JSON.readTree(written))).isEmpty();
    }

    @Test
    void theWriterRefusesACptsTheDocumentCannotHold() throws Exception {
        var cpts = CptsDocument.read(Files.readString(EXAMPLE), "cpts.json").get();
        // A lifecycle built by hand, out of the order its steps allow (the ACI signed straight after the
        // initiative, with no projet approved).
        var outOfOrder = cpts.withLifecycle(new io.github.cptskit.core.cpts.Lifecycle(
                io.vavr.collection.List.of(
                        new io.github.cptskit.core.cpts.Lifecycle.Step(
                                io.github.cptskit.core.cpts.Stage.INITIATIVE, java.time.LocalDate.of(2023, 1, 1), ""),
                        new io.github.cptskit.core.cpts.Lifecycle.Step(
                                io.github.cptskit.core.cpts.Stage.ACI_SIGNED, java.time.LocalDate.of(2023, 7, 1), "")),
                io.vavr.control.Option.none()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CptsDocument.write(outOfOrder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CptsModule");
    }

    @Test
    void whatTheModuleWritesFollowsTheRemunerationAndEventLogSchemas() throws Exception {
        ObjectMapper mapper = CptsJson.mapper();
        JsonSchema remuneration = schema("/io/github/cptskit/json/remuneration.schema.json");
        org.quicktheories.QuickTheory.qt()
                .withExamples(20)
                .forAll(Samples.REMUNERATION)
                .checkAssert(r -> {
                    JsonNode json = mapper.valueToTree(r);
                    assertThat(remuneration.validate(json)).as(json.toString()).isEmpty();
                    ObjectNode broken = json.deepCopy();
                    broken.putObject("total").put("amount", 12.5).put("currency", "EUR");
                    assertThat(remuneration.validate(broken)).isNotEmpty();
                });
        JsonSchema log = schema("/io/github/cptskit/json/event-log.schema.json");
        org.quicktheories.QuickTheory.qt()
                .withExamples(20)
                .forAll(Samples.seq(Samples.EVENT, 5))
                .checkAssert(events -> {
                    JsonNode json = mapper.valueToTree(events);
                    assertThat(log.validate(json)).as(json.toString()).isEmpty();
                });
    }

    @Test
    void readerProblemsAreLocated() {
        var read = CptsDocument.read("{\n  \"name\": \"x\",\n  \"communes\": [\"99999\"]\n}", "cpts.json");
        assertThat(read.isInvalid()).isTrue();
        assertThat(read.getError()).allMatch(p -> p.location().isDefined());
        assertThat(read.getError().map(p -> p.location().get().line())).contains(3);
    }
}
