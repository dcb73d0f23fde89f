package io.github.cptskit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.identifier.Adeli;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.indicator.IndicatorResult;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.indicator.Ratio;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.Test;

/**
 * The FHIR fields a reader of cptskit's resources relies on, one fixed example each, asserted field by
 * field (the properties check the same resources against HAPI's validator and by round trip; these
 * say exactly what is written).
 */
class CptsFhirMappingTest {

    static final Siren SIREN = Siren.of(Domain.luhn("73282932"));
    static final Siret SIRET = Siret.of(Domain.luhn(SIREN.value() + "0001"));
    static final Rna RNA = Rna.of("W011234567");
    static final Commune BOURG = Domain.COMMUNES.find("01053").get();
    static final LocalDate INITIATIVE = LocalDate.of(2021, 3, 1);
    static final LocalDate CONSTITUTED = LocalDate.of(2021, 6, 15);
    static final Idnps GP_ID = Idnps.of(Rpps.of("10002909371"));

    static Cpts constituted() {
        return Cpts.of("CPTS du Bassin", Territory.of(BOURG), INITIATIVE)
                .constituted(LegalForm.ASSOCIATION_1901, SIREN, CONSTITUTED)
                .withSirets(List.of(SIRET))
                .withRna(Option.some(RNA))
                .withSeat(Option.some(BOURG));
    }

    static Cpts at(Cpts cpts, UnaryOperator<Lifecycle> steps) {
        return cpts.withLifecycle(steps.apply(cpts.lifecycle()));
    }

    static Lifecycle approved(Lifecycle l) {
        return l.letterOfIntent(LocalDate.of(2021, 4, 1))
                .flatMap(x -> x.submitProjet(LocalDate.of(2021, 7, 1)))
                .flatMap(x -> x.arsApproves(LocalDate.of(2021, 8, 1)))
                .get();
    }

    static Lifecycle signed(Lifecycle l) {
        return approved(l).signAci(LocalDate.of(2021, 10, 1)).get();
    }

    static Lifecycle dissolved(Lifecycle l) {
        return signed(l).dissolve(LocalDate.of(2024, 12, 31)).get();
    }

    static Member.HealthProfessional gp(ExerciseMode mode, StructureId... sites) {
        return Member.HealthProfessional.builder()
                .id(GP_ID)
                .profession(Profession.MEDECIN)
                .specialties(List.of(Specialty.SM54, Specialty.PEDIATRIE))
                .mode(mode)
                .practisesAt(List.of(sites))
                .build();
    }

    static java.util.List<String> codes(java.util.List<CodeableConcept> concepts, String system) {
        return concepts.stream()
                .flatMap(c -> c.getCoding().stream())
                .filter(c -> system.equals(c.getSystem()))
                .map(Coding::getCode)
                .toList();
    }

    static String text(Identifier i) {
        return i.getSystem() + "|" + i.getValue() + "|" + i.getUse().toCode() + "|"
                + (i.hasType()
                        ? i.getType().getCodingFirstRep().getSystem() + "#"
                                + i.getType().getCodingFirstRep().getCode()
                        : "-");
    }

    // ------------------------------------------------------------------ CPTS

