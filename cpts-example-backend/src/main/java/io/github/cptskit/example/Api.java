package io.github.cptskit.example;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.core.problem.Problem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/** The bodies of the example's REST API: each a record, each a schema of the OpenAPI document. */
final class Api {
    private Api() {}

    @Schema(
            description =
                    "An amount of money: a decimal string (never a binary floating-point number) and its currency")
    record Money(
            @Schema(example = "12345.67") String amount,
            @Schema(example = "EUR") String currency) {
        static Money of(MonetaryAmount a) {
            return new Money(
                    a.getNumber().numberValue(java.math.BigDecimal.class).toPlainString(),
                    a.getCurrency().getCurrencyCode());
        }
    }

    @Schema(description = "A problem: stable code, severity, message in the request's language (Accept-Language)")
    record ProblemView(
            @Schema(example = "MEMBERS_MINIMUM") String code,
            @Schema(allowableValues = {"ERROR", "WARNING"}) String severity,
            String message,

            @Schema(description = "the legal reference behind the rule, if any", nullable = true)
            String reference) {
        static ProblemView of(Problem p, java.util.Locale locale) {
            return new ProblemView(
                    p.code(),
                    p.severity().name(),
                    p.message(locale),
                    p.reference().map(r -> r.citation(locale)).getOrNull());
        }
    }

    @Schema(description = "What the membership and constitution rules say of a CPTS document as of a date")
    record ValidationReport(
            @Schema(description = "the CPTS's name") String name,
            LocalDate asOf,

            @Schema(description = "no problem of severity ERROR")
            boolean valid,

            List<ProblemView> problems) {}

    @Schema(description = "A mission of the ACI contracted by the CPTS")
    record MissionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Mission mission,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "when the mission started")
            LocalDate start,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "achievement of the variable part: a ratio 0..1 or a percentage",
                    example = "0.8")
            String achievement) {}

    @Schema(description = "A CPTS's ACI contract year to remunerate")
    record RemunerationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "cpts-du-pays-de-gex")
            String id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "97000")
            long population,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the ACI's signature")
            LocalDate signedOn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2")
            int contractYear,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<MissionRequest> missions) {}

    @Schema(description = "A line of a remuneration")
    record LineView(
            String component,
            @Schema(nullable = true) String mission,
            Money amount,

            @Schema(description = "the calculation with its values, in the request's language")
            String formula) {}

    @Schema(description = "A payment of the schedule")
    record PaymentView(LocalDate date, String label, Money amount) {}

    @Schema(description = "A remuneration: its lines add up to the total to the cent, and so do its payments")
    record RemunerationView(
            String id,
            LocalDate yearStart,
            LocalDate yearEnd,
            @Schema(description = "the ACI size band") String band,
            String ruleVersion,
            Money total,
            List<LineView> lines,
            List<PaymentView> schedule,
            List<ProblemView> warnings,

            @Schema(description = "every euro explained, with parameters and sources, in the request's language")
            String explanation) {}

    @Schema(description = "A command: an event type of the pathway, its author (pseudonymous) and its data")
    record CommandRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "regule")
            String type,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "usr-4411")
            String author,

            @Schema(description = "the event's data; tokens, never free text", example = "{\"decision\":\"RDV\"}")
            Map<String, String> data) {}

    @Schema(description = "A new instance of a pathway, created by its first command")
    record StartRequest(
            @Schema(description = "the new instance's id; a random one when absent", nullable = true)
            String instance,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the patient's pseudonymous reference (a NIR is refused)",
                    example = "pat-7f3a9c")
            String patient,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            CommandRequest command) {}

    @Schema(description = "An event of an instance, as stored")
    record EventView(
            long sequence,
            String id,
            String type,
            Instant at,
            Instant recordedAt,
            String author,
            Map<String, String> data) {}

    @Schema(description = "A pending deadline")
    record DeadlineView(String kind, Instant dueAt, String expiry) {}

    @Schema(description = "The FHIR R4 statuses of the instance's state")
    record FhirStatusView(
            @Schema(nullable = true) String episodeOfCare,
            @Schema(nullable = true) String carePlan,
            String task) {}

    @Schema(description = "A pathway instance: its state after its events")
    record InstanceView(
            String instance,

            @Schema(description = "the pathway's code", example = "P2")
            String pathway,

            String definition,
            int definitionVersion,
            String patient,
            String state,
            @Schema(description = "the number of events") long version,
            List<DeadlineView> deadlines,
            @Schema(nullable = true) FhirStatusView fhir,
            List<EventView> events) {}
}
