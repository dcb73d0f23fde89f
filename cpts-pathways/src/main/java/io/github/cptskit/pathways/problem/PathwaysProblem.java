package io.github.cptskit.pathways.problem;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.ProblemCode;
import java.util.Locale;
import java.util.ResourceBundle;

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
    ACTOR_REF_FORMAT(Spec.error()),
    /** the author reference looks like a NIR: use a pseudonym */
    ACTOR_REF_LOOKS_LIKE_NIR(Spec.error()),
    /** the author reference looks like personal data (an e-mail address, a phone number, a name with a date): use a pseudonym */
    ACTOR_REF_LOOKS_PERSONAL(Spec.error()),
    /** instance {0} is no longer at version {1}: another writer appended events; read again and decide again */
    APPEND_CONFLICT(Spec.error()),
    /** event {0} belongs to instance {1}, not {2} */
    APPEND_INSTANCE(Spec.error()),
    /** event {0}: {1} {2} is outside the years 1 to 9999 the store keeps */
    APPEND_INSTANT_RANGE(Spec.error()),
    /** the store does not know pathway {0} v{1}: give it the definition */
    APPEND_PATHWAY_UNKNOWN(Spec.error()),
    /** event {0} follows another patient than instance {1} */
    APPEND_PATIENT(Spec.error()),
    /** the store refuses the events of instance {0}, nothing written: {1} */
    APPEND_REFUSED(Spec.error()),
    /** event {0} is numbered {1}: the next one is {2} */
    APPEND_SEQUENCE(Spec.error()),
    /** event {0}: {1} holds a NUL character or a lone surrogate */
    APPEND_TEXT(Spec.error()),
    /** "{0}": the deadline falls due at {1} */
    DEADLINE_NOT_DUE(Spec.error()),
    /** "{0}": no such deadline is pending */
    DEADLINE_NOT_PENDING(Spec.error()),
    /** deadlines have expired: append first {0} */
    DEADLINE_OVERDUE(Spec.error()),
    /** {0}: ambiguous transitions (same state and event, not routed on one field with disjoint values): {1} */
    DEFINITION_AMBIGUOUS(Spec.error()),
    /** {0}: non-terminal states without a way out: {1} */
    DEFINITION_DEAD_END(Spec.error()),
    /** {0}: {1} on {2} raises {3}: some transition must handle it, and it carries no required data */
    DEFINITION_RAISE(Spec.error()),
    /** {0}: {1} on {2}: route {3} must read a choice field of the event, with its values */
    DEFINITION_ROUTE(Spec.error()),
    /** {0}: terminal states with outgoing transitions: {1} */
    DEFINITION_TERMINAL_EXIT(Spec.error()),
    /** {0}: states unreachable from {1}: {2} */
    DEFINITION_UNREACHABLE(Spec.error()),
    /** {0} */
    EVENT_DATA(Spec.error()),
    /** {0}: "{1}" is not {2} */
    EVENT_DATA_INVALID(Spec.error()),
    /** {0}: "{1}" looks like a NIR; a pathway carries pseudonyms only */
    EVENT_DATA_LOOKS_LIKE_NIR(Spec.error()),
    /** {0}: "{1}" looks like personal data (an e-mail address, a phone number, a name with a date); a pathway carries pseudonyms only */
    EVENT_DATA_LOOKS_PERSONAL(Spec.error()),
    /** {0}: "{1}" is required */
    EVENT_DATA_MISSING(Spec.error()),
    /** {0}: "{1}" given as a {2} value, {3} expected */
    EVENT_DATA_TYPE(Spec.error()),
    /** {0}: data not in the schema: {1} */
    EVENT_DATA_UNKNOWN_FIELD(Spec.error()),
    /** {0}: data not in the schema: {1}, {2} unreadable key(s) */
    EVENT_DATA_UNKNOWN_FIELD_SOME_UNREADABLE(Spec.error().withCode("EVENT_DATA_UNKNOWN_FIELD")),
    /** {0}: data not in the schema: {2} unreadable key(s) */
    EVENT_DATA_UNKNOWN_FIELD_UNREADABLE(Spec.error().withCode("EVENT_DATA_UNKNOWN_FIELD")),
    /** "{0}" is not an event of pathway {1} */
    EVENT_UNKNOWN(Spec.error()),
    /** "{0}" refused by: {1} */
    GUARD_REFUSED(Spec.error()),
    /** the instance has no event */
    INSTANCE_EMPTY(Spec.error()),
    /** instance id: 1 to 64 letters, digits or - _ . : */
    INSTANCE_ID_FORMAT(Spec.error()),
    /** the instance id looks like a NIR */
    INSTANCE_ID_LOOKS_LIKE_NIR(Spec.error()),
    /** the instance id looks like personal data (an e-mail address, a phone number, a name with a date) */
    INSTANCE_ID_LOOKS_PERSONAL(Spec.error()),
    /** the pathway has ended ({0}) */
    INSTANCE_TERMINATED(Spec.error()),
    /** "data" is an object */
    LOG_DATA_NOT_OBJECT(Spec.error()),
    /** data values are strings: {0} */
    LOG_DATA_NOT_TEXT(Spec.error()),
    /** duplicated event id: {0} */
    LOG_DUPLICATE_ID(Spec.error()),
    /** the log is not UTF-8 */
    LOG_ENCODING(Spec.error()),
    /** "id" is not a UUID */
    LOG_EVENT_ID(Spec.error()),
    /** "{0}" was not possible in state {1}: {2} */
    LOG_EVENT_REFUSED(Spec.error()),
    /** unknown log format: {0} (formats read: 1, 2) */
    LOG_FORMAT(Spec.error()),
    /** a log is one instance's: {0} after {1} */
    LOG_INSTANCE(Spec.error()),
    /** "{0}" is not an ISO 8601 instant: {1} */
    LOG_INSTANT(Spec.error()),
    /** unreadable JSON: {0} */
    LOG_JSON_SYNTAX(Spec.error()),
    /** missing property: {0} */
    LOG_MISSING_PROPERTY(Spec.error()),
    /** each line is a JSON object */
    LOG_NOT_AN_OBJECT(Spec.error()),
    /** "{0}" is a string */
    LOG_NOT_TEXT(Spec.error()),
    /** the event does not belong to pathway {0}: {1} v{2} */
    LOG_PATHWAY_MISMATCH(Spec.error()),
    /** a log follows one patient: {0} after {1} */
    LOG_PATIENT(Spec.error()),
    /** "{0}" raises {1}: they must follow it in the log */
    LOG_RAISED_EVENTS(Spec.error()),
    /** "seq" is a positive integer */
    LOG_SEQUENCE(Spec.error()),
    /** sequence {0} instead of {1} (an event lost or duplicated) */
    LOG_SEQUENCE_GAP(Spec.error().withCode("LOG_SEQUENCE")),
    /** events are in time order: {0} before {1} */
    LOG_TIME_ORDER(Spec.error()),
    /** unknown property: {0} */
    LOG_UNKNOWN_PROPERTY(Spec.error()),
    /** "{0}" in state {1} expects {2} */
    NO_ROUTE(Spec.error()),
    /** the scheduler does not know pathway {0} */
    PATHWAY_UNKNOWN(Spec.error()),
    /** patient reference: 1 to 64 letters, digits or - _ . : */
    PATIENT_REF_FORMAT(Spec.error()),
    /** the patient reference looks like a NIR: use a pseudonym */
    PATIENT_REF_LOOKS_LIKE_NIR(Spec.error()),
    /** the patient reference looks like personal data (an e-mail address, a phone number, a name with a date): use a pseudonym */
    PATIENT_REF_LOOKS_PERSONAL(Spec.error()),
    /** "{0}", raised by "{1}", is refused: {2} */
    RAISED_EVENT_REFUSED(Spec.error()),
    /** more than {0} events raised by "{1}" */
    RUN_TO_COMPLETION_LIMIT(Spec.error()),
    /** more than {0} deadlines at once */
    RUN_TO_COMPLETION_LIMIT_DEADLINES(Spec.error().withCode("RUN_TO_COMPLETION_LIMIT")),
    /** instance {0} cannot be replayed, parked: {1} */
    STREAM_UNREPLAYABLE(Spec.error()),
    /** tenant id: 1 to 48 lower-case letters, digits or _, starting with a letter, not with pg_ */
    TENANT_FORMAT(Spec.error()),
    /** "{0}" is not possible in state {1} */
    TRANSITION_NOT_ALLOWED(Spec.error());

    private final Spec spec;

    PathwaysProblem(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** {@inheritDoc} Loaded by this module: a named module's bundles are its own. */
    @Override
    public ResourceBundle messages(Locale locale) {
        return Catalogue.messages(bundle(), locale, (name, language) -> ResourceBundle.getBundle(name, language));
    }
}
