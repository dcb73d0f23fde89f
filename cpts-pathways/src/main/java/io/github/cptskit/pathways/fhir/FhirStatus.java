package io.github.cptskit.pathways.fhir;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The FHIR R4 statuses of one pathway state: the EpisodeOfCare and CarePlan statuses (patient
 * pathways only) and the Task status (every pathway). Keep the pathway's own state next to them, as
 * FHIR's {@code Task.businessStatus} allows: the FHIR codes are coarser.
 *
 * @param episodeOfCare the {@code EpisodeOfCare.status}, for patient pathways
 * @param carePlan the {@code CarePlan.status}, for patient pathways
 * @param task the {@code Task.status}
 */
public record FhirStatus(Option<EpisodeOfCareStatus> episodeOfCare, Option<RequestStatus> carePlan, TaskStatus task) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param episodeOfCare the {@code EpisodeOfCare.status}, for patient pathways
     * @param carePlan the {@code CarePlan.status}, for patient pathways
     * @param task the {@code Task.status}
     */
    public FhirStatus {
        Objects.requireNonNull(episodeOfCare, "episodeOfCare");
        Objects.requireNonNull(carePlan, "carePlan");
        Objects.requireNonNull(task, "task");
    }

    /**
     * {@link #episodeOfCare()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<EpisodeOfCareStatus> episodeOfCareOptional() {
        return episodeOfCare().toJavaOptional();
    }

    /**
     * {@link #carePlan()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<RequestStatus> carePlanOptional() {
        return carePlan().toJavaOptional();
    }
}
