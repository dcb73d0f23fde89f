package io.github.cptskit.pathways.fhir;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** FHIR R4 {@code Task.status}, value set {@code task-status} (12 codes). */
public enum TaskStatus {
    /** draft */
    DRAFT("draft"),
    /** requested */
    REQUESTED("requested"),
    /** received */
    RECEIVED("received"),
    /** accepted */
    ACCEPTED("accepted"),
    /** rejected */
    REJECTED("rejected"),
    /** ready */
    READY("ready"),
    /** cancelled */
    CANCELLED("cancelled"),
    /** in-progress */
    IN_PROGRESS("in-progress"),
    /** on-hold */
    ON_HOLD("on-hold"),
    /** failed */
    FAILED("failed"),
    /** completed */
    COMPLETED("completed"),
    /** entered-in-error */
    ENTERED_IN_ERROR("entered-in-error");

    /** The code system. */
    public static final String SYSTEM = "http://hl7.org/fhir/task-status";

    private final String code;

    TaskStatus(String code) {
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
    public static Option<TaskStatus> ofCode(String code) {
        return List.of(values()).find(s -> s.code.equals(code));
    }

    /**
     * {@link #ofCode(String)} as an {@code Optional} (decision record 0004).
     *
     * @param code the FHIR code
     * @return the status, or empty for an unknown code
     */
    public static java.util.Optional<TaskStatus> ofCodeOptional(String code) {
        return ofCode(code).toJavaOptional();
    }
}
