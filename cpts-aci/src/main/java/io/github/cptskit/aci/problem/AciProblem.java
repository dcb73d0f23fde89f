package io.github.cptskit.aci.problem;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.ProblemCode;
import java.util.Locale;
import java.util.ResourceBundle;

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
    CALIBRATION_BASIS(Spec.error()),
    /** the fit in use was made from other inputs ({0} changed); refit: {1} */
    CALIBRATION_FIT_STALE(Spec.error()),
    /** no public figure to fit */
    CALIBRATION_NO_FIGURE(Spec.error()),
    /** calibrate from the priors, not from a posterior */
    CALIBRATION_PRIORS(Spec.error()),
    /** the public figure's year {0} is outside the simulation */
    CALIBRATION_YEAR(Spec.error()),
    /** duplicate key: "{0}" */
    JSON_DUPLICATE_KEY(Spec.error()),
    /** cannot read: {0} */
    JSON_IO(Spec.error()),
    /** empty document */
    JSON_SYNTAX_EMPTY(Spec.error().withCode("JSON_SYNTAX")),
    /** malformed JSON: {0} */
    JSON_SYNTAX_MALFORMED(Spec.error().withCode("JSON_SYNTAX")),
    /** content after the end of the document */
    JSON_SYNTAX_TRAILING(Spec.error().withCode("JSON_SYNTAX")),
    /** mission {0} does not exist in rules {1}: nothing is paid */
    MISSION_NOT_IN_FORCE(Spec.warning()),
    /** mission {0} started on {1}, after the {2}-month deadline from signature */
    MISSION_STARTED_LATE(Spec.warning()),
    /** file of another model: "{0}" (expected {1}) */
    MODEL_FILE_MODEL(Spec.error()),
    /** "names" must be a list */
    MODEL_FILE_SYNTAX_NAMES_NOT_A_LIST(Spec.error().withCode("MODEL_FILE_SYNTAX")),
    /** a JSON object is expected */
    MODEL_FILE_SYNTAX_NOT_AN_OBJECT(Spec.error().withCode("MODEL_FILE_SYNTAX")),
    /** field "parameters" is missing */
    MODEL_FILE_SYNTAX_NO_PARAMETERS(Spec.error().withCode("MODEL_FILE_SYNTAX")),
    /** "parameters" must be an object */
    MODEL_FILE_SYNTAX_PARAMETERS_NOT_AN_OBJECT(Spec.error().withCode("MODEL_FILE_SYNTAX")),
    /** {0}: an object is expected */
    MODEL_FILE_SYNTAX_PARAMETER_NOT_AN_OBJECT(Spec.error().withCode("MODEL_FILE_SYNTAX")),
    /** "particles" must be a non-empty list */
    MODEL_FILE_SYNTAX_PARTICLES_EMPTY(Spec.error().withCode("MODEL_FILE_SYNTAX")),
    /** a particle must have {0} values */
    MODEL_FILE_SYNTAX_PARTICLE_SIZE(Spec.error().withCode("MODEL_FILE_SYNTAX")),
    /** "posterior": method, priorFingerprint, names and particles are expected */
    MODEL_FILE_SYNTAX_POSTERIOR_FIELDS(Spec.error().withCode("MODEL_FILE_SYNTAX")),
    /** "posterior" must be an object */
    MODEL_FILE_SYNTAX_POSTERIOR_NOT_AN_OBJECT(Spec.error().withCode("MODEL_FILE_SYNTAX")),
    /** unknown field "{0}" (model, title, parameters, posterior) */
    MODEL_FILE_UNKNOWN_FIELD(Spec.error()),
    /** unknown field "{0}" (value, low, central, high, unit, confidence, source, description) */
    MODEL_FILE_UNKNOWN_FIELD_OF_PARAMETER(Spec.error().withCode("MODEL_FILE_UNKNOWN_FIELD")),
    /** {0}: "{1}" (a non-blank text) is expected */
    MODEL_PARAMETER_FIELD(Spec.error()),
    /** {0}: "confidence" must be CONFIRMED, UNCONFIRMED, ESTIMATE or USER_SUPPLIED */
    MODEL_PARAMETER_FIELD_CONFIDENCE(Spec.error().withCode("MODEL_PARAMETER_FIELD")),
    /** {0}: "{1}" is part of the model and cannot be changed */
    MODEL_PARAMETER_FIXED_FIELD(Spec.error()),
    /** {0}: "kind" must be CONTINUOUS, INTEGER, SWITCH or DATE */
    MODEL_PARAMETER_KIND(Spec.error()),
    /** model parameter missing: {0} */
    MODEL_PARAMETER_MISSING(Spec.error()),
    /** {0}: low &lt;= central &lt;= high expected ({1}, {2}, {3}) */
    MODEL_PARAMETER_RANGE(Spec.error()),
    /** {0}: a number, a date or an object is expected */
    MODEL_PARAMETER_VALUE(Spec.error()),
    /** a date YYYY-MM-DD is expected */
    MODEL_PARAMETER_VALUE_DATE_EXPECTED(Spec.error().withCode("MODEL_PARAMETER_VALUE")),
    /** {0} = {1}: a whole number from 0 to 1200 is expected */
    MODEL_PARAMETER_VALUE_INTEGER(Spec.error().withCode("MODEL_PARAMETER_VALUE")),
    /** "value", or "low", "central" and "high", are expected */
    MODEL_PARAMETER_VALUE_MISSING(Spec.error().withCode("MODEL_PARAMETER_VALUE")),
    /** {0} = {1}: a non-negative value is expected */
    MODEL_PARAMETER_VALUE_NEGATIVE(Spec.error().withCode("MODEL_PARAMETER_VALUE")),
    /** a number is expected */
    MODEL_PARAMETER_VALUE_NUMBER_EXPECTED(Spec.error().withCode("MODEL_PARAMETER_VALUE")),
    /** {0}: {1} is above 0.9 (a public total cannot be all money outside the ACI) */
    MODEL_PARAMETER_VALUE_SHARE_CAP(Spec.error()),
    /** {0} = {1}: a switch is 0 (off) or 1 (on) */
    MODEL_PARAMETER_VALUE_SWITCH(Spec.error().withCode("MODEL_PARAMETER_VALUE")),
    /** {0} = {1}: a value from 0 to 1 is expected */
    MODEL_PARAMETER_VALUE_UNIT_INTERVAL(Spec.error().withCode("MODEL_PARAMETER_VALUE")),
    /** {0}: unreadable value "{1}" */
    MODEL_PARAMETER_VALUE_UNREADABLE(Spec.error().withCode("MODEL_PARAMETER_VALUE")),
    /** {0}: unreadable value "{1}" (YYYY-MM-DD expected) */
    MODEL_PARAMETER_VALUE_UNREADABLE_DATE(Spec.error().withCode("MODEL_PARAMETER_VALUE")),
    /** {0}: value {1} outside [{2}, {3}] */
    MODEL_POSTERIOR_VALUE(Spec.error()),
    /** unknown model parameter: {0} */
    MODEL_UNKNOWN_PARAMETER(Spec.error()),
    /** unknown model parameter in the posterior: {0} */
    MODEL_UNKNOWN_PARAMETER_IN_POSTERIOR(Spec.error().withCode("MODEL_UNKNOWN_PARAMETER")),
    /** unknown model parameter: {0} (did you mean {1}?) */
    MODEL_UNKNOWN_PARAMETER_NEAR(Spec.error().withCode("MODEL_UNKNOWN_PARAMETER")),
    /** payment to professional {0} on {1}: {2} {3} is not in euros; payments to members are in EUR and this one is left out of the cap's sums */
    PAYMENT_CAP_CURRENCY(Spec.error()),
    /** professional {0} received {1} in {2}, above 1 PASS ({3}) */
    PAYMENT_CAP_EXCEEDED(Spec.error()),
    /** no PASS known for {0} (last known: {1}): supply it (PaymentCap.withPass); it is set each year by an arrêté */
    PAYMENT_CAP_NO_PASS(Spec.error()),
    /** unconfirmed PASS for {0}: {1} */
    PAYMENT_CAP_UNCONFIRMED_PASS(Spec.warning()),
    /** the total {0} exceeds the ceiling of band {1} ({2}): {3} are capped */
    REMUNERATION_ABOVE_CEILING(Spec.warning()),
    /** contract year from {0}, beyond what the rules know: last known change on {1}, rules checked until {2}; a later avenant would change this result */
    RULES_BEYOND_LAST_KNOWN_CHANGE(Spec.warning()),
    /** a counterfactual dated {0} ({1}) is before every known text */
    REFORM_BEFORE_FIRST_TEXT(Spec.error()),
    /** "counterfactual" must be true or false */
    REFORM_COUNTERFACTUAL_VALUE(Spec.error()),
    /** {0} is a model parameter: put it under "model" in the reform file */
    REFORM_MODEL_PARAMETER_IN_RULES(Spec.error()),
    /** reform file larger than {0} characters */
    REFORM_TOO_LARGE(Spec.error()),
    /** mission {0} started on {1} has no achievement: its variable part counts 0 until the achievement of its indicators is given */
    SCENARIO_ACHIEVEMENT_MISSING(Spec.warning()),
    /** signature on {0} before the ACI came into force ({1}) */
    SCENARIO_BEFORE_ACCORD(Spec.error()),
    /** invalid contract year: {0} (1 to 100) */
    SCENARIO_CONTRACT_YEAR(Spec.error()),
    /** {0} is before {1} signed the ACI ({2}) */
    SCENARIO_DAY_BEFORE_SIGNATURE(Spec.error()),
    /** mandatory mission "{0}" is not contracted by {1} (rules {2}) */
    SCENARIO_MANDATORY_MISSION_MISSING(Spec.error()),
    /** mission {0} starts on {1}, before the signature ({2}) */
    SCENARIO_MISSION_BEFORE_SIGNATURE(Spec.error()),
    /** achievement given for mission {0}, not contracted (or not started) by {1} */
    SCENARIO_MISSION_NOT_CONTRACTED(Spec.error()),
    /** {0} has not signed the ACI (no ACI_SIGNED step in its lifecycle) */
    SCENARIO_NOT_SIGNED(Spec.error()),
    /** population missing, zero or negative for {0}: {1} (a CPTS serves at least one inhabitant) */
    SCENARIO_POPULATION(Spec.error()),
    /** signature date missing for {0} */
    SCENARIO_SIGNATURE_MISSING(Spec.error()),
    /** signature on {0} too far ahead (at the latest {1}) */
    SCENARIO_SIGNATURE_RANGE(Spec.error()),
    /** the years after {0} assume that the rules in force on {1} (the last known change) stay unchanged */
    SIMULATION_BEYOND_KNOWN_RULES(Spec.warning()),
    /** {0} CPTS run past their {1}-year contract by the end of {2} (from {3}): they go on if they renew, with probability contrat.renouvellement ({4} to {5}) */
    SIMULATION_CONTRACTS_RENEWED(Spec.warning()),
    /** duplicate id: {0} */
    SIMULATION_DUPLICATE_ID(Spec.error()),
    /** empty portfolio */
    SIMULATION_EMPTY(Spec.error()),
    /** rules incomplete for the portfolio: {0} */
    SIMULATION_RULES(Spec.error()),
    /** years {0}–{1}: an increasing period between 2019 and 2100 is expected */
    SIMULATION_YEARS(Spec.error()),
    /** unknown confidence "{0}" (CONFIRMED, UNCONFIRMED, ESTIMATE, USER_SUPPLIED) */
    TARIFF_BAD_CONFIDENCE(Spec.error()),
    /** invalid date "{0}" (expected YYYY-MM-DD) */
    TARIFF_BAD_DATE(Spec.error()),
    /** a range is expected as [low, high] (two numbers) */
    TARIFF_BAD_RANGE(Spec.error()),
    /** range upside down: {0} &gt; {1} */
    TARIFF_BAD_RANGE_UPSIDE_DOWN(Spec.error().withCode("TARIFF_BAD_RANGE")),
    /** number out of bounds for {0} */
    TARIFF_BAD_VALUE_BOUNDS(Spec.error().withCode("TARIFF_BAD_VALUE")),
    /** invalid value for {0}: "{1}" (expected a non-negative amount in euros, to the cent, at most 100,000,000) */
    TARIFF_BAD_VALUE_AMOUNT(Spec.error().withCode("TARIFF_BAD_VALUE")),
    /** invalid value for {0}: "{1}" (expected a whole number of inhabitants) */
    TARIFF_BAD_VALUE_INHABITANTS(Spec.error().withCode("TARIFF_BAD_VALUE")),
    /** invalid value for {0}: "{1}" (expected a whole number of months) */
    TARIFF_BAD_VALUE_MONTHS(Spec.error().withCode("TARIFF_BAD_VALUE")),
    /** invalid value for {0}: "{1}" (expected a whole percentage from 0 to 100) */
    TARIFF_BAD_VALUE_PERCENTAGE(Spec.error().withCode("TARIFF_BAD_VALUE")),
    /** invalid value for {0}: "{1}" (expected JOURS_CALENDAIRES or MOIS) */
    TARIFF_BAD_VALUE_PRORATA_METHOD(Spec.error().withCode("TARIFF_BAD_VALUE")),
    /** invalid value for {0}: "{1}" (expected 0 or 1) */
    TARIFF_BAD_VALUE_SWITCH(Spec.error().withCode("TARIFF_BAD_VALUE")),
    /** invalid value for {0}: "{1}" (expected a whole number of years from 1 to 50) */
    TARIFF_BAD_VALUE_YEARS(Spec.error().withCode("TARIFF_BAD_VALUE")),
    /** size-band thresholds not increasing on {0}: {1}, {2}, {3} */
    TARIFF_BAND_THRESHOLDS(Spec.error()),
    /** {0}, band {1}: fonctionnement + missions = {2} €, below the ceiling of {3} € */
    TARIFF_BELOW_CEILING(Spec.warning()),
    /** required field is blank: "{0}" */
    TARIFF_BLANK_FIELD(Spec.error()),
    /** {0}, band {1}: fonctionnement + missions = {2} € exceeds the ceiling of {3} € */
    TARIFF_CEILING_EXCEEDED(Spec.error()),
    /** text {0} ({1}) must take effect after {2} ({3}) */
    TARIFF_DATES_NOT_ORDERED(Spec.error()),
    /** text {0} ({1}) takes effect before {2} */
    TARIFF_DATES_NOT_ORDERED_BEFORE(Spec.error().withCode("TARIFF_DATES_NOT_ORDERED")),
    /** two texts take effect on {0} */
    TARIFF_DATES_NOT_ORDERED_SAME_DAY(Spec.error().withCode("TARIFF_DATES_NOT_ORDERED")),
    /** cannot read file: {0} */
    TARIFF_IO(Spec.error()),
    /** cannot read: {0} */
    TARIFF_IO_READ(Spec.error().withCode("TARIFF_IO")),
    /** required field missing: "{0}" */
    TARIFF_MISSING_FIELD(Spec.error()),
    /** parameter missing from rules {0}: {1} */
    TARIFF_MISSING_PARAMETER(Spec.error()),
    /** parameter {0} has no "value" */
    TARIFF_MISSING_VALUE(Spec.error()),
    /** no ACI text is in force on {0} (first: {1}) */
    TARIFF_NOT_IN_FORCE(Spec.error()),
    /** no ACI text is in force on {0} (first: none) */
    TARIFF_NOT_IN_FORCE_NO_TEXT(Spec.error().withCode("TARIFF_NOT_IN_FORCE")),
    /** no size-band scale in force on {0} */
    TARIFF_NO_SIZE_BANDS(Spec.error()),
    /** {0} is set by no text: add it with a dated rule file */
    TARIFF_PARAMETER_NOT_SET(Spec.error()),
    /** the range {0} of {1} does not contain its value {2} */
    TARIFF_RANGE_EXCLUDES_VALUE(Spec.error()),
    /** an object is expected (date → value) */
    TARIFF_SYNTAX_DATED_VALUES(Spec.error().withCode("TARIFF_SYNTAX")),
    /** duplicate key: "{0}" */
    TARIFF_SYNTAX_DUPLICATE_KEY(Spec.error().withCode("TARIFF_SYNTAX")),
    /** empty document */
    TARIFF_SYNTAX_EMPTY(Spec.error().withCode("TARIFF_SYNTAX")),
    /** malformed JSON: {0} */
    TARIFF_SYNTAX_MALFORMED(Spec.error().withCode("TARIFF_SYNTAX")),
    /** a JSON object is expected */
    TARIFF_SYNTAX_NOT_AN_OBJECT(Spec.error().withCode("TARIFF_SYNTAX")),
    /** "parameters" must be an object */
    TARIFF_SYNTAX_PARAMETERS_NOT_AN_OBJECT(Spec.error().withCode("TARIFF_SYNTAX")),
    /** {0} is set twice on {1} */
    TARIFF_SYNTAX_SET_TWICE(Spec.error().withCode("TARIFF_SYNTAX")),
    /** a string is expected for "{0}" */
    TARIFF_SYNTAX_STRING(Spec.error().withCode("TARIFF_SYNTAX")),
    /** "texts" must be a non-empty object (version → text) */
    TARIFF_SYNTAX_TEXTS(Spec.error().withCode("TARIFF_SYNTAX")),
    /** content after the end of the document */
    TARIFF_SYNTAX_TRAILING(Spec.error().withCode("TARIFF_SYNTAX")),
    /** unknown field: "{0}" */
    TARIFF_SYNTAX_UNKNOWN_FIELD(Spec.error().withCode("TARIFF_SYNTAX")),
    /** a value or an object is expected */
    TARIFF_SYNTAX_VALUE(Spec.error().withCode("TARIFF_SYNTAX")),
    /** a value is expected for {0} */
    TARIFF_SYNTAX_VALUE_FOR(Spec.error().withCode("TARIFF_SYNTAX")),
    /** no text of "texts" takes effect on {0} */
    TARIFF_UNKNOWN_DATE(Spec.error()),
    /** {0} more problems not listed and {1} more parameters not checked: a file reports at most {2} problems */
    TARIFF_TOO_MANY_PROBLEMS(Spec.error()),
    /** unknown parameter: {0} */
    TARIFF_UNKNOWN_PARAMETER(Spec.error()),
    /** unknown parameter: {0} (did you mean {1}?) */
    TARIFF_UNKNOWN_PARAMETER_NEAR(Spec.error().withCode("TARIFF_UNKNOWN_PARAMETER")),
    /** unknown rule version: {0} (known: {1}) */
    TARIFF_UNKNOWN_VERSION(Spec.error()),
    /** field "{0}" is missing */
    TARGETS_FIELD_MISSING(Spec.error()),
    /** no figure to fit in {0} (years with figures: {1}) */
    TARGETS_FIT_YEAR(Spec.error()),
    /** the figure of {0} covers part of a year only: it cannot be fitted (use held-out or context) */
    TARGETS_PART_OF_YEAR_FITTED(Spec.error()),
    /** a JSON object with a non-empty list "figures" of objects is expected */
    TARGETS_SYNTAX(Spec.error()),
    /** more than {0} figures */
    TARGETS_TOO_MANY(Spec.error()),
    /** unknown field "{0}" (known: {1}) */
    TARGETS_UNKNOWN_FIELD(Spec.error()),
    /** "{0}": {1} is not {2} */
    TARGETS_VALUE(Spec.error()),
    /** unconfirmed or estimated figures used: {0}; replace them with your own when you know them */
    UNCONFIRMED_FIGURES(Spec.warning());

    private final Spec spec;

    AciProblem(Spec spec) {
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
