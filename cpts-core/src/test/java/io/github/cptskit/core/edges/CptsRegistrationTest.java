package io.github.cptskit.core.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue #16, section 1: a realistic CPTS as it is registered, and the rules that read it. */
class CptsRegistrationTest {

    private static final CommuneRegistry REGISTRY = CommuneRegistry.bundled();
    private static final LocalDate INITIATIVE = LocalDate.of(2022, 1, 10);
    private static final LocalDate CONSTITUTED = LocalDate.of(2022, 3, 2);
    private static final LocalDate ON = LocalDate.of(2025, 6, 1);

    private static Member.HealthProfessional pro(String rpps, Profession p, Specialty... s) {
        return Member.HealthProfessional.of(Idnps.of(Rpps.of(rpps)), p, List.of(s), ExerciseMode.LIBERAL);
    }

    private static String rpps(int n) {
        // 11 digits with a Luhn key
        String body = String.format("1%09d", n);
        for (int k = 0; k < 10; k++) {
            if (Rpps.parse(body + k).isValid()) {
                return body + k;
            }
        }
        throw new AssertionError();
    }

    private static final Member.HealthProfessional GP = pro(rpps(1), Profession.MEDECIN, Specialty.SM54);
    private static final Member.HealthProfessional GP2 = pro(rpps(2), Profession.MEDECIN, Specialty.SM26);
    private static final Member.HealthProfessional NURSE = pro(rpps(3), Profession.INFIRMIER);
    private static final StructureId MSP_SIREN = StructureId.of(Siren.of("180035024"));

