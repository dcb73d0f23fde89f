package io.github.cptskit.fhir.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.Severity;
import io.github.cptskit.fhir.annuaire.PsLibreAcces;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cpts-fhir's catalogue of problems is complete, and its messages give no command-line advice. */
class FhirProblemTest {

    @Test
    void everyEntryHasBothMessagesAndEveryMessageAnEntry() {
        assertThat(Catalogue.defects(FhirProblem.class, Set.of())).isEmpty();
    }

    @Test
    void libraryMessagesGiveNoCommandLineAdvice() {
        for (FhirProblem p : FhirProblem.values()) {
            for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                assertThat(p.template(l)).as(p.name()).doesNotContain("--");
            }
        }
    }

    @Test
    void apostrophesSurviveTheTemplatesAndTheImportCitesTheExtractionFormat() {
        Problem p = Problem.of(FhirProblem.ANNUAIRE_COLUMNS, 3, 52);
        assertThat(p.code()).isEqualTo("ANNUAIRE_COLUMNS");
        assertThat(p.message(Locale.FRENCH)).isEqualTo("3 champs au lieu des 52 de l'en-tête");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("3 fields instead of the header's 52");
        assertThat(p.reference()).containsExactly(PsLibreAcces.REFERENCE);
        Problem second = Problem.of(FhirProblem.ANNUAIRE_SECOND_PROFESSION, "810100000000", "60", "10");
        assertThat(second.severity()).isEqualTo(Severity.WARNING);
        assertThat(second.message(Locale.FRENCH))
                .isEqualTo("le professionnel 810100000000 a une seconde profession (60) : la première (10) est gardée");
    }

    @Test
    void twoWaysOfMissingAnIdentifierShareOneCode() {
        assertThat(FhirProblem.FHIR_IDENTIFIER_MISSING_ORGANIZATION.code())
                .isEqualTo(FhirProblem.FHIR_IDENTIFIER_MISSING_PRACTITIONER.code())
                .isEqualTo("FHIR_IDENTIFIER_MISSING");
    }

    @Test
    void everyProblemOfTheExtractionCitesItsFormatAndTheFhirOnesCiteNothing() {
        for (FhirProblem entry : FhirProblem.values()) {
            Problem p = Problem.of(entry, "a", "b", "c");
            boolean extraction =
                    entry.name().startsWith("ANNUAIRE_") && !entry.name().startsWith("ANNUAIRE_FHIR_");
            if (extraction) {
                assertThat(p.reference()).as(entry.name()).containsExactly(PsLibreAcces.REFERENCE);
            } else {
                assertThat(p.reference()).as(entry.name()).isEmpty();
            }
        }
    }
}
