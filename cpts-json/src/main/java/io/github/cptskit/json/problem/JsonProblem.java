package io.github.cptskit.json.problem;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.ProblemCode;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The catalogue of cpts-json's problems: every problem the CPTS JSON document reader ({@code CptsDocument.read}) reports,
 * with its stable code, severity and fixed legal reference; the French and English messages are in
 * {@code io/github/cptskit/json/problem/messages_fr.properties} and {@code messages_en.properties} under the constant's
 * name. docs/problems.md lists them all.
 *
 * <pre>{@code
 * Problem p = Problem.of(JsonProblem.JSON_MISSING_FIELD, "communes");
 * p.code(); // "JSON_MISSING_FIELD"
 * }</pre>
 */
public enum JsonProblem implements ProblemCode {
    /** invalid date "{0}" (expected: YYYY-MM-DD) */
    DATE_INVALID(Spec.error()),
    /** cannot read the file: {0} */
    FILE_UNREADABLE(Spec.error()),
    /** missing field: {0} */
    JSON_MISSING_FIELD(Spec.error()),
    /** invalid {0}: {1} */
    JSON_VALUE_INVALID(Spec.error()),
    /** amount "{0}" out of bounds (at most {1} characters, {2} decimals and {3} digits before the point) */
    JSON_MONEY_BOUNDS(Spec.error()),
    /** {0}: {1} is not an integer */
    JSON_INTEGER_EXPECTED(Spec.error()),
    /** field "{0}" given twice */
    JSON_DUPLICATE_FIELD(Spec.error()),
    /** malformed JSON: {0} */
    JSON_SYNTAX_MALFORMED(Spec.error().withCode("JSON_SYNTAX")),
    /** content after the end of the document */
    JSON_SYNTAX_TRAILING(Spec.error().withCode("JSON_SYNTAX")),
    /** unknown legal form "{0}" (expected: {1}) */
    LEGAL_FORM_UNKNOWN(Spec.error()),
    /** left before joining "{0}" (expected: a day after {1}) */
    MEMBER_LEFT_BEFORE_JOINING(Spec.error()),
    /** unknown member type "{0}" (expected: {1}) */
    MEMBER_TYPE(Spec.error()),
    /** unknown exercise mode "{0}" (expected: {1}) */
    MODE_UNKNOWN(Spec.error()),
    /** unknown profession nomenclature "{0}" (expected: TRE_G15, TRE_R95 or TRE_R94) */
    NOMENCLATURE_UNKNOWN(Spec.error()),
    /** unknown role "{0}" (expected: {1}) */
    ROLE_UNKNOWN(Spec.error()),
    /** unknown seat commune "{0}" (expected: a current INSEE code) */
    SEAT_UNKNOWN_COMMUNE(Spec.error()),
    /** invalid TRE_R38 specialty code "{0}" (expected: e.g. SM54) */
    SPECIALTY_UNKNOWN(Spec.error()),
    /** unknown structure kind "{0}" (expected: {1}) */
    STRUCTURE_KIND_UNKNOWN(Spec.error());

    /** The base name of the bundles holding the messages. */
    public static final String BUNDLE = "io.github.cptskit.json.problem.messages";

    private final Spec spec;

    JsonProblem(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }

    /** {@inheritDoc} Read from this module, the only one that sees its bundles on the module path. */
    @Override
    public ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Catalogue.language(locale));
    }
}
