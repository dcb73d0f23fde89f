package io.github.cptskit.json;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cptskit.aci.budget.MemberPayment;
import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.aci.calculation.Line;
import io.github.cptskit.aci.calculation.Payment;
import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.calculation.UsedParameter;
import io.github.cptskit.aci.simulation.Signatory;
import io.github.cptskit.aci.simulation.Summary;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.MissionKey;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.aci.tariff.ValueRange;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.identifier.Adeli;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.InseeCode;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.indicator.IndicatorResult;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Note;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.legalform.ScicCategory;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Overlap;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.engine.Route;
import io.github.cptskit.pathways.fhir.EpisodeOfCareStatus;
import io.github.cptskit.pathways.fhir.FhirStatus;
import io.github.cptskit.pathways.fhir.RequestStatus;
import io.github.cptskit.pathways.fhir.TaskStatus;
import io.github.cptskit.pathways.indicator.PcrActivity;
import io.github.cptskit.pathways.indicator.Ratio;
import io.github.cptskit.pathways.indicator.RcpHeld;
import io.github.cptskit.pathways.indicator.ReportingPeriod;
import io.github.cptskit.pathways.indicator.SnpWithinDelay;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of values of the exported types of cpts-core, cpts-aci and cpts-pathways, for the JSON
 * tests. Each {@link Case} names the type a host would declare (the one read back).
 */
final class Samples {
    private Samples() {}

    /** A type and values of it. */
    record Case(String name, Class<?> type, Gen<?> values) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final CommuneRegistry REGISTRY = CommuneRegistry.bundled();
    private static final Seq<Commune> COMMUNES = REGISTRY.communes().take(400);
    private static final RemunerationCalculator CALCULATOR = RemunerationCalculator.of(TariffRules.bundled());

