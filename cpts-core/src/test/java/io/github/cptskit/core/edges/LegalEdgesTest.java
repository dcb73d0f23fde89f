package io.github.cptskit.core.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.identifier.Adeli;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.InseeCode;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.CptsLegalForms;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.SizeBandScale;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Both sides of every boundary of issue #16, section 2, that cpts-core owns. */
class LegalEdgesTest {

    private static final Associate GP = Associate.professional(Profession.MEDECIN);
    private static final Associate NURSE = Associate.professional(Profession.INFIRMIER);

    private static Seq<String> sisaCodes(Associate... associates) {
        return LegalForm.SISA.checkConstitution(List.of(associates)).map(Problem::code);
    }

    @Test
    void sisaAdmitsEveryProfessionMedicaleAndPharmaciens() {
        assertThat(sisaCodes(GP, GP, NURSE, Associate.professional(Profession.SAGE_FEMME)))
                .isEmpty();
        assertThat(sisaCodes(GP, GP, NURSE, Associate.professional(Profession.CHIRURGIEN_DENTISTE)))
                .isEmpty();
        assertThat(sisaCodes(GP, GP, NURSE, Associate.professional(Profession.PHARMACIEN)))
                .isEmpty();
        assertThat(sisaCodes(GP, GP, NURSE, Associate.professional(Profession.PSYCHOLOGUE)))
                .containsExactly("SISA_ASSOCIATE");
    }

    @Test
    void sisaCountsOnlyMedecinsAsMedecins() {
        Associate sf = Associate.professional(Profession.SAGE_FEMME);
        assertThat(sisaCodes(GP, sf, NURSE)).containsExactly("SISA_MEDECINS");
    }

    @Test
    void onlyTitlesOneToSevenAreAuxiliairesMedicaux() {
        for (Profession p : List.of(
                Profession.AIDE_SOIGNANT,
                Profession.AUXILIAIRE_DE_PUERICULTURE,
                Profession.AMBULANCIER,
                Profession.ASSISTANT_DENTAIRE)) {
            assertThat(p.isAuxiliaireMedical()).as(p.name()).isFalse();
            assertThat(sisaCodes(GP, GP, Associate.professional(p)))
                    .as(p.name())
                    .containsExactly("SISA_ASSOCIATE", "SISA_AUXILIAIRE");
        }
        for (Profession p : List.of(
                Profession.INFIRMIER,
                Profession.MASSEUR_KINESITHERAPEUTE,
                Profession.PEDICURE_PODOLOGUE,
                Profession.ERGOTHERAPEUTE,
                Profession.PSYCHOMOTRICIEN,
                Profession.ORTHOPHONISTE,
                Profession.ORTHOPTISTE,
                Profession.MANIPULATEUR_ERM,
                Profession.TECHNICIEN_LABORATOIRE,
                Profession.AUDIOPROTHESISTE,
                Profession.OPTICIEN_LUNETIER,
                Profession.ORTHOPROTHESISTE,
                Profession.DIETETICIEN)) {
            assertThat(p.isAuxiliaireMedical()).as(p.name()).isTrue();
            assertThat(sisaCodes(GP, GP, Associate.professional(p)))
                    .as(p.name())
                    .isEmpty();
        }
        assertThat(Profession.SAGE_FEMME.isProfessionMedicale()).isTrue();
        assertThat(Profession.PHARMACIEN.isProfessionMedicale()).isFalse();
    }

    @Test
    void transitionWarnsUpToFourteenMayAndRefusesFromFifteenth() {
        CptsLegalForms rule = CptsLegalForms.bundled();
        assertThat(CptsLegalForms.LAST_TRANSITION_DAY).isEqualTo(LocalDate.of(2022, 5, 14));
        assertThat(rule.check(LegalForm.SISA, LocalDate.of(2022, 5, 14)).get().isError())
                .isFalse();
        assertThat(rule.check(LegalForm.SISA, LocalDate.of(2022, 5, 15)).get().isError())
                .isTrue();
    }

