package io.github.cptskit.core.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.legalform.ScicCategory;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.membership.MembershipRule;
import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.Results;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The java.util overloads of the builders and withers (issue #24, item 1) build the same values as their
 * Vavr twins, the guessable factories (item 7) give what their long forms give, and {@link Results}
 * reads a {@code Validation} as Vavr 1.0.1 cannot.
 */
class JavaOverloadsTest {

    private static final CommuneRegistry REGISTRY = CommuneRegistry.bundled();
    private static final LocalDate DAY = LocalDate.of(2023, 4, 3);
    private static final Territory GEX =
            REGISTRY.territory(List.of("01173", "01160")).get();
    private static final Siret SIRET = Siret.of("18003502400017");
    private static final Member.HealthProfessional GP = Member.HealthProfessional.of(
            Idnps.of(Rpps.of("10002909371")), Profession.MEDECIN, List.of(Specialty.SM54), ExerciseMode.LIBERAL);

    @Test
    void theCptsBuilderTakesJavaUtilValues() {
        Membership m = Membership.of(GP, DAY, Role.PRESIDENT);
        Cpts vavr = Cpts.builder()
                .name("CPTS")
                .territory(GEX)
                .lifecycle(Cpts.of("CPTS", GEX, DAY).lifecycle())
                .legalForm(Option.some(LegalForm.ASSOCIATION_1901))
                .constitutionDate(Option.some(DAY))
                .registrationDate(Option.some(DAY.plusDays(20)))
                .siren(Option.some(Siren.of("180035024")))
                .sirets(io.vavr.collection.List.of(SIRET))
                .rna(Option.some(Rna.of("W011234567")))
                .seat(REGISTRY.find("01173"))
                .members(io.vavr.collection.List.of(m))
                .missions(io.vavr.collection.List.of(CptsMission.ACCES))
                .missionStarts(HashMap.of(CptsMission.ACCES, DAY))
                .build();
        Cpts plain = Cpts.builder()
                .name("CPTS")
                .territory(GEX)
                .lifecycle(Cpts.of("CPTS", GEX, DAY).lifecycle())
                .legalForm(LegalForm.ASSOCIATION_1901)
                .constitutionDate(DAY)
                .registrationDate(DAY.plusDays(20))
                .siren(Siren.of("180035024"))
                .sirets(List.of(SIRET))
                .rna(Rna.of("W011234567"))
                .seat(REGISTRY.find("01173").get())
                .members(List.of(m))
                .missions(List.of(CptsMission.ACCES))
                .missionStarts(Map.of(CptsMission.ACCES, DAY))
                .build();
        assertThat(plain).isEqualTo(vavr);
        assertThat(plain.siretsList()).containsExactly(SIRET);
        assertThat(plain.registrationDateOptional()).contains(DAY.plusDays(20));
    }

    @Test
    void theCptsWithersTakeJavaUtilValues() {
        Cpts base = Cpts.of("CPTS", GEX, DAY);
        Membership m = Membership.of(GP, DAY);
        assertThat(base.withSirets(List.of(SIRET))).isEqualTo(base.withSirets(io.vavr.collection.List.of(SIRET)));
        assertThat(base.withRegistrationDate(DAY)).isEqualTo(base.withRegistrationDate(Option.some(DAY)));
        assertThat(base.withConstitutionDate(DAY)).isEqualTo(base.withConstitutionDate(Option.some(DAY)));
        assertThat(base.withSiren(Siren.of("180035024"))).isEqualTo(base.withSiren(Option.some(Siren.of("180035024"))));
        assertThat(base.withMembers(List.of(m))).isEqualTo(base.withMembers(io.vavr.collection.List.of(m)));
        assertThat(base.withMissions(List.of(CptsMission.ACCES)).missionsList()).containsExactly(CptsMission.ACCES);
        assertThat(base.withMissionStarts(Map.of(CptsMission.ACCES, DAY)).missionStartsMap())
                .isEqualTo(Map.of(CptsMission.ACCES, DAY));
        assertThatThrownBy(() -> base.withRegistrationDate((LocalDate) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("registrationDate");
    }

    @Test
    void membersAndMembershipsTakeJavaUtilValues() {
        StructureId siren = StructureId.siren(Siren.of("180035024"));
        Member.Structure msp = Member.Structure.of(StructureKind.MSP, "MSP", siren);
        Member.Structure.Constitution sisa =
                new Member.Structure.Constitution(LegalForm.SISA, io.vavr.collection.List.of(GP.asAssociate()));
        assertThat(msp.withIds(List.of(siren, StructureId.siret(SIRET))))
                .isEqualTo(msp.alsoIdentifiedBy(StructureId.of(SIRET)));
        assertThat(msp.withConstitution(sisa)).isEqualTo(msp.withConstitution(Option.some(sisa)));
        assertThat(GP.withSpecialties(List.of(Specialty.SM26)).specialtiesList())
                .containsExactly(Specialty.SM26);
        assertThat(GP.withPractisesAt(List.of(siren))).isEqualTo(GP.practisingAt(siren));
        Membership m = Membership.of(GP, DAY);
        assertThat(m.withLeft(DAY.plusYears(1)).leftOptional()).contains(DAY.plusYears(1));
        assertThat(m.withRoles(List.of(Role.PRESIDENT))).isEqualTo(Membership.of(GP, DAY, Role.PRESIDENT));
        assertThat(Membership.builder()
                        .member(GP)
                        .joined(DAY)
                        .roles(List.of(Role.PRESIDENT))
                        .left(DAY.plusYears(1))
                        .build())
                .isEqualTo(m.withRoles(List.of(Role.PRESIDENT)).withLeft(Option.some(DAY.plusYears(1))));
    }

    @Test
    void guessableFactoriesGiveTheLongForms() {
        assertThat(StructureId.siret(SIRET)).isEqualTo(StructureId.of(SIRET)).hasToString("SIRET:18003502400017");
        assertThat(StructureId.rna(Rna.of("W011234567"))).isEqualTo(StructureId.of(Rna.of("W011234567")));
        assertThat(Associate.of(Profession.INFIRMIER)).isEqualTo(Associate.professional(Profession.INFIRMIER));
        assertThat(GP.asAssociate()).isEqualTo(Associate.professional(Profession.MEDECIN));
        Member structure = Member.Structure.of(StructureKind.MSP, "MSP", StructureId.of(SIRET));
        assertThat(structure.asAssociate()).isEqualTo(Associate.legalPerson());
        Associate town = Associate.builder()
                .publicBody(true)
                .scicCategory(ScicCategory.COLLECTIVITES_PUBLIQUES)
                .capitalPartsPerMillion(300_000)
                .build();
        assertThat(town)
                .isEqualTo(Associate.legalPerson()
                        .asPublicBody()
                        .inCategory(ScicCategory.COLLECTIVITES_PUBLIQUES)
                        .withCapitalShare(300_000));
        assertThat(town.scicCategoryOptional()).contains(ScicCategory.COLLECTIVITES_PUBLIQUES);
        assertThat(town.professionOptional()).isEmpty();
        assertThat(Associate.builder()
                        .naturalPerson(true)
                        .profession(Profession.MEDECIN)
                        .build())
                .isEqualTo(Associate.professional(Profession.MEDECIN));
        assertThatThrownBy(() ->
                        Associate.builder().capitalPartsPerMillion(1_000_001).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsReadAValidationAsVavrCannot() {
        var bad = Rpps.parse("1000290937");
        var good = Rpps.parse("10002909371");
        assertThatThrownBy(() -> Results.orElseThrow(
                        bad, ps -> new IllegalStateException(ps.get(0).code())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("RPPS_LENGTH");
        assertThat(Results.orElseThrow(good, ps -> new IllegalStateException())).isEqualTo(Rpps.of("10002909371"));
        assertThat(Results.orElseGet(bad, ps -> Rpps.of("10002909371"))).isEqualTo(Rpps.of("10002909371"));
        assertThat(Results.<Rpps, String>fold(bad, ps -> ps.size() + " problem(s)", Rpps::value))
                .isEqualTo("1 problem(s)");
        assertThat(Results.<Rpps, String>fold(good, ps -> "none", Rpps::value)).isEqualTo("10002909371");
        assertThatThrownBy(() -> Results.orElseThrow(bad, ps -> null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void viewsOfProblemsReferencesAndRules() {
        Problem p = Problem.of(CoreProblem.RPPS_KEY, "10002909372");
        assertThat(p.referenceOptional())
                .isEqualTo(p.reference().toJavaOptional())
                .isPresent();
        assertThat(p.locationOptional()).isEmpty();
        assertThat(CoreProblem.RPPS_KEY.referenceOptional()).contains(Rpps.REFERENCE);
        LegalReference noted = LegalReference.of("CSP", "art. 1").withNote("fr", "en");
        assertThat(noted.noteOptional())
                .isEqualTo(noted.note().toJavaOptional())
                .isPresent();
        MembershipRule others =
                (cpts, asOf, rest) -> rest.map(c -> Problem.of(CoreProblem.TERRITORY_OVERLAP, c.name(), ""));
        Cpts a = Cpts.of("A", GEX, DAY);
        assertThat(others.evaluateList(a, DAY, List.of(a, a))).hasSize(2);
        assertThat(others.evaluate(a, DAY, List.of(a)))
                .isEqualTo(others.evaluate(a, DAY, io.vavr.collection.List.of(a)));
    }
}
