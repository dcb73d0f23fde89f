package io.github.cptskit.cli;

import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.ProblemCode;
import io.github.cptskit.core.problem.Severity;
import io.vavr.control.Option;
import java.util.function.Supplier;

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
    /** unknown basis: {0} (cash, accrual, contract-year) */
    BASIS_UNKNOWN(Severity.ERROR),
    /** invalid settings: --draws 100 to 10,000,000, --tolerance in (0, 1], --particles 10 to 100,000 */
    CALIBRATION_SETTINGS(Severity.ERROR),
    /** quote opened and never closed */
    CSV_UNCLOSED_QUOTE(Severity.ERROR),
    /** invalid date "{0}" (expected: YYYY-MM-DD) */
    DATE_INVALID(Severity.ERROR),
    /** --alpha and --beta must be positive */
    DISTRIBUTION_PARAMETERS(Severity.ERROR),
    /** --low must be &lt;= --high */
    DISTRIBUTION_PARAMETERS_RANGE("DISTRIBUTION_PARAMETERS", Severity.ERROR),
    /** unknown distribution: {0} (beta, uniform, fixed) */
    DISTRIBUTION_UNKNOWN(Severity.ERROR),
    /** --draws between 1 and 10,000,000 */
    DRAWS_RANGE(Severity.ERROR),
    /** --by-cpts-draws must be at least 1 */
    DRAWS_RANGE_BY_CPTS("DRAWS_RANGE", Severity.ERROR),
    /** the file is not UTF-8 */
    FILE_ENCODING(Severity.ERROR),
    /** cannot read the file: {0} */
    FILE_UNREADABLE(Severity.ERROR),
    /** missing field: {0} */
    JSON_MISSING_FIELD(Severity.ERROR),
    /** malformed JSON: {0} */
    JSON_SYNTAX_MALFORMED("JSON_SYNTAX", Severity.ERROR),
    /** content after the end of the document */
    JSON_SYNTAX_TRAILING("JSON_SYNTAX", Severity.ERROR),
    /** unknown legal form "{0}" (expected: {1}) */
    LEGAL_FORM_UNKNOWN(Severity.ERROR),
    /** left before joining "{0}" (expected: a day after {1}) */
    MEMBER_LEFT_BEFORE_JOINING(Severity.ERROR),
    /** unknown member type "{0}" (expected: {1}) */
    MEMBER_TYPE(Severity.ERROR),
    /** unknown exercise mode "{0}" (expected: {1}) */
    MODE_UNKNOWN(Severity.ERROR),
    /** cannot write {0}: {1} */
    OUTPUT_NOT_WRITABLE(Severity.ERROR),
    /** cannot read */
    PARAMS_IO(Severity.ERROR),
    /** unknown pathway: {0} (cpts pathway list) */
    PATHWAY_UNKNOWN(Severity.ERROR),
    /** --population-tolerance from 0 to 10 */
    POPULATION_TOLERANCE(Severity.ERROR),
    /** {0} columns expected, found {1} */
    PORTFOLIO_COLUMNS(Severity.ERROR),
    /** empty portfolio */
    PORTFOLIO_EMPTY(Severity.ERROR),
    /** column {0}: "{1}" expected, found "{2}" */
    PORTFOLIO_HEADER(Severity.ERROR),
    /** duplicate id: {0} */
    PORTFOLIO_ID(Severity.ERROR),
    /** empty id */
    PORTFOLIO_ID_EMPTY("PORTFOLIO_ID", Severity.ERROR),
    /** no commune: a CPTS's territory is made of communes */
    PORTFOLIO_NO_COMMUNE(Severity.ERROR),
    /** invalid population "{0}" (an integer of at least 1 is expected) */
    PORTFOLIO_POPULATION(Severity.ERROR),
    /** declared population {0}, INSEE population of the communes {1} (beyond {2} % apart) */
    PORTFOLIO_POPULATION_MISMATCH(Severity.WARNING),
    /** unknown INSEE region code "{0}" */
    PORTFOLIO_REGION(Severity.ERROR),
    /** invalid date "{0}" (YYYY-MM-DD expected) */
    PORTFOLIO_SIGNATURE(Severity.ERROR),
    /** signature on {0} outside the ACI's period (from {1}) */
    PORTFOLIO_SIGNATURE_RANGE(Severity.ERROR),
    /** unknown role "{0}" (expected: {1}) */
    ROLE_UNKNOWN(Severity.ERROR),
    /** {0} columns expected, found {1} */
    SCENARIOS_COLUMNS(Severity.ERROR),
    /** an integer contract year is expected: "{0}" */
    SCENARIOS_CONTRACT_YEAR(Severity.ERROR),
    /** a YYYY-MM-DD date is expected: "{0}" */
    SCENARIOS_DATE(Severity.ERROR),
    /** invalid date in "{1}": "{0}" */
    SCENARIOS_DATE_IN_MISSION("SCENARIOS_DATE", Severity.ERROR),
    /** expected header: {0} */
    SCENARIOS_HEADER(Severity.ERROR),
    /** unreadable mission "{1}" (key&#64;YYYY-MM-DD=rate; keys: acces, parcours, prevention, crises, qualite, accompagnement): "{0}" */
    SCENARIOS_MISSION(Severity.ERROR),
    /** an integer population is expected: "{0}" */
    SCENARIOS_POPULATION(Severity.ERROR),
    /** no CPTS "{0}" in {1} */
    SCENARIO_UNKNOWN_ID(Severity.ERROR),
    /** unknown seat commune "{0}" (expected: a current INSEE code) */
    SEAT_UNKNOWN_COMMUNE(Severity.ERROR),
    /** invalid settings: --year 2019 to 2100, --tornado-draws 1 to 100,000, --sobol-rows 0 to 100,000 */
    SENSITIVITY_SETTINGS(Severity.ERROR),
    /** --set expects PARAM=VALUE: {0} */
    SET_SYNTAX(Severity.ERROR),
    /** --set: unknown parameter {0} */
    SET_UNKNOWN_PARAMETER(Severity.ERROR),
    /** --set: unknown parameter {0} (did you mean {1}?) */
    SET_UNKNOWN_PARAMETER_NEAR("SET_UNKNOWN_PARAMETER", Severity.ERROR),
    /** invalid TRE_R38 specialty code "{0}" (expected: e.g. SM54) */
    SPECIALTY_UNKNOWN(Severity.ERROR),
    /** unknown structure kind "{0}" (expected: {1}) */
    STRUCTURE_KIND_UNKNOWN(Severity.ERROR),
    /** no ACI text in force on {0} */
    TARIFF_NOT_IN_FORCE(Severity.ERROR),
    /** give INSEE codes, --file or --portfolio */
    TERRITORY_NOTHING(Severity.ERROR),
    /** --years expects FIRST-LAST, e.g. 2020-2027: {0} */
    YEARS_SYNTAX(Severity.ERROR);

    /** The base name of the bundles holding the messages. */
    public static final String BUNDLE = "io.github.cptskit.cli.messages";

    private final String code;
    private final Severity severity;
    private final Supplier<LegalReference> reference;

    CliProblem(Severity severity) {
        this(null, severity, null);
    }

    CliProblem(String code, Severity severity) {
        this(code, severity, null);
    }

    CliProblem(Severity severity, Supplier<LegalReference> reference) {
        this(null, severity, reference);
    }

    CliProblem(String code, Severity severity, Supplier<LegalReference> reference) {
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