    @Test
    void aConstitutedCptsIsALegalEntityWithItsIdentifiersSeatAndPeriod() {
        Organization o = CptsFhir.organization(constituted());
        assertThat(o.getIdentifier().stream().map(CptsFhirMappingTest::text))
                .containsExactly(
                        FhirSystems.SIRENE + "|" + SIREN.value() + "|official|" + FhirSystems.IDENTIFIER_TYPE
                                + "#SIREN",
                        FhirSystems.SIRENE + "|" + SIRET.value() + "|official|" + FhirSystems.IDENTIFIER_TYPE
                                + "#SIRET",
                        FhirSystems.RNA + "|W011234567|official|-");
        assertThat(codes(o.getType(), FhirSystems.ORGANIZATION_KIND)).containsExactly("CPTS");
        assertThat(codes(o.getType(), FhirSystems.ORGANIZATION_CATEGORY)).containsExactly("255");
        assertThat(codes(o.getType(), FhirSystems.ORGANIZATION_TYPE)).containsExactly("LEGAL-ENTITY");
        assertThat(codes(o.getType(), FhirSystems.ENGAGEMENT)).isEmpty();
        assertThat(o.getName()).isEqualTo("CPTS du Bassin");
        assertThat(o.getActive()).isTrue();
        assertThat(o.getMeta().getProfile()).isEmpty();
        Address a = o.getAddressFirstRep();
        assertThat(o.getAddress()).hasSize(1);
        assertThat(a.getCity()).isEqualTo(BOURG.name());
        assertThat(a.getDistrict()).isEqualTo("01");
        assertThat(a.getCountry()).isEqualTo("FR");
        Coding insee =
                (Coding) a.getExtensionByUrl(FhirSystems.ADDRESS_INSEE_CODE).getValue();
        assertThat(insee.getSystem() + "#" + insee.getCode()).isEqualTo(FhirSystems.COMMUNE + "#01053");
        Period p = (Period) o.getExtensionByUrl(FhirSystems.ORGANIZATION_PERIOD).getValue();
        assertThat(p.getStartElement().getValueAsString()).isEqualTo("2021-06-15");
        assertThat(p.hasEnd()).isFalse();
        Registration r = CptsFhir.registration(o).get();
        assertThat(r.name()).isEqualTo("CPTS du Bassin");
        assertThat(r.siren()).contains(SIREN);
        assertThat(r.sirets()).containsExactly(SIRET);
        assertThat(r.rna()).contains(RNA);
        assertThat(r.seat().map(c -> c.value())).contains("01053");
        assertThat(r.start()).contains(CONSTITUTED);
        assertThat(r.end()).isEmpty();
        // the id is that of the SIREN: the same CPTS renamed keeps it
        assertThat(o.getIdElement().getIdPart())
                .isEqualTo(CptsFhir.organization(constituted().withName("Autre nom"))
                        .getIdElement()
                        .getIdPart());
    }

    @Test
    void anInitiativeIsNoLegalEntityStartsOnItsInitiativeAndIsKnownByItsNameAndDay() {
        Cpts initiative = Cpts.of("CPTS en projet", Territory.of(BOURG), INITIATIVE);
        Organization o = CptsFhir.organization(initiative);
        assertThat(o.getIdentifier()).isEmpty();
        assertThat(o.getAddress()).isEmpty();
        assertThat(codes(o.getType(), FhirSystems.ORGANIZATION_TYPE)).isEmpty();
        assertThat(codes(o.getType(), FhirSystems.ENGAGEMENT)).isEmpty();
        assertThat(o.getActive()).isTrue();
        Period p = (Period) o.getExtensionByUrl(FhirSystems.ORGANIZATION_PERIOD).getValue();
        assertThat(p.getStartElement().getValueAsString()).isEqualTo("2021-03-01");
        assertThat(CptsFhir.cptsKey(initiative)).isEqualTo("NAME:CPTS en projet|2021-03-01");
        assertThat(CptsFhir.cptsKey(initiative.withRna(Option.some(RNA)))).isEqualTo("RNA:W011234567");
        assertThat(CptsFhir.cptsKey(constituted())).isEqualTo("SIREN:" + SIREN.value());
        assertThat(o.getIdElement().getIdPart())
                .isNotEqualTo(CptsFhir.organization(initiative.withName("Autre"))
                        .getIdElement()
                        .getIdPart());
    }

