package io.github.cptskit.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/api/example-backend.openapi.json is the document the running backend serves at /v3/api-docs
 * (springdoc, OpenAPI 3.1): regenerate it with {@code ./mvnw -B -o -q verify -pl cpts-example-backend -am
 * -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dcptskit.docs.update=true}.
 */
class OpenApiDocumentTest {
    static final Path DOCUMENT = Path.of("../docs/api/example-backend.openapi.json");

    @Test
    void theCheckedInDocumentIsTheGeneratedOne() throws IOException {
        Backend app = Backend.get();
        Backend.Response r = app.get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        ObjectNode doc = (ObjectNode) r.json();
        doc.remove("servers"); // the random port
        String generated = Backend.JSON
                        .copy()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                        .writeValueAsString(Backend.JSON.treeToValue(doc, Object.class))
                + "\n";
        if (Boolean.getBoolean("cptskit.docs.update")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/api/example-backend.openapi.json is out of date; regenerate it (see OpenApiDocumentTest)")
                .isEqualTo(generated);
    }

    @Test
    void everyBodyHasASchemaAndEveryErrorIsAProblemDetail() throws IOException {
        JsonNode doc = Backend.JSON.readTree(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        JsonNode schemas = doc.get("components").get("schemas");
        int operations = 0;
        for (JsonNode path : doc.get("paths")) {
            for (JsonNode op : path) {
                operations++;
                if (op.has("requestBody")) {
                    op.get("requestBody")
                            .get("content")
                            .forEach(c -> assertThat(c.get("schema").toString()).contains("#/components/schemas/"));
                }
                op.get("responses").fields().forEachRemaining(response -> {
                    JsonNode content = response.getValue().get("content");
                    assertThat(content).as(response.getKey()).isNotNull();
                    content.fields().forEachRemaining(c -> {
                        String schema = c.getValue().get("schema").toString();
                        if (response.getKey().startsWith("4")) {
                            assertThat(c.getKey()).isEqualTo("application/problem+json");
                            assertThat(schema).contains("#/components/schemas/ProblemDetail");
                        } else if (!c.getKey().equals(PathwayController.FHIR_JSON)) {
                            assertThat(schema).contains("#/components/schemas/");
                        }
                    });
                });
            }
        }
        assertThat(operations).isEqualTo(6);
        assertThat(schemas.get("CptsDocument").get("$schema").asText()).contains("2020-12");
        assertThat(schemas.fieldNames())
                .toIterable()
                .contains(
                        "InstanceView",
                        "RemunerationView",
                        "StartRequest",
                        "CommandRequest",
                        "RemunerationRequest",
                        "ValidationReport",
                        "ProblemDetail");
    }
}
