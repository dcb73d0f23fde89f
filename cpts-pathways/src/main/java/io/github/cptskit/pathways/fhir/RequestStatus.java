package io.github.cptskit.pathways.fhir;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * FHIR R4 {@code RequestStatus}, the value set of {@code CarePlan.status} in R4 (STU3's
 * {@code care-plan-status} had {@code suspended} and {@code cancelled} instead of {@code on-hold} and
 * {@code revoked}).
 */
public enum RequestStatus {
    /** draft */
    DRAFT("draft"),
    /** active */
    ACTIVE("active"),
    /** on-hold */
    ON_HOLD("on-hold"),
    /** revoked */
    REVOKED("revoked"),
    /** completed */
    COMPLETED("completed"),
    /** entered-in-error */
    ENTERED_IN_ERROR("entered-in-error"),
    /** unknown */
    UNKNOWN("unknown");

    /** The code system. */
    public static final String SYSTEM = "http://hl7.org/fhir/request-status";

    private final String code;

    RequestStatus(String code) {
        this.code = code;
    }

    /** @return the FHIR code */
    public String code() {
        return code;
    }

    /**
     * @param code a FHIR code
     * @return the status, if the code is in the value set
     */
    public static Option<RequestStatus> ofCode(String code) {
        return List.of(values()).find(s -> s.code.equals(code));
    }

    /**
     * {@link #ofCode(String)} as an {@code Optional} (decision record 0004).
     *
     * @param code the FHIR code
     * @return the status, or empty for an unknown code
     */
    public static java.util.Optional<RequestStatus> ofCodeOptional(String code) {
        return ofCode(code).toJavaOptional();
    }
}