    @Test
    void theAciEngagementIsCodedFromTheSignatureUntilTheDissolution() {
        Organization approved = CptsFhir.organization(at(constituted(), CptsFhirMappingTest::approved));
        assertThat(codes(approved.getType(), FhirSystems.ENGAGEMENT)).isEmpty();
        Organization signed = CptsFhir.organization(at(constituted(), CptsFhirMappingTest::signed));
        assertThat(codes(signed.getType(), FhirSystems.ENGAGEMENT)).containsExactly("ACI");
        assertThat(signed.getActive()).isTrue();
        assertThat(CptsFhir.registration(signed).get().aciEngagement()).isTrue();
        assertThat(CptsFhir.registration(approved).get().aciEngagement()).isFalse();

        Organization dissolved = CptsFhir.organization(at(constituted(), CptsFhirMappingTest::dissolved));
        assertThat(codes(dissolved.getType(), FhirSystems.ENGAGEMENT)).isEmpty();
        assertThat(dissolved.getActive()).isFalse();
        Period p = (Period)
                dissolved.getExtensionByUrl(FhirSystems.ORGANIZATION_PERIOD).getValue();
        assertThat(p.getEndElement().getValueAsString()).isEqualTo("2024-12-31");
        Registration r = CptsFhir.registration(dissolved).get();
        assertThat(r.active()).isFalse();
        assertThat(r.end()).contains(LocalDate.of(2024, 12, 31));
        assertThat(r.start()).contains(CONSTITUTED);
    }

    @Test
    void theCareTeamIsProposedThenActiveFromTheArsApprovalThenInactiveWithEachMembersRolesAndLastDay() {
        Member.Structure msp =
                Member.Structure.of(StructureKind.values()[0], "MSP", StructureId.of(Finess.of("010002129")));
        Cpts cpts = constituted()
                .withMembership(Membership.of(gp(ExerciseMode.LIBERAL), LocalDate.of(2021, 7, 1), Role.values()[0])
                        .leftOn(LocalDate.of(2023, 1, 1)))
                .withMembership(Membership.of(msp, LocalDate.of(2021, 9, 1)));
        CareTeam proposed = CptsFhir.careTeam(cpts);
        assertThat(proposed.getStatus()).isEqualTo(CareTeam.CareTeamStatus.PROPOSED);
        assertThat(proposed.getName()).isEqualTo("CPTS du Bassin");
        assertThat(proposed.getManagingOrganizationFirstRep().getReference())
                .isEqualTo("Organization/"
                        + CptsFhir.organization(cpts).getIdElement().getIdPart());
        assertThat(proposed.getParticipant()).hasSize(2);
        CareTeam.CareTeamParticipantComponent doctor = proposed.getParticipant().get(0);
        assertThat(doctor.getMember().getReference()).isEqualTo("Practitioner/" + CptsFhir.practitionerId(GP_ID));
        assertThat(codes(doctor.getRole(), FhirSystems.CPTS_ROLE)).containsExactly(Role.values()[0].name());
        assertThat(doctor.getPeriod().getStartElement().getValueAsString()).isEqualTo("2021-07-01");
        assertThat(doctor.getPeriod().getEndElement().getValueAsString()).isEqualTo("2022-12-31");
        CareTeam.CareTeamParticipantComponent structure =
                proposed.getParticipant().get(1);
        assertThat(structure.getMember().getReference())
                .isEqualTo("Organization/"
                        + CptsFhir.organization(msp).getIdElement().getIdPart());
        assertThat(structure.getRole()).isEmpty();
        assertThat(structure.getPeriod().hasEnd()).isFalse();

        assertThat(CptsFhir.careTeam(at(cpts, CptsFhirMappingTest::approved)).getStatus())
                .isEqualTo(CareTeam.CareTeamStatus.ACTIVE);
        assertThat(CptsFhir.careTeam(at(cpts, CptsFhirMappingTest::signed)).getStatus())
                .isEqualTo(CareTeam.CareTeamStatus.ACTIVE);
        assertThat(CptsFhir.careTeam(at(cpts, CptsFhirMappingTest::dissolved)).getStatus())
                .isEqualTo(CareTeam.CareTeamStatus.INACTIVE);
        Cpts submitted = at(
                cpts,
                l -> l.letterOfIntent(LocalDate.of(2021, 4, 1))
                        .flatMap(x -> x.submitProjet(LocalDate.of(2021, 7, 1)))
                        .get());
        assertThat(CptsFhir.careTeam(submitted).getStatus()).isEqualTo(CareTeam.CareTeamStatus.PROPOSED);
    }

