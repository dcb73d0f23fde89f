package io.github.cptskit.core.legalform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.Severity;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalFormTest {

    private static final Associate GP = Associate.professional(Profession.MEDECIN);
    private static final Associate NURSE = Associate.professional(Profession.INFIRMIER);

    @Test
    void sisaNeedsTwoMedecinsAndOneAuxiliaireMedicalWithConcreteFacts() {
        var problems = LegalForm.SISA.checkConstitution(List.of(GP, NURSE));
        assertThat(problems.map(Problem::code)).containsExactly("SISA_MEDECINS");
        assertThat(problems.head().messageEn())
                .isEqualTo("2 médecins required among the associates of a SISA, found 1");
        assertThat(problems.head().reference().get().article()).isEqualTo("art. L.4041-4 I");
        assertThat(LegalForm.SISA.checkConstitution(List.of(GP, GP, NURSE))).isEmpty();
        assertThat(LegalForm.SISA
                        .checkConstitution(List.of(GP, GP, NURSE, Associate.legalPerson()))
                        .map(Problem::code))
                .containsExactly("SISA_ASSOCIATE");
        assertThat(LegalForm.SISA.checkConstitution(List.of(GP, GP)).map(Problem::code))
                .containsExactly("SISA_AUXILIAIRE");
    }

    @Test
    void sisaRuleHoldsForAnyTeam() {
        qt().forAll(
                        integers().between(0, 5),
                        integers().between(0, 5),
                        integers().between(0, 5))
                .check((m, a, p) -> {
                    List<Associate> team = List.fill(m, GP)
                            .appendAll(List.fill(a, NURSE))
                            .appendAll(List.fill(p, Associate.professional(Profession.PHARMACIEN)));
                    return LegalForm.SISA.checkConstitution(team).isEmpty() == (m >= 2 && a >= 1);
                });
    }

    @Test
    void scicCategoriesAndPublicCapitalCap() {
        Associate beneficiary = Associate.person().inCategory(ScicCategory.BENEFICIAIRES);
        Associate employee = Associate.person().inCategory(ScicCategory.SALARIES);
        Associate town = Associate.legalPerson().asPublicBody().inCategory(ScicCategory.COLLECTIVITES_PUBLIQUES);
        assertThat(LegalForm.SCIC.checkConstitution(List.of(beneficiary, employee, town.withCapitalShare(500_000))))
                .isEmpty();
        assertThat(LegalForm.SCIC
                        .checkConstitution(List.of(beneficiary, employee, town.withCapitalShare(500_001)))
                        .map(Problem::code))
                .containsExactly("SCIC_PUBLIC_CAPITAL");
        assertThat(LegalForm.SCIC.checkConstitution(List.of(employee, town)).map(Problem::code))
                .containsExactly("SCIC_CATEGORIES", "SCIC_BENEFICIAIRES");
    }

    @Test
    void associationAndGieNeedTwoMembersAndGieMembersAreJointlyLiable() {
        assertThat(LegalForm.ASSOCIATION_1901.checkConstitution(List.of(GP)).map(Problem::code))
                .containsExactly("ASSOCIATION_MEMBERS");
        assertThat(LegalForm.GIE.checkConstitution(List.of(GP, NURSE))).isEmpty();
        assertThat(LegalForm.GIE.jointLiability()).isTrue();
        assertThat(LegalForm.ASSOCIATION_ALSACE_MOSELLE.isAssociation()).isTrue();
    }

    @Test
    void aCptsFormIsJudgedByTheLawOfTheDay() {
        CptsLegalForms rule = CptsLegalForms.bundled();
        assertThat(rule.check(LegalForm.SISA, LocalDate.of(2021, 5, 13))).isEmpty();
        assertThat(rule.check(LegalForm.SISA, LocalDate.of(2021, 5, 14)).get().severity())
                .isEqualTo(Severity.WARNING);
        assertThat(rule.check(LegalForm.GIE, LocalDate.of(2022, 5, 13)).get().code())
                .isEqualTo("CPTS_LEGAL_FORM_TRANSITION");
        assertThat(rule.check(LegalForm.SCIC, LocalDate.of(2022, 5, 14)).get().code())
                .isEqualTo("CPTS_LEGAL_FORM");
        assertThat(rule.check(LegalForm.ASSOCIATION_ALSACE_MOSELLE, LocalDate.of(2025, 1, 1)))
                .isEmpty();
    }

    @Test
    void professionsAndGeneralPractice() {
        assertThat(Profession.ofCode("60").get()).isEqualTo(Profession.INFIRMIER);
        assertThat(Profession.ofCode("99").getError().code()).isEqualTo("PROFESSION_UNKNOWN");
        assertThat(Profession.AIDE_SOIGNANT.deprecatedOn().get()).isEqualTo(LocalDate.of(2024, 12, 13));
        assertThat(List.of("SM26", "SM53", "SM54").map(Specialty::of).forAll(Specialty::isGeneralPractice))
                .isTrue();
        assertThat(Specialty.CARDIOLOGIE.isGeneralPractice()).isFalse();
        assertThat(Profession.MASSEUR_KINESITHERAPEUTE.isAuxiliaireMedical()).isTrue();
        assertThat(Profession.PSYCHOLOGUE.isAuxiliaireMedical()).isFalse();
    }
}
