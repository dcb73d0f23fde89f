package io.github.cptskit.example;

import io.github.cptskit.core.problem.Results;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.store.Erasure;
import io.github.cptskit.spring.boot.PathwayService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A patient's instances, and the patient's erasure (RGPD art. 17). */
@RestController
@RequestMapping(path = "/api/patients/{patient}", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(
        responseCode = "422",
        description = "the patient or actor reference is invalid (a NIR is refused)",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class PatientController {
    private final PathwayService pathways;

    PatientController(PathwayService pathways) {
        this.pathways = pathways;
    }

    @Operation(summary = "The instances of a patient")
    @ApiResponse(responseCode = "200", description = "their ids")
    @GetMapping("/instances")
    List<String> instances(@Parameter(example = "pat-7f3a9c") @PathVariable String patient) {
        return pathways.instancesOf(Results.orElseThrow(PatientRef.parse(patient))).stream()
                .map(InstanceId::value)
                .toList();
    }

    @Operation(
            summary = "Erase a patient",
            description = "Every event of every instance of the patient and their deadlines, in one transaction "
                    + "with an audit record that holds no personal data (decision record 0006).")
    @ApiResponse(responseCode = "200", description = "the audit record")
    @DeleteMapping
    Api.ErasureView erase(
            @Parameter(example = "pat-7f3a9c") @PathVariable String patient,
            @Parameter(
                            description = "who asked (pseudonymous), e.g. the data protection officer",
                            example = "usr-dpo-1")
                    @RequestParam
                    String actor) {
        Erasure e = pathways.erase(
                Results.orElseThrow(PatientRef.parse(patient)), Results.orElseThrow(ActorRef.parse(actor)));
        return new Api.ErasureView(
                e.id().toString(),
                e.tenant().id(),
                e.reason().name(),
                e.at(),
                e.actor().value(),
                e.instances(),
                e.events(),
                e.deadlines());
    }
}
