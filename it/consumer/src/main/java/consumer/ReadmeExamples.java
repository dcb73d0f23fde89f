package consumer;

import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.Line;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.simulation.AchievementDistribution;
import io.github.cptskit.aci.simulation.Basis;
import io.github.cptskit.aci.simulation.ModelParameters;
import io.github.cptskit.aci.simulation.ScenarioSimulation;
import io.github.cptskit.aci.simulation.Simulation;
import io.github.cptskit.aci.simulation.SimulationResult;
import io.github.cptskit.aci.simulation.Summary;
import io.github.cptskit.aci.simulation.SyntheticPortfolio;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.indicator.IndicatorResult;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemsException;
import io.github.cptskit.core.problem.Results;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.codec.EventLog;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.fhir.FhirMapping;
import io.github.cptskit.pathways.indicator.ReportingPeriod;
import io.github.cptskit.pathways.indicator.SnpWithinDelay;
import io.github.cptskit.pathways.jdbc.PostgresEventStore;
import io.github.cptskit.pathways.store.DeadlineScheduler;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.InMemoryEventStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import javax.sql.DataSource;

/**
 * The README's examples, compiled and run as a consumer would, with java.util types only: no Vavr
 * import (decision record 0004). ReadmeSyncTest (cpts-pathways) checks that every line of the
 * README's Java examples, and every import, is here; keep them in sync.
 */
public final class ReadmeExamples {

    /** The README's PostgreSQL lines: compiled, not run (the consumer check has no database). */
    static EventStore postgres(DataSource dataSource) {
        PostgresEventStore store = PostgresEventStore.of(dataSource);  // the host's DataSource (pool); PostgreSQL 12+
        store.migrate();                                               // creates or upgrades its tables, once
        return store;
    }

    /** The README's host example, on the in-memory store (the same contract). */
    static String host(Engine<NoContext> engine, InstanceState state, Command command, InstanceId id, Clock clock,
            EventStore store, ScheduledExecutorService executor) throws InterruptedException {
        Decision decision = Rejection.orElseThrow(engine.decide(state, command, NoContext.INSTANCE, clock));
        Optional<Rejection> conflict = Rejection.of(store.append(decision));
        if (conflict.isPresent()) {                                    // APPEND_CONFLICT: another writer was first
            try (Stream<Event> log = store.read(id)) {                 // read again, decide again
                state = engine.replay(log.toList());
            }
        } else {
            state = decision.state();
        }
        DeadlineScheduler<NoContext> scheduler = DeadlineScheduler.of(
            store, Catalogue.allList().stream().map(Pathway::definition).toList(), NoContext.INSTANCE, Clock.systemUTC());
        ScheduledFuture<?> deadlines = scheduler.start(executor, Duration.ofMinutes(1), fired -> {}, error -> {});
        String task = FhirMapping.bundled().statusOptional(state).orElseThrow().task().code();
        deadlines.cancel(false);
        executor.shutdown();
        executor.awaitTermination(1, TimeUnit.MINUTES); // its first run may have fired the deadline already
        EventStore.Fired fired = scheduler.runOnce();   // the 48 h delay has long passed on the system clock
        String afterDeadline;
        try (Stream<Event> log = store.read(id)) {
            afterDeadline = engine.replay(log.toList()).state();
        }
        if (!task.equals("accepted") || fired.events() > 1 || !afterDeadline.equals("ECHEC_DELAI")) {
            throw new AssertionError("unexpected host results: " + task + " " + fired + " " + afterDeadline);
        }
        return task;
    }

