package consumer;

import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.simulation.AchievementDistribution;
import io.github.cptskit.aci.simulation.ScenarioSimulation;
import io.github.cptskit.aci.simulation.Basis;
import io.github.cptskit.aci.simulation.ModelParameters;
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
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.core.indicator.IndicatorResult;
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
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import javax.sql.DataSource;

/** The README's examples, compiled and run as a consumer would (keep them in sync with README.md). */
public final class ReadmeExamples {

    /** The README's PostgreSQL lines: compiled, not run (the consumer check has no database). */
    static EventStore postgres(DataSource dataSource) {
        PostgresEventStore store = PostgresEventStore.of(dataSource);
        store.migrate();
        return store;
    }

    public static void main(String[] args) throws InterruptedException {
        // --- README: A territory and its ACI size band (cpts-core)
        CommuneRegistry registry = CommuneRegistry.bundled();
        Territory gex = registry.territory(List.of("01173", "01160", "01419")).get();
        long population = gex.population();
        SizeBand band = gex.sizeBandOn(LocalDate.of(2025, 1, 1)).get().value();

        // --- README: A CPTS as it is registered, checked as of a date, and its ACI year (cpts-core, cpts-aci)
        Lifecycle life = Lifecycle.start(LocalDate.of(2022, 1, 10))
                .submitProjet(LocalDate.of(2022, 9, 1))
                .flatMap(l -> l.arsApproves(LocalDate.of(2022, 11, 1)))
                .flatMap(l -> l.signAci(LocalDate.of(2023, 3, 1)))
                .get();
        Member gp = Member.HealthProfessional.of(Idnps.parse("810002909371").get(), Profession.MEDECIN,
                io.vavr.collection.List.of(Specialty.SM54), ExerciseMode.LIBERAL);
        Member nurse = Member.HealthProfessional.of(Idnps.parse("810000000009").get(), Profession.INFIRMIER,
                io.vavr.collection.List.empty(), ExerciseMode.LIBERAL);
        Cpts cpts = Cpts.of("CPTS du Pays de Gex", gex, LocalDate.of(2022, 1, 10))
                .withLifecycle(life)
                .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), LocalDate.of(2022, 3, 2))
                .withRna(Option.some(Rna.of("W011234567")))
                .withSeat(registry.find("01173"))
                .withMember(gp, LocalDate.of(2022, 3, 2), Role.PRESIDENT)
                .withMember(nurse, LocalDate.of(2022, 3, 2), Role.TRESORIER)
                .withMissionStarted(CptsMission.ACCES, LocalDate.of(2023, 6, 1))
                .withMissionStarted(CptsMission.PARCOURS, LocalDate.of(2024, 1, 15))
                .withMissionStarted(CptsMission.PREVENTION, LocalDate.of(2024, 1, 15))
                .withMissionStarted(CptsMission.CRISES, LocalDate.of(2023, 9, 1));
        Seq<Problem> problems =
                RuleSet.standard().evaluate(cpts, LocalDate.of(2025, 6, 1), io.vavr.collection.List.empty());
        Scenario june2024 = Scenario.builder(cpts, LocalDate.of(2024, 6, 1))
                .achievement(Mission.ACCES, Achievement.FULL)
                .build().get();
        if (!problems.isEmpty() || june2024.contractYear() != 2
                || RemunerationCalculator.of(TariffRules.bundled()).calculate(june2024).isInvalid()) {
            throw new AssertionError("unexpected CPTS results: " + problems);
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
        Scenario year = Scenario.builder("cpts-du-pays-de-gex")
                .population(97_000)
                .signedOn(LocalDate.of(2023, 3, 1))
                .contractYear(2)
                .mission(Mission.ACCES, LocalDate.of(2023, 6, 1), Achievement.parse("0.8").get())
                .mission(Mission.PARCOURS, LocalDate.of(2024, 1, 15), Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2024, 1, 15), Achievement.parse("50%").get())
                .mission(Mission.CRISES, LocalDate.of(2023, 9, 1), Achievement.NONE)
                .build().get();
        Remuneration r = RemunerationCalculator.of(TariffRules.bundled()).calculate(year).get();
        MonetaryAmount total = r.total();
        System.out.println(r.explain(Locale.FRENCH));

        // --- README: A national simulation (cpts-aci)
        Simulation sim = Simulation.builder(TariffRules.bundled(), SyntheticPortfolio.signatories())
                .basis(Basis.CASH)
                .years(2020, 2027)
                .parameters(ModelParameters.bundledFitted()) // or .bundled() for the priors
                .build()
                .get();
        SimulationResult res = sim.run(42L, 1_000, draw -> {}); // README: 10,000 draws
        Summary y2025 = res.total(2025); // P5, P50, P95 and mean, in EUR
        long noise = res.standardErrorCents(2025); // Monte Carlo error of the mean
        if (y2025.p5Cents() > y2025.p95Cents() || noise < 0) {
            throw new AssertionError("national simulation");
        }
        // Given CPTS-years only: ScenarioSimulation
        ScenarioSimulation given = ScenarioSimulation.of(TariffRules.bundled(), io.vavr.collection.List.of(year))
                .get();
        MonetaryAmount mean = given.run(AchievementDistribution.beta(8, 2), 42L, 100, draw -> {})
                .total()
                .mean();

        // --- README: A pathway instance, its FHIR status, its log and an ACI indicator (cpts-pathways)
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC);
        ZoneId paris = ZoneId.of("Europe/Paris");
        Pathway p2 = Catalogue.find("P2").get();
        Engine<NoContext> engine = p2.engine();
        PatientRef patient = PatientRef.parse("pat-7f3a9c").get();
        ActorRef author = ActorRef.parse("usr-4411").get();
        InstanceState s = engine.start(InstanceId.random(), patient);
        Either<Rejection, Decision> d = engine.decide(
                s, Command.of("trieParArm", author).with("orientation", "REGULATION_MG"), NoContext.INSTANCE, clock);
        Seq<Event> events = d.get().events();
        s = d.get().state();
        String jsonl = EventLog.write(p2.definition(), events);
        String task = FhirMapping.bundled().status(s).get().task().code(); // "received"
        Seq<Seq<Event>> logs = io.vavr.collection.List.of(events);
        IndicatorResult within48h = SnpWithinDelay.of(
                        logs, Duration.ofHours(48), ReportingPeriod.year(Year.of(2025), paris))
                .ratio()
                .indicator("snp-48h", 1);

        // --- README: A host: the event store, the deadline scheduler, the FHIR status
        // (the consumer check has no database: the same contract in memory; postgres() below compiles the rest)
        EventStore store = new InMemoryEventStore();
        InstanceState state = s;
        InstanceId id = s.instance();
        Command command = Command.of("regule", author).with("decision", "RDV");
        store.append(d.get());
        Decision decision = engine.decide(state, command, NoContext.INSTANCE, clock).get();
        Either<Rejection, InstanceState> stored = store.append(decision);
        if (stored.isLeft()) {
            try (Stream<Event> log = store.read(id)) {
                state = engine.replay(log.toList());
            }
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        DeadlineScheduler<NoContext> scheduler = DeadlineScheduler.of(
                store, Catalogue.all().map(Pathway::definition), NoContext.INSTANCE, Clock.systemUTC());
        ScheduledFuture<?> deadlines = scheduler.start(executor, Duration.ofMinutes(1), fired -> {}, error -> {});
        String hostTask = FhirMapping.bundled().status(stored.getOrElse(state)).get().task().code();
        deadlines.cancel(false);
        executor.shutdown();
        executor.awaitTermination(1, TimeUnit.MINUTES); // its first run may have fired the deadline already
        EventStore.Fired fired = scheduler.runOnce(); // the 48 h delay has long passed on the system clock
        String afterDeadline;
        try (Stream<Event> log = store.read(id)) {
            afterDeadline = engine.replay(log.toList()).state();
        }
        if (!hostTask.equals("accepted") || fired.events() > 1 || !afterDeadline.equals("ECHEC_DELAI")) {
            throw new AssertionError("unexpected host results: " + hostTask + " " + fired + " " + afterDeadline);
        }

        Scenario withIndicators = Scenario.builder("cpts-du-pays-de-gex")
                .population(97_000)
                .signedOn(LocalDate.of(2023, 3, 1))
                .contractYear(2)
                .mission(Mission.ACCES, LocalDate.of(2023, 6, 1), io.vavr.collection.List.of(within48h))
                .build().get();

        if (!task.equals("received") || !jsonl.contains("\"snp-sas\"") || withIndicators == null) {
            throw new AssertionError("unexpected pathway results: " + task);
        }
        if (population <= 0 || band == null || total.isNegativeOrZero() || mean.isNegativeOrZero()) {
            throw new AssertionError("unexpected README results");
        }
        System.out.println("README examples OK on the " + args[0] + ": population " + population + ", " + band
                + ", total " + total + ", simulated mean " + mean);
    }
}
