package io.github.cptskit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.fhir.internal.Fhir;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * FHIR read back into the domain from resources cptskit did not write: every problem at once, each
 * with its code and where it is in the resource.
 */
class ReverseTest {

    static final String IDNPS = "810002909371";

    /** Each problem as "code @ resource (path)". */
    static java.util.List<String> problems(Validation<Seq<Problem>, ?> v) {
        assertThat(v.isInvalid()).as(() -> String.valueOf(v)).isTrue();
        return v.getError()
                .map(p -> p.code() + " @ "
                        + p.location()
                                .map(l -> l.source() + " (" + l.path() + ")")
                                .getOrElse("-"))
                .toJavaList();
    }

    static Identifier id(String system, String value) {
        return new Identifier().setSystem(system).setValue(value);
    }

    static Identifier id(String system, String value, String type) {
        return id(system, value).setType(Fhir.concept(FhirSystems.IDENTIFIER_TYPE, type, null));
    }

    static Practitioner practitioner(String id, Coding profession) {
        Practitioner p = new Practitioner();
        p.setId("p1");
        if (id != null) {
            p.addIdentifier(id(FhirSystems.IDNPS, id));
        }
        if (profession != null) {
            p.addQualification().setCode(new CodeableConcept().addCoding(profession));
        }
        return p;
    }

    static Coding medecin() {
        return new Coding(FhirSystems.PROFESSION, "10", null);
    }

    // ------------------------------------------------------------------ structures

    @Test
    void aStructureWithoutKindAndIdentifierGivesBothProblemsWithTheirPaths() {
        Organization o = new Organization();
        o.setId("o1");
        assertThat(problems(CptsFhir.structure(o)))
                .containsExactly(
                        "FHIR_KIND_MISSING @ Organization/o1 (type)",
                        "FHIR_IDENTIFIER_MISSING @ Organization/o1 (identifier)");
        o.addType(Fhir.concept(FhirSystems.ORGANIZATION_KIND, "HOPITAL_DE_JOUR", null));
        o.addIdentifier(id(FhirSystems.FINESS, "0100021"));
        o.addIdentifier(id(FhirSystems.RNA, "W011234567"));
        var v = CptsFhir.structure(o);
        assertThat(problems(v))
                .containsExactly(
                        "FINESS_LENGTH @ Organization/o1 (identifier[0])",
                        "FHIR_CODE_UNKNOWN @ Organization/o1 (type)");
        assertThat(v.getError().last().messageEn()).contains("HOPITAL_DE_JOUR").contains(FhirSystems.ORGANIZATION_KIND);
    }

    @Test
    void aStructureKeepsItsKnownIdentifiersOnceAndPassesOverOtherSystems() {
        Organization o = new Organization();
        o.addType(Fhir.concept(FhirSystems.ORGANIZATION_KIND, "MSP", null));
        o.addIdentifier(id("https://example.org/other", "42"));
        o.addIdentifier(id(FhirSystems.FINESS, "010002129", FhirSystems.TYPE_FINESS_EJ));
        o.addIdentifier(id(FhirSystems.FINESS, "010002129", FhirSystems.TYPE_FINESS_EJ));
        o.addIdentifier(id(FhirSystems.FINESS, "010002129", FhirSystems.TYPE_FINESS_ET));
        o.addIdentifier(id(FhirSystems.FINESS, "010002129"));
        Member.Structure s = CptsFhir.structure(o).get();
        assertThat(s.kind()).isEqualTo(StructureKind.MSP);
        assertThat(s.name()).isEmpty();
        Finess f = Finess.of("010002129");
        assertThat(s.ids()).containsExactly(StructureId.finessEj(f), StructureId.finessEt(f), StructureId.of(f));
    }