    /** Ten real communes of the Pays de Gex, an MSP constituted as a SISA, a hospital (EJ and ET). */
    private static Cpts gex() {
        Territory ten = REGISTRY.territory(java.util.List.of(
                        "01173", "01160", "01419", "01071", "01143", "01153", "01180", "01281", "01354", "01399"))
                .get();
        Member.Structure msp = Member.Structure.of(StructureKind.MSP, "MSP de Gex", MSP_SIREN)
                .constitutedAs(LegalForm.SISA, List.of(GP, GP2, NURSE).map(Member.HealthProfessional::asAssociate));
        Member.Structure hospital = Member.Structure.of(
                        StructureKind.ETABLISSEMENT_DE_SANTE,
                        "Centre hospitalier",
                        StructureId.finessEj(Finess.of("010780054")))
                .alsoIdentifiedBy(StructureId.finessEt(Finess.of("010000024")));
        return Cpts.of("CPTS du Pays de Gex", ten, INITIATIVE)
                .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), CONSTITUTED)
                .withRna(Option.some(Rna.of("W011234567")))
                .withSirets(List.of(Siret.of("18003502400017")))
                .withSeat(REGISTRY.find("01173"))
                .withRegistrationDate(Option.some(LocalDate.of(2022, 3, 19)))
                .withMember(GP.practisingAt(MSP_SIREN), CONSTITUTED, Role.PRESIDENT)
                .withMember(GP2, CONSTITUTED)
                .withMember(NURSE, CONSTITUTED, Role.TRESORIER)
                .withMember(msp, CONSTITUTED)
                .withMember(hospital, LocalDate.of(2023, 1, 1))
                .withMissions(List.of(CptsMission.ACCES, CptsMission.PARCOURS));
    }

    private static Seq<String> codes(Cpts c, LocalDate on) {
        return RuleSet.standard().evaluate(c, on, List.empty()).map(Problem::code);
    }

    @Test
    void aRealisticCptsIsHeldAndValid() {
        Cpts c = gex();
        assertThat(codes(c, ON)).isEmpty();
        assertThat(c.seat().get().code()).isEqualTo("01173");
        assertThat(c.initiative()).isEqualTo(INITIATIVE).isEqualTo(c.lifecycle().initiative());
        assertThat(c.membersOn(ON)).hasSize(5);
        assertThat(c.members().last().member().keys()).containsExactly("FINESS:010780054", "FINESS:010000024");
        Member.HealthProfessional gp =
                (Member.HealthProfessional) c.members().head().member();
        assertThat(gp.practisesAt()).containsExactly(MSP_SIREN);
        assertThat(c.withName("Autre").name()).isEqualTo("Autre");
        assertThat(c).isEqualTo(gex()).hasSameHashCodeAs(gex());
    }

    @Test
    void rulesSeeTheMembersOfTheirDay() {
        Cpts c = Cpts.of("c", gex().territory(), INITIATIVE)
                .withLegalForm(LegalForm.ASSOCIATION_1901)
                .withMembership(Membership.of(GP, CONSTITUTED).leftOn(LocalDate.of(2024, 12, 31)))
                .withMember(NURSE, CONSTITUTED);
        assertThat(codes(c, LocalDate.of(2024, 12, 30))).doesNotContain("NO_GENERAL_PRACTITIONER");
        assertThat(codes(c, LocalDate.of(2024, 12, 31))).contains("NO_GENERAL_PRACTITIONER", "ASSOCIATION_MEMBERS");
        assertThat(codes(c, CONSTITUTED.minusDays(1))).contains("NO_GENERAL_PRACTITIONER");
        assertThat(c.membersOn(CONSTITUTED)).hasSize(2);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Membership.of(GP, CONSTITUTED).leftOn(CONSTITUTED))
                .withMessageContaining("leaves after it joins");
    }

    @Test
    void aStructureListedTwiceUnderAnyIdentifierIsADuplicate() {
        Member.Structure sameHospitalBySiret = Member.Structure.of(
                        StructureKind.ETABLISSEMENT_DE_SANTE, "CH", StructureId.of(Siret.of("73282932000074")))
                .alsoIdentifiedBy(StructureId.of(Finess.of("010000024")));
        assertThat(codes(gex().withMember(sameHospitalBySiret), ON)).containsExactly("MEMBER_DUPLICATE");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        Member.Structure.of(StructureKind.MSP, "x", MSP_SIREN).alsoIdentifiedBy(MSP_SIREN));
        assertThatIllegalArgumentException().isThrownBy(() -> new StructureId("FINESS", "200000123"));
        assertThatIllegalArgumentException().isThrownBy(() -> new StructureId("NIR", "1"));
    }

    @Test
    void localLawAssociationsOnlyWithTheirSeatInTheThreeDepartements() {
        Cpts strasbourg = gex().withLegalForm(LegalForm.ASSOCIATION_ALSACE_MOSELLE)
                .withRna(Option.none())
                .withMember(pro(rpps(4), Profession.PHARMACIEN), CONSTITUTED)
                .withMember(pro(rpps(5), Profession.SAGE_FEMME), CONSTITUTED);
        assertThat(codes(strasbourg, ON)).containsExactly("CPTS_LOCAL_LAW_SEAT");
        for (String seat : List.of("67482", "68224", "57463")) {
            assertThat(codes(strasbourg.withSeat(REGISTRY.find(seat)), ON))
                    .as(seat)
                    .isEmpty();
        }
        assertThat(codes(strasbourg.withSeat(Option.none()), ON)).containsExactly("CPTS_SEAT_UNKNOWN");
        assertThat(codes(strasbourg.withSeat(REGISTRY.find("67482")).withRna(Option.some(Rna.of("W672000001"))), ON))
                .containsExactly("CPTS_RNA_LOCAL_LAW");
        assertThat(codes(
                        strasbourg
                                .withSeat(REGISTRY.find("67482"))
                                .withMembers(gex().members().take(6)),
                        ON))
                .as("7 members needed to register a local-law association")
                .containsExactly("ASSOCIATION_LOCAL_LAW_MEMBERS");
    }

    @Test
    void registrationIsConsistent() {
        assertThat(codes(gex().withSirets(List.of(Siret.of("73282932000074"))), ON))
                .containsExactly("CPTS_SIRET_OF_ANOTHER_SIREN");
        assertThat(codes(gex().withSiren(Option.none()), ON)).containsExactly("CPTS_SIRET_WITHOUT_SIREN");
        assertThat(codes(gex().withRegistrationDate(Option.some(CONSTITUTED.minusDays(1))), ON))
                .containsExactly("CPTS_REGISTERED_BEFORE_CONSTITUTION");
        assertThat(codes(gex().withRegistrationDate(Option.some(CONSTITUTED)), ON))
                .isEmpty();
    }

    @Test
    void theAciNeedsTheLegalEntityConstitutedByItsSignature() {
        LocalDate signed = LocalDate.of(2023, 3, 1);
        Lifecycle l = Lifecycle.start(INITIATIVE)
                .submitProjet(LocalDate.of(2022, 9, 1))
                .flatMap(x -> x.arsApproves(LocalDate.of(2022, 11, 1)))
                .flatMap(x -> x.signAci(signed))
                .get();
        Cpts unpublished = gex().withLifecycle(l).withRegistrationDate(Option.none());
        assertThat(codes(unpublished, ON)).isEmpty();
        assertThat(codes(unpublished.withConstitutionDate(Option.some(signed)), ON))
                .isEmpty();
        assertThat(codes(unpublished.withConstitutionDate(Option.some(signed.plusDays(1))), ON))
                .containsExactly("ACI_BEFORE_CONSTITUTION");
    }

    @Test
    void aTerritoryWithoutInhabitantsIsRefused() {
        Commune empty = REGISTRY.communes()
                .find(c -> c.population() == 0 && c.legalPopulation().isDefined())
                .getOrElse(
                        () -> REGISTRY.communes().find(c -> c.population() == 0).get());
        Cpts ghost = gex().withTerritory(Territory.of(empty));
        assertThat(codes(ghost, ON)).contains("TERRITORY_NO_POPULATION").doesNotContain("TERRITORY_EMPTY");
        assertThat(codes(gex().withTerritory(Territory.empty()), ON)).contains("TERRITORY_EMPTY");
    }

    @Test
    void missionsAreTyped() {
        assertThat(CptsMission.parse("acces").get()).isEqualTo(CptsMission.ACCES);
        assertThat(CptsMission.parse(" Crises ").get()).isEqualTo(CptsMission.CRISES);
        Problem unknown = CptsMission.parse("acess").getError().head();
        assertThat(unknown.code()).isEqualTo("MISSION_UNKNOWN");
        assertThat(unknown.messageEn()).contains("acces, parcours, prevention, crises, qualite, accompagnement");
        assertThat(unknown.reference().get().article()).isEqualTo("art. L.1434-12-2");
        Cpts started = gex().withMissionStarted(CptsMission.CRISES, LocalDate.of(2023, 9, 1));
        assertThat(started.missions()).containsExactly(CptsMission.ACCES, CptsMission.PARCOURS, CptsMission.CRISES);
        assertThat(started.missionStarts().get(CptsMission.CRISES).get()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(started.withMissionStarted(CptsMission.CRISES, LocalDate.of(2023, 10, 1))
                        .missions())
                .hasSize(3);
    }

    @Test
    void aSisaMspMemberIsCheckedToo() {
        Member.Structure badMsp = Member.Structure.of(StructureKind.MSP, "MSP", MSP_SIREN)
                .constitutedAs(LegalForm.SISA, List.of(Associate.professional(Profession.MEDECIN)));
        assertThat(codes(gex().withMember(badMsp), ON)).contains("SISA_MEDECINS", "SISA_AUXILIAIRE");
    }
}
