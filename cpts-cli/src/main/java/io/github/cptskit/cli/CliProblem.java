package io.github.cptskit.cli;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.ProblemCode;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The catalogue of the command line's problems: every problem this module reports, with its stable code, severity and fixed legal
 * reference; the French and English messages are in {@code io/github/cptskit/cli/messages_fr.properties} and
 * {@code messages_en.properties} under the constant's name. docs/problems.md lists them all.
 *
 * <pre>{@code
 * Problem p = Problem.of(CliProblem.BASIS_UNKNOWN, ...);
 * p.code(); // "BASIS_UNKNOWN"
 * }</pre>
 */
public enum CliProblem implements ProblemCode {
    /** the scenario file has no scenario: "scenarios" is an empty array */
    BATCH_EMPTY(Spec.error()),
    /** a scenario is an object with "name" and "reform" */
    BATCH_ENTRY_NOT_OBJECT(Spec.error().withCode("BATCH_SHAPE")),
    /** missing field "{0}" */
    BATCH_MISSING_FIELD(Spec.error()),
    /** invalid scenario name "{0}": 1 to 64 letters, digits, "_", "." or "-", and not "baseline" */
    BATCH_NAME(Spec.error()),
    /** scenario name "{0}" used twice (or already the name of a --reform file) */
    BATCH_NAME_TWICE(Spec.error().withCode("BATCH_NAME")),
    /** "scenarios" must be an array of scenarios */
    BATCH_NOT_ARRAY(Spec.error().withCode("BATCH_SHAPE")),
    /** the scenario file must be a JSON object with "scenarios" */
    BATCH_NOT_OBJECT(Spec.error().withCode("BATCH_SHAPE")),
    /** "{0}" must be a text */
    BATCH_NOT_TEXT(Spec.error().withCode("BATCH_SHAPE")),
    /** reform file "{0}" not found ({1}); paths are relative to the scenario file */
    BATCH_REFORM_MISSING(Spec.error()),
    /** not valid JSON: {0} */
    BATCH_SYNTAX(Spec.error()),
    /** the scenario file is longer than {0} characters */
    BATCH_TOO_LONG(Spec.error()),
    /** more than {0} scenarios */
    BATCH_TOO_MANY(Spec.error()),
    /** unknown field "{0}" (known: {1}) */
    BATCH_UNKNOWN_FIELD(Spec.error()),
    /** unknown field "{0}" (did you mean {1}?) */
    BATCH_UNKNOWN_FIELD_NEAR(Spec.error().withCode("BATCH_UNKNOWN_FIELD")),
    /** unknown basis: {0} (cash, accrual, contract-year) */
    BASIS_UNKNOWN(Spec.error()),
    /** invalid settings: --draws 100 to 10,000,000, --tolerance in (0, 1], --particles 10 to 100,000 */
    CALIBRATION_SETTINGS(Spec.error()),
    /** --compare: {0} is not a list of choices of years (e.g. 2022+2023,2023) */
    COMPARE_SYNTAX(Spec.error()),
    /** quote opened and never closed */
    CSV_UNCLOSED_QUOTE(Spec.error()),
    /** --alpha and --beta must be positive */
    DISTRIBUTION_PARAMETERS(Spec.error()),
    /** --low must be &lt;= --high */
    DISTRIBUTION_PARAMETERS_RANGE(Spec.error().withCode("DISTRIBUTION_PARAMETERS")),
    /** unknown distribution: {0} (beta, uniform, fixed) */
    DISTRIBUTION_UNKNOWN(Spec.error()),
    /** --draws between 1 and 10,000,000 */
    DRAWS_RANGE(Spec.error()),
    /** --by-cpts-draws must be at least 1 */
    DRAWS_RANGE_BY_CPTS(Spec.error().withCode("DRAWS_RANGE")),
    /** the file is not UTF-8 */
    FILE_ENCODING(Spec.error()),
    /** cannot read the file: {0} */
    FILE_UNREADABLE(Spec.error()),
    /** the fit in use was made from other inputs ({0} changed) and --refit never: run cpts calibrate with the same options, then --params FILE (or --priors), or use --refit always */
    FIT_STALE_NEVER(Spec.error()),
    /** the fit in use was made from other inputs ({0} changed) and refitting would take about {1} s: run cpts calibrate with the same options, then --params FILE (or --priors), or use --refit always */
    FIT_STALE_TOO_SLOW(Spec.error()),
    /** --fit-years: {0} is not a list of years (e.g. 2023 or 2022,2023) */
    FIT_YEARS_SYNTAX(Spec.error()),
    /** --max-line-length and --sort-memory must be at least 1 */
    MEMBERS_LIMITS(Spec.error()),
    /** give the communes: --commune CODE… or --territory FILE */
    MEMBERS_NO_TERRITORY(Spec.error()),
    /** out of memory (Java heap {0} MB): lines up to {1} characters (--max-line-length), sort of {2} characters (--sort-memory); lower them or give Java more memory (JDK_JAVA_OPTIONS=-Xmx…) */
    MEMBERS_OUT_OF_MEMORY(Spec.error()),
    /** cannot write {0}: {1} */
    OUTPUT_NOT_WRITABLE(Spec.error()),
    /** not enough memory ({0} MB of Java heap): lower {1}, or give Java more memory (CPTS_JAVA_OPTS=-Xmx…) */
    OUT_OF_MEMORY(Spec.error()),
    /** not enough memory ({0} MB of Java heap) for this input: give Java more memory (CPTS_JAVA_OPTS=-Xmx…) */
    OUT_OF_MEMORY_INPUT(Spec.error().withCode("OUT_OF_MEMORY")),
    /** cannot read */
    PARAMS_IO(Spec.error()),
    /** unknown pathway: {0} (cpts pathway list) */
    PATHWAY_UNKNOWN(Spec.error()),
    /** --population-tolerance from 0 to 10 */
    POPULATION_TOLERANCE(Spec.error()),
    /** {0} columns expected, found {1} */
    PORTFOLIO_COLUMNS(Spec.error()),
    /** empty portfolio */
    PORTFOLIO_EMPTY(Spec.error()),
    /** column {0}: "{1}" expected, found "{2}" */
    PORTFOLIO_HEADER(Spec.error()),
    /** duplicate id: {0} */
    PORTFOLIO_ID(Spec.error()),
    /** empty id */
    PORTFOLIO_ID_EMPTY(Spec.error().withCode("PORTFOLIO_ID")),
    /** no commune: a CPTS's territory is made of communes */
    PORTFOLIO_NO_COMMUNE(Spec.error()),
    /** invalid population "{0}" (an integer of at least 1 is expected) */
    PORTFOLIO_POPULATION(Spec.error()),
    /** declared population {0}, INSEE population of the communes {1} (beyond {2} % apart) */
    PORTFOLIO_POPULATION_MISMATCH(Spec.warning()),
    /** unknown INSEE region code "{0}" */
    PORTFOLIO_REGION(Spec.error()),
    /** invalid date "{0}" (YYYY-MM-DD expected) */
    PORTFOLIO_SIGNATURE(Spec.error()),
    /** signature on {0} outside the ACI's period (from {1}) */
    PORTFOLIO_SIGNATURE_RANGE(Spec.error()),
    /** --refit: unknown value {0} (auto, always, never) */
    REFIT_UNKNOWN(Spec.error()),
    /** {0} columns expected, found {1} */
    SCENARIOS_COLUMNS(Spec.error()),
    /** an integer contract year is expected: "{0}" */
    SCENARIOS_CONTRACT_YEAR(Spec.error()),
    /** a YYYY-MM-DD date is expected: "{0}" */
    SCENARIOS_DATE(Spec.error()),
    /** invalid date in "{1}": "{0}" */
    SCENARIOS_DATE_IN_MISSION(Spec.error().withCode("SCENARIOS_DATE")),
    /** expected header: {0} */
    SCENARIOS_HEADER(Spec.error()),
    /** unreadable mission "{1}" (key&#64;YYYY-MM-DD=rate; keys: acces, parcours, prevention, crises, qualite, accompagnement): "{0}" */
    SCENARIOS_MISSION(Spec.error()),
    /** an integer population is expected: "{0}" */
    SCENARIOS_POPULATION(Spec.error()),
    /** no CPTS "{0}" in {1} */
    SCENARIO_UNKNOWN_ID(Spec.error()),
    /** --analyse: unknown value {0} (prior, posterior, both) */
    SENSITIVITY_ANALYSE_UNKNOWN(Spec.error()),
    /** invalid settings: --year 2019 to 2100, --tornado-draws 1 to 100,000, --sobol-rows 0 to 100,000 */
    SENSITIVITY_SETTINGS(Spec.error()),
    /** --set expects PARAM=VALUE: {0} */
    SET_SYNTAX(Spec.error()),
    /** --set: unknown parameter {0} */
    SET_UNKNOWN_PARAMETER(Spec.error()),
    /** --set: unknown parameter {0} (did you mean {1}?) */
    SET_UNKNOWN_PARAMETER_NEAR(Spec.error().withCode("SET_UNKNOWN_PARAMETER")),
    /** LINES and --bad-every are 0 or more, --columns is 52 or 56 */
    SYNTHETIC_ARGUMENTS(Spec.error()),
    /** no ACI text in force on {0} */
    TARIFF_NOT_IN_FORCE(Spec.error()),
    /** give INSEE codes, --file or --portfolio */
    TERRITORY_NOTHING(Spec.error()),
    /** --years expects FIRST-LAST, e.g. 2020-2027: {0} */
    YEARS_SYNTAX(Spec.error());

    private final Spec spec;

    CliProblem(Spec spec) {
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