    @Test
    void aSireneNumberWithoutTypeIsASirenOrASiretByItsLength() {
        String siren = CptsFhirMappingTest.SIREN.value();
        String siret = CptsFhirMappingTest.SIRET.value();
        Organization o = new Organization();
        o.addType(Fhir.concept(FhirSystems.ORGANIZATION_KIND, "MSP", null));
        o.addIdentifier(id(FhirSystems.SIRENE, siren));
        o.addIdentifier(id(FhirSystems.SIRENE, siret));
        assertThat(CptsFhir.structure(o).get().ids())
                .containsExactly(new StructureId("SIREN", siren), new StructureId("SIRET", siret));
        // typed as a SIRET, nine digits are a SIRET of the wrong length
        Organization typed = new Organization();
        typed.setId("o2");
        typed.addType(Fhir.concept(FhirSystems.ORGANIZATION_KIND, "MSP", null));
        typed.addIdentifier(id(FhirSystems.SIRENE, siren, FhirSystems.TYPE_SIRET));
        typed.addIdentifier(id(FhirSystems.SIRENE, siret, FhirSystems.TYPE_SIREN));
        assertThat(problems(CptsFhir.structure(typed)))
                .containsExactly(
                        "SIRET_LENGTH @ Organization/o2 (identifier[0])",
                        "SIREN_LENGTH @ Organization/o2 (identifier[1])",
                        "FHIR_IDENTIFIER_MISSING @ Organization/o2 (identifier)");
    }

    // ------------------------------------------------------------------ registration

    @Test
    void aRegistrationReportsABadSeatCodeAtItsAddressAndReadsWhatIsAbsentAsDefaults() {
        Organization o = new Organization();
        o.setId("c1");
        o.addAddress().setCity("Nowhere");
        o.addAddress().addExtension(FhirSystems.ADDRESS_INSEE_CODE, new Coding(FhirSystems.COMMUNE, "1053", null));
        o.addIdentifier(id(FhirSystems.RNA, "X"));
        assertThat(problems(CptsFhir.registration(o)))
                .containsExactly(
                        "RNA_LENGTH @ Organization/c1 (identifier[0])",
                        "RNA_CHARACTER @ Organization/c1 (identifier[0])",
                        "INSEE_LENGTH @ Organization/c1 (address[1].extension)");

        Organization bare = new Organization();
        Registration r = CptsFhir.registration(bare).get();
        assertThat(r.name()).isEmpty();
        assertThat(r.active()).isTrue();
        assertThat(r.siren()).isEmpty();
        assertThat(r.sirets()).isEmpty();
        assertThat(r.rna()).isEmpty();
        assertThat(r.seat()).isEmpty();
        assertThat(r.start()).isEmpty();
        assertThat(r.end()).isEmpty();
        assertThat(r.aciEngagement()).isFalse();
        bare.setActive(false);
        assertThat(CptsFhir.registration(bare).get().active()).isFalse();
        bare.addType(Fhir.concept(FhirSystems.ENGAGEMENT, "OTHER", null));
        assertThat(CptsFhir.registration(bare).get().aciEngagement()).isFalse();
    }

