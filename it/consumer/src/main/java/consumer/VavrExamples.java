package consumer;

import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.simulation.ScenarioSimulation;
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
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.catalogue.Pathway;
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
import io.github.cptskit.pathways.indicator.SnpWithinDelay;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * The same domain with Vavr types, as a consumer that uses Vavr writes it: results composed as
 * {@code Validation}s and {@code Either}s, never unwrapped with {@code get()} before every problem is
 * known (decision record 0004).
 */
public final class VavrExamples {

    public static void main(String[] args) {
        CommuneRegistry registry = CommuneRegistry.bundled();

        // Every problem at once: three inputs checked together, problems accumulated.
        Validation<Seq<Problem>, Territory> territory = registry.territory(List.of("01173", "01160", "01419"));
        Validation<Seq<Problem>, Idnps> gpId = Idnps.parse("810002909371");
        Validation<Seq<Problem>, Lifecycle> life = Lifecycle.start(LocalDate.of(2022, 1, 10))
                .submitProjet(LocalDate.of(2022, 9, 1))
                .flatMap(l -> l.arsApproves(LocalDate.of(2022, 11, 1)))
                .flatMap(l -> l.signAci(LocalDate.of(2023, 3, 1)));
        Validation<Seq<Problem>, Cpts> cpts = Validation.combine(territory, gpId, life)
                .ap((t, id, l) -> Cpts.of("CPTS du Pays de Gex", t, LocalDate.of(2022, 1, 10))
                        .withLifecycle(l)
                        .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), LocalDate.of(2022, 3, 2))
                        .withRna(Option.some(Rna.of("W011234567")))
                        .withSeat(registry.find("01173"))
                        .withMember(
                                Member.HealthProfessional.of(
                                        id, Profession.MEDECIN, List.of(Specialty.SM54), ExerciseMode.LIBERAL),
                                LocalDate.of(2022, 3, 2),
                                Role.PRESIDENT)
                        .withMember(
                                Member.HealthProfessional.of(
                                        Idnps.parse("810000000009").get(),
                                        Profession.INFIRMIER,
                                        List.empty(),
                                        ExerciseMode.LIBERAL),
                                LocalDate.of(2022, 3, 2),
                                Role.TRESORIER)
                        .withMissionStarted(CptsMission.ACCES, LocalDate.of(2023, 6, 1))
                        .withMissionStarted(CptsMission.PARCOURS, LocalDate.of(2024, 1, 15))
                        .withMissionStarted(CptsMission.PREVENTION, LocalDate.of(2024, 1, 15))
                        .withMissionStarted(CptsMission.CRISES, LocalDate.of(2023, 9, 1)))
                .mapError(errors -> errors.flatMap(e -> e));
        Seq<Problem> problems = cpts.fold(e -> e, c -> RuleSet.standard().evaluate(c, LocalDate.of(2025, 6, 1), List.empty()));
        Option<Lifecycle> badStep = Lifecycle.start(LocalDate.of(2024, 1, 10)).activate(LocalDate.of(2024, 2, 1)).toOption();

        // A scenario and its remuneration, composed without unwrapping
        Validation<Seq<Problem>, MonetaryAmount> total = cpts.flatMap(c -> Scenario.builder(c, LocalDate.of(2024, 6, 1))
                        .achievement(Mission.ACCES, Achievement.FULL)
                        .build())
                .flatMap(s -> RemunerationCalculator.of(TariffRules.bundled()).calculate(s))
                .map(r -> r.total());

        // A pathway: Either<Rejection, Decision>, a TreeMap of data, logs as a Seq of Seqs
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC);
        Pathway p2 = Catalogue.find("P2").get();
        Engine<NoContext> engine = p2.engine();
        ActorRef author = ActorRef.parse("usr-4411").get();
        InstanceState s = engine.start(InstanceId.random(), PatientRef.parse("pat-7f3a9c").get());
        Either<Rejection, Decision> d = engine.decide(
                s, Command.of("trieParArm", author, TreeMap.of("orientation", "REGULATION_MG")), NoContext.INSTANCE, clock);
        Either<Rejection, Decision> refused = engine.decide(s, Command.of("nope", author), NoContext.INSTANCE, clock);
        Seq<Seq<Event>> logs = d.map(Decision::events).toList();
        Option<String> task = d.toOption().flatMap(x -> FhirMapping.bundled().status(x.state())).map(f -> f.task().code());
        IndicatorResult within48h = SnpWithinDelay.of(logs, Duration.ofHours(48)).ratio().indicator("snp-48h", 1);
        Validation<Seq<Problem>, ScenarioSimulation> given = Scenario.builder("cpts-du-pays-de-gex")
                .population(97_000)
                .signedOn(LocalDate.of(2023, 3, 1))
                .contractYear(2)
                .mission(Mission.ACCES, LocalDate.of(2023, 6, 1), List.of(within48h))
                .mission(Mission.PARCOURS, LocalDate.of(2024, 1, 15), Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2024, 1, 15), Achievement.FULL)
                .mission(Mission.CRISES, LocalDate.of(2023, 9, 1), Achievement.NONE)
                .build()
                .flatMap(sc -> ScenarioSimulation.of(TariffRules.bundled(), List.of(sc)));

        if (cpts.isInvalid() || !problems.filter(Problem::isError).isEmpty() || badStep.isDefined()
                || total.isInvalid() || d.isLeft() || !task.contains("received") || given.isInvalid()
                || !refused.isLeft() || !refused.getLeft().allProblems().head().code().equals("EVENT_UNKNOWN")) {
            throw new AssertionError("unexpected Vavr results: " + problems + " " + total + " " + refused + " " + d
                    + " " + task + " " + given.isInvalid());
        }
        System.out.println("Vavr examples OK on the " + args[0] + ": total " + total.get() + ", "
                + refused.getLeft().message(Locale.FRENCH));
    }
}
