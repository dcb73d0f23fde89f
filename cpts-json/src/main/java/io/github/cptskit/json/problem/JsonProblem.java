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
    /** "{0}": true or false expected */
    BOOLEAN_EXPECTED(Spec.error()),
    /** invalid share of the capital "{0}" (expected: a whole number of millionths, 0 to 1000000) */
    CAPITAL_SHARE_INVALID(Spec.error()),
    /** invalid date "{0}" (expected: YYYY-MM-DD) */
    DATE_INVALID(Spec.error()),
    /** cannot read the file: {0} */
    FILE_UNREADABLE(Spec.error()),
    /** "{0}": an array expected */
    JSON_ARRAY_EXPECTED(Spec.error()),
    /** "{0}": an object expected */
    JSON_OBJECT_EXPECTED(Spec.error()),
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
    /** note "{0}" for {1}, a step the lifecycle does not have */
    LIFECYCLE_NOTE_WITHOUT_STEP(Spec.error()),
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
    /** unknown SCIC associates' category "{0}" (expected: {1}) */
    SCIC_CATEGORY_UNKNOWN(Spec.error()),
    /** unknown seat commune "{0}" (expected: a current INSEE code) */
    SEAT_UNKNOWN_COMMUNE(Spec.error()),
    /** invalid TRE_R38 specialty code "{0}" (expected: e.g. SM54) */
    SPECIALTY_UNKNOWN(Spec.error()),
    /** invalid site "{0}" (expected: FINESS, FINESS_EJ, FINESS_ET, SIRET, SIREN or RNA, a colon and the number, e.g. FINESS_ET:010000024) */
    SITE_INVALID(Spec.error()),
    /** unknown structure kind "{0}" (expected: {1}) */
    STRUCTURE_KIND_UNKNOWN(Spec.error());

    private final Spec spec;

    JsonProblem(Spec spec) {
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