    static final Gen<String> TEXT = strings().allPossible().ofLengthBetween(0, 12);
    static final Gen<String> WORD = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10);
    static final Gen<LocalDate> DAY =
            integers().between(0, 40_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    static final Gen<Instant> INSTANT =
            longs().between(0, 4_000_000_000L).zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);

    static <T> Gen<Option<T>> option(Gen<T> values) {
        return booleans().all().zip(values, (present, v) -> present ? Option.of(v) : Option.none());
    }

    static <T> Gen<Seq<T>> seq(Gen<T> values, int max) {
        return org.quicktheories.generators.SourceDSL.lists()
                .of(values)
                .ofSizeBetween(0, max)
                .map(x -> List.ofAll(x));
    }

    static <T> Gen<T> pick(Seq<T> values) {
        return integers().between(0, values.size() - 1).map(i -> values.get(i));
    }

    static <E extends Enum<E>> Gen<E> oneOf(Class<E> type) {
        return Generate.enumValues(type);
    }

    /** Digits with a Luhn check digit appended. */
    static Gen<String> luhn(int length) {
        return longs().between(0, (long) Math.pow(10, length - 1) - 1).map(n -> {
            String body = String.format("%0" + (length - 1) + "d", n);
            for (char key = '0'; key <= '9'; key++) {
                String candidate = body + key;
                if (luhnValid(candidate)) {
                    return candidate;
                }
            }
            throw new AssertionError(body);
        });
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    static final Gen<Note> NOTE = WORD.zip(TEXT, (fr, en) -> new Note(fr, "en " + en));
    static final Gen<LegalReference> REFERENCE = WORD.zip(
                    TEXT, option(DAY), option(WORD.map(w -> "https://example.org/" + w)), LegalReference::new)
            .zip(option(NOTE), (r, n) -> new LegalReference(r.text(), r.article(), r.date(), r.url(), n));
    static final Gen<MissionKey> MISSION_KEY =
            WORD.zip(integers().between(0, 99), (w, i) -> MissionKey.of(w + "_" + i));
    static final Gen<Location> LOCATION =
            WORD.zip(integers().between(1, 9999), integers().between(1, 999), TEXT, Location::new);
    static final Gen<Problem> PROBLEM = WORD.map(x -> x.toUpperCase())
            .zip(
                    TEXT,
                    TEXT,
                    booleans().all(),
                    (code, fr, en, error) -> error ? Problem.error(code, fr, en) : Problem.warning(code, fr, en))
            .zip(
                    option(REFERENCE),
                    option(LOCATION),
                    (p, r, l) -> new Problem(p.code(), p.severity(), p.messageFr(), p.messageEn(), r, l));
    static final Gen<Sourced<String>> SOURCED = TEXT.zip(REFERENCE, oneOf(Confidence.class), Sourced::new);
    static final Gen<Achievement> ACHIEVEMENT =
            integers().between(0, Achievement.SCALE).map(x -> new Achievement(x));
    static final Gen<Commune> COMMUNE =
            integers().between(0, COMMUNES.size() - 1).map(x -> COMMUNES.get(x));
    static final Gen<Territory> TERRITORY = seq(COMMUNE, 6).map(x -> Territory.of(x));
    static final Gen<Rpps> RPPS = luhn(11).map(x -> new Rpps(x));
    static final Gen<Siren> SIREN = luhn(9).map(x -> new Siren(x));
    static final Gen<Siret> SIRET = luhn(14).map(x -> new Siret(x));
    static final Gen<Adeli> ADELI = longs().between(100_000_000L, 999_999_999L).map(n -> new Adeli(n.toString()));
    static final Gen<Finess> FINESS = luhn(7).map(n -> new Finess("75" + n));
    static final Gen<Rna> RNA = longs().between(0, 999_999_999L).map(n -> new Rna(String.format("W%09d", n)));
    static final Gen<InseeCode> INSEE = COMMUNE.map(c -> new InseeCode(c.code()));
    static final Gen<Idnps> IDNPS = booleans().all().zip(RPPS, ADELI, (rpps, r, a) -> rpps ? Idnps.of(r) : Idnps.of(a));
    static final Gen<Specialty> SPECIALTY =
            integers().between(1, 99).map(n -> new Specialty(String.format("SM%02d", n)));
    static final Gen<StructureId> STRUCTURE_ID = FINESS.map(f -> new StructureId("FINESS", f.value()));
    static final Gen<Associate> ASSOCIATE = booleans()
            .all()
            .zip(
                    option(Generate.enumValues(Profession.class)),
                    option(oneOf(ScicCategory.class)),
                    integers().between(0, 1_000_000),
                    (natural, profession, category, ppm) ->
                            new Associate(natural, profession, category, !natural, ppm));
    static final Gen<LegalForm> LEGAL_FORM = integers().between(0, 4).map(i -> switch (i) {
        case 0 -> new LegalForm.Association(false);
        case 1 -> new LegalForm.Association(true);
        case 2 -> new LegalForm.Sisa();
        case 3 -> new LegalForm.Scic();
        default -> new LegalForm.Gie();
    });
    static final Gen<Member.HealthProfessional> PROFESSIONAL = IDNPS.zip(
                    Generate.enumValues(Profession.class),
                    seq(SPECIALTY, 2),
                    oneOf(ExerciseMode.class),
                    Member.HealthProfessional::of)
            .zip(seq(STRUCTURE_ID, 2), (p, sites) -> sites.foldLeft(p, Member.HealthProfessional::practisingAt));
    static final Gen<Member.Structure> STRUCTURE = oneOf(StructureKind.class)
            .zip(WORD, STRUCTURE_ID, Member.Structure::of)
            .zip(
                    option(LEGAL_FORM),
                    seq(ASSOCIATE, 3),
                    (s, form, associates) ->
                            form.map(f -> s.constitutedAs(f, associates)).getOrElse(s));
    static final Gen<Member> MEMBER = booleans().all().zip(PROFESSIONAL, STRUCTURE, (p, h, s) -> p ? h : s);
    static final Gen<Membership> MEMBERSHIP = MEMBER.zip(
            DAY, seq(oneOf(Role.class), 2), (m, day, roles) -> Membership.of(m, day, roles.toJavaArray(Role[]::new)));
    static final Gen<Lifecycle> LIFECYCLE = DAY.map(x -> Lifecycle.start(x));
    static final Gen<Cpts> CPTS = WORD.zip(TERRITORY, DAY, Cpts::of)
            .zip(seq(MEMBERSHIP, 3), option(SIREN), (c, members, siren) -> {
                Cpts withMembers = members.foldLeft(c, Cpts::withMembership);
                return withMembers.withSiren(siren);
            })
            .zip(
                    option(LEGAL_FORM),
                    (c, form) -> form.map(f -> c.withLegalForm(f)).getOrElse(c));

    static final Gen<Scenario> SCENARIO = longs().between(1, 2_000_000)
            .zip(integers().between(0, 2500), integers().between(1, 5), ACHIEVEMENT, (population, days, year, a) -> {
                LocalDate signature = Scenario.ACCORD_IN_FORCE.plusDays(days);
                var b = Scenario.builder("cpts-" + days)
                        .population(population)
                        .signedOn(signature)
                        .contractYear(year);
                for (Mission m : Mission.values()) {
                    b.mission(m, signature.plusDays(30L * (m.ordinal() + 1)), a);
                }
                return b.build().get();
            });
    static final Gen<Remuneration> REMUNERATION =
            SCENARIO.map(s -> CALCULATOR.calculate(s).get());
    static final Gen<Line> LINE = REMUNERATION.map(r -> r.lines().last());
    static final Gen<Payment> PAYMENT = REMUNERATION.map(r -> r.schedule().head());
    static final Gen<UsedParameter> USED_PARAMETER = WORD.zip(SOURCED, UsedParameter::new);
    static final Gen<javax.money.MonetaryAmount> MONEY =
            longs().between(-10_000_000_000L, 10_000_000_000L).map(x -> Amounts.ofCents(x));

    private static final Engine<NoContext> SNP =
            Catalogue.find("P2").get().definition().engine();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC);
    static final Gen<InstanceId> INSTANCE_ID = WORD.map(w -> new InstanceId("p2-" + w));
    static final Gen<PatientRef> PATIENT =
            WORD.map(w -> PatientRef.parse("pat-" + w).get());
    static final Gen<ActorRef> ACTOR = WORD.map(w -> new ActorRef("usr-" + w));
    static final Gen<TreeMap<String, String>> DATA =
            seq(WORD.zip(TEXT, (k, v) -> io.vavr.Tuple.of(k, v)), 4).map(x -> TreeMap.ofEntries(x));
    static final Gen<Event> EVENT = INSTANCE_ID
            .zip(
                    longs().between(1, Long.MAX_VALUE),
                    longs().all(),
                    WORD,
                    (i, seq, id, type) -> new Event(
                            i,
                            seq,
                            new UUID(id, ~id),
                            type,
                            Instant.EPOCH,
                            Instant.EPOCH,
                            PatientRef.parse("pat-x").get(),
                            new ActorRef("usr-1"),
                            TreeMap.empty()))
            .zip(
                    INSTANT,
                    INSTANT,
                    PATIENT,
                    ACTOR,
                    (e, at, recorded, p, a) -> new Event(
                            e.instance(), e.sequence(), e.id(), e.type(), at, recorded, p, a, TreeMap.empty()))
            .zip(
                    DATA,
                    (e, data) -> new Event(
                            e.instance(),
                            e.sequence(),
                            e.id(),
                            e.type(),
                            e.at(),
                            e.recordedAt(),
                            e.patient(),
                            e.author(),
                            data));
    static final Gen<InstanceState> STATE = INSTANCE_ID.zip(PATIENT, SNP::start);
    static final Gen<Decision> DECISION = STATE.map(s -> SNP.decide(
                    s,
                    Command.of("trieParArm", new ActorRef("usr-1"), TreeMap.of("orientation", "REGULATION_MG")),
                    NoContext.INSTANCE,
                    CLOCK)
            .get());
    static final Gen<Deadline> DEADLINE = WORD.zip(
            integers().between(0, 30).map(x -> Period.ofDays(x)),
            longs().between(0, 1_000_000).map(x -> Duration.ofSeconds(x)),
            WORD,
            INSTANT,
            Deadline::new);

    /** Every case of the tests. */
    static java.util.List<Case> cases() {
        return java.util.List.of(
                new Case("LegalReference", LegalReference.class, REFERENCE),
                new Case("Note", Note.class, NOTE),
                new Case("MissionKey", MissionKey.class, MISSION_KEY),
                new Case("Location", Location.class, LOCATION),
                new Case("Problem", Problem.class, PROBLEM),
                new Case("Sourced", Sourced.class, SOURCED),
                new Case("Achievement", Achievement.class, ACHIEVEMENT),
                new Case(
                        "IndicatorResult",
                        IndicatorResult.class,
                        WORD.zip(integers().between(1, 10), ACHIEVEMENT, IndicatorResult::new)),
                new Case("Commune", Commune.class, COMMUNE),
                new Case("Territory", Territory.class, TERRITORY),
                new Case(
                        "Overlap",
                        Overlap.class,
                        COMMUNE.zip(seq(WORD, 3), (c, w) -> new Overlap(c, w.prependAll(List.of("a", "b"))))),
                new Case("Region", io.github.cptskit.core.territory.Region.class, COMMUNE.map(x -> x.region())),
                new Case(
                        "Departement",
                        io.github.cptskit.core.territory.Departement.class,
                        COMMUNE.map(x -> x.departement())),
                new Case(
                        "Epci",
                        io.github.cptskit.core.territory.Epci.class,
                        COMMUNE.map(c -> c.epci().getOrElse(REGISTRY.epcis().head()))),
                new Case("Rpps", Rpps.class, RPPS),
                new Case("Adeli", Adeli.class, ADELI),
                new Case("Siren", Siren.class, SIREN),
                new Case("Siret", Siret.class, SIRET),
                new Case("Finess", Finess.class, FINESS),
                new Case("Rna", Rna.class, RNA),
                new Case("InseeCode", InseeCode.class, INSEE),
                new Case("Idnps", Idnps.class, IDNPS),
                new Case("Specialty", Specialty.class, SPECIALTY),
                new Case("StructureId", StructureId.class, STRUCTURE_ID),
                new Case("Associate", Associate.class, ASSOCIATE),
                new Case("LegalForm", LegalForm.class, LEGAL_FORM),
                new Case(
                        "LegalForm.Association",
                        LegalForm.Association.class,
                        booleans().all().map(b -> new LegalForm.Association(b))),
                new Case("LegalForm.Sisa", LegalForm.Sisa.class, Generate.constant(new LegalForm.Sisa())),
                new Case("LegalForm.Scic", LegalForm.Scic.class, Generate.constant(new LegalForm.Scic())),
                new Case("LegalForm.Gie", LegalForm.Gie.class, Generate.constant(new LegalForm.Gie())),
                new Case("Member.HealthProfessional", Member.HealthProfessional.class, PROFESSIONAL),
                new Case("Member.Structure", Member.Structure.class, STRUCTURE),
                new Case("Member", Member.class, MEMBER),
                new Case("Membership", Membership.class, MEMBERSHIP),
                new Case("Lifecycle", Lifecycle.class, LIFECYCLE),
                new Case(
                        "Lifecycle.Step",
                        Lifecycle.Step.class,
                        LIFECYCLE.map(l -> l.history().head())),
                new Case("Cpts", Cpts.class, CPTS),
                new Case("MonetaryAmount", javax.money.MonetaryAmount.class, MONEY),
                new Case(
                        "ValueRange",
                        ValueRange.class,
                        longs().between(0, 1000)
                                .zip(
                                        longs().between(0, 1000),
                                        (a, b) -> new ValueRange(
                                                BigDecimal.valueOf(Math.min(a, b), 2),
                                                BigDecimal.valueOf(Math.max(a, b), 1)))),
                new Case("UsedParameter", UsedParameter.class, USED_PARAMETER),
                new Case("Scenario", Scenario.class, SCENARIO),
                new Case("Remuneration", Remuneration.class, REMUNERATION),
                new Case("Line", Line.class, LINE),
                new Case("Payment", Payment.class, PAYMENT),
                new Case(
                        "Factor",
                        io.github.cptskit.aci.calculation.Factor.class,
                        REMUNERATION.map(r -> r.lines()
                                .flatMap(l -> l.factors())
                                .headOption()
                                .getOrElse(new io.github.cptskit.aci.calculation.Factor(
                                        io.github.cptskit.aci.calculation.Factor.Kind.DAYS, 3, 7)))),
                new Case(
                        "Summary",
                        Summary.class,
                        longs().between(0, 1_000_000).map(n -> new Summary(n, 0, n, 2 * n, 0, 3 * n))),
                new Case(
                        "Signatory",
                        Signatory.class,
                        WORD.zip(
                                longs().between(1, 100_000),
                                DAY,
                                (id, population, day) -> new Signatory(
                                        id, "84", population, Scenario.ACCORD_IN_FORCE.plusDays(day.getDayOfYear())))),
                new Case(
                        "PublicFigure",
                        io.github.cptskit.aci.simulation.PublicFigure.class,
                        pick(io.github.cptskit.aci.simulation.PublicFigure.bundled())),
                new Case(
                        "ModelParameter",
                        io.github.cptskit.aci.simulation.ModelParameter.class,
                        pick(io.github.cptskit.aci.simulation.ModelParameters.bundled()
                                .all())),
                new Case("MemberPayment", MemberPayment.class, WORD.zip(DAY, MONEY, MemberPayment::new)),
                new Case("InstanceId", InstanceId.class, INSTANCE_ID),
                new Case("PatientRef", PatientRef.class, PATIENT),
                new Case("ActorRef", ActorRef.class, ACTOR),
                new Case(
                        "Tenant",
                        io.github.cptskit.pathways.store.Tenant.class,
                        WORD.map(w -> new io.github.cptskit.pathways.store.Tenant("t_" + w))),
                new Case(
                        "Erasure",
                        io.github.cptskit.pathways.store.Erasure.class,
                        INSTANT.zip(
                                ACTOR,
                                integers().between(0, 1000),
                                (at, actor, n) -> new io.github.cptskit.pathways.store.Erasure(
                                        new java.util.UUID(at.getEpochSecond(), n),
                                        new io.github.cptskit.pathways.store.Tenant("cpts_" + n),
                                        n % 2 == 0
                                                ? io.github.cptskit.pathways.store.Erasure.Reason.PATIENT
                                                : io.github.cptskit.pathways.store.Erasure.Reason.RETENTION,
                                        at,
                                        actor,
                                        n,
                                        3L * n,
                                        n / 2))),
                new Case(
                        "Parked",
                        io.github.cptskit.pathways.store.Parked.class,
                        INSTANCE_ID.zip(
                                INSTANT,
                                (id, at) -> new io.github.cptskit.pathways.store.Parked(
                                        id,
                                        "snp-sas",
                                        "STREAM_UNREPLAYABLE",
                                        "event " + id + "#2 does not follow",
                                        at))),
                new Case("Event", Event.class, EVENT),
                new Case("InstanceState", InstanceState.class, STATE),
                new Case("Decision", Decision.class, DECISION),
                new Case("Deadline", Deadline.class, DEADLINE),
                new Case(
                        "Rejection",
                        Rejection.class,
                        PROBLEM.zip(
                                seq(WORD, 2),
                                seq(PROBLEM, 2),
                                (p, guards, problems) -> new Rejection(p, guards, problems))),
                new Case(
                        "Route",
                        Route.class,
                        WORD.zip(
                                seq(WORD, 3),
                                (f, v) -> new Route(f, io.vavr.collection.HashSet.ofAll(v.prepend("v"))))),
                new Case(
                        "FhirStatus",
                        FhirStatus.class,
                        option(oneOf(EpisodeOfCareStatus.class))
                                .zip(option(oneOf(RequestStatus.class)), oneOf(TaskStatus.class), FhirStatus::new)),
                new Case(
                        "PcrActivity",
                        PcrActivity.class,
                        longs().between(0, 1000).map(n -> new PcrActivity(n, n / 2, n / 3))),
                new Case("Ratio", Ratio.class, longs().between(0, 1000).map(n -> new Ratio(n / 2, n))),
                new Case(
                        "RcpHeld",
                        RcpHeld.class,
                        integers().between(2000, 2100).map(y -> new RcpHeld(Year.of(y), 3, 4))),
                new Case(
                        "ReportingPeriod",
                        ReportingPeriod.class,
                        INSTANT.map(i -> new ReportingPeriod(i, i.plusSeconds(86_400)))),
                new Case(
                        "SnpWithinDelay",
                        SnpWithinDelay.class,
                        longs().between(0, 1000)
                                .map(n -> new SnpWithinDelay(Duration.ofHours(48), new Ratio(n / 2, n)))),
                new Case("TreeSet", TreeSet.class, seq(WORD, 4).map(x -> TreeSet.<String>ofAll(x))));
    }
}
