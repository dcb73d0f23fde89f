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
                .as("warned up to and including 14 May 2022")
                .isEqualTo("CPTS_LEGAL_FORM_TRANSITION");
        assertThat(rule.check(LegalForm.SCIC, LocalDate.of(2022, 5, 15)).get().code())
                .as("refused from 15 May 2022")
                .isEqualTo("CPTS_LEGAL_FORM");
        assertThat(rule.check(LegalForm.ASSOCIATION_ALSACE_MOSELLE, LocalDate.of(2025, 1, 1)))
                .isEmpty();
    }

    @Test
    void professionsAndGeneralPractice() {
        assertThat(Profession.ofCode("60").get()).isEqualTo(Profession.INFIRMIER);
        assertThat(Profession.ofCode("99").getError().head().code()).isEqualTo("PROFESSION_UNKNOWN");
        assertThat(Profession.AIDE_SOIGNANT.deprecatedOn().get()).isEqualTo(LocalDate.of(2024, 12, 13));
        assertThat(List.of("SM26", "SM53", "SM54").map(Specialty::of).forAll(Specialty::isGeneralPractice))
                .isTrue();
        assertThat(Specialty.CARDIOLOGIE.isGeneralPractice()).isFalse();
        assertThat(Profession.MASSEUR_KINESITHERAPEUTE.isAuxiliaireMedical()).isTrue();
        assertThat(Profession.PSYCHOLOGUE.isAuxiliaireMedical()).isFalse();
    }

    @Test
    void eachFormNamesItselfAndTheTextThatGovernsIt() {
        assertThat(LegalForm.ASSOCIATION_1901).hasToString("association loi 1901");
        assertThat(LegalForm.ASSOCIATION_ALSACE_MOSELLE).hasToString("association (droit local Alsace-Moselle)");
        assertThat(LegalForm.SISA).hasToString("SISA");
        assertThat(LegalForm.SCIC).hasToString("SCIC");
        assertThat(LegalForm.GIE).hasToString("GIE");
        assertThat(LegalForm.ASSOCIATION_1901.reference().citation())
                .isEqualTo("Loi du 1er juillet 1901 relative au contrat d'association, art. 1");
        assertThat(LegalForm.ASSOCIATION_ALSACE_MOSELLE.reference().citation())
                .isEqualTo("Code civil local d'Alsace-Moselle, art. 21 à 79-3");
        assertThat(LegalForm.SISA.reference().citation())
                .isEqualTo("Code de la santé publique, art. L.4041-1 à L.4041-4");
        assertThat(LegalForm.SCIC.reference().citation())
                .isEqualTo("Loi n° 47-1775 du 10 septembre 1947, art. 19 quinquies à 19 sexdecies");
        assertThat(LegalForm.GIE.reference().citation()).isEqualTo("Code de commerce, art. L.251-1 et suivants");
    }

    @Test
    void constitutionProblemsCountAndCiteExactly() {
        Problem lonely =
                LegalForm.ASSOCIATION_1901.checkConstitution(List.of(GP)).single();
        assertThat(lonely.messageEn()).isEqualTo("an association brings together at least 2 persons, found 1");
        assertThat(lonely.reference()).contains(LegalForm.ASSOCIATION_1901.reference());
        assertThat(LegalForm.ASSOCIATION_1901.checkConstitution(List.of(GP, NURSE)))
                .isEmpty();
        assertThat(LegalForm.ASSOCIATION_ALSACE_MOSELLE
                        .checkConstitution(List.of(GP))
                        .single()
                        .code())
                .as("local law: 7 members to be registered")
                .isEqualTo("ASSOCIATION_LOCAL_LAW_MEMBERS");
        Problem gie = LegalForm.GIE.checkConstitution(List.of(GP)).single();
        assertThat(gie.code()).isEqualTo("GIE_MEMBERS");
        assertThat(gie.messageFr()).isEqualTo("un GIE réunit au moins 2 personnes, 1 trouvée(s)");
        assertThat(gie.reference()).contains(LegalForm.GIE.reference());
        // the SISA names each associate who may not be one, by position
        var sisa = LegalForm.SISA.checkConstitution(
                List.of(GP, Associate.legalPerson(), GP, Associate.professional(Profession.PSYCHOLOGUE), NURSE));
        assertThat(sisa.map(Problem::messageEn))
                .containsExactly(
                        "associate #2 is not a natural person practising a profession médicale (médecin,"
                                + " chirurgien-dentiste, sage-femme), an auxiliaire médical profession or pharmacie",
                        "associate #4 (Psychologue) is not a natural person practising a profession médicale"
                                + " (médecin, chirurgien-dentiste, sage-femme), an auxiliaire médical profession or"
                                + " pharmacie");
        assertThat(sisa.head().reference().get().article()).isEqualTo("art. L.4041-1");
        assertThat(LegalForm.SISA.checkConstitution(List.of(GP, GP, Associate.professional(Profession.PHARMACIEN))))
                .extracting(Problem::code)
                .containsExactly("SISA_AUXILIAIRE");
        Associate beneficiary = Associate.person().inCategory(ScicCategory.BENEFICIAIRES);
        Associate producer = Associate.person().inCategory(ScicCategory.PRODUCTEURS);
        Associate town = Associate.legalPerson().asPublicBody().inCategory(ScicCategory.COLLECTIVITES_PUBLIQUES);
        assertThat(LegalForm.SCIC.checkConstitution(List.of(beneficiary, producer, town.withCapitalShare(250_000))))
                .as("producers stand in for employees")
                .isEmpty();
        Problem capital = LegalForm.SCIC
                .checkConstitution(List.of(beneficiary, producer, town.withCapitalShare(625_000)))
                .single();
        assertThat(capital.messageEn()).isEqualTo("public bodies hold 62.5 % of the capital, more than 50 %");
        assertThat(capital.messageFr())
                .isEqualTo("les collectivités publiques détiennent 62.5 % du capital, plus que 50 %");
        assertThat(LegalForm.SCIC
                        .checkConstitution(List.of(beneficiary, town, beneficiary))
                        .map(Problem::code))
                .containsExactly("SCIC_CATEGORIES", "SCIC_SALARIES");
        assertThat(LegalForm.SCIC
                        .checkConstitution(List.of(beneficiary, town))
                        .head()
                        .messageEn())
                .isEqualTo("3 categories of associates required in a SCIC, found 2");
    }

    @Test
    void capitalSharesLieBetweenNothingAndAll() {
        assertThat(Associate.person().withCapitalShare(1_000_000).capitalPartsPerMillion())
                .isEqualTo(1_000_000);
        assertThat(Associate.person().withCapitalShare(0).capitalPartsPerMillion())
                .isZero();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Associate.person().withCapitalShare(1_000_001));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Associate.person().withCapitalShare(-1));
    }

    @Test
    void anUnconfirmedEndOfTransitionIsSaidInTheError() {
        io.github.cptskit.core.law.LegalReference text =
                io.github.cptskit.core.law.LegalReference.of("Ordonnance n° 2021-584", "art. 4");
        CptsLegalForms.Regime only = CptsLegalForms.Regime.ASSOCIATION_ONLY;
        LocalDate day = LocalDate.of(2023, 1, 1);
        CptsLegalForms unconfirmed = CptsLegalForms.of(io.github.cptskit.core.law.EffectiveDated.of(
                LocalDate.of(2022, 5, 14),
                io.github.cptskit.core.law.Sourced.of(only, text, io.github.cptskit.core.law.Confidence.UNCONFIRMED)));
        CptsLegalForms confirmed = CptsLegalForms.of(io.github.cptskit.core.law.EffectiveDated.of(
                LocalDate.of(2022, 5, 14),
                io.github.cptskit.core.law.Sourced.of(only, text, io.github.cptskit.core.law.Confidence.CONFIRMED)));
        assertThat(unconfirmed.check(LegalForm.GIE, day).get().messageEn())
                .isEqualTo("a CPTS is an association (loi 1901 or Alsace-Moselle local law), not a GIE"
                        + " (end of transition unconfirmed)");
        assertThat(unconfirmed.check(LegalForm.GIE, day).get().messageFr())
                .endsWith("pas une GIE (date de fin de transition non confirmée)");
        assertThat(confirmed.check(LegalForm.GIE, day).get().messageEn())
                .isEqualTo("a CPTS is an association (loi 1901 or Alsace-Moselle local law), not a GIE");
        assertThat(confirmed.check(LegalForm.GIE, day).get().messageFr()).endsWith("pas une GIE");
        assertThat(confirmed.check(LegalForm.GIE, day).get().reference()).contains(text);
        assertThat(confirmed.regimeOn(day).get().value()).isEqualTo(only);
        assertThat(confirmed.regimeOn(LocalDate.of(2022, 5, 13))).isEmpty();
        assertThat(CptsLegalForms.bundled()
                        .regimeOn(LocalDate.of(2021, 6, 1))
                        .get()
                        .value())
                .isEqualTo(CptsLegalForms.Regime.ASSOCIATION_TRANSITION);
    }

    @Test
    void professionsCarryTheirNomenclatureCodeAndLabel() {
        assertThat(Profession.INFIRMIER.code()).isEqualTo("60");
        assertThat(Profession.INFIRMIER.label()).isEqualTo("Infirmier");
        assertThat(Profession.INFIRMIER.nomenclature()).isEqualTo(Profession.Nomenclature.TRE_G15);
        assertThat(Profession.Nomenclature.TRE_G15.system())
                .contains("https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante");
        assertThat(Profession.OSTEOPATHE.nomenclature().system())
                .as("no FHIR system published")
                .isEmpty();
        assertThat(Specialty.of(" sm54 ")).hasToString("SM54");
        assertThat(io.github.cptskit.core.law.Confidence.UNCONFIRMED.needsWarning())
                .isTrue();
        assertThat(io.github.cptskit.core.law.Confidence.ESTIMATE.needsWarning())
                .isTrue();
        assertThat(io.github.cptskit.core.law.Confidence.CONFIRMED.needsWarning())
                .isFalse();
        assertThat(io.github.cptskit.core.law.Confidence.USER_SUPPLIED.needsWarning())
                .isFalse();
        var mine = io.github.cptskit.core.law.Sourced.userSupplied(7, "contrat CPTS art. 3");
        assertThat(mine.confidence()).isEqualTo(io.github.cptskit.core.law.Confidence.USER_SUPPLIED);
        assertThat(mine.reference().citation()).isEqualTo("user-supplied value, contrat CPTS art. 3");
        assertThat(mine.value()).isEqualTo(7);
    }
}
