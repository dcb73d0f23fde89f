package io.github.cptskit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemsException;
import io.github.cptskit.pathways.engine.Rejection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * The problem details a client reads: status by kind, type, title and detail in its language, every
 * problem with its reference and location, the guards, each problem counted; and the MVC advice's
 * answers (content type, Content-Language, 404).
 */
class ProblemDetailsTest {
    private final List<String> counted = new ArrayList<>();
    private final CptsMetrics metrics = new CptsMetrics() {
        @Override
        public void problem(String code) {
            counted.add(code);
        }
    };
    private final CptsProblemDetails details = new CptsProblemDetails("urn:test:", Locale.FRENCH, metrics);

    private static final Problem REFERENCED = Problem.error("EVENT_DATA", "données invalides", "invalid data")
            .withReference(LegalReference.of("Arrêté du 20 août 2019", "art. 3")
                    .withDate(LocalDate.of(2019, 8, 20))
                    .withUrl("https://www.legifrance.gouv.fr/x"))
            .at(Location.of("log.jsonl", 3, 7).withPath("data.orientation"));
    private static final Problem PLAIN =
            Problem.error("PATIENT_REF_FORMAT", "réf. invalide", "bad ref").at(Location.of("log.jsonl", 0, 0));

    @Test
    void everyProblemIsWrittenWithItsReferenceAndLocation() {
        ProblemDetail pd = details.of(List.of(REFERENCED, PLAIN), List.of(), Locale.ENGLISH);
        assertThat(pd.getStatus()).isEqualTo(422);
        assertThat(pd.getType().toString()).isEqualTo("urn:test:EVENT_DATA");
        assertThat(pd.getTitle()).isEqualTo("invalid data");
        assertThat(pd.getDetail()).isEqualTo("invalid data; bad ref");
        Map<String, Object> props = pd.getProperties();
        assertThat(props).containsEntry("code", "EVENT_DATA").doesNotContainKey("guards");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) props.get("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0))
                .containsExactly(
                        Map.entry("code", "EVENT_DATA"),
                        Map.entry("severity", "ERROR"),
                        Map.entry("message", "invalid data"),
                        Map.entry(
                                "reference",
                                Map.of(
                                        "text", "Arrêté du 20 août 2019",
                                        "article", "art. 3",
                                        "date", "2019-08-20",
                                        "url", "https://www.legifrance.gouv.fr/x",
                                        "citation", REFERENCED.reference().get().citation(Locale.ENGLISH))),
                        Map.entry(
                                "location",
                                Map.of("source", "log.jsonl", "line", 3, "column", 7, "path", "data.orientation")));
        assertThat(problems.get(1))
                .containsExactly(
                        Map.entry("code", "PATIENT_REF_FORMAT"),
                        Map.entry("severity", "ERROR"),
                        Map.entry("message", "bad ref"),
                        Map.entry("location", Map.of("source", "log.jsonl", "line", 0, "column", 0)));
        assertThat(counted).containsExactly("EVENT_DATA", "PATIENT_REF_FORMAT");
        @SuppressWarnings("unchecked")
        Map<String, Object> bare = (Map<String, Object>) ((List<?>) details.of(
                                List.of(Problem.error("X", "x", "x")
                                        .withReference(LegalReference.of("Code de la santé publique", ""))),
                                List.of(),
                                Locale.FRENCH)
                        .getProperties()
                        .get("problems"))
                .get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> reference = (Map<String, Object>) bare.get("reference");
        assertThat(reference).containsOnlyKeys("text", "citation");
        assertThat(bare).doesNotContainKey("location");
    }

    @Test
    void aSingleProblemIsItsOwnDetailAndStateConflictsAre409() {
        for (String code : new String[] {
            "APPEND_CONFLICT",
            "TRANSITION_NOT_ALLOWED",
            "GUARD_REFUSED",
            "INSTANCE_TERMINATED",
            "DEADLINE_NOT_DUE",
            "DEADLINE_NOT_PENDING",
            "DEADLINE_OVERDUE"
        }) {
            ProblemDetail pd = details.of(List.of(Problem.error(code, "refus", "refused")), List.of(), Locale.FRENCH);
            assertThat(pd.getStatus()).as(code).isEqualTo(HttpStatus.CONFLICT.value());
            assertThat(pd.getDetail()).isEqualTo("refus");
            assertThat(pd.getTitle()).isEqualTo("refus");
        }
        ProblemDetail input = details.of(List.of(PLAIN, REFERENCED), List.of(), Locale.FRENCH);
        assertThat(input.getStatus()).as("the first problem decides").isEqualTo(422);
        assertThat(input.getDetail()).isEqualTo("réf. invalide; données invalides");
        assertThatThrownBy(() -> details.of(List.of(), List.of(), Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one problem");
    }

    @Test
    void aRejectionCarriesItsGuardsAndAnExceptionItsProblems() {
        Rejection refused = new Rejection(
                Problem.error("GUARD_REFUSED", "refusé par la garde", "refused by the guard"),
                io.vavr.collection.List.of("mtDisponible", "delaiRespecte"),
                io.vavr.collection.List.of(PLAIN));
        ProblemDetail pd = details.of(refused, Locale.ENGLISH);
        assertThat(pd.getStatus()).isEqualTo(409);
        assertThat(pd.getProperties()).containsEntry("guards", List.of("mtDisponible", "delaiRespecte"));
        assertThat(pd.getDetail()).isEqualTo("refused by the guard; bad ref");
        ProblemDetail fromException =
                details.of(new ProblemsException(io.vavr.collection.List.of(PLAIN, REFERENCED)), Locale.ENGLISH);
        assertThat(fromException.getProperties()).containsEntry("code", "PATIENT_REF_FORMAT");
        assertThat((List<?>) fromException.getProperties().get("problems")).hasSize(2);
    }

    @Test
    void theLanguageIsTheFirstOfFrenchOrEnglishTheReaderAccepts() {
        assertThat(details.language("en;q=0.4, fr;q=0.9")).isEqualTo(Locale.FRENCH);
        assertThat(details.language("fr;q=0.4, en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(details.language("de, en;q=0.1")).isEqualTo(Locale.ENGLISH);
        assertThat(details.language("de")).as("the default").isEqualTo(Locale.FRENCH);
        assertThat(details.language("  ")).isEqualTo(Locale.FRENCH);
        assertThat(details.language(null)).isEqualTo(Locale.FRENCH);
        assertThat(details.language("fr;q=x")).as("malformed").isEqualTo(Locale.FRENCH);
    }

    /** A request with only an Accept-Language header (or none). */
    static WebRequest request(String acceptLanguage) {
        return (WebRequest) java.lang.reflect.Proxy.newProxyInstance(
                WebRequest.class.getClassLoader(), new Class<?>[] {WebRequest.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getHeader")) {
                        return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase((String) args[0]) ? acceptLanguage : null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void theAdviceAnswersProblemJsonInTheRequestsLanguage() {
        CptsProblemHandler handler = new CptsProblemHandler(details);
        ResponseEntity<ProblemDetail> answer =
                handler.problems(new ProblemsException(io.vavr.collection.List.of(REFERENCED)), request("en-GB"));
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertThat(answer.getBody().getTitle()).isEqualTo("invalid data");

        ResponseEntity<ProblemDetail> missing =
                handler.unknown(new UnknownInstanceException("instance p2-0001 of P2"), request(null));
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getBody().getDetail()).isEqualTo("no instance p2-0001 of P2");
        assertThat(missing.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("fr");
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
