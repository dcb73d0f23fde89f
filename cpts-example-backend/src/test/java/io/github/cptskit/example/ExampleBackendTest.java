package io.github.cptskit.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cptskit.core.problem.Results;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.spring.boot.DeadlineSchedulerLifecycle;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The example backend over HTTP on a real PostgreSQL: what a client of each endpoint relies on. */
class ExampleBackendTest {
    private final Backend app = Backend.get();

    private static String document() throws IOException {
        return Files.readString(Path.of("../docs/examples/cpts.json"), StandardCharsets.UTF_8);
    }

    private static String start(String patient, String orientation) {
        return "{\"patient\":\"" + patient + "\",\"command\":{\"type\":\"trieParArm\",\"author\":\"usr-arm-1\","
                + "\"data\":{\"orientation\":\"" + orientation + "\"}}}";
    }

    private static String command(String type, String data) {
        return "{\"type\":\"" + type + "\",\"author\":\"usr-4411\",\"data\":" + data + "}";
    }

    private static String patient() {
        return "pat-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void validatesTheExampleDocumentAndReportsTheRulesAsOfADay() throws IOException {
        Backend.Response r = app.post("/api/cpts/validate?asOf=2025-06-01", document());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("CPTS du Pays de Gex (example)");
        assertThat(r.json().get("asOf").asText()).isEqualTo("2025-06-01");
        assertThat(r.json().get("problems").isArray()).isTrue();
        boolean errors = false;
        for (JsonNode p : r.json().get("problems")) {
            assertThat(p.get("code").asText()).matches("[A-Z0-9_]+");
            errors |= p.get("severity").asText().equals("ERROR");
        }
        assertThat(r.json().get("valid").asBoolean()).isEqualTo(!errors);
        assertThat(app.mismatches("ValidationReport", r.json())).isEmpty();
    }

    @Test
    void anUnreadableDocumentIsOneProblemDetailWithEveryProblemLocatedInTheReadersLanguage() throws IOException {
        String broken =
                document().replace("\"810002909371\"", "\"810002909372\"").replace("\"01160\"", "\"99999\"");
        Backend.Response fr = app.post("/api/cpts/validate", broken, "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");
        assertThat(fr.status()).isEqualTo(422);
        assertThat(fr.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fr.header("Content-Language")).isEqualTo("fr");
        assertThat(fr.json().get("status").asInt()).isEqualTo(422);
        assertThat(fr.json().get("type").asText()).startsWith("urn:cptskit:problem:");
        List<String> codes = new ArrayList<>();
        fr.json().get("problems").forEach(p -> codes.add(p.get("code").asText()));
        assertThat(codes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(fr.json().get("problems").get(0).get("location").get("line").asInt())
                .isPositive();
        Backend.Response en = app.post("/api/cpts/validate", broken, "Accept-Language", "en");
        assertThat(en.header("Content-Language")).isEqualTo("en");
        assertThat(en.json().get("detail").asText())
                .isNotEqualTo(fr.json().get("detail").asText());
        List<String> enCodes = new ArrayList<>();
        en.json().get("problems").forEach(p -> enCodes.add(p.get("code").asText()));
        assertThat(enCodes).isEqualTo(codes);
        assertThat(app.mismatches("ProblemDetail", fr.json())).isEmpty();
        assertThat(app.mismatches("ProblemDetail", en.json())).isEmpty();
    }

    private static final String SCENARIO = "{\"id\":\"cpts-du-pays-de-gex\",\"population\":97000,"
            + "\"signedOn\":\"2023-03-01\",\"contractYear\":2,\"missions\":["
            + "{\"mission\":\"ACCES\",\"start\":\"2023-06-01\",\"achievement\":\"0.8\"},"
            + "{\"mission\":\"PARCOURS\",\"start\":\"2024-01-15\",\"achievement\":\"1\"},"
            + "{\"mission\":\"PREVENTION\",\"start\":\"2024-01-15\",\"achievement\":\"50%\"},"
            + "{\"mission\":\"CRISES\",\"start\":\"2023-09-01\",\"achievement\":\"0\"}]}";

    @Test
    void computesARemunerationWhoseLinesAndPaymentsAddUpToTheTotalWithItsExplanation() throws IOException {
        Backend.Response r = app.post("/api/remunerations", SCENARIO, "Accept-Language", "fr");
        assertThat(r.status()).isEqualTo(200);
        JsonNode total = r.json().get("total");
        assertThat(total.get("currency").asText()).isEqualTo("EUR");
        BigDecimal lines = BigDecimal.ZERO;
        for (JsonNode l : r.json().get("lines")) {
            lines = lines.add(new BigDecimal(l.get("amount").get("amount").asText()));
        }
        BigDecimal payments = BigDecimal.ZERO;
        for (JsonNode p : r.json().get("schedule")) {
            payments = payments.add(new BigDecimal(p.get("amount").get("amount").asText()));
        }
        assertThat(lines).isEqualByComparingTo(total.get("amount").asText());
        assertThat(payments).isEqualByComparingTo(total.get("amount").asText());
        assertThat(new BigDecimal(total.get("amount").asText())).isPositive();
        String fr = r.json().get("explanation").asText();
        String en = app.post("/api/remunerations", SCENARIO, "Accept-Language", "en")
                .json()
                .get("explanation")
                .asText();
        assertThat(fr).isNotBlank().isNotEqualTo(en);
        assertThat(app.mismatches("RemunerationView", r.json())).isEmpty();
        assertThat(app.mismatches("RemunerationRequest", Backend.JSON.readTree(SCENARIO)))
                .isEmpty();
    }

    @Test
    void aScenarioWithProblemsIsA422WithEveryProblem() {
        String bad = SCENARIO.replace("\"0.8\"", "\"1.7\"").replace("\"contractYear\":2", "\"contractYear\":0");
        Backend.Response r = app.post("/api/remunerations", bad, "Accept-Language", "en");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("problems").size()).isGreaterThanOrEqualTo(1);
        assertThat(r.json().get("code").asText())
                .isEqualTo(r.json().get("problems").get(0).get("code").asText());
    }

