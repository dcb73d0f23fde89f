package io.github.cptskit.fhir.problem;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.ProblemCode;
import io.github.cptskit.fhir.internal.References;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The catalogue of cpts-fhir's problems: every problem this module reports, with its stable code, severity and fixed
 * legal reference; the French and English messages are in {@code io/github/cptskit/fhir/problem/messages_fr.properties}
 * and {@code messages_en.properties} under the constant's name. docs/problems.md lists them all. The Annuaire Santé's
 * extraction format (ANS, PS_LibreAcces_Personne_activite) is the reference of the import's problems.
 *
 * <pre>{@code
 * Problem p = Problem.of(FhirProblem.FHIR_SEAT_UNKNOWN, "99999");
 * p.code(); // "FHIR_SEAT_UNKNOWN"
 * }</pre>
 */
public enum FhirProblem implements ProblemCode {
    /** {0} fields instead of the header's {1} */
    ANNUAIRE_COLUMNS(Spec.error().withReference(() -> References.PS_LIBRE_ACCES)),
    /** empty file: the header line is expected */
    ANNUAIRE_EMPTY(Spec.error().withReference(() -> References.PS_LIBRE_ACCES)),
    /** the line is not UTF-8 */
    ANNUAIRE_ENCODING(Spec.error().withReference(() -> References.PS_LIBRE_ACCES)),
    /** unreadable FHIR resource: {0} */
    ANNUAIRE_FHIR_RESOURCE(Spec.error()),
    /** invalid JSON: {0} */
    ANNUAIRE_FHIR_SYNTAX(Spec.error()),
    /** empty field: "{0}" */
    ANNUAIRE_FIELD_MISSING(Spec.error().withReference(() -> References.PS_LIBRE_ACCES)),
    /** practitioner {0} was already read at line {1}: this one is not imported */
    ANNUAIRE_FHIR_DUPLICATE_ID(Spec.error()),
    /** role {0} refers to {1}, which is no practitioner imported from this input */
    ANNUAIRE_FHIR_ROLE_ORPHAN(Spec.error()),
    /** column missing from the header: "{0}" (a {1} file?) */
    ANNUAIRE_HEADER(Spec.error().withReference(() -> References.PS_LIBRE_ACCES)),
    /** national identification {0} is not the type + identifier "{1}" */
    ANNUAIRE_ID_MISMATCH(Spec.error().withReference(() -> References.PS_LIBRE_ACCES)),
    /** line of {0} characters, longer than the cap of {1}: not read */
    ANNUAIRE_LINE_TOO_LONG(Spec.error().withReference(() -> References.PS_LIBRE_ACCES)),
    /** TRE_R23 exercise mode "{0}": only L (libéral) and S (salarié) are taken */
    ANNUAIRE_MODE_UNSUPPORTED(Spec.error().withReference(() -> References.PS_LIBRE_ACCES)),
    /** professional {0} has a second profession ({1}): the first one ({2}) is kept */
    ANNUAIRE_SECOND_PROFESSION(Spec.warning().withReference(() -> References.PS_LIBRE_ACCES)),
    /** invalid ordinal specialty (TRE_R38): "{0}" */
    ANNUAIRE_SPECIALTY_INVALID(Spec.error().withReference(() -> References.PS_LIBRE_ACCES)),
    /** unknown code in {0}: "{1}" */
    FHIR_CODE_UNKNOWN(Spec.error()),
    /** date {0} is not a day (year-month-day expected) */
    FHIR_DATE_NOT_A_DAY(Spec.error()),
    /** no FINESS, SIREN, SIRET or RNA identifier */
    FHIR_IDENTIFIER_MISSING_ORGANIZATION(Spec.error().withCode("FHIR_IDENTIFIER_MISSING")),
    /** no national professional identifier ({0}) */
    FHIR_IDENTIFIER_MISSING_PRACTITIONER(Spec.error().withCode("FHIR_IDENTIFIER_MISSING")),
    /** no structure kind ({0}) */
    FHIR_KIND_MISSING(Spec.error()),
    /** pathway {0} does not follow a patient: no EpisodeOfCare */
    FHIR_NOT_AN_EPISODE(Spec.error()),
    /** state {0} of pathway {1} has no request status */
    FHIR_NOT_A_REQUEST(Spec.error()),
    /** no profession (TRE_G15, TRE_R95 or TRE_R94) among the qualifications */
    FHIR_PROFESSION_MISSING(Spec.error()),
    /** unknown commune of the seat: {0} */
    FHIR_SEAT_UNKNOWN(Spec.error()),
    /** state {0} of pathway {1} has no FHIR status */
    FHIR_STATE_UNMAPPED(Spec.error());

    private final Spec spec;

    FhirProblem(Spec spec) {
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