    // ------------------------------------------------------------------ structures

    @Test
    void eachStructureIdentifierHasFrCoresSystemAndType() {
        Finess finess = Finess.of("010002129");
        assertThat(text(CptsFhir.identifier(StructureId.of(finess))))
                .isEqualTo(FhirSystems.FINESS + "|010002129|official|-");
        assertThat(text(CptsFhir.identifier(StructureId.finessEj(finess))))
                .isEqualTo(FhirSystems.FINESS + "|010002129|official|" + FhirSystems.IDENTIFIER_TYPE + "#FINEJ");
        assertThat(text(CptsFhir.identifier(StructureId.finessEt(finess))))
                .isEqualTo(FhirSystems.FINESS + "|010002129|official|" + FhirSystems.IDENTIFIER_TYPE + "#FINEG");
        assertThat(text(CptsFhir.identifier(StructureId.of(SIREN))))
                .isEqualTo(FhirSystems.SIRENE + "|" + SIREN.value() + "|official|" + FhirSystems.IDENTIFIER_TYPE
                        + "#SIREN");
        assertThat(text(CptsFhir.identifier(StructureId.of(SIRET))))
                .isEqualTo(FhirSystems.SIRENE + "|" + SIRET.value() + "|official|" + FhirSystems.IDENTIFIER_TYPE
                        + "#SIRET");
        assertThat(text(CptsFhir.identifier(StructureId.of(RNA))))
                .isEqualTo(FhirSystems.RNA + "|W011234567|official|-");
    }

    @Test
    void aStructureIsAnActiveAnnuaireOrganizationOfItsKindAndANamelessOneHasNoName() {
        Member.Structure s = Member.Structure.builder()
                .kind(StructureKind.values()[1])
                .name("")
                .ids(List.of(StructureId.finessEt(Finess.of("010002129")), StructureId.of(SIRET)))
                .build();
        Organization o = CptsFhir.organization(s);
        assertThat(o.getMeta().getProfile())
                .extracting(p -> p.getValue())
                .containsExactly(FhirSystems.PROFILE_ORGANIZATION);
        assertThat(o.getIdentifier()).hasSize(2);
        assertThat(codes(o.getType(), FhirSystems.ORGANIZATION_KIND)).containsExactly(StructureKind.values()[1].name());
        assertThat(o.hasName()).isFalse();
        assertThat(o.getActive()).isTrue();
        assertThat(CptsFhir.organization(s.withName("Centre")).getName()).isEqualTo("Centre");
        assertThat(CptsFhir.structure(o).get()).isEqualTo(s);
    }

    // ------------------------------------------------------------------ professionals

    @Test
    void aPractitionerHasItsIdnpsItsRppsAndItsProfessionAndNoName() {
        Practitioner p = CptsFhir.practitioner(gp(ExerciseMode.LIBERAL));
        assertThat(p.getMeta().getProfile())
                .extracting(x -> x.getValue())
                .containsExactly(FhirSystems.PROFILE_PRACTITIONER);
        assertThat(p.getIdentifier().stream().map(CptsFhirMappingTest::text))
                .containsExactly(
                        FhirSystems.IDNPS + "|810002909371|official|" + FhirSystems.IDENTIFIER_TYPE + "#"
                                + FhirSystems.TYPE_IDNPS,
                        FhirSystems.RPPS + "|10002909371|official|" + FhirSystems.IDENTIFIER_TYPE + "#RPPS");
        Coding c = p.getQualificationFirstRep().getCode().getCodingFirstRep();
        assertThat(c.getSystem() + "#" + c.getCode() + "#" + c.getDisplay())
                .isEqualTo(FhirSystems.PROFESSION + "#10#" + Profession.MEDECIN.label());
        assertThat(p.getName()).isEmpty();
        assertThat(p.getActive()).isTrue();
        assertThat(p.getIdElement().getIdPart()).isEqualTo(CptsFhir.practitionerId(GP_ID));

        Member.HealthProfessional nurse = Member.HealthProfessional.builder()
                .id(Idnps.of(Adeli.of("011234567")))
                .profession(Profession.PSYCHOLOGUE)
                .mode(ExerciseMode.SALARIE)
                .build();
        Practitioner q = CptsFhir.practitioner(nurse);
        assertThat(q.getIdentifier()).hasSize(1);
        assertThat(q.getQualificationFirstRep().getCode().getCodingFirstRep().getSystem())
                .isEqualTo(FhirSystems.USAGER_TITRE);
        assertThat(CptsFhir.professionSystem(Profession.Nomenclature.TRE_R94)).isEqualTo(FhirSystems.PROFESSION_SOCIAL);
        assertThat(CptsFhir.professionSystem(Profession.Nomenclature.TRE_G15)).isEqualTo(FhirSystems.PROFESSION);
    }

