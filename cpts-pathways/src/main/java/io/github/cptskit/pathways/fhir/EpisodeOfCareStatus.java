package io.github.cptskit.pathways.fhir;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * FHIR R4 {@code EpisodeOfCare.status}, value set {@code episode-of-care-status}. Note {@code onhold}:
 * no hyphen here, unlike Task and Request.
 */
public enum EpisodeOfCareStatus {
    /** planned */
    PLANNED("planned"),
    /** waitlist */
    WAITLIST("waitlist"),
    /** active */
    ACTIVE("active"),
    /** onhold */
    ONHOLD("onhold"),
    /** finished */
    FINISHED("finished"),
    /** cancelled */
    CANCELLED("cancelled"),
    /** entered-in-error */
    ENTERED_IN_ERROR("entered-in-error");

    /** The code system. */
    public static final String SYSTEM = "http://hl7.org/fhir/episode-of-care-status";

    private final String code;

    EpisodeOfCareStatus(String code) {
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
    public static Option<EpisodeOfCareStatus> ofCode(String code) {
        return List.of(values()).find(s -> s.code.equals(code));
    }

    /**
     * {@link #ofCode(String)} as an {@code Optional} (decision record 0004).
     *
     * @param code the FHIR code
     * @return the status, or empty for an unknown code
     */
    public static java.util.Optional<EpisodeOfCareStatus> ofCodeOptional(String code) {
        return ofCode(code).toJavaOptional();
    }
}
