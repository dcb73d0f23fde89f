package io.github.cptskit.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.cpts.Stage;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.indicator.IndicatorResult;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.fhir.internal.Fhir;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.fhir.FhirMapping;
import io.github.cptskit.pathways.fhir.FhirStatus;
import io.github.cptskit.pathways.indicator.Ratio;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * The CPTS as FHIR R4 resources of HAPI FHIR, with the identifier and code systems of FR Core and the
 * ANS ({@link FhirSystems}): the CPTS and its member structures as {@code Organization}s, its
 * professionals as {@code Practitioner}s with their {@code PractitionerRole}s, its members as a
 * {@code CareTeam}, a pathway instance as an {@code EpisodeOfCare} with its steps as {@code Task}s
 * (and a {@code ServiceRequest} for a referral), an ACI indicator as a {@code MeasureReport}; and back,
 * where FHIR holds what the domain needs ({@link #registration}, {@link #structure},
 * {@link #professional}). Resource ids are name-based UUIDs of what identifies the resource, so the
 * same member always has the same id.
 *
 * <pre>{@code
 * Practitioner p = CptsFhir.practitioner(gp);
 * String json = CptsFhir.context().newJsonParser().encodeResourceToString(p);
 * Member.HealthProfessional back = CptsFhir.professional(p, CptsFhir.practitionerRoles(gp)).get();
 * }</pre>
 *
 * <p>Mapping choices (docs/fhir.md has the table): the period of a membership ends on the last day as a
 * member (the domain's {@code left} is the first day out); an exercise mode {@code MIXTE} is the two
 * TRE_R23 codes {@code L} and {@code S}; a profession of TRE_R95 or TRE_R94 has the NOS URL of its code
 * system ({@link FhirSystems#USAGER_TITRE}, {@link FhirSystems#PROFESSION_SOCIAL}). Organizations,
 * practitioners and their roles claim the ANS Annuaire IG's profiles in {@code meta.profile}; the CPTS is
 * TRE_R244 {@code 255} and, once its ACI contract is signed, TRE_R395 {@code ACI}.
 * Patients and actors are pseudonymous identifiers only ({@link FhirSystems#PATIENT_PSEUDONYM}).
 *
 * <p>Every method is stateless and thread-safe; the resources returned are new, mutable HAPI objects
 * owned by the caller. A {@code null} argument is a {@link NullPointerException} naming it.
 */
public final class CptsFhir {
    private CptsFhir() {}

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /**
     * HAPI's R4 context, built once per JVM ({@link FhirContext#forR4Cached()}): building one scans
     * the model classes and takes about a second, while the context is thread-safe and its parsers are
     * cheap. Make parsers from it for each use ({@code context().newJsonParser()}): a parser is not
     * thread-safe.
     *
     * @return the shared R4 context
     */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    // ---------------------------------------------------------------- CPTS and structures

    /**
     * The CPTS as an {@code Organization}: its SIREN, SIRETs and RNA number, its kind ({@code CPTS}) and,
     * once constituted, FR Core's {@code LEGAL-ENTITY} type, its seat's commune as the address, active
     * unless dissolved, and its period (from its constitution, or its initiative, to its dissolution)
     * as the {@code organization-period} extension.
     *
     * @param cpts the CPTS
     * @return the organization
     */
    public static Organization organization(Cpts cpts) {
        Objects.requireNonNull(cpts, "cpts");
        Organization o = new Organization();
        o.setId(Fhir.id("Organization", "CPTS:" + cptsKey(cpts)));
        // No meta.profile: the Annuaire's as-organization cannot be fully checked on it (docs/fhir.md).
        for (var siren : cpts.siren()) {
            o.addIdentifier(identifier(StructureId.of(siren)));
        }
        for (Siret siret : cpts.sirets()) {
            o.addIdentifier(identifier(StructureId.of(siret)));
        }
        for (var rna : cpts.rna()) {
            o.addIdentifier(identifier(StructureId.of(rna)));
        }
        o.addType(Fhir.concept(FhirSystems.ORGANIZATION_KIND, FhirSystems.KIND_CPTS, "CPTS"));
        o.addType(Fhir.concept(
                FhirSystems.ORGANIZATION_CATEGORY, FhirSystems.CATEGORY_CPTS, FhirSystems.CATEGORY_CPTS_DISPLAY));
        if (aciEngaged(cpts)) {
            o.addType(Fhir.concept(
                    FhirSystems.ENGAGEMENT, FhirSystems.ENGAGEMENT_ACI, FhirSystems.ENGAGEMENT_ACI_DISPLAY));
        }
        if (cpts.legalForm().isDefined()) {
            o.addType(Fhir.concept(FhirSystems.ORGANIZATION_TYPE, FhirSystems.LEGAL_ENTITY, "Entité juridique"));
        }
        o.setName(cpts.name());
        for (Commune seat : cpts.seat()) {
            o.addAddress(address(seat));
        }
        o.setActive(cpts.lifecycle().stage() != Stage.DISSOLVED);
        LocalDate start = cpts.constitutionDate().getOrElse(cpts.initiative());
        o.addExtension(
                FhirSystems.ORGANIZATION_PERIOD,
                Fhir.days(start, cpts.lifecycle().dateOf(Stage.DISSOLVED).getOrNull()));
        return o;
    }

    /**
     * A member structure as an {@code Organization}: its identifiers (FINESS EJ as {@code FINEJ}, FINESS
     * ET as {@code FINEG}, SIREN, SIRET, RNA), its kind and name.
     *
     * @param structure the structure
     * @return the organization
     */
    public static Organization organization(Member.Structure structure) {
        Objects.requireNonNull(structure, "structure");
        Organization o = new Organization();
        o.setId(Fhir.id("Organization", structure.key()));
        o.getMeta().addProfile(FhirSystems.PROFILE_ORGANIZATION);
        for (StructureId id : structure.ids()) {
            o.addIdentifier(identifier(id));
        }
        o.addType(Fhir.concept(FhirSystems.ORGANIZATION_KIND, structure.kind().name(), null));
        o.setName(structure.name().isEmpty() ? null : structure.name());
        o.setActive(true);
        return o;
    }

    /**
     * The FHIR identifier of a structure's identifier: system and type from FR Core (SIREN, SIRET,
     * FINESS EJ/ET), cptskit's system for the RNA; a FINESS whose kind (EJ or ET) is not said has no type.
     *
     * @param id the structure's identifier
     * @return the FHIR identifier
     */
    public static Identifier identifier(StructureId id) {
        Objects.requireNonNull(id, "id");
        return switch (id.scheme()) {
            case "FINESS" -> Fhir.identifier(FhirSystems.FINESS, id.value(), null, null);
            case "FINESS_EJ" ->
                Fhir.identifier(
                        FhirSystems.FINESS, id.value(), FhirSystems.IDENTIFIER_TYPE, FhirSystems.TYPE_FINESS_EJ);
            case "FINESS_ET" ->
                Fhir.identifier(
                        FhirSystems.FINESS, id.value(), FhirSystems.IDENTIFIER_TYPE, FhirSystems.TYPE_FINESS_ET);
            case "SIREN" ->
                Fhir.identifier(FhirSystems.SIRENE, id.value(), FhirSystems.IDENTIFIER_TYPE, FhirSystems.TYPE_SIREN);
            case "SIRET" ->
                Fhir.identifier(FhirSystems.SIRENE, id.value(), FhirSystems.IDENTIFIER_TYPE, FhirSystems.TYPE_SIRET);
            case "RNA" -> Fhir.identifier(FhirSystems.RNA, id.value(), null, null);
            default -> throw new IllegalStateException("scheme without a FHIR system: " + id.scheme());
        };
    }

    /**
     * The registration of a CPTS read back from its {@code Organization}: name, SIREN, SIRETs, RNA,
     * seat, period and whether active.
     *
     * @param organization the organization
     * @return the registration, or every problem (codes {@code FHIR_*} and those of the identifiers)
     */
    public static Validation<Seq<Problem>, Registration> registration(Organization organization) {
        Objects.requireNonNull(organization, "organization");
        return Reverse.registration(organization);
    }

    /**
     * A member structure read back from its {@code Organization}.
     *
     * @param organization the organization, with its kind ({@link FhirSystems#ORGANIZATION_KIND})
     * @return the structure, or every problem
     */
    public static Validation<Seq<Problem>, Member.Structure> structure(Organization organization) {
        Objects.requireNonNull(organization, "organization");
        return Reverse.structure(organization);
    }

    // ---------------------------------------------------------------- professionals

    /**
     * A professional as a {@code Practitioner}: the IDNPS (FR Core slice {@code idNatPs}), the RPPS
     * where there is one (slice {@code rpps}), and the profession as the {@code exercicePro}
     * qualification. No name: cptskit keeps none.
     *
     * @param professional the professional
     * @return the practitioner
     */
    public static Practitioner practitioner(Member.HealthProfessional professional) {
        Objects.requireNonNull(professional, "professional");
        Practitioner p = new Practitioner();
        p.setId(practitionerId(professional.id()));
        p.getMeta().addProfile(FhirSystems.PROFILE_PRACTITIONER);
        p.addIdentifier(Fhir.identifier(
                FhirSystems.IDNPS, professional.id().value(), FhirSystems.IDENTIFIER_TYPE, FhirSystems.TYPE_IDNPS));
        for (var rpps : professional.id().rpps()) {
            p.addIdentifier(Fhir.identifier(
                    FhirSystems.RPPS, rpps.value(), FhirSystems.IDENTIFIER_TYPE, FhirSystems.TYPE_RPPS));
        }
        p.addQualification().setCode(new CodeableConcept().addCoding(profession(professional.profession())));
        p.setActive(true);
        return p;
    }

    /**
     * A professional's situations of practice as {@code PractitionerRole}s, one per structure or site
     * where they practise (its organisation a logical reference by identifier), or one without
     * organisation if none is known: profession, specialties (TRE_R38) and exercise mode (TRE_R23).
     *
     * @param professional the professional
     * @return the roles, at least one
     */
    public static Seq<PractitionerRole> practitionerRoles(Member.HealthProfessional professional) {
        Objects.requireNonNull(professional, "professional");
        if (professional.practisesAt().isEmpty()) {
            return List.of(role(professional, "site:none"));
        }
        return professional
                .practisesAt()
                .map(site -> role(professional, "site:" + site)
                        .setOrganization(new Reference().setIdentifier(identifier(site))));
    }

    /**
     * {@link #practitionerRoles} as a {@code java.util.List} (unmodifiable, same order).
     *
     * @param professional the professional
     * @return the roles, at least one
     */
    public static java.util.List<PractitionerRole> practitionerRolesList(Member.HealthProfessional professional) {
        return practitionerRoles(professional).asJava();
    }

    /**
     * A professional's membership of the CPTS as a {@code PractitionerRole}: the CPTS as organisation,
     * the roles in the CPTS, the period from the day they joined to their last day as a member.
     *
     * @param membership the membership of a professional
     * @param cpts the CPTS's organization ({@link #organization(Cpts)}), with its id
     * @return the role
     * @throws IllegalArgumentException if the member is not a professional
     */
    public static PractitionerRole membershipRole(Membership membership, Organization cpts) {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(cpts, "cpts");
        if (!(membership.member() instanceof Member.HealthProfessional p)) {
            throw new IllegalArgumentException("a PractitionerRole is a professional's: "
                    + membership.member().key());
        }
        PractitionerRole r = role(p, "cpts:" + cpts.getIdElement().getIdPart() + ":" + membership.joined());
        r.setOrganization(Fhir.reference(cpts));
        for (Role role : membership.roles()) {
            r.addCode(Fhir.concept(FhirSystems.CPTS_ROLE, role.name(), null));
        }
        r.setPeriod(membershipPeriod(membership));
        r.setActive(membership.left().isEmpty());
        return r;
    }

    /**
     * A professional read back from their {@code Practitioner} and {@code PractitionerRole}s: the
     * IDNPS, the profession, the specialties and exercise modes of the roles, and the structures of
     * the roles whose organisation is a reference by identifier.
     *
     * @param practitioner the practitioner
     * @param roles their roles (those of {@link #practitionerRoles}), possibly none
     * @return the professional, or every problem
     */
    public static Validation<Seq<Problem>, Member.HealthProfessional> professional(
            Practitioner practitioner, Iterable<PractitionerRole> roles) {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(roles, "roles");
        return Reverse.professional(practitioner, List.ofAll(roles));
    }

    // ---------------------------------------------------------------- the members

    /**
     * The members of the CPTS as a {@code CareTeam} managed by the CPTS: each membership a participant
     * (a practitioner or an organisation, by reference to the resources of {@link #practitioner} and
     * {@link #organization(Member.Structure)}) with its roles and period; status {@code proposed}
     * before the ARS approves the projet, {@code active} from then, {@code inactive} once dissolved.
     *
     * @param cpts the CPTS
     * @return the care team
     */
    public static CareTeam careTeam(Cpts cpts) {
        Objects.requireNonNull(cpts, "cpts");
        Organization organization = organization(cpts);
        CareTeam team = new CareTeam();
        team.setId(Fhir.id("CareTeam", "CPTS:" + cptsKey(cpts)));
        Stage stage = cpts.lifecycle().stage();
        team.setStatus(
                stage == Stage.DISSOLVED
                        ? CareTeam.CareTeamStatus.INACTIVE
                        : stage.compareTo(Stage.APPROVED_BY_ARS) >= 0
                                ? CareTeam.CareTeamStatus.ACTIVE
                                : CareTeam.CareTeamStatus.PROPOSED);
        team.setName(cpts.name());
        team.addManagingOrganization(Fhir.reference(organization));
        for (Membership m : cpts.members()) {
            CareTeam.CareTeamParticipantComponent participant = team.addParticipant();
            participant.setMember(
                    m.member() instanceof Member.HealthProfessional p
                            ? Fhir.reference(practitioner(p))
                            : Fhir.reference(organization((Member.Structure) m.member())));
            for (Role role : m.roles()) {
                participant.addRole(Fhir.concept(FhirSystems.CPTS_ROLE, role.name(), null));
            }
            participant.setPeriod(membershipPeriod(m));
        }
        return team;
    }

    // ---------------------------------------------------------------- pathways

    /**
     * A patient pathway's instance as an {@code EpisodeOfCare}: its status from the catalogue's mapping
     * ({@link FhirMapping}), its type the pathway, the patient a pseudonymous identifier only, managed
     * by the CPTS.
     *
     * @param instance the instance
     * @param started the day it started
     * @param cpts the CPTS's organization, with its id
     * @return the episode, or the problem (one): {@code FHIR_STATE_UNMAPPED} (a state the mapping does not
     *     know) or {@code FHIR_NOT_AN_EPISODE} (a pathway that does not follow a patient)
     */
    public static Validation<Seq<Problem>, EpisodeOfCare> episodeOfCare(
            InstanceState instance, LocalDate started, Organization cpts) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(cpts, "cpts");
        return status(instance)
                .flatMap(s -> s.episodeOfCare().isEmpty()
                        ? Validation.invalid(
                                List.of(Problem.of(FhirProblem.FHIR_NOT_AN_EPISODE, instance.definitionId())))
                        : Validation.valid(Fhir.withId(
                                new EpisodeOfCare()
                                        .setStatus(EpisodeOfCare.EpisodeOfCareStatus.fromCode(
                                                s.episodeOfCare().get().code()))
                                        .addIdentifier(instanceIdentifier(instance))
                                        .addType(pathway(instance))
                                        .setPatient(patient(instance.subject()))
                                        .setManagingOrganization(Fhir.reference(cpts))
                                        .setPeriod(Fhir.days(started, null)),
                                Fhir.id("EpisodeOfCare", instance.instance().value()))));
    }

    /**
     * A pathway instance's current state as a {@code Task}: its status from the catalogue's mapping,
     * the pathway's own state as {@code businessStatus} (the FHIR codes are coarser), for the
     * pseudonymous patient, owned by the CPTS.
     *
     * @param instance the instance
     * @param cpts the CPTS's organization, with its id
     * @return the task, or the problem (one): {@code FHIR_STATE_UNMAPPED}
     */
    public static Validation<Seq<Problem>, Task> task(InstanceState instance, Organization cpts) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(cpts, "cpts");
        return status(instance).map(s -> {
            Task t = new Task();
            t.setId(Fhir.id("Task", instance.instance().value()));
            t.addIdentifier(instanceIdentifier(instance));
            t.setStatus(Task.TaskStatus.fromCode(s.task().code()));
            t.setIntent(Task.TaskIntent.ORDER);
            t.setCode(pathway(instance));
            t.setBusinessStatus(Fhir.concept(
                    FhirSystems.PATHWAY_STATE, instance.definitionId() + "/" + instance.state(), instance.state()));
            t.setFor(patient(instance.subject()));
            t.setOwner(Fhir.reference(cpts));
            return t;
        });
    }

    /**
     * The steps of a pathway instance as {@code Task}s, one per event, each {@code completed} when the
     * event took effect, part of the instance's task ({@link #task}), its code the event type, its
     * requester the event's pseudonymous author.
     *
     * @param instanceTask the instance's task, with its id
     * @param events the instance's events
     * @return one task per event, in order
     */
    public static Seq<Task> steps(Task instanceTask, Iterable<Event> events) {
        Objects.requireNonNull(instanceTask, "instanceTask");
        Objects.requireNonNull(events, "events");
        return List.ofAll(events).map(e -> {
            Task t = new Task();
            t.setId(Fhir.id("Task", e.instance().value() + "#" + e.sequence()));
            t.setStatus(Task.TaskStatus.COMPLETED);
            t.setIntent(Task.TaskIntent.ORDER);
            t.addPartOf(Fhir.reference(instanceTask));
            t.setCode(Fhir.concept(FhirSystems.PATHWAY_EVENT, e.type(), null));
            t.setFor(patient(e.patient()));
            t.setRequester(actor(e.author()));
            t.setAuthoredOnElement(instant(e.recordedAt()));
            t.setExecutionPeriod(new Period().setEndElement(instant(e.at())));
            return t;
        });
    }

    /**
     * {@link #steps} as a {@code java.util.List} (unmodifiable, same order).
     *
     * @param instanceTask the instance's task, with its id
     * @param events the instance's events
     * @return one task per event, in order
     */
    public static java.util.List<Task> stepsList(Task instanceTask, Iterable<Event> events) {
        return steps(instanceTask, events).asJava();
    }

    /**
     * A referral pathway's instance as a {@code ServiceRequest}: its status the pathway state's
     * {@code RequestStatus} in the catalogue's mapping (the pathways that have one: the patient
     * pathways), its code the pathway, for the pseudonymous patient, requested by the CPTS.
     *
     * @param instance the instance
     * @param cpts the CPTS's organization, with its id
     * @return the request, or the problem (one): {@code FHIR_STATE_UNMAPPED} or {@code FHIR_NOT_A_REQUEST}
     */
    public static Validation<Seq<Problem>, ServiceRequest> serviceRequest(InstanceState instance, Organization cpts) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(cpts, "cpts");
        return status(instance)
                .flatMap(s -> s.carePlan().isEmpty()
                        ? Validation.invalid(List.of(
                                Problem.of(FhirProblem.FHIR_NOT_A_REQUEST, instance.state(), instance.definitionId())))
                        : Validation.valid(Fhir.withId(
                                new ServiceRequest()
                                        .setStatus(ServiceRequest.ServiceRequestStatus.fromCode(
                                                s.carePlan().get().code()))
                                        .setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
                                        .addIdentifier(instanceIdentifier(instance))
                                        .setCode(pathway(instance))
                                        .setSubject(patient(instance.subject()))
                                        .setRequester(Fhir.reference(cpts)),
                                Fhir.id("ServiceRequest", instance.instance().value()))));
    }

    // ---------------------------------------------------------------- indicators

    /**
     * An ACI indicator of the CPTS's contract as a summary {@code MeasureReport}: the measure a
     * canonical URL of the indicator's name ({@link FhirSystems#MEASURE}), the period, the CPTS as
     * reporter, the achievement as the group's score and, when counted, the numerator and denominator
     * populations.
     *
     * @param indicator the indicator and its achievement
     * @param counts the counts it was computed from, if any
     * @param first the first day of the period
     * @param last the last day of the period
     * @param cpts the CPTS's organization, with its id
     * @return the report
     */
    public static MeasureReport measureReport(
            IndicatorResult indicator, Option<Ratio> counts, LocalDate first, LocalDate last, Organization cpts) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(cpts, "cpts");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends after it starts: " + first + " .. " + last);
        }
        MeasureReport r = new MeasureReport();
        r.setId(Fhir.id("MeasureReport", cpts.getIdElement().getIdPart() + "|" + indicator.name() + "|" + first));
        r.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
        r.setType(MeasureReport.MeasureReportType.SUMMARY);
        r.setMeasure(FhirSystems.MEASURE + URLEncoder.encode(indicator.name(), StandardCharsets.UTF_8));
        r.setPeriod(Fhir.days(first, last));
        r.setReporter(Fhir.reference(cpts));
        MeasureReport.MeasureReportGroupComponent group = r.addGroup();
        group.setCode(new CodeableConcept().setText(indicator.name()));
        for (Ratio ratio : counts) {
            group.addPopulation()
                    .setCode(Fhir.concept(MEASURE_POPULATION, "numerator", "Numerator"))
                    .setCount(Math.toIntExact(ratio.numerator()));
            group.addPopulation()
                    .setCode(Fhir.concept(MEASURE_POPULATION, "denominator", "Denominator"))
                    .setCount(Math.toIntExact(ratio.denominator()));
        }
        group.setMeasureScore(new Quantity().setValue(indicator.achievement().rate()));
        return r;
    }

    /**
     * {@link #measureReport(IndicatorResult, Option, LocalDate, LocalDate, Organization)} with the counts as
     * an {@code Optional}.
     *
     * @param indicator the indicator and its achievement
     * @param counts the counts it was computed from, if any
     * @param first the first day of the period
     * @param last the last day of the period
     * @param cpts the CPTS's organization, with its id
     * @return the report
     */
    public static MeasureReport measureReport(
            IndicatorResult indicator, Optional<Ratio> counts, LocalDate first, LocalDate last, Organization cpts) {
        Objects.requireNonNull(counts, "counts");
        return measureReport(indicator, Option.ofOptional(counts), first, last, cpts);
    }

    /**
     * A builder of the {@code MeasureReport} of an indicator, instead of five positional arguments:
     *
     * <pre>{@code
     * MeasureReport r = CptsFhir.measureReport(indicator)
     *         .counts(ratio).period(first, last).reporter(cptsOrganization).build();
     * }</pre>
     *
     * @param indicator the indicator and its achievement
     * @return the builder
     */
    public static MeasureReportBuilder measureReport(IndicatorResult indicator) {
        return new MeasureReportBuilder(Objects.requireNonNull(indicator, "indicator"));
    }

    /**
     * Builds the {@code MeasureReport} of an indicator ({@link CptsFhir#measureReport(IndicatorResult)}):
     * the period and the reporter are required, the counts optional. Not thread-safe; one per report.
     */
    public static final class MeasureReportBuilder {
        private final IndicatorResult indicator;
        private Ratio counts;
        private LocalDate first;
        private LocalDate last;
        private Organization reporter;

        private MeasureReportBuilder(IndicatorResult indicator) {
            this.indicator = indicator;
        }

        /**
         * The counts the indicator was computed from (numerator and denominator populations).
         *
         * @param ratio the counts
         * @return this builder
         */
        public MeasureReportBuilder counts(Ratio ratio) {
            this.counts = Objects.requireNonNull(ratio, "ratio");
            return this;
        }

        /**
         * The period reported.
         *
         * @param first its first day
         * @param last its last day, not before the first
         * @return this builder
         */
        public MeasureReportBuilder period(LocalDate first, LocalDate last) {
            this.first = Objects.requireNonNull(first, "first");
            this.last = Objects.requireNonNull(last, "last");
            return this;
        }

        /**
         * The CPTS that reports.
         *
         * @param cpts the CPTS's organization ({@link CptsFhir#organization(Cpts)}), with its id
         * @return this builder
         */
        public MeasureReportBuilder reporter(Organization cpts) {
            this.reporter = Objects.requireNonNull(cpts, "cpts");
            return this;
        }

        /**
         * The report.
         *
         * @return the report
         * @throws IllegalStateException if the period or the reporter was not given
         * @throws IllegalArgumentException if the period ends before it starts
         */
        public MeasureReport build() {
            if (first == null || reporter == null) {
                throw new IllegalStateException("a MeasureReport needs its period and its reporter");
            }
            return measureReport(indicator, Option.of(counts), first, last, reporter);
        }
    }

    /** HL7's measure population types (R4 core terminology). */
    private static final String MEASURE_POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";

    // ---------------------------------------------------------------- helpers

    static String practitionerId(Idnps id) {
        return Fhir.id("Practitioner", "IDNPS:" + id.value());
    }

    static String cptsKey(Cpts cpts) {
        return cpts.siren()
                .map(s -> "SIREN:" + s.value())
                .orElse(() -> cpts.rna().map(r -> "RNA:" + r.value()))
                .getOrElse(() -> "NAME:" + cpts.name() + "|" + cpts.initiative());
    }

    private static PractitionerRole role(Member.HealthProfessional p, String key) {
        PractitionerRole r = new PractitionerRole();
        r.setId(Fhir.id("PractitionerRole", p.key() + "|" + key));
        r.getMeta().addProfile(FhirSystems.PROFILE_PRACTITIONER_ROLE);
        r.setPractitioner(new Reference("Practitioner/" + practitionerId(p.id())));
        r.addCode(new CodeableConcept().addCoding(profession(p.profession())));
        for (String mode : modes(p.mode())) {
            r.addCode(Fhir.concept(FhirSystems.EXERCISE_MODE, mode, null));
        }
        for (Specialty s : p.specialties()) {
            r.addSpecialty(Fhir.concept(FhirSystems.SPECIALTY, s.code(), null));
        }
        r.setActive(true);
        return r;
    }

    static List<String> modes(ExerciseMode mode) {
        return switch (mode) {
            case LIBERAL -> List.of("L");
            case SALARIE -> List.of("S");
            case MIXTE -> List.of("L", "S");
        };
    }

    static Coding profession(Profession profession) {
        return new Coding(professionSystem(profession.nomenclature()), profession.code(), profession.label());
    }

    /** The FHIR system of a nomenclature of professions: TRE_G15's, and the NOS URLs of TRE_R94 and TRE_R95. */
    static String professionSystem(Profession.Nomenclature nomenclature) {
        return switch (nomenclature) {
            case TRE_G15 -> FhirSystems.PROFESSION;
            case TRE_R94 -> FhirSystems.PROFESSION_SOCIAL;
            case TRE_R95 -> FhirSystems.USAGER_TITRE;
        };
    }

    /** Whether the CPTS has signed its ACI contract (and is not dissolved): TRE_R395 {@code ACI}. */
    static boolean aciEngaged(Cpts cpts) {
        return cpts.lifecycle().dateOf(Stage.ACI_SIGNED).isDefined()
                && cpts.lifecycle().stage() != Stage.DISSOLVED;
    }

    private static Period membershipPeriod(Membership m) {
        return Fhir.days(m.joined(), m.left().map(d -> d.minusDays(1)).getOrNull());
    }

    private static Address address(Commune seat) {
        Address a = new Address()
                .setCity(seat.name())
                .setDistrict(seat.departementCode())
                .setCountry("FR");
        a.addExtension(FhirSystems.ADDRESS_INSEE_CODE, new Coding(FhirSystems.COMMUNE, seat.code(), seat.name()));
        return a;
    }

    private static Validation<Seq<Problem>, FhirStatus> status(InstanceState instance) {
        return FhirMapping.bundled()
                .status(instance)
                .toValidation(() -> List.of(
                        Problem.of(FhirProblem.FHIR_STATE_UNMAPPED, instance.state(), instance.definitionId())));
    }

    private static Identifier instanceIdentifier(InstanceState instance) {
        return new Identifier()
                .setSystem(FhirSystems.PATHWAY_INSTANCE)
                .setValue(instance.instance().value());
    }

    private static CodeableConcept pathway(InstanceState instance) {
        return Fhir.concept(FhirSystems.PATHWAY, instance.definitionId(), null);
    }

    private static Reference patient(PatientRef patient) {
        return new Reference()
                .setType("Patient")
                .setIdentifier(new Identifier()
                        .setSystem(FhirSystems.PATIENT_PSEUDONYM)
                        .setValue(patient.value()));
    }

    private static Reference actor(ActorRef actor) {
        return new Reference()
                .setIdentifier(
                        new Identifier().setSystem(FhirSystems.ACTOR_PSEUDONYM).setValue(actor.value()));
    }

    private static DateTimeType instant(Instant at) {
        return new DateTimeType(Date.from(at), TemporalPrecisionEnum.MILLI, UTC);
    }
}