    @Test
    void rolesArePerSiteWithProfessionModesAndSpecialtiesAndOneWithoutOrganisationWhenNoSiteIsKnown() {
        PractitionerRole alone =
                CptsFhir.practitionerRoles(gp(ExerciseMode.MIXTE)).single();
        assertThat(alone.hasOrganization()).isFalse();
        assertThat(alone.getPractitioner().getReference()).isEqualTo("Practitioner/" + CptsFhir.practitionerId(GP_ID));
        assertThat(alone.getMeta().getProfile())
                .extracting(x -> x.getValue())
                .containsExactly(FhirSystems.PROFILE_PRACTITIONER_ROLE);
        assertThat(codes(alone.getCode(), FhirSystems.PROFESSION)).containsExactly("10");
        assertThat(codes(alone.getCode(), FhirSystems.EXERCISE_MODE)).containsExactly("L", "S");
        assertThat(codes(alone.getSpecialty(), FhirSystems.SPECIALTY))
                .containsExactly(Specialty.SM54.code(), Specialty.PEDIATRIE.code());
        assertThat(alone.getActive()).isTrue();
        assertThat(CptsFhir.modes(ExerciseMode.LIBERAL)).containsExactly("L");
        assertThat(CptsFhir.modes(ExerciseMode.SALARIE)).containsExactly("S");

        StructureId site1 = StructureId.finessEt(Finess.of("010002129"));
        StructureId site2 = StructureId.of(SIRET);
        var roles = CptsFhir.practitionerRoles(gp(ExerciseMode.SALARIE, site1, site2));
        assertThat(roles).hasSize(2);
        assertThat(text(roles.get(0).getOrganization().getIdentifier())).isEqualTo(text(CptsFhir.identifier(site1)));
        assertThat(text(roles.get(1).getOrganization().getIdentifier())).isEqualTo(text(CptsFhir.identifier(site2)));
        assertThat(codes(roles.get(1).getCode(), FhirSystems.EXERCISE_MODE)).containsExactly("S");
        assertThat(roles.get(0).getIdElement().getIdPart())
                .isNotEqualTo(roles.get(1).getIdElement().getIdPart())
                .isNotEqualTo(alone.getIdElement().getIdPart());
    }