    @Test
    void aRegistrationReadsTheDaysOfItsPeriodWhateverTheTimeOfDay() {
        Organization o = new Organization();
        Period p = new Period();
        p.getStartElement().setValueAsString("2021-06-15T08:30:00+02:00");
        p.getEndElement().setValueAsString("2024-12-31");
        o.addExtension(FhirSystems.ORGANIZATION_PERIOD, p);
        Registration r = CptsFhir.registration(o).get();
        assertThat(r.start()).contains(LocalDate.of(2021, 6, 15));
        assertThat(r.end()).contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aPeriodGivenToTheYearOrTheMonthIsAProblemNotAnException() {
        // FHIR allows "2021" and "2021-06" as dateTime; a registration's days cannot be read from them
        // (this threw StringIndexOutOfBoundsException before).
        Organization o = new Organization();
        o.setId("c2");
        Period p = new Period();
        p.getStartElement().setValueAsString("2021");
        p.getEndElement().setValueAsString("2024-12");
        o.addExtension(FhirSystems.ORGANIZATION_PERIOD, p);
        var v = CptsFhir.registration(o);
        assertThat(problems(v))
                .containsExactly(
                        "FHIR_DATE_NOT_A_DAY @ Organization/c2 (extension.valuePeriod.start)",
                        "FHIR_DATE_NOT_A_DAY @ Organization/c2 (extension.valuePeriod.end)");
        assertThat(v.getError().head().messageEn()).isEqualTo("date 2021 is not a day (year-month-day expected)");
        assertThat(v.getError().last().messageFr())
                .isEqualTo("la date 2024-12 n'est pas un jour (année-mois-jour attendu)");
    }

    @Test
    void aRegistrationSetsItsIdentifiersAndSeatOnACptsAndHasJavaUtilViews() {
        var cpts = CptsFhirMappingTest.constituted();
        Registration r = CptsFhir.registration(CptsFhir.organization(cpts)).get();
        var bare = cpts.withSiren(io.vavr.control.Option.none())
                .withSirets(List.empty())
                .withRna(io.vavr.control.Option.none())
                .withSeat(io.vavr.control.Option.none());
        assertThat(r.applyTo(bare, Domain.COMMUNES).get()).isEqualTo(cpts);
        assertThat(r.sirenOptional()).contains(CptsFhirMappingTest.SIREN);
        assertThat(r.siretsList()).containsExactly(CptsFhirMappingTest.SIRET);
        assertThat(r.rnaOptional()).contains(CptsFhirMappingTest.RNA);
        assertThat(r.seatOptional().map(c -> c.value())).contains("01053");
        assertThat(r.startOptional()).contains(CptsFhirMappingTest.CONSTITUTED);
        assertThat(r.endOptional()).isEmpty();
    }

    @Test
    void aSeatTheRegistryDoesNotKnowIsFhirSeatUnknown() {
        Organization o = new Organization();
        o.addAddress().addExtension(FhirSystems.ADDRESS_INSEE_CODE, new Coding(FhirSystems.COMMUNE, "01999", null));
        Registration r = CptsFhir.registration(o).get();
        var applied = r.applyTo(CptsFhirMappingTest.constituted(), Domain.COMMUNES);
        assertThat(applied.getError().map(Problem::code)).containsExactly("FHIR_SEAT_UNKNOWN");
        assertThat(applied.getError().head().messageEn()).contains("01999");
    }

    // ------------------------------------------------------------------ professionals

    @Test
    void aPractitionerWithoutIdnpsOrProfessionGivesEachProblem() {
        // Both at once: the missing profession was hidden by the missing identifier before.
        Practitioner p = practitioner(null, null);
        assertThat(problems(CptsFhir.professional(p, List.empty())))
                .containsExactly(
                        "FHIR_IDENTIFIER_MISSING @ Practitioner/p1 (identifier)",
                        "FHIR_PROFESSION_MISSING @ Practitioner/p1 (qualification)");
        assertThat(problems(CptsFhir.professional(practitioner(null, medecin()), List.empty())))
                .containsExactly("FHIR_IDENTIFIER_MISSING @ Practitioner/p1 (identifier)");
        assertThat(problems(CptsFhir.professional(practitioner(IDNPS, null), List.empty())))
                .containsExactly("FHIR_PROFESSION_MISSING @ Practitioner/p1 (qualification)");
        Practitioner other = practitioner(null, new Coding("https://example.org/codes", "10", null));
        other.addIdentifier(id(FhirSystems.RPPS, "10002909371"));
        assertThat(problems(CptsFhir.professional(other, List.empty())))
                .containsExactly(
                        "FHIR_IDENTIFIER_MISSING @ Practitioner/p1 (identifier)",
                        "FHIR_PROFESSION_MISSING @ Practitioner/p1 (qualification)");
    }

    @Test
    void aBadIdnpsAndABadProfessionAreReportedAtTheirElements() {
        Practitioner p = practitioner("8100029093", new Coding(FhirSystems.PROFESSION, "9999", null));
        p.addIdentifier(id(FhirSystems.IDNPS, IDNPS));
        var v = CptsFhir.professional(p, List.empty());
        java.util.List<String> found = problems(v);
        assertThat(found).allSatisfy(x -> assertThat(x).doesNotStartWith("FHIR_IDENTIFIER_MISSING"));
        assertThat(found.get(0)).endsWith("@ Practitioner/p1 (identifier[0])");
        assertThat(found.get(found.size() - 1)).endsWith("@ Practitioner/p1 (qualification[0])");
        assertThat(found).noneMatch(x -> x.startsWith("FHIR_PROFESSION_MISSING"));
    }

    @Test
    void theFirstIdnpsAndTheFirstProfessionAreTakenAndACodingWithoutSystemIsATitleOrASocialProfession() {
        Practitioner p = practitioner(IDNPS, new Coding(null, "93", null));
        p.addIdentifier(id(FhirSystems.IDNPS, "810003056234"));
        p.addQualification().setCode(new CodeableConcept().addCoding(medecin()));
        Member.HealthProfessional m = CptsFhir.professional(p, List.empty()).get();
        assertThat(m.id().value()).isEqualTo(IDNPS);
        assertThat(m.profession()).isEqualTo(Profession.PSYCHOLOGUE);
        assertThat(m.mode()).isEqualTo(ExerciseMode.LIBERAL);
        assertThat(m.specialties()).isEmpty();
        assertThat(m.practisesAt()).isEmpty();
        assertThat(CptsFhir.professional(practitioner(IDNPS, new Coding(null, "41", null)), List.empty())
                        .get()
                        .profession())
                .isEqualTo(Profession.ASSISTANT_SERVICE_SOCIAL);
        // a coding of another system before the profession's is passed over
        Practitioner q = practitioner(IDNPS, new Coding("https://example.org/codes", "x", null));
        q.getQualificationFirstRep().getCode().addCoding(medecin());
        assertThat(CptsFhir.professional(q, List.empty()).get().profession()).isEqualTo(Profession.MEDECIN);
    }

    @Test
    void rolesGiveSpecialtiesModesAndSitesAndEveryUnknownCodeIsReportedAtItsRole() {
        Practitioner p = practitioner(IDNPS, medecin());
        p.addQualification().setCode(Fhir.concept(FhirSystems.SPECIALTY, Specialty.SM54.code(), null));
        PractitionerRole salaried = new PractitionerRole();
        salaried.addCode(Fhir.concept(FhirSystems.EXERCISE_MODE, "S", null));
        salaried.addSpecialty(Fhir.concept(FhirSystems.SPECIALTY, Specialty.PEDIATRIE.code(), null));
        salaried.setOrganization(new Reference().setIdentifier(id(FhirSystems.FINESS, "010002129", "FINEG")));
        PractitionerRole liberal = new PractitionerRole();
        liberal.addCode(Fhir.concept(FhirSystems.EXERCISE_MODE, "L", null));
        liberal.setOrganization(new Reference("Organization/123"));
        Member.HealthProfessional m =
                CptsFhir.professional(p, List.of(salaried, liberal)).get();
        assertThat(m.mode()).isEqualTo(ExerciseMode.MIXTE);
        assertThat(m.specialties()).containsExactly(Specialty.SM54, Specialty.PEDIATRIE);
        assertThat(m.practisesAt()).containsExactly(StructureId.finessEt(Finess.of("010002129")));
        assertThat(CptsFhir.professional(p, List.of(salaried)).get().mode()).isEqualTo(ExerciseMode.SALARIE);
        assertThat(CptsFhir.professional(p, List.of(liberal)).get().mode()).isEqualTo(ExerciseMode.LIBERAL);

        PractitionerRole bad = new PractitionerRole();
        bad.setId("r9");
        bad.addCode(Fhir.concept(FhirSystems.EXERCISE_MODE, "B", null));
        bad.addSpecialty(Fhir.concept(FhirSystems.SPECIALTY, "not a specialty", null));
        bad.setOrganization(new Reference().setIdentifier(id(FhirSystems.FINESS, "123")));
        Practitioner q = practitioner(IDNPS, medecin());
        q.addQualification().setCode(Fhir.concept(FhirSystems.SPECIALTY, "9X", null));
        assertThat(problems(CptsFhir.professional(q, List.of(bad))))
                .containsExactly(
                        "FHIR_CODE_UNKNOWN @ Practitioner/p1 (qualification)",
                        "FHIR_CODE_UNKNOWN @ PractitionerRole/r9 (specialty)",
                        "FHIR_CODE_UNKNOWN @ PractitionerRole/r9 (code)",
                        "FINESS_LENGTH @ PractitionerRole/r9 (organization.identifier)");
    }
}
