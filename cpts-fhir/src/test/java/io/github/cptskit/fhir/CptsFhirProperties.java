package io.github.cptskit.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import ca.uhn.fhir.parser.IParser;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.indicator.IndicatorResult;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.fhir.FhirMapping;
import io.github.cptskit.pathways.fhir.FhirStatus;
import io.github.cptskit.pathways.indicator.Ratio;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/**
 * Over generated domain values: every resource passes HAPI's R4 instance validator with no error, and
 * a JSON encode → parse → map back round trip keeps every mapped field.
 */
class CptsFhirProperties {

    private static final int EXAMPLES = 60;

    private static IParser json() {
        return CptsFhir.context().newJsonParser();
    }

    /** The resource after a trip through JSON, encoded again identically. */
    @SuppressWarnings("unchecked")
    private static <T extends Resource> T trip(T resource) {
        String text = json().encodeResourceToString(resource);
        T back = (T) json().parseResource(resource.getClass(), text);
        assertThat(json().encodeResourceToString(back)).isEqualTo(text);
        return back;
    }

    private static void valid(IBaseResource resource) {
        assertThat(Validation.errors(resource))
                .as(() -> json().setPrettyPrint(true).encodeResourceToString(resource))
                .isEmpty();
    }

    @Test
    void professionalsAreValidPractitionersAndRolesAndComeBackWhole() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Member.HealthProfessional p = new Domain(seed).professional();
            Practitioner practitioner = CptsFhir.practitioner(p);
            Seq<PractitionerRole> roles = CptsFhir.practitionerRoles(p);
            valid(practitioner);
            roles.forEach(CptsFhirProperties::valid);
            var back = CptsFhir.professional(trip(practitioner), roles.map(CptsFhirProperties::trip));
            assertThat(back.isValid()).as(() -> back.toString()).isTrue();
            assertThat(back.get()).isEqualTo(p);
        });
    }

    @Test
    void structuresAreValidOrganizationsAndComeBackWhole() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Member.Structure s = new Domain(seed).structure();
            Organization o = CptsFhir.organization(s);
            valid(o);
            assertThat(CptsFhir.structure(trip(o)).get()).isEqualTo(s);
        });
    }

    @Test
    void aCptsIsAValidOrganizationAndCareTeamWhoseRegistrationComesBack() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Cpts cpts = new Domain(seed).cpts();
            Organization o = CptsFhir.organization(cpts);
            valid(o);
            Registration r = CptsFhir.registration(trip(o)).get();
            assertThat(r.name()).isEqualTo(cpts.name());
            assertThat(r.siren()).isEqualTo(cpts.siren());
            assertThat(r.sirets()).isEqualTo(cpts.sirets());
            assertThat(r.rna()).isEqualTo(cpts.rna());
            assertThat(r.seat().map(c -> c.value())).isEqualTo(cpts.seat().map(c -> c.code()));
            assertThat(r.start()).contains(cpts.constitutionDate().getOrElse(cpts.initiative()));
            Cpts bare = cpts.withSiren(Option.none())
                    .withSirets(List.empty())
                    .withRna(Option.none())
                    .withSeat(Option.none());
            assertThat(r.applyTo(bare, Domain.COMMUNES).get()).isEqualTo(cpts);

            CareTeam team = CptsFhir.careTeam(cpts);
            valid(team);
            assertThat(trip(team).getParticipant()).hasSize(cpts.members().size());
            for (Membership m : cpts.members()) {
                if (m.member() instanceof Member.HealthProfessional) {
                    PractitionerRole role = trip(CptsFhir.membershipRole(m, o));
                    valid(role);
                    assertThat(role.getPeriod().getStartElement().getValueAsString())
                            .isEqualTo(m.joined().toString());
                    assertThat(Option.of(role.getPeriod().getEndElement().getValueAsString())
                                    .map(LocalDate::parse)
                                    .map(d -> d.plusDays(1)))
                            .isEqualTo(m.left());
                }
            }
        });
    }

    @Test
    void everyMappedStateOfEveryPathwayGivesValidResources() {
        Organization cpts = CptsFhir.organization(new Domain(1).cpts());
        int episodes = 0;
        for (Pathway p : Catalogue.all()) {
            for (Tuple2<String, FhirStatus> row : FhirMapping.bundled().table(p.id())) {
                InstanceState s = new InstanceState(
                        InstanceId.parse("inst_" + p.code() + ":" + row._1).get(),
                        PatientRef.parse("pat-7f3a9c").get(),
                        p.id(),
                        p.definition().version(),
                        row._1,
                        3,
                        TreeMap.empty());
                Task task = CptsFhir.task(s, cpts).get();
                valid(task);
                assertThat(trip(task).getStatus().toCode())
                        .isEqualTo(row._2.task().code());
                assertThat(task.getBusinessStatus().getCodingFirstRep().getDisplay())
                        .isEqualTo(row._1);
                var episode = CptsFhir.episodeOfCare(s, LocalDate.of(2025, 3, 1), cpts);
                assertThat(episode.isValid()).isEqualTo(row._2.episodeOfCare().isDefined());
                if (episode.isValid()) {
                    episodes++;
                    EpisodeOfCare e = trip(episode.get());
                    valid(e);
                    assertThat(e.getStatus().toCode())
                            .isEqualTo(row._2.episodeOfCare().get().code());
                    assertThat(e.getPatient().getIdentifier().getValue()).isEqualTo("pat-7f3a9c");
                    assertThat(e.getPatient().hasReference()).isFalse();
                } else {
                    assertThat(episode.getError().map(Problem::code)).containsExactly("FHIR_NOT_AN_EPISODE");
                }
                var request = CptsFhir.serviceRequest(s, cpts);
                if (request.isValid()) {
                    ServiceRequest r = trip(request.get());
                    valid(r);
                    assertThat(r.getStatus().toCode())
                            .isEqualTo(row._2.carePlan().get().code());
                }
                List<Event> events = List.of(new Event(
                        s.instance(),
                        1,
                        new UUID(1, 2),
                        "signale",
                        Instant.parse("2025-03-01T10:15:30.123Z"),
                        Instant.parse("2025-03-01T10:16:00Z"),
                        s.subject(),
                        ActorRef.parse("usr-4411").get(),
                        TreeMap.empty()));
                Seq<Task> steps = CptsFhir.steps(task, events);
                steps.forEach(CptsFhirProperties::valid);
                assertThat(CptsFhir.stepsList(task, events.asJava()).stream()
                                .map(t -> json().encodeResourceToString(t))
                                .toList())
                        .isEqualTo(
                                steps.map(t -> json().encodeResourceToString(t)).toJavaList());
                assertThat(trip(steps.head()).getExecutionPeriod().getEnd().toInstant())
                        .isEqualTo(Instant.parse("2025-03-01T10:15:30.123Z"));
            }
        }
        assertThat(episodes).isPositive();
    }

    @Test
    void theValidatorFindsErrors() {
        // A check that cannot fail proves nothing: an episode without its required patient is refused.
        EpisodeOfCare e = new EpisodeOfCare().setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        assertThat(Validation.errors(e)).isNotEmpty();
        Organization o = CptsFhir.organization(new Domain(3).structure());
        o.getIdentifierFirstRep().setUse(null).getType().getCodingFirstRep().setCode("not a code with spaces ");
        o.addContact().addTelecom().setValue("x").setSystem(null);
        assertThat(Validation.errors(o)).isNotEmpty();
    }

    @Test
    void indicatorsAreValidMeasureReports() {
        Organization cpts = CptsFhir.organization(new Domain(2).cpts());
        qt().withExamples(EXAMPLES)
                .forAll(longs().between(0, 10_000), longs().between(0, 10_000))
                .checkAssert((a, b) -> {
                    Ratio ratio = new Ratio(Math.min(a, b), Math.max(a, b));
                    IndicatorResult indicator = ratio.indicator("patients sans MT ayant trouvé un MT", 2);
                    MeasureReport r = trip(CptsFhir.measureReport(
                            indicator, Option.some(ratio), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), cpts));
                    valid(r);
                    assertThat(r.getGroupFirstRep().getMeasureScore().getValue())
                            .isEqualByComparingTo(indicator.achievement().rate());
                    assertThat(r.getGroupFirstRep().getPopulation().get(0).getCount())
                            .isEqualTo(ratio.numerator());
                    assertThat(r.getGroupFirstRep().getPopulation().get(1).getCount())
                            .isEqualTo(ratio.denominator());
                });
        IndicatorResult snp = new IndicatorResult("créneaux SNP publiés", 1, Achievement.FULL);
        MeasureReport noCounts =
                CptsFhir.measureReport(snp, Option.none(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), cpts);
        valid(noCounts);
        // The java.util overload and the builder give the same report as the positional Vavr form.
        Ratio ratio = new Ratio(3, 7);
        IndicatorResult counted = ratio.indicator("patients sans MT ayant trouvé un MT", 2);
        String positional = json().encodeResourceToString(CptsFhir.measureReport(
                counted, Option.some(ratio), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), cpts));
        assertThat(json().encodeResourceToString(CptsFhir.measureReport(
                        counted,
                        java.util.Optional.of(ratio),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        cpts)))
                .isEqualTo(positional);
        assertThat(json().encodeResourceToString(CptsFhir.measureReport(counted)
                        .counts(ratio)
                        .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                        .reporter(cpts)
                        .build()))
                .isEqualTo(positional);
        assertThat(json().encodeResourceToString(CptsFhir.measureReport(snp)
                        .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                        .reporter(cpts)
                        .build()))
                .isEqualTo(json().encodeResourceToString(noCounts));
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> CptsFhir.measureReport(snp).reporter(cpts).build())
                .withMessageContaining("period");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> CptsFhir.measureReport(snp)
                        .period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1))
                        .reporter(cpts)
                        .build());
    }

    @Test
    void theJavaUtilViewsHoldWhatTheVavrAccessorsHold() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Domain domain = new Domain(seed);
            Member.HealthProfessional p = domain.professional();
            assertThat(CptsFhir.practitionerRolesList(p).stream()
                            .map(r -> json().encodeResourceToString(r))
                            .toList())
                    .isEqualTo(CptsFhir.practitionerRoles(p)
                            .map(r -> json().encodeResourceToString(r))
                            .toJavaList());
            Registration r =
                    CptsFhir.registration(CptsFhir.organization(domain.cpts())).get();
            assertThat(r.sirenOptional()).isEqualTo(r.siren().toJavaOptional());
            assertThat(r.siretsList()).isEqualTo(r.sirets().toJavaList());
            assertThat(r.rnaOptional()).isEqualTo(r.rna().toJavaOptional());
            assertThat(r.seatOptional()).isEqualTo(r.seat().toJavaOptional());
            assertThat(r.startOptional()).isEqualTo(r.start().toJavaOptional());
            assertThat(r.endOptional()).isEqualTo(r.end().toJavaOptional());
        });
    }
}