    public static void main(String[] args) throws InterruptedException {
        // --- README: A territory and its ACI size band (cpts-core)
        CommuneRegistry registry = CommuneRegistry.bundled();
        Territory gex = Results.orElseThrow(registry.territory(List.of("01173", "01160", "01419")));  // or ProblemsException
        long population = gex.population();
        SizeBand band = gex.sizeBandOnOptional(LocalDate.of(2025, 1, 1)).orElseThrow().value();

        // --- README: A CPTS as it is registered, checked as of a date, and its ACI year (cpts-core, cpts-aci)
        Lifecycle life = Results.orElseThrow(Lifecycle.start(LocalDate.of(2022, 1, 10))
            .submitProjet(LocalDate.of(2022, 9, 1))
            .flatMap(l -> l.arsApproves(LocalDate.of(2022, 11, 1)))
            .flatMap(l -> l.signAci(LocalDate.of(2023, 3, 1))));
        Member gp = Member.HealthProfessional.of(Results.orElseThrow(Idnps.parse("810002909371")), Profession.MEDECIN,
            List.of(Specialty.SM54), ExerciseMode.LIBERAL);
        Member nurse = Member.HealthProfessional.of(Results.orElseThrow(Idnps.parse("810000000009")), Profession.INFIRMIER,
            List.of(), ExerciseMode.LIBERAL);
        Cpts cpts = Cpts.of("CPTS du Pays de Gex", gex, LocalDate.of(2022, 1, 10))
            .withLifecycle(life)
            .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), LocalDate.of(2022, 3, 2))
            .withRna(Rna.of("W011234567"))        // none for a local-law association (57, 67, 68)
            .withSeat(registry.findOptional("01173"))
            .withMember(gp, LocalDate.of(2022, 3, 2), Role.PRESIDENT)
            .withMember(nurse, LocalDate.of(2022, 3, 2), Role.TRESORIER)
            .withMissionStarted(CptsMission.ACCES, LocalDate.of(2023, 6, 1))
            .withMissionStarted(CptsMission.PARCOURS, LocalDate.of(2024, 1, 15))
            .withMissionStarted(CptsMission.PREVENTION, LocalDate.of(2024, 1, 15))
            .withMissionStarted(CptsMission.CRISES, LocalDate.of(2023, 9, 1));
        List<Problem> problems = RuleSet.standard().evaluateList(cpts, LocalDate.of(2025, 6, 1), List.of());
        Scenario june2024 = Results.orElseThrow(Scenario.builder(cpts, LocalDate.of(2024, 6, 1))   // contract year 2, from the signature
            .achievement(Mission.ACCES, Achievement.FULL)
            .build());
        if (!problems.isEmpty() || june2024.contractYear() != 2
                || !Results.problems(RemunerationCalculator.of(TariffRules.bundled()).calculate(june2024)).isEmpty()) {
            throw new AssertionError("unexpected CPTS results: " + problems);
        }
        // The problems are never lost: .get() used to throw NoSuchElementException without them.
        try {
            Results.orElseThrow(registry.territory(List.of("01173", "99999", "98888")));
            throw new AssertionError("unknown communes accepted");
        } catch (ProblemsException e) {
            if (e.problemList().size() < 2 || !e.getMessage(Locale.FRENCH).contains("99999")) {
                throw new AssertionError("problems lost: " + e.getMessage());
            }
        }

        // --- Problems read their messages from each module's bundles on the module path (docs/problems.md)
        Problem badKey = Rpps.parse("10002909372").getError().head();
        Problem unknownParameter = TariffRules.bundled().with("fonctionement.taille2", "1").getError().head();
        if (!badKey.format(Locale.FRENCH).startsWith("erreur RPPS_KEY: clé de contrôle")
                || !badKey.format(Locale.ENGLISH).startsWith("error RPPS_KEY: invalid check digit")
                || !unknownParameter.message(Locale.FRENCH).startsWith("paramètre inconnu : fonctionement.taille2")
                || !unknownParameter.message(Locale.ENGLISH).startsWith("unknown parameter: fonctionement.taille2")) {
            throw new AssertionError("catalogue messages on the module path: " + badKey + "; " + unknownParameter);
        }

        // --- README: A remuneration with its explanation (cpts-aci)
        Scenario year = Results.orElseThrow(Scenario.builder("cpts-du-pays-de-gex")
            .population(97_000)
            .signedOn(LocalDate.of(2023, 3, 1))
            .contractYear(2)
            .mission(Mission.ACCES, LocalDate.of(2023, 6, 1), Results.orElseThrow(Achievement.parse("0.8")))
            .mission(Mission.PARCOURS, LocalDate.of(2024, 1, 15), Achievement.FULL)
            .mission(Mission.PREVENTION, LocalDate.of(2024, 1, 15), Results.orElseThrow(Achievement.parse("50%")))
            .mission(Mission.CRISES, LocalDate.of(2023, 9, 1), Achievement.NONE)
            .build());
        Remuneration r = Results.orElseThrow(RemunerationCalculator.of(TariffRules.bundled()).calculate(year));
        MonetaryAmount total = r.total();             // EUR, lines add up to it to the cent
        System.out.println(r.explain(Locale.FRENCH)); // every line, its parameters, sources, schedule

        // --- README: java.util all the way: views, plain setters, builders, Results (cpts-core, cpts-aci)
        List<Line> lines = r.linesList();                        // every Vavr result has its java.util view
        Cpts registered = cpts.withSirets(List.of(Siret.of("18003502400017")))
            .withRegistrationDate(LocalDate.of(2022, 3, 20));    // plain values and java.util lists, no Option or Seq
        Member.Structure msp = Member.Structure.of(StructureKind.MSP, "MSP de Gex", StructureId.siret(Siret.of("18003502400017")))
            .constitutedAs(LegalForm.SISA, List.of(gp.asAssociate(), nurse.asAssociate(),
                Associate.builder().naturalPerson(true).profession(Profession.MEDECIN).build()));
        Rpps rpps = Results.orElseThrow(Rpps.parse("10002909371"), ps -> new IllegalArgumentException(ps.get(0).code()));
        String shown = Results.fold(Rpps.parse("1000290937"), ps -> ps.get(0).message(Locale.FRENCH), Rpps::value);
        if (lines.isEmpty() || registered.siretsList().size() != 1
                || !registered.registrationDateOptional().equals(Optional.of(LocalDate.of(2022, 3, 20)))
                || msp.constitutionOptional().orElseThrow().associatesList().size() != 3
                || !rpps.value().equals("10002909371") || !shown.startsWith("numéro RPPS")) {
            throw new AssertionError("java.util entry points: " + shown);
        }

        // --- README: A national simulation (cpts-aci)
        Simulation sim = Results.orElseThrow(Simulation.builder(TariffRules.bundled(), SyntheticPortfolio.signatoriesList())
            .basis(Basis.CASH)
            .years(2020, 2027)
            .parameters(ModelParameters.bundledFitted())   // or .bundled() for the priors
            .build());
        SimulationResult res = sim.run(42L, 10_000, draw -> {});
        Summary y2025 = res.total(2025);                   // P5, P50, P95 and mean, in EUR
        long noise = res.standardErrorCents(2025);         // Monte Carlo error of the mean
        if (y2025.p5Cents() > y2025.p95Cents() || noise < 0) {
            throw new AssertionError("national simulation");
        }
        // Given CPTS-years only: ScenarioSimulation, from a java.util.List
        ScenarioSimulation given = Results.orElseThrow(ScenarioSimulation.of(TariffRules.bundled(), List.of(year)));
        MonetaryAmount mean = given.run(AchievementDistribution.beta(8, 2), 42L, 100, draw -> {})
                .total()
                .mean();

        // --- README: A pathway instance, its FHIR status, its log and an ACI indicator (cpts-pathways)
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC);
        ZoneId paris = ZoneId.of("Europe/Paris");
        Pathway p2 = Catalogue.findOptional("P2").orElseThrow();         // soins non programmés via the SAS
        Engine<NoContext> engine = p2.engine();
        PatientRef patient = Results.orElseThrow(PatientRef.parse("pat-7f3a9c"));   // pseudonymous; a NIR is refused
        ActorRef author = Results.orElseThrow(ActorRef.parse("usr-4411"));          // who records: pseudonymous, never a name
        InstanceState s = engine.start(InstanceId.random(), patient);
        Decision d = Rejection.orElseThrow(engine.decide(                // or ProblemsException: code, guards, data problems
            s, Command.of("trieParArm", author, Map.of("orientation", "REGULATION_MG")), NoContext.INSTANCE, clock));
        List<Event> events = d.eventsList();                             // numbered, identified (UUIDv7), stamped, signed
        s = d.state();                                                   // the state once they are appended
        String jsonl = EventLog.write(p2.definition(), events);          // one JSON object per line (format 2)
        String task = FhirMapping.bundled().statusOptional(s).orElseThrow().task().code();   // "received"
        List<List<Event>> logs = List.of(events);                        // one log per P2 instance
        IndicatorResult within48h = SnpWithinDelay.of(logs, Duration.ofHours(48), ReportingPeriod.year(Year.of(2025), paris))
            .ratio().indicator("snp-48h", 1);
        Scenario withIndicators = Results.orElseThrow(Scenario.builder("cpts-du-pays-de-gex")
            .population(97_000)
            .signedOn(LocalDate.of(2023, 3, 1))
            .contractYear(2)
            .mission(Mission.ACCES, LocalDate.of(2023, 6, 1), List.of(within48h))
            .build());
        // A refused command: a value, or one ProblemsException with its code
        Optional<Rejection> refused = Rejection.of(engine.decide(s, Command.of("nope", author), NoContext.INSTANCE, clock));
        if (refused.isEmpty() || !refused.get().code().equals("EVENT_UNKNOWN")) {
            throw new AssertionError("unknown event accepted");
        }

        // --- README: A host: the event store, the deadline scheduler, the FHIR status
        // (the consumer check has no database: the same contract in memory; postgres() compiles the rest)
        EventStore store = new InMemoryEventStore();
        store.append(d);
        Command command = Command.of("regule", author).with("decision", "RDV");
        String hostTask = host(engine, s, command, s.instance(), clock, store, Executors.newSingleThreadScheduledExecutor());

        if (!task.equals("received") || !jsonl.contains("\"snp-sas\"") || withIndicators == null || hostTask == null) {
            throw new AssertionError("unexpected pathway results: " + task);
        }
        if (population <= 0 || band == null || total.isNegativeOrZero() || mean.isNegativeOrZero()) {
            throw new AssertionError("unexpected README results");
        }
        System.out.println("README examples OK on the " + args[0] + ": population " + population + ", " + band
                + ", total " + total + ", simulated mean " + mean);
    }
}
