package io.github.cptskit.aci.problem;

import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.ProblemCode;
import io.github.cptskit.core.problem.Severity;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * The catalogue of cpts-aci's problems: every problem this module reports, with its stable code, severity and fixed legal
 * reference; the French and English messages are in {@code io/github/cptskit/aci/problem/messages_fr.properties} and
 * {@code messages_en.properties} under the constant's name. docs/problems.md lists them all.
 *
 * <pre>{@code
 * Problem p = Problem.of(AciProblem.CALIBRATION_BASIS, ...);
 * p.code(); // "CALIBRATION_BASIS"
 * }</pre>
 */
public enum AciProblem implements ProblemCode {
    /** the public figures are payments: calibrate on the cash basis */
    CALIBRATION_BASIS(Severity.ERROR),
    /** no public figure to fit */
    CALIBRATION_NO_FIGURE(Severity.ERROR),
    /** calibrate from the priors, not from a posterior */
    CALIBRATION_PRIORS(Severity.ERROR),
    /** the public figure's year {0} is outside the simulation */
    CALIBRATION_YEAR(Severity.ERROR),
    /** duplicate key: "{0}" */
    JSON_DUPLICATE_KEY(Severity.ERROR),
    /** cannot read: {0} */
    JSON_IO(Severity.ERROR),
    /** empty document */
    JSON_SYNTAX_EMPTY("JSON_SYNTAX", Severity.ERROR),
    /** malformed JSON: {0} */
    JSON_SYNTAX_MALFORMED("JSON_SYNTAX", Severity.ERROR),
    /** content after the end of the document */
    JSON_SYNTAX_TRAILING("JSON_SYNTAX", Severity.ERROR),
    /** mission {0} does not exist in rules {1}: nothing is paid */
    MISSION_NOT_IN_FORCE(Severity.WARNING),
    /** mission {0} started on {1}, after the {2}-month deadline from signature */
    MISSION_STARTED_LATE(Severity.WARNING),
    /** file of another model: "{0}" (expected {1}) */
    MODEL_FILE_MODEL(Severity.ERROR),
    /** "names" must be a list */
    MODEL_FILE_SYNTAX_NAMES_NOT_A_LIST("MODEL_FILE_SYNTAX", Severity.ERROR),
    /** a JSON object is expected */
    MODEL_FILE_SYNTAX_NOT_AN_OBJECT("MODEL_FILE_SYNTAX", Severity.ERROR),
    /** field "parameters" is missing */
    MODEL_FILE_SYNTAX_NO_PARAMETERS("MODEL_FILE_SYNTAX", Severity.ERROR),
    /** "parameters" must be an object */
    MODEL_FILE_SYNTAX_PARAMETERS_NOT_AN_OBJECT("MODEL_FILE_SYNTAX", Severity.ERROR),
    /** {0}: an object is expected */
    MODEL_FILE_SYNTAX_PARAMETER_NOT_AN_OBJECT("MODEL_FILE_SYNTAX", Severity.ERROR),
    /** "particles" must be a non-empty list */
    MODEL_FILE_SYNTAX_PARTICLES_EMPTY("MODEL_FILE_SYNTAX", Severity.ERROR),
    /** a particle must have {0} values */
    MODEL_FILE_SYNTAX_PARTICLE_SIZE("MODEL_FILE_SYNTAX", Severity.ERROR),
    /** "posterior": method, priorFingerprint, names and particles are expected */
    MODEL_FILE_SYNTAX_POSTERIOR_FIELDS("MODEL_FILE_SYNTAX", Severity.ERROR),
    /** "posterior" must be an object */
    MODEL_FILE_SYNTAX_POSTERIOR_NOT_AN_OBJECT("MODEL_FILE_SYNTAX", Severity.ERROR),
    /** unknown field "{0}" (model, title, parameters, posterior) */
    MODEL_FILE_UNKNOWN_FIELD(Severity.ERROR),
    /** unknown field "{0}" (value, low, central, high, unit, confidence, source, description) */
    MODEL_FILE_UNKNOWN_FIELD_OF_PARAMETER("MODEL_FILE_UNKNOWN_FIELD", Severity.ERROR),
    /** {0}: "{1}" (a non-blank text) is expected */
    MODEL_PARAMETER_FIELD(Severity.ERROR),
    /** {0}: "confidence" must be CONFIRMED, UNCONFIRMED, ESTIMATE or USER_SUPPLIED */
    MODEL_PARAMETER_FIELD_CONFIDENCE("MODEL_PARAMETER_FIELD", Severity.ERROR),
    /** {0}: "{1}" is part of the model and cannot be changed */
    MODEL_PARAMETER_FIXED_FIELD(Severity.ERROR),
    /** {0}: "kind" must be CONTINUOUS, INTEGER, SWITCH or DATE */
    MODEL_PARAMETER_KIND(Severity.ERROR),
    /** model parameter missing: {0} */
    MODEL_PARAMETER_MISSING(Severity.ERROR),
    /** {0}: low &lt;= central &lt;= high expected ({1}, {2}, {3}) */
    MODEL_PARAMETER_RANGE(Severity.ERROR),
    /** {0}: a number, a date or an object is expected */
    MODEL_PARAMETER_VALUE(Severity.ERROR),
    /** a date YYYY-MM-DD is expected */
    MODEL_PARAMETER_VALUE_DATE_EXPECTED("MODEL_PARAMETER_VALUE", Severity.ERROR),
    /** {0} = {1}: a whole number from 0 to 1200 is expected */
    MODEL_PARAMETER_VALUE_INTEGER("MODEL_PARAMETER_VALUE", Severity.ERROR),
    /** "value", or "low", "central" and "high", are expected */
    MODEL_PARAMETER_VALUE_MISSING("MODEL_PARAMETER_VALUE", Severity.ERROR),
    /** {0} = {1}: a non-negative value is expected */
    MODEL_PARAMETER_VALUE_NEGATIVE("MODEL_PARAMETER_VALUE", Severity.ERROR),
    /** a number is expected */
    MODEL_PARAMETER_VALUE_NUMBER_EXPECTED("MODEL_PARAMETER_VALUE", Severity.ERROR),
    /** {0} = {1}: a switch is 0 (off) or 1 (on) */
    MODEL_PARAMETER_VALUE_SWITCH("MODEL_PARAMETER_VALUE", Severity.ERROR),
    /** {0} = {1}: a value from 0 to 1 is expected */
    MODEL_PARAMETER_VALUE_UNIT_INTERVAL("MODEL_PARAMETER_VALUE", Severity.ERROR),
    /** {0}: unreadable value "{1}" */
    MODEL_PARAMETER_VALUE_UNREADABLE("MODEL_PARAMETER_VALUE", Severity.ERROR),
    /** {0}: unreadable value "{1}" (YYYY-MM-DD expected) */
    MODEL_PARAMETER_VALUE_UNREADABLE_DATE("MODEL_PARAMETER_VALUE", Severity.ERROR),
    /** {0}: value {1} outside [{2}, {3}] */
    MODEL_POSTERIOR_VALUE(Severity.ERROR),
    /** unknown model parameter: {0} */
    MODEL_UNKNOWN_PARAMETER(Severity.ERROR),
    /** unknown model parameter in the posterior: {0} */
    MODEL_UNKNOWN_PARAMETER_IN_POSTERIOR("MODEL_UNKNOWN_PARAMETER", Severity.ERROR),
    /** unknown model parameter: {0} (did you mean {1}?) */
    MODEL_UNKNOWN_PARAMETER_NEAR("MODEL_UNKNOWN_PARAMETER", Severity.ERROR),
    /** professional {0} received {1} in {2}, above 1 PASS ({3}) */
    PAYMENT_CAP_EXCEEDED(Severity.ERROR),
    /** no PASS known for {0} (last known: {1}): supply it (PaymentCap.withPass); it is set each year by an arrêté */
    PAYMENT_CAP_NO_PASS(Severity.ERROR),
    /** unconfirmed PASS for {0}: {1} */
    PAYMENT_CAP_UNCONFIRMED_PASS(Severity.WARNING),
    /** the total {0} exceeds the ceiling of band {1} ({2}): {3} are capped */
    REMUNERATION_ABOVE_CEILING(Severity.WARNING),
    /** contract year from {0}, beyond what the rules know: last known change on {1}, rules checked until {2}; a later avenant would change this result */
    RULES_BEYOND_LAST_KNOWN_CHANGE(Severity.WARNING),
    /** signature on {0} before the ACI came into force ({1}) */
    SCENARIO_BEFORE_ACCORD(Severity.ERROR),
    /** invalid contract year: {0} (1 to 100) */
    SCENARIO_CONTRACT_YEAR(Severity.ERROR),
    /** {0} is before {1} signed the ACI ({2}) */
    SCENARIO_DAY_BEFORE_SIGNATURE(Severity.ERROR),
    /** mandatory mission "{0}" is not contracted by {1} (rules {2}) */
    SCENARIO_MANDATORY_MISSION_MISSING(Severity.ERROR),
    /** mission {0} starts on {1}, before the signature ({2}) */
    SCENARIO_MISSION_BEFORE_SIGNATURE(Severity.ERROR),
    /** achievement given for mission {0}, not contracted (or not started) by {1} */
    SCENARIO_MISSION_NOT_CONTRACTED(Severity.ERROR),
    /** {0} has not signed the ACI (no ACI_SIGNED step in its lifecycle) */
    SCENARIO_NOT_SIGNED(Severity.ERROR),
    /** population missing, zero or negative for {0}: {1} (a CPTS serves at least one inhabitant) */
    SCENARIO_POPULATION(Severity.ERROR),
    /** signature date missing for {0} */
    SCENARIO_SIGNATURE_MISSING(Severity.ERROR),
    /** signature on {0} too far ahead (at the latest {1}) */
    SCENARIO_SIGNATURE_RANGE(Severity.ERROR),
    /** the years after {0} assume that the rules in force on {1} (the last known change) stay unchanged */
    SIMULATION_BEYOND_KNOWN_RULES(Severity.WARNING),
    /** {0} CPTS run past their {1}-year contract by the end of {2} (from {3}): they go on if they renew, with probability contrat.renouvellement ({4} to {5}) */
    SIMULATION_CONTRACTS_RENEWED(Severity.WARNING),
    /** duplicate id: {0} */
    SIMULATION_DUPLICATE_ID(Severity.ERROR),
    /** empty portfolio */
    SIMULATION_EMPTY(Severity.ERROR),
    /** rules incomplete for the portfolio: {0} */
    SIMULATION_RULES(Severity.ERROR),
    /** years {0}–{1}: an increasing period between 2019 and 2100 is expected */
    SIMULATION_YEARS(Severity.ERROR),
    /** unknown confidence "{0}" (CONFIRMED, UNCONFIRMED, ESTIMATE, USER_SUPPLIED) */
    TARIFF_BAD_CONFIDENCE(Severity.ERROR),
    /** invalid date "{0}" (expected YYYY-MM-DD) */
    TARIFF_BAD_DATE(Severity.ERROR),
    /** a range is expected as [low, high] (two numbers) */
    TARIFF_BAD_RANGE(Severity.ERROR),
    /** range upside down: {0} &gt; {1} */
    TARIFF_BAD_RANGE_UPSIDE_DOWN("TARIFF_BAD_RANGE", Severity.ERROR),
    /** invalid value for {0}: "{1}" (expected a non-negative amount in euros, to the cent, at most 100,000,000) */
    TARIFF_BAD_VALUE_AMOUNT("TARIFF_BAD_VALUE", Severity.ERROR),
    /** invalid value for {0}: "{1}" (expected a whole number of inhabitants) */
    TARIFF_BAD_VALUE_INHABITANTS("TARIFF_BAD_VALUE", Severity.ERROR),
    /** invalid value for {0}: "{1}" (expected a whole number of months) */
    TARIFF_BAD_VALUE_MONTHS("TARIFF_BAD_VALUE", Severity.ERROR),
    /** invalid value for {0}: "{1}" (expected a whole percentage from 0 to 100) */
    TARIFF_BAD_VALUE_PERCENTAGE("TARIFF_BAD_VALUE", Severity.ERROR),
    /** invalid value for {0}: "{1}" (expected JOURS_CALENDAIRES or MOIS) */
    TARIFF_BAD_VALUE_PRORATA_METHOD("TARIFF_BAD_VALUE", Severity.ERROR),
    /** invalid value for {0}: "{1}" (expected 0 or 1) */
    TARIFF_BAD_VALUE_SWITCH("TARIFF_BAD_VALUE", Severity.ERROR),
    /** size-band thresholds not increasing on {0}: {1}, {2}, {3} */
    TARIFF_BAND_THRESHOLDS(Severity.ERROR),
    /** {0}, band {1}: fonctionnement + missions = {2} €, below the ceiling of {3} € */
    TARIFF_BELOW_CEILING(Severity.WARNING),
    /** required field is blank: "{0}" */
    TARIFF_BLANK_FIELD(Severity.ERROR),
    /** {0}, band {1}: fonctionnement + missions = {2} € exceeds the ceiling of {3} € */
    TARIFF_CEILING_EXCEEDED(Severity.ERROR),
    /** text {0} ({1}) must take effect after {2} ({3}) */
    TARIFF_DATES_NOT_ORDERED(Severity.ERROR),
    /** text {0} ({1}) takes effect before {2} */
    TARIFF_DATES_NOT_ORDERED_BEFORE("TARIFF_DATES_NOT_ORDERED", Severity.ERROR),
    /** cannot read file: {0} */
    TARIFF_IO(Severity.ERROR),
    /** cannot read: {0} */
    TARIFF_IO_READ("TARIFF_IO", Severity.ERROR),
    /** required field missing: "{0}" */
    TARIFF_MISSING_FIELD(Severity.ERROR),
    /** parameter missing from rules {0}: {1} */
    TARIFF_MISSING_PARAMETER(Severity.ERROR),
    /** parameter {0} has no "value" */
    TARIFF_MISSING_VALUE(Severity.ERROR),
    /** no ACI text is in force on {0} (first: {1}) */
    TARIFF_NOT_IN_FORCE(Severity.ERROR),
    /** no ACI text is in force on {0} (first: none) */
    TARIFF_NOT_IN_FORCE_NO_TEXT("TARIFF_NOT_IN_FORCE", Severity.ERROR),
    /** no size-band scale in force on {0} */
    TARIFF_NO_SIZE_BANDS(Severity.ERROR),
    /** {0} is set by no text: add it with a dated rule file */
    TARIFF_PARAMETER_NOT_SET(Severity.ERROR),
    /** the range {0} of {1} does not contain its value {2} */
    TARIFF_RANGE_EXCLUDES_VALUE(Severity.ERROR),
    /** malformed JSON: {0} */
    TARIFF_SYNTAX_MALFORMED("TARIFF_SYNTAX", Severity.ERROR),
    /** a JSON object is expected */
    TARIFF_SYNTAX_NOT_AN_OBJECT("TARIFF_SYNTAX", Severity.ERROR),
    /** "parameters" must be an object */
    TARIFF_SYNTAX_PARAMETERS_NOT_AN_OBJECT("TARIFF_SYNTAX", Severity.ERROR),
    /** a string is expected for "{0}" */
    TARIFF_SYNTAX_STRING("TARIFF_SYNTAX", Severity.ERROR),
    /** a value or an object is expected */
    TARIFF_SYNTAX_VALUE("TARIFF_SYNTAX", Severity.ERROR),
    /** unknown parameter: {0} */
    TARIFF_UNKNOWN_PARAMETER(Severity.ERROR),
    /** unknown parameter: {0} (did you mean {1}?) */
    TARIFF_UNKNOWN_PARAMETER_NEAR("TARIFF_UNKNOWN_PARAMETER", Severity.ERROR),
    /** unknown rule version: {0} (known: {1}) */
    TARIFF_UNKNOWN_VERSION(Severity.ERROR),
    /** unconfirmed or estimated figures used: {0}; replace them with your own when you know them */
    UNCONFIRMED_FIGURES(Severity.WARNING);

    /** The base name of the bundles holding the messages. */
    public static final String BUNDLE = "io.github.cptskit.aci.problem.messages";

    private final String code;
    private final Severity severity;
    private final Supplier<LegalReference> reference;

    AciProblem(Severity severity) {
        this(null, severity, null);
    }

    AciProblem(String code, Severity severity) {
        this(code, severity, null);
    }

    AciProblem(Severity severity, Supplier<LegalReference> reference) {
        this(null, severity, reference);
    }

    AciProblem(String code, Severity severity, Supplier<LegalReference> reference) {
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
