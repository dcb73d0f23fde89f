package io.github.cptskit.example;

import ca.uhn.fhir.parser.IParser;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemsException;
import io.github.cptskit.core.problem.Results;
import io.github.cptskit.fhir.CptsFhir;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.fhir.FhirMapping;
import io.github.cptskit.spring.boot.PathwayService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.Map;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pathway instances on the event store: start, command, read, FHIR Task. */
@RestController
@RequestMapping(path = "/api/pathways/{pathway}/instances", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(
        responseCode = "404",
        description = "no such pathway or instance",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "409",
        description =
                "the instance's state refuses the command (APPEND_CONFLICT, TRANSITION_NOT_ALLOWED, GUARD_REFUSED…)",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "422",
        description = "the command's data or references are invalid (every problem)",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class PathwayController {
    static final String FHIR_JSON = "application/fhir+json";

    private final PathwayService pathways;
    private final FhirMapping fhir;
    private final Organization cpts;

    PathwayController(
            PathwayService pathways,
            FhirMapping fhir,
            @Value("${example.cpts.id:cpts-example}") String cptsId,
            @Value("${example.cpts.name:CPTS example}") String cptsName) {
        this.pathways = pathways;
        this.fhir = fhir;
        Organization o = new Organization();
        o.setId(cptsId);
        o.setName(cptsName);
        this.cpts = o;
    }

    private static Command command(Api.CommandRequest c) {
        if (c == null || c.type() == null || c.author() == null) {
            throw new ProblemsException(java.util.List.of(Problem.error(
                    "REQUEST_COMMAND", "la commande doit donner type et author", "the command needs type and author")));
        }
        ActorRef author = Results.orElseThrow(ActorRef.parse(c.author()));
        return Command.of(c.type(), author, c.data() == null ? Map.of() : c.data());
    }

    private static InstanceId id(String text) {
        return Results.orElseThrow(InstanceId.parse(text));
    }

    @Operation(
            summary = "Start an instance of a pathway with its first command",
            description = "The instance exists once its first command's events are stored. An id already taken is "
                    + "409 APPEND_CONFLICT.")
    @ApiResponse(responseCode = "201", description = "the instance after its first events")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Api.InstanceView> start(
            @Parameter(description = "the pathway's code or id", example = "P2") @PathVariable String pathway,
            @RequestBody Api.StartRequest request) {
        InstanceId instance = request.instance() == null ? InstanceId.random() : id(request.instance());
        PatientRef patient = Results.orElseThrow(PatientRef.parse(request.patient() == null ? "" : request.patient()));
        Rejection.orElseThrow(pathways.start(pathway, instance, patient, command(request.command())));
        Api.InstanceView view = view(pathways.read(pathway, instance));
        return ResponseEntity.created(URI.create("/api/pathways/" + pathway + "/instances/" + instance.value()))
                .body(view);
    }

    @Operation(
            summary = "Send a command to an instance",
            description = "Read, replay, decide, append; decided again after a conflict with another writer.")
    @ApiResponse(responseCode = "200", description = "the instance after the command's events")
    @PostMapping(path = "/{instance}/commands", consumes = MediaType.APPLICATION_JSON_VALUE)
    Api.InstanceView send(
            @Parameter(example = "P2") @PathVariable String pathway,
            @PathVariable String instance,
            @RequestBody Api.CommandRequest command) {
        InstanceId id = id(instance);
        Rejection.orElseThrow(pathways.send(pathway, id, command(command)));
        return view(pathways.read(pathway, id));
    }

    @Operation(summary = "Read an instance: its state, pending deadlines, FHIR statuses and events")
    @ApiResponse(responseCode = "200", description = "the instance")
    @GetMapping("/{instance}")
    Api.InstanceView read(@Parameter(example = "P2") @PathVariable String pathway, @PathVariable String instance) {
        return view(pathways.read(pathway, id(instance)));
    }

    @Operation(
            summary = "The instance as a FHIR R4 Task",
            description = "Its status from the catalogue's mapping, the pathway's own state as businessStatus, "
                    + "for the pseudonymous patient, owned by the CPTS (cpts-fhir).")
    @ApiResponse(
            responseCode = "200",
            description = "a FHIR R4 Task resource",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = "object", description = "FHIR R4 Task")))
    @GetMapping(path = "/{instance}/fhir-task", produces = FHIR_JSON)
    ResponseEntity<String> task(
            @Parameter(example = "P2") @PathVariable String pathway, @PathVariable String instance) {
        PathwayService.Instance i = pathways.read(pathway, id(instance));
        var task = CptsFhir.task(i.state(), cpts);
        if (task.isInvalid()) {
            throw new ProblemsException(java.util.List.of(task.getError()));
        }
        IParser parser = CptsFhir.context().newJsonParser();
        Task t = task.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(FHIR_JSON))
                .body(parser.encodeResourceToString(t));
    }

    private Api.InstanceView view(PathwayService.Instance i) {
        InstanceState s = i.state();
        return new Api.InstanceView(
                s.instance().value(),
                i.pathway().code(),
                s.definitionId(),
                s.definitionVersion(),
                s.subject().value(),
                s.state(),
                s.version(),
                s.deadlines()
                        .values()
                        .map(d -> new Api.DeadlineView(d.kind(), d.dueAt(), d.expiryEvent()))
                        .asJava(),
                fhir.statusOptional(s)
                        .map(f -> new Api.FhirStatusView(
                                f.episodeOfCare().map(e -> e.code()).getOrNull(),
                                f.carePlan().map(c -> c.code()).getOrNull(),
                                f.task().code()))
                        .orElse(null),
                i.events().stream().map(PathwayController::event).toList());
    }

    private static Api.EventView event(Event e) {
        return new Api.EventView(
                e.sequence(),
                e.id().toString(),
                e.type(),
                e.at(),
                e.recordedAt(),
                e.author().value(),
                e.dataMap());
    }
}
