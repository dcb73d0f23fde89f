package io.github.cptskit.example;

import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemsException;
import io.github.cptskit.core.problem.Results;
import io.github.cptskit.core.problem.Severity;
import io.github.cptskit.json.CptsDocument;
import io.github.cptskit.spring.boot.CptsProblemDetails;
import io.github.cptskit.spring.boot.RemunerationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Validating a CPTS document and computing an ACI remuneration. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class CptsController {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final RuleSet rules;
    private final RemunerationService remunerations;
    private final CptsProblemDetails problems;
    private final Clock clock;

    CptsController(RuleSet rules, RemunerationService remunerations, CptsProblemDetails problems, Clock clock) {
        this.rules = rules;
        this.remunerations = remunerations;
        this.problems = problems;
        this.clock = clock;
    }

    @Operation(
            summary = "Validate a CPTS document",
            description = "Reads the CPTS document (the format `cpts validate` reads, JSON Schema "
                    + "cpts-document.schema.json) and evaluates the membership and constitution rules as of a date. "
                    + "A document that cannot be read is a 422 problem detail listing every problem, located.")
    @ApiResponse(responseCode = "200", description = "the rules' verdict")
    @ApiResponse(
            responseCode = "422",
            description = "the document cannot be read",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/cpts/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    Api.ValidationReport validate(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "a CPTS document",
                            content = @Content(schema = @Schema(ref = "#/components/schemas/CptsDocument")))
                    @RequestBody
                    String document,
            @Parameter(description = "the day the rules are evaluated on; today (Europe/Paris) when absent")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Locale locale = problems.language(acceptLanguage);
        Cpts cpts = Results.orElseThrow(CptsDocument.read(document, "request body"));
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(PARIS));
        List<Problem> found = rules.evaluateList(cpts, day, List.of());
        List<Api.ProblemView> views = new ArrayList<>();
        found.forEach(p -> views.add(Api.ProblemView.of(p, locale)));
        return new Api.ValidationReport(
                cpts.name(), day, found.stream().noneMatch(p -> p.severity() == Severity.ERROR), views);
    }

    @Operation(
            summary = "Compute an ACI remuneration with its explanation",
            description = "The remuneration of one contract year under the bundled ACI rules: every line, "
                    + "its formula, the payment schedule, and the explanation of every euro in the request's language.")
    @ApiResponse(responseCode = "200", description = "the remuneration")
    @ApiResponse(
            responseCode = "422",
            description = "the scenario has problems (every one of them)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/remunerations", consumes = MediaType.APPLICATION_JSON_VALUE)
    Api.RemunerationView remuneration(
            @RequestBody Api.RemunerationRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Locale locale = problems.language(acceptLanguage);
        Scenario.Builder b = Scenario.builder(request.id())
                .population(request.population())
                .signedOn(request.signedOn())
                .contractYear(request.contractYear());
        List<Problem> invalid = new ArrayList<>();
        for (Api.MissionRequest m : request.missions() == null ? List.<Api.MissionRequest>of() : request.missions()) {
            var achievement = Achievement.parse(m.achievement());
            if (achievement.isInvalid()) {
                invalid.addAll(achievement.getError().asJava());
            } else {
                b.mission(m.mission(), m.start(), achievement.get());
            }
        }
        if (!invalid.isEmpty()) {
            throw new ProblemsException(invalid);
        }
        Remuneration r = Results.orElseThrow(b.build().flatMap(remunerations::calculate));
        return new Api.RemunerationView(
                r.scenarioId(),
                r.yearStart(),
                r.yearEnd(),
                r.band().name(),
                r.ruleVersion(),
                Api.Money.of(r.total()),
                r.lines()
                        .map(l -> new Api.LineView(
                                l.component().name(),
                                l.mission().map(Enum::name).getOrNull(),
                                Api.Money.of(l.amount()),
                                l.formula(locale)))
                        .asJava(),
                r.schedule()
                        .map(p -> new Api.PaymentView(p.date(), p.label(locale), Api.Money.of(p.amount())))
                        .asJava(),
                r.warnings().map(p -> Api.ProblemView.of(p, locale)).asJava(),
                r.explain(locale));
    }
}