    @Test
    void aMembershipRoleIsTheProfessionalsInTheCptsWithRolesPeriodAndActivity() {
        Organization cpts = CptsFhir.organization(constituted());
        Membership current = Membership.of(gp(ExerciseMode.LIBERAL), LocalDate.of(2022, 1, 10), Role.values());
        PractitionerRole r = CptsFhir.membershipRole(current, cpts);
        assertThat(r.getOrganization().getReference())
                .isEqualTo("Organization/" + cpts.getIdElement().getIdPart());
        assertThat(codes(r.getCode(), FhirSystems.CPTS_ROLE))
                .containsExactlyElementsOf(List.of(Role.values()).map(Role::name));
        assertThat(codes(r.getCode(), FhirSystems.EXERCISE_MODE)).containsExactly("L");
        assertThat(r.getPeriod().getStartElement().getValueAsString()).isEqualTo("2022-01-10");
        assertThat(r.getPeriod().hasEnd()).isFalse();
        assertThat(r.getActive()).isTrue();
        PractitionerRole left = CptsFhir.membershipRole(current.leftOn(LocalDate.of(2022, 3, 1)), cpts);
        assertThat(left.getActive()).isFalse();
        assertThat(left.getPeriod().getEndElement().getValueAsString()).isEqualTo("2022-02-28");

        Member.Structure msp =
                Member.Structure.of(StructureKind.values()[0], "MSP", StructureId.of(Finess.of("010002129")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CptsFhir.membershipRole(Membership.of(msp, LocalDate.of(2022, 1, 1)), cpts))
                .withMessageContaining(msp.key());
    }

    // ------------------------------------------------------------------ pathways and indicators

    static InstanceState instance(String pathway, int version, String state) {
        return new InstanceState(
                InstanceId.parse("inst_" + pathway + ":1").get(),
                PatientRef.parse("pat-7f3a9c").get(),
                pathway,
                version,
                state,
                3,
                TreeMap.empty());
    }

    @Test
    void aStateTheMappingDoesNotKnowIsOneCodedProblemForEveryResource() {
        var p = io.github.cptskit.pathways.catalogue.Catalogue.all().head();
        InstanceState unknown = instance(p.id(), p.definition().version(), "no-such-state");
        Organization cpts = CptsFhir.organization(constituted());
        for (var v : List.of(
                CptsFhir.task(unknown, cpts).map(x -> (Object) x),
                CptsFhir.episodeOfCare(unknown, LocalDate.of(2025, 1, 1), cpts).map(x -> (Object) x),
                CptsFhir.serviceRequest(unknown, cpts).map(x -> (Object) x))) {
            assertThat(v.getError().map(Problem::code)).containsExactly("FHIR_STATE_UNMAPPED");
            assertThat(v.getError().head().messageEn())
                    .contains("no-such-state")
                    .contains(p.id());
        }
    }

    @Test
    void everyMappedStateIsATaskAndWhereTheMappingSaysSoAnEpisodeAndARequestOfThePseudonymousPatient() {
        Organization cpts = CptsFhir.organization(constituted());
        String owner = "Organization/" + cpts.getIdElement().getIdPart();
        int episodes = 0;
        int requests = 0;
        int notRequests = 0;
        int notEpisodes = 0;
        for (var p : io.github.cptskit.pathways.catalogue.Catalogue.all()) {
            for (var row : io.github.cptskit.pathways.fhir.FhirMapping.bundled().table(p.id())) {
                InstanceState s = instance(p.id(), p.definition().version(), row._1);
                org.hl7.fhir.r4.model.Task t = CptsFhir.task(s, cpts).get();
                assertThat(t.getStatus().toCode()).isEqualTo(row._2.task().code());
                assertThat(t.getIntent()).isEqualTo(org.hl7.fhir.r4.model.Task.TaskIntent.ORDER);
                assertThat(t.getIdentifierFirstRep().getSystem() + "|"
                                + t.getIdentifierFirstRep().getValue())
                        .isEqualTo(FhirSystems.PATHWAY_INSTANCE + "|"
                                + s.instance().value());
                assertThat(codes(List.of(t.getCode()).asJava(), FhirSystems.PATHWAY))
                        .containsExactly(p.id());
                Coding state = t.getBusinessStatus().getCodingFirstRep();
                assertThat(state.getSystem() + "|" + state.getCode() + "|" + state.getDisplay())
                        .isEqualTo(FhirSystems.PATHWAY_STATE + "|" + p.id() + "/" + row._1 + "|" + row._1);
                assertThat(t.getFor().getIdentifier().getSystem()).isEqualTo(FhirSystems.PATIENT_PSEUDONYM);
                assertThat(t.getFor().getIdentifier().getValue()).isEqualTo("pat-7f3a9c");
                assertThat(t.getFor().getType()).isEqualTo("Patient");
                assertThat(t.getFor().hasReference()).isFalse();
                assertThat(t.getOwner().getReference()).isEqualTo(owner);

                var episode = CptsFhir.episodeOfCare(s, LocalDate.of(2025, 3, 1), cpts);
                if (row._2.episodeOfCare().isDefined()) {
                    episodes++;
                    var e = episode.get();
                    assertThat(e.getStatus().toCode())
                            .isEqualTo(row._2.episodeOfCare().get().code());
                    assertThat(e.getIdentifierFirstRep().getValue())
                            .isEqualTo(s.instance().value());
                    assertThat(codes(e.getType(), FhirSystems.PATHWAY)).containsExactly(p.id());
                    assertThat(e.getPatient().getIdentifier().getValue()).isEqualTo("pat-7f3a9c");
                    assertThat(e.getManagingOrganization().getReference()).isEqualTo(owner);
                    assertThat(e.getPeriod().getStartElement().getValueAsString())
                            .isEqualTo("2025-03-01");
                    assertThat(e.getPeriod().hasEnd()).isFalse();
                    assertThat(e.getIdElement().getIdPart())
                            .isNotEqualTo(t.getIdElement().getIdPart());
                } else {
                    notEpisodes++;
                    assertThat(episode.getError().map(Problem::code)).containsExactly("FHIR_NOT_AN_EPISODE");
                    assertThat(episode.getError().head().messageEn()).contains(p.id());
                }
                var request = CptsFhir.serviceRequest(s, cpts);
                if (row._2.carePlan().isDefined()) {
                    requests++;
                    var r = request.get();
                    assertThat(r.getStatus().toCode())
                            .isEqualTo(row._2.carePlan().get().code());
                    assertThat(r.getIntent())
                            .isEqualTo(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent.ORDER);
                    assertThat(r.getIdentifierFirstRep().getValue())
                            .isEqualTo(s.instance().value());
                    assertThat(codes(List.of(r.getCode()).asJava(), FhirSystems.PATHWAY))
                            .containsExactly(p.id());
                    assertThat(r.getSubject().getIdentifier().getValue()).isEqualTo("pat-7f3a9c");
                    assertThat(r.getRequester().getReference()).isEqualTo(owner);
                    assertThat(r.getIdElement().getIdPart())
                            .isNotEqualTo(t.getIdElement().getIdPart());
                } else {
                    notRequests++;
                    assertThat(request.getError().map(Problem::code)).containsExactly("FHIR_NOT_A_REQUEST");
                    assertThat(request.getError().head().messageEn())
                            .contains(row._1)
                            .contains(p.id());
                }
            }
        }
        assertThat(episodes).isPositive();
        assertThat(requests).isPositive();
        assertThat(notRequests).isPositive();
        assertThat(notEpisodes + episodes).isPositive();
    }

    @Test
    void eachEventIsACompletedStepOfTheInstanceTaskByItsPseudonymousAuthor() {
        Organization cpts = CptsFhir.organization(constituted());
        var p = io.github.cptskit.pathways.catalogue.Catalogue.all().head();
        var row = io.github.cptskit.pathways.fhir.FhirMapping.bundled()
                .table(p.id())
                .head();
        InstanceState s = instance(p.id(), p.definition().version(), row._1);
        org.hl7.fhir.r4.model.Task task = CptsFhir.task(s, cpts).get();
        java.util.List<io.github.cptskit.pathways.engine.Event> events = java.util.List.of(1, 2).stream()
                .map(n -> new io.github.cptskit.pathways.engine.Event(
                        s.instance(),
                        n,
                        new java.util.UUID(1, n),
                        "signale",
                        java.time.Instant.parse("2025-03-01T10:15:30.123Z").plusSeconds(n),
                        java.time.Instant.parse("2025-03-01T10:16:00Z").plusSeconds(n),
                        s.subject(),
                        io.github.cptskit.pathways.engine.ActorRef.parse("usr-4411")
                                .get(),
                        TreeMap.empty()))
                .toList();
        var steps = CptsFhir.steps(task, events);
        assertThat(steps).hasSize(2);
        var step = steps.head();
        assertThat(step.getStatus()).isEqualTo(org.hl7.fhir.r4.model.Task.TaskStatus.COMPLETED);
        assertThat(step.getIntent()).isEqualTo(org.hl7.fhir.r4.model.Task.TaskIntent.ORDER);
        assertThat(step.getPartOfFirstRep().getReference())
                .isEqualTo("Task/" + task.getIdElement().getIdPart());
        assertThat(codes(List.of(step.getCode()).asJava(), FhirSystems.PATHWAY_EVENT))
                .containsExactly("signale");
        assertThat(step.getFor().getIdentifier().getValue()).isEqualTo("pat-7f3a9c");
        assertThat(step.getRequester().getIdentifier().getSystem()).isEqualTo(FhirSystems.ACTOR_PSEUDONYM);
        assertThat(step.getRequester().getIdentifier().getValue()).isEqualTo("usr-4411");
        assertThat(step.getRequester().hasReference()).isFalse();
        assertThat(step.getAuthoredOnElement().getValueAsString()).isEqualTo("2025-03-01T10:16:01.000+00:00");
        assertThat(step.getExecutionPeriod().getEndElement().getValueAsString())
                .isEqualTo("2025-03-01T10:15:31.123+00:00");
        assertThat(step.getIdElement().getIdPart())
                .isNotEqualTo(steps.get(1).getIdElement().getIdPart());
        assertThat(CptsFhir.stepsList(task, events)).hasSize(2);
    }

    @Test
    void aMeasureReportNamesItsIndicatorPeriodReporterScoreAndPopulations() {
        Organization cpts = CptsFhir.organization(constituted());
        Ratio ratio = new Ratio(3, 7);
        IndicatorResult indicator = ratio.indicator("patients sans MT ayant trouvé un MT", 2);
        MeasureReport r = CptsFhir.measureReport(
                indicator, Option.some(ratio), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), cpts);
        assertThat(r.getMeasure()).isEqualTo(FhirSystems.MEASURE + "patients+sans+MT+ayant+trouv%C3%A9+un+MT");
        assertThat(r.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
        assertThat(r.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
        assertThat(r.getPeriod().getStartElement().getValueAsString()).isEqualTo("2025-01-01");
        assertThat(r.getPeriod().getEndElement().getValueAsString()).isEqualTo("2025-01-01");
        assertThat(r.getReporter().getReference())
                .isEqualTo("Organization/" + cpts.getIdElement().getIdPart());
        var group = r.getGroupFirstRep();
        assertThat(group.getCode().getText()).isEqualTo("patients sans MT ayant trouvé un MT");
        assertThat(group.getPopulation())
                .extracting(x -> x.getCode().getCodingFirstRep().getCode() + "=" + x.getCount())
                .containsExactly("numerator=3", "denominator=7");
        assertThat(group.getMeasureScore().getValue())
                .isEqualByComparingTo(indicator.achievement().rate());
        IndicatorResult snp = new IndicatorResult("créneaux SNP publiés", 1, Achievement.FULL);
        MeasureReport none =
                CptsFhir.measureReport(snp, Option.none(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), cpts);
        assertThat(none.getGroupFirstRep().getPopulation()).isEmpty();
        assertThat(none.getIdElement().getIdPart())
                .isNotEqualTo(r.getIdElement().getIdPart());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CptsFhir.measureReport(
                        snp, Option.none(), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), cpts))
                .withMessageContaining("2025-01-02 .. 2025-01-01");
        assertThatIllegalStateException()
                .isThrownBy(() -> CptsFhir.measureReport(snp)
                        .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2))
                        .build())
                .withMessageContaining("reporter");
    }
}
