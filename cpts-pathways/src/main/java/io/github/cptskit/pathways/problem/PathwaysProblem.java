package io.github.cptskit.pathways.problem;

import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.ProblemCode;
import io.github.cptskit.core.problem.Severity;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * The catalogue of cpts-pathways's problems: every problem this module reports, with its stable code, severity and fixed legal
 * reference; the French and English messages are in {@code io/github/cptskit/pathways/problem/messages_fr.properties} and
 * {@code messages_en.properties} under the constant's name. docs/problems.md lists them all.
 *
 * <pre>{@code
 * Problem p = Problem.of(PathwaysProblem.ACTOR_REF_FORMAT, ...);
 * p.code(); // "ACTOR_REF_FORMAT"
 * }</pre>
 */
public enum PathwaysProblem implements ProblemCode {
    /** author reference: 1 to 64 letters, digits or - _ . : */
    ACTOR_REF_FORMAT(Severity.ERROR),
    /** the author reference looks like a NIR: use a pseudonym */
    ACTOR_REF_LOOKS_LIKE_NIR(Severity.ERROR),
    /** instance {0} is no longer at version {1}: another writer appended events; read again and decide again */
    APPEND_CONFLICT(Severity.ERROR),
    /** "{0}": the deadline falls due at {1} */
    DEADLINE_NOT_DUE(Severity.ERROR),
    /** "{0}": no such deadline is pending */
    DEADLINE_NOT_PENDING(Severity.ERROR),
    /** deadlines have expired: append first {0} */
    DEADLINE_OVERDUE(Severity.ERROR),
    /** {0}: ambiguous transitions (same state and event, not routed on one field with disjoint values): {1} */
    DEFINITION_AMBIGUOUS(Severity.ERROR),
    /** {0}: non-terminal states without a way out: {1} */
    DEFINITION_DEAD_END(Severity.ERROR),
    /** {0}: {1} on {2} raises {3}: some transition must handle it, and it carries no required data */
    DEFINITION_RAISE(Severity.ERROR),
    /** {0}: {1} on {2}: route {3} must read a choice field of the event, with its values */
    DEFINITION_ROUTE(Severity.ERROR),
    /** {0}: terminal states with outgoing transitions: {1} */
    DEFINITION_TERMINAL_EXIT(Severity.ERROR),
    /** {0}: states unreachable from {1}: {2} */
    DEFINITION_UNREACHABLE(Severity.ERROR),
    /** {0}: "{1}" is not {2} */
    EVENT_DATA_INVALID(Severity.ERROR),
    /** {0}: "{1}" looks like a NIR; a pathway carries pseudonyms only */
    EVENT_DATA_LOOKS_LIKE_NIR(Severity.ERROR),
    /** {0}: "{1}" is required */
    EVENT_DATA_MISSING(Severity.ERROR),
    /** {0}: data not in the schema: {1} */
    EVENT_DATA_UNKNOWN_FIELD(Severity.ERROR),
    /** {0}: data not in the schema: {1}, {2} unreadable key(s) */
    EVENT_DATA_UNKNOWN_FIELD_SOME_UNREADABLE("EVENT_DATA_UNKNOWN_FIELD", Severity.ERROR),
    /** {0}: data not in the schema: {2} unreadable key(s) */
    EVENT_DATA_UNKNOWN_FIELD_UNREADABLE("EVENT_DATA_UNKNOWN_FIELD", Severity.ERROR),
    /** "{0}" is not an event of pathway {1} */
    EVENT_UNKNOWN(Severity.ERROR),
    /** "{0}" refused by: {1} */
    GUARD_REFUSED(Severity.ERROR),
    /** the instance has no event */
    INSTANCE_EMPTY(Severity.ERROR),
    /** instance id: 1 to 64 letters, digits or - _ . : */
    INSTANCE_ID_FORMAT(Severity.ERROR),
    /** the instance id looks like a NIR */
    INSTANCE_ID_LOOKS_LIKE_NIR(Severity.ERROR),
    /** the pathway has ended ({0}) */
    INSTANCE_TERMINATED(Severity.ERROR),
    /** "data" is an object */
    LOG_DATA_NOT_OBJECT(Severity.ERROR),
    /** data values are strings: {0} */
    LOG_DATA_NOT_TEXT(Severity.ERROR),
    /** duplicated event id: {0} */
    LOG_DUPLICATE_ID(Severity.ERROR),
    /** the log is not UTF-8 */
    LOG_ENCODING(Severity.ERROR),
    /** "id" is not a UUID */
    LOG_EVENT_ID(Severity.ERROR),
    /** "{0}" was not possible in state {1}: {2} */
    LOG_EVENT_REFUSED(Severity.ERROR),
    /** unknown log format: {0} (formats read: 1, 2) */
    LOG_FORMAT(Severity.ERROR),
    /** a log is one instance's: {0} after {1} */
    LOG_INSTANCE(Severity.ERROR),
    /** "{0}" is not an ISO 8601 instant: {1} */
    LOG_INSTANT(Severity.ERROR),
    /** unreadable JSON: {0} */
    LOG_JSON_SYNTAX(Severity.ERROR),
    /** missing property: {0} */
    LOG_MISSING_PROPERTY(Severity.ERROR),
    /** each line is a JSON object */
    LOG_NOT_AN_OBJECT(Severity.ERROR),
    /** "{0}" is a string */
    LOG_NOT_TEXT(Severity.ERROR),
    /** the event does not belong to pathway {0}: {1} v{2} */
    LOG_PATHWAY_MISMATCH(Severity.ERROR),
    /** a log follows one patient: {0} after {1} */
    LOG_PATIENT(Severity.ERROR),
    /** "{0}" raises {1}: they must follow it in the log */
    LOG_RAISED_EVENTS(Severity.ERROR),
    /** "seq" is a positive integer */
    LOG_SEQUENCE(Severity.ERROR),
    /** sequence {0} instead of {1} (an event lost or duplicated) */
    LOG_SEQUENCE_GAP("LOG_SEQUENCE", Severity.ERROR),
    /** events are in time order: {0} before {1} */
    LOG_TIME_ORDER(Severity.ERROR),
    /** unknown property: {0} */
    LOG_UNKNOWN_PROPERTY(Severity.ERROR),
    /** "{0}" in state {1} expects {2} */
    NO_ROUTE(Severity.ERROR),
    /** the scheduler does not know pathway {0} */
    PATHWAY_UNKNOWN(Severity.ERROR),
    /** patient reference: 1 to 64 letters, digits or - _ . : */
    PATIENT_REF_FORMAT(Severity.ERROR),
    /** the patient reference looks like a NIR: use a pseudonym */
    PATIENT_REF_LOOKS_LIKE_NIR(Severity.ERROR),
    /** "{0}", raised by "{1}", is refused: {2} */
    RAISED_EVENT_REFUSED(Severity.ERROR),
    /** more than {0} events raised by "{1}" */
    RUN_TO_COMPLETION_LIMIT(Severity.ERROR),
    /** more than {0} deadlines at once */
    RUN_TO_COMPLETION_LIMIT_DEADLINES("RUN_TO_COMPLETION_LIMIT", Severity.ERROR),
    /** "{0}" is not possible in state {1} */
    TRANSITION_NOT_ALLOWED(Severity.ERROR);

    /** The base name of the bundles holding the messages. */
    public static final String BUNDLE = "io.github.cptskit.pathways.problem.messages";

    private final String code;
    private final Severity severity;
    private final Supplier<LegalReference> reference;

    PathwaysProblem(Severity severity) {
        this(null, severity, null);
    }

    PathwaysProblem(String code, Severity severity) {
        this(code, severity, null);
    }

    PathwaysProblem(Severity severity, Supplier<LegalReference> reference) {
        this(null, severity, reference);
    }

    PathwaysProblem(String code, Severity severity, Supplier<LegalReference> reference) {
        this.code = code == null ? name() : code;
        this.severity = severity;
        this.reference = reference;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    /** {@inheritDoc} Read when a problem is made, so that the catalogue loads before the rules it cites. */
    @Override
    public Option<LegalReference> reference() {
        return reference == null ? Option.none() : Option.of(reference.get());
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }
}