    @Test
    void localLawNeedsSevenMembersAndASeatInTheThreeDepartements() {
        LegalForm.Association local = LegalForm.ASSOCIATION_ALSACE_MOSELLE;
        assertThat(local.checkConstitution(List.fill(6, GP)).single().code())
                .isEqualTo("ASSOCIATION_LOCAL_LAW_MEMBERS");
        assertThat(local.checkConstitution(List.fill(7, GP))).isEmpty();
        assertThat(LegalForm.Association.LOCAL_LAW_MINIMUM_MEMBERS.value()).isEqualTo(7);
        assertThat(LegalForm.Association.LOCAL_LAW_MINIMUM_MEMBERS.reference().article())
                .isEqualTo("art. 56");
        for (String d : List.of("57", "67", "68")) {
            assertThat(local.allowsSeatIn(d)).as(d).isTrue();
        }
        for (String d : List.of("54", "88", "75", "2A")) {
            assertThat(local.allowsSeatIn(d)).as(d).isFalse();
            assertThat(LegalForm.ASSOCIATION_1901.allowsSeatIn(d)).isTrue();
        }
    }

    @Test
    void objectionOnTheLastDayOfTheTwoMonthsIsInTime() {
        Lifecycle l = Lifecycle.start(LocalDate.of(2024, 1, 10))
                .submitProjet(LocalDate.of(2024, 3, 1))
                .get();
        assertThat(l.objectionDeadline().get()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(l.arsObjects(LocalDate.of(2024, 5, 1), "PRS").isValid()).isTrue();
        Problem late = l.arsObjects(LocalDate.of(2024, 5, 2), "PRS").getError().head();
        assertThat(late.code()).isEqualTo("LIFECYCLE_OBJECTION_LATE");
        assertThat(late.messageEn()).contains("ended on 2024-05-01").contains("since 2024-05-02");
        assertThat(Lifecycle.DELAI_EN_MOIS.article()).contains("641");
    }

    @Test
    void sizeBandsFollowTheTextAtBothEnds() {
        SizeBandScale scale =
                SizeBandScale.bundledAt(LocalDate.of(2025, 1, 1)).get().value();
        assertThat(scale.bandOf(39_999)).isEqualTo(SizeBand.TAILLE_1);
        assertThat(scale.bandOf(40_000)).isEqualTo(SizeBand.TAILLE_2);
        assertThat(scale.bandOf(80_000)).as("chosen, unconfirmed").isEqualTo(SizeBand.TAILLE_2);
        assertThat(scale.bandOf(80_001)).isEqualTo(SizeBand.TAILLE_3);
        assertThat(scale.bandOf(175_000)).isEqualTo(SizeBand.TAILLE_3);
        assertThat(scale.bandOf(175_001)).isEqualTo(SizeBand.TAILLE_4);
        assertThat(SizeBandScale.bundledAt(LocalDate.of(2025, 1, 1)).get().confidence())
                .isEqualTo(Confidence.UNCONFIRMED);
    }

    @Test
    void rnaAcceptsLettersButFlagsThem() {
        assertThat(Rna.parse("W751234567").get().hasLetters()).isFalse();
        assertThat(Rna.parse("W2A1234567").get().hasLetters()).isTrue();
        assertThat(Rna.parse("W9R2001234").isValid()).isTrue();
        assertThat(Rna.FORMAT_CONFIDENCE).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(Rna.parse("X751234567").getError().head().code()).isEqualTo("RNA_CHARACTER");
        assertThat(Rna.parse("W75123456").getError().head().code()).isEqualTo("RNA_LENGTH");
    }

    @Test
    void finessStartsWithADepartementThatFinessUses() {
        // Metropolitan départements: accepted without a word. 750712184 is AP-HP's legal entity,
        // 130783236 and 690781810 are hospitals of Marseille and Lyon (a public list of burn centres).
        for (String ok :
                List.of("010000123", "190000123", "210000123", "950000123", "750712184", "130783236", "690781810")) {
            assertThat(Finess.parse(ok).isValid()).as(ok).isTrue();
            assertThat(Finess.of(ok).prefixWarning()).as(ok).isEmpty();
        }
        // Overseas numbers as public lists of hospitals write them (970 + the département's digit):
        // CHU de Guadeloupe 970100228, CHU de Martinique 970211207, CHU de La Réunion 970408589, and
        // 980500003 (French Polynesia) in the same list; no public Mayotte number was found, 970600123 is
        // made up on the same pattern. Corsica 2A/2B. All accepted, each with the UNCONFIRMED warning.
        for (String unconfirmed : List.of(
                "970100228",
                "970211207",
                "970408589",
                "970600123",
                "980500003",
                "971000123",
                "2A0000123",
                "2B0000123")) {
            assertThat(Finess.parse(unconfirmed).isValid()).as(unconfirmed).isTrue();
            Problem w = Finess.of(unconfirmed).prefixWarning().get();
            assertThat(w.code()).isEqualTo("FINESS_PREFIX_UNCONFIRMED");
            assertThat(w.isError()).isFalse();
            assertThat(w.messageFr()).contains(unconfirmed).contains("aucune source");
            assertThat(Finess.of(unconfirmed).prefixWarningOptional()).contains(w);
        }
        assertThat(Finess.of("970211207").prefixWarning().get().messageEn()).contains("prefix \"970\"");
        assertThat(Finess.of("2A0000123").prefixWarning().get().messageEn()).contains("prefix \"2A\"");
        for (String bad : List.of("000000123", "200000123", "960000123", "990000123", "2C0000123", "9A0000123")) {
            assertThat(Finess.parse(bad).getError().map(Problem::code)).as(bad).containsExactly("FINESS_FORMAT");
        }
        assertThat(Finess.PREFIX_CONFIDENCE).isEqualTo(Confidence.UNCONFIRMED);
    }

    @Test
    void canonicalConstructorsRefuseInvalidValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rpps("12")).withMessageContaining("RPPS_LENGTH");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rpps("10002909372"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Siren("123"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Siret("7328293200007"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Finess("200000123"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Rna("w751234567"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Adeli("12345678A"));
        assertThatIllegalArgumentException().isThrownBy(() -> new InseeCode("20004"));
        assertThatIllegalArgumentException().as("not normalised").isThrownBy(() -> new Rpps("1000 290 9371"));
        assertThat(new Rpps("10002909371")).isEqualTo(Rpps.of("10002909371"));
        assertThatNullPointerException().isThrownBy(() -> new Rpps(null)).withMessage("value");
    }

    @Test
    void parseOfNullFailsFastNamingTheParameter() throws Exception {
        for (Class<?> type : List.of(
                Rpps.class,
                Siren.class,
                Siret.class,
                Finess.class,
                Rna.class,
                Adeli.class,
                InseeCode.class,
                Idnps.class)) {
            for (String name : type == Idnps.class ? List.of("parse") : List.of("parse", "of")) {
                Method m = type.getMethod(name, String.class);
                try {
                    m.invoke(null, (Object) null);
                    throw new AssertionError(type.getSimpleName() + "." + name + "(null) returned");
                } catch (InvocationTargetException e) {
                    assertThat(e.getCause())
                            .as(type.getSimpleName() + "." + name)
                            .isInstanceOf(NullPointerException.class)
                            .hasMessage("text");
                }
            }
        }
    }

    @Test
    void aRegistryGivesItsOwnCommunes() throws Exception {
        Method load = CommuneRegistry.class.getDeclaredMethod("load");
        load.setAccessible(true);
        CommuneRegistry fresh = (CommuneRegistry) load.invoke(null);
        assertThat(fresh.communes().head())
                .isNotSameAs(CommuneRegistry.bundled().communes().head());
        assertThat(fresh.communes().head())
                .isSameAs(fresh.find(fresh.communes().head().code()).get());
        assertThat(fresh.communes().size()).isEqualTo(fresh.size());
    }
}