    @Test
    void runsAnInstanceFromItsFirstCommandToItsFhirTask() throws IOException {
        String patient = patient();
        Backend.Response started = app.post("/api/pathways/P2/instances", start(patient, "REGULATION_MG"));
        assertThat(started.status()).isEqualTo(201);
        String id = started.json().get("instance").asText();
        assertThat(started.header("Location")).endsWith("/api/pathways/P2/instances/" + id);
        assertThat(started.json().get("state").asText()).isEqualTo("REGULATION_MG");
        assertThat(started.json().get("version").asLong()).isEqualTo(1);
        assertThat(started.json().get("fhir").get("task").asText()).isEqualTo("received");

        Backend.Response regulated =
                app.post("/api/pathways/P2/instances/" + id + "/commands", command("regule", "{\"decision\":\"RDV\"}"));
        assertThat(regulated.status()).isEqualTo(200);
        assertThat(regulated.json().get("state").asText()).isEqualTo("RDV_A_TROUVER");
        assertThat(regulated.json().get("deadlines").get(0).get("kind").asText())
                .isEqualTo("consultation");
        assertThat(regulated.json().get("events").size()).isEqualTo(2);

        Backend.Response read = app.get("/api/pathways/P2/instances/" + id);
        assertThat(read.json()).isEqualTo(regulated.json());
        assertThat(app.mismatches("InstanceView", read.json())).isEmpty();
        assertThat(app.mismatches("StartRequest", Backend.JSON.readTree(start(patient, "REGULATION_MG"))))
                .isEmpty();

        Backend.Response task = app.get("/api/pathways/P2/instances/" + id + "/fhir-task");
        assertThat(task.status()).isEqualTo(200);
        assertThat(task.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(task.json().get("resourceType").asText()).isEqualTo("Task");
        assertThat(task.json().get("status").asText()).isEqualTo("accepted");
        assertThat(task.json().get("for").get("identifier").toString()).contains(patient);
    }

    @Test
    void refusalsAreProblemDetails409ForTheStateAnd422ForTheInput() {
        String patient = patient();
        String id = app.post("/api/pathways/P2/instances", start(patient, "REGULATION_MG"))
                .json()
                .get("instance")
                .asText();
        Backend.Response notAllowed = app.post(
                "/api/pathways/P2/instances/" + id + "/commands",
                command("consultationRealisee", "{\"effecteur\":\"eff-1\"}"),
                "Accept-Language",
                "fr");
        assertThat(notAllowed.status()).isEqualTo(409);
        assertThat(notAllowed.json().get("code").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(notAllowed.json().get("type").asText()).isEqualTo("urn:cptskit:problem:TRANSITION_NOT_ALLOWED");

        Backend.Response badData = app.post(
                "/api/pathways/P2/instances/" + id + "/commands",
                command("regule", "{\"decision\":\"PEUT_ETRE\",\"inconnu\":\"x\"}"));
        assertThat(badData.status()).isEqualTo(422);
        List<String> codes = new ArrayList<>();
        badData.json().get("problems").forEach(p -> codes.add(p.get("code").asText()));
        assertThat(codes).hasSizeGreaterThanOrEqualTo(3).contains("EVENT_DATA");
        assertThat(app.mismatches("ProblemDetail", badData.json())).isEmpty();
        assertThat(app.mismatches("ProblemDetail", notAllowed.json())).isEmpty();

        Backend.Response nir = app.post("/api/pathways/P2/instances", start("185057800608436", "REGULATION_MG"));
        assertThat(nir.status()).isEqualTo(422);
        assertThat(nir.json().get("code").asText()).isEqualTo("PATIENT_REF_LOOKS_LIKE_NIR");

        assertThat(app.get("/api/pathways/P2/instances/no-such-instance").status())
                .isEqualTo(404);
        assertThat(app.get("/api/pathways/P99/instances/" + id).status()).isEqualTo(404);
        Backend.Response again = app.post(
                "/api/pathways/P2/instances",
                "{\"instance\":\"" + id + "\",\"patient\":\"" + patient + "\",\"command\":{\"type\":\"trieParArm\","
                        + "\"author\":\"usr-1\",\"data\":{\"orientation\":\"REGULATION_MG\"}}}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("APPEND_CONFLICT");
    }

    @Test
    void theSchedulerExpiresADueDeadlineOnceAndTheHealthShowsTheStoreAndScheduler() {
        String id = app.post("/api/pathways/P2/instances", start(patient(), "REGULATION_MG"))
                .json()
                .get("instance")
                .asText();
        app.post("/api/pathways/P2/instances/" + id + "/commands", command("regule", "{\"decision\":\"RDV\"}"));
        Backend.NOW.updateAndGet(t -> t.plus(Duration.ofHours(49)));
        DeadlineSchedulerLifecycle scheduler = app.context.getBean(DeadlineSchedulerLifecycle.class);
        assertThat(scheduler.runOnce().events()).isGreaterThanOrEqualTo(1);
        scheduler.runOnce();
        Backend.Response read = app.get("/api/pathways/P2/instances/" + id);
        assertThat(read.json().get("state").asText()).isEqualTo("ECHEC_DELAI");
        long expiries = 0;
        for (JsonNode e : read.json().get("events")) {
            expiries += e.get("type").asText().equals("delaiConsultationDepasse") ? 1 : 0;
        }
        assertThat(expiries).isEqualTo(1);

        Backend.Response health = app.get("/actuator/health");
        JsonNode components = health.json().get("components");
        assertThat(components.get("cptsStore").get("status").asText()).isEqualTo("UP");
        assertThat(components
                        .get("cptsStore")
                        .get("details")
                        .get("migrationLevel")
                        .asInt())
                .isPositive();
        assertThat(components.get("cptsScheduler").get("details").get("running").asBoolean())
                .isTrue();

        Backend.Response fired = app.get("/actuator/metrics/cpts.deadlines.fired");
        assertThat(fired.status()).isEqualTo(200);
        assertThat(fired.json().get("measurements").get(0).get("value").asDouble())
                .isGreaterThanOrEqualTo(1);
        assertThat(app.get("/actuator/metrics/cpts.deadlines.runs")
                        .json()
                        .get("measurements")
                        .get(0)
                        .get("value")
                        .asDouble())
                .isGreaterThanOrEqualTo(2);
        Backend.Response appends = app.get("/actuator/metrics/cpts.store.appends?tag=outcome:appended");
        assertThat(appends.json().get("measurements").get(0).get("value").asDouble())
                .isGreaterThanOrEqualTo(2);
    }

    /**
     * Whether the PostgreSQL store erases: main has the erasure SPI before the store's PostgreSQL
     * implementation (whose stub refuses with UnsupportedOperationException before any connection is
     * taken); the test runs as soon as it is there.
     */
    static boolean postgresErases() {
        javax.sql.DataSource none = new org.postgresql.ds.PGSimpleDataSource() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.sql.Connection getConnection() throws java.sql.SQLException {
                throw new java.sql.SQLException("probe");
            }
        };
        try {
            io.github.cptskit.pathways.jdbc.PostgresEventStore.of(none)
                    .instancesOf(Results.orElseThrow(PatientRef.parse("pat-probe")));
            return true;
        } catch (UnsupportedOperationException notYet) {
            return false;
        } catch (RuntimeException storeTriedTheDatabase) {
            return true;
        }
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledIf("postgresErases")
    void erasesEveryInstanceOfAPatientAndKeepsAnAuditRecordWithoutThem() {
        String patient = patient();
        String other = patient();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(app.post("/api/pathways/P2/instances", start(patient, "REGULATION_MG"))
                    .json()
                    .get("instance")
                    .asText());
        }
        app.post("/api/pathways/P2/instances/" + ids.get(0) + "/commands", command("regule", "{\"decision\":\"RDV\"}"));
        String kept = app.post("/api/pathways/P2/instances", start(other, "REGULATION_MG"))
                .json()
                .get("instance")
                .asText();
        Backend.Response found = app.get("/api/patients/" + patient + "/instances");
        assertThat(found.status()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        found.json().get("instances").forEach(n -> listed.add(n.asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);

        Backend.Response erased = app.send("DELETE", "/api/patients/" + patient + "?actor=usr-dpo-1", null);
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("instances").asInt()).isEqualTo(2);
        assertThat(erased.json().get("events").asLong()).isEqualTo(3);
        assertThat(erased.json().get("deadlines").asInt()).isEqualTo(1);
        assertThat(erased.json().toString()).doesNotContain(patient);
        assertThat(app.mismatches("ErasureView", erased.json())).isEmpty();
        for (String id : ids) {
            assertThat(app.get("/api/pathways/P2/instances/" + id).status()).isEqualTo(404);
        }
        assertThat(app.get("/api/patients/" + patient + "/instances")
                        .json()
                        .get("instances")
                        .size())
                .isZero();
        assertThat(app.get("/api/pathways/P2/instances/" + kept).status()).isEqualTo(200);
        assertThat(app.send("DELETE", "/api/patients/185057800608436?actor=usr-dpo-1", null)
                        .status())
                .isEqualTo(422);
    }
}
