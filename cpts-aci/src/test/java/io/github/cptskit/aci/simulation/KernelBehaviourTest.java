package io.github.cptskit.aci.simulation;

import static io.github.cptskit.aci.simulation.NationalSimulationTest.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.aci.calculation.Component;
import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What each model parameter of the achievements and of the contracts means, seen in the simulation's
 * output: the optional missions' uptake is the share of CPTS that contract them, a contract that is
 * not renewed ends after its term, a crisis mission's variable part is paid only when activated, the
 * achievements average the distribution's mean, {@code realisation.moyenne} moves them, and the
 * ramp-up factors scale the variable parts of the first paying years.
 */
class KernelBehaviourTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final int PPM = 734_517;

    private static SimulationResult run(
            List<Signatory> portfolio, ModelParameters p, AchievementDistribution a, int draws) {
        return Simulation.builder(RULES, portfolio)
                .parameters(p)
                .achievements(a)
                .basis(Basis.CONTRACT_YEAR)
                .years(2019, 2030)
                .parallelism(1)
                .build()
                .get()
                .run(29, draws, draws, d -> {});
    }

    private static long sum(SimulationResult r, String component) {
        long s = 0;
        for (int y = 2019; y <= 2030; y++) {
            s += r.component(y, component).meanCents();
        }
        return s;
    }

    @Test
    void theUptakeOfAnOptionalMissionIsTheShareOfCptsThatContractItToOneCpts() {
        List<Signatory> portfolio = NationalSimulationTest.portfolio(11, 60)
                .filter(s -> s.signature().getYear() <= 2024);
        for (double uptake : new double[] {0.3, 0.55, 0.8}) {
            ModelParameters p = NationalSimulationTest.deterministic(uptake, PPM);
            SimulationResult r = run(portfolio, p, AchievementDistribution.fixed(new Achievement(PPM)), 1);
            for (Mission m : new Mission[] {Mission.QUALITE, Mission.ACCOMPAGNEMENT}) {
                long contracting = r.byCpts()
                        .filter(row -> row.component().equals("fixed")
                                && row.mission().equals(m.key())
                                && row.summary().p50Cents() != 0)
                        .map(CptsSummary::cpts)
                        .distinct()
                        .size();
                assertThat((double) contracting)
                        .as("%s at uptake %s", m, uptake)
                        .isCloseTo(uptake * portfolio.size(), within(1.0));
            }
        }
    }

    @Test
    void aContractThatIsNotRenewedEndsAfterItsTerm() {
        List<Signatory> portfolio = NationalSimulationTest.portfolio(13, 25);
        ModelParameters p = with(NationalSimulationTest.deterministic(1, PPM), "contrat.renouvellement", "0");
        RemunerationCalculator calc = RemunerationCalculator.of(RULES);
        long[] expected = new long[12];
        int ended = 0;
        for (Signatory s : portfolio) {
            LocalDate signature = s.signature();
            int term = RULES.on(signature).get().contractTermYears().get();
            for (int k = 1; !signature.plusYears(k - 1L).isAfter(LocalDate.of(2030, 12, 31)); k++) {
                // The term of the rules in force when the contract year starts.
                if (k
                        > RULES.on(signature.plusYears(k - 1L))
                                .get()
                                .contractTermYears()
                                .get()) {
                    ended++;
                    break;
                }
                Remuneration r = calc.calculate(NationalSimulationTest.scenario(s, k, PPM, true))
                        .get();
                expected[r.yearStart().getYear() - 2019] += Amounts.cents(r.total());
            }
            assertThat(term).isPositive();
        }
        assertThat(ended).as("contracts whose term ends before 2031").isPositive();
        SimulationResult r = run(portfolio, p, AchievementDistribution.fixed(new Achievement(PPM)), 2);
        for (int y = 2019; y <= 2030; y++) {
            assertThat(r.totalsCents(y)).as("%s", y).containsOnly(expected[y - 2019]);
        }
    }

    @Test
    void aCrisisMissionsVariablePartIsPaidOnlyWhenActivated() {
        List<Signatory> portfolio = NationalSimulationTest.portfolio(17, 40);
        AchievementDistribution a = AchievementDistribution.fixed(new Achievement(PPM));
        ModelParameters always = NationalSimulationTest.deterministic(1, PPM);
        SimulationResult activated = run(portfolio, always, a, 1);
        SimulationResult never = run(portfolio, with(always, "crises.activation.probabilite", "0"), a, 1);
        long crisesVariable = 0;
        for (int y = 2019; y <= 2030; y++) {
            long all = activated.mission(y, Mission.CRISES).meanCents();
            long fixedOnly = never.mission(y, Mission.CRISES).meanCents();
            crisesVariable += all - fixedOnly;
            // The other missions and the fixed part of crises do not move.
            for (Mission m : Mission.values()) {
                if (m != Mission.CRISES) {
                    assertThat(never.mission(y, m)).isEqualTo(activated.mission(y, m));
                }
            }
            assertThat(activated.component(y, "fixed")).isEqualTo(never.component(y, "fixed"));
        }
        assertThat(crisesVariable)
                .as("crises' variable part when always activated")
                .isPositive();
        assertThat(sum(activated, "variable") - sum(never, "variable")).isEqualTo(crisesVariable);
    }

    /** The distribution of the tests below: uniform between 20 % and 90 %, mean 55 %. */
    private static final AchievementDistribution UNIFORM =
            AchievementDistribution.uniform(new Achievement(200_000), new Achievement(900_000));

    private static ModelParameters noEffects(String mean, String ramp1, String ramp2) {
        return with(
                NationalSimulationTest.deterministic(1, 550_000),
                "realisation.moyenne",
                mean,
                "realisation.montee.annee1",
                ramp1,
                "realisation.montee.annee2",
                ramp2);
    }

    @Test
    void theAchievementsAverageTheDistributionsMeanAndRealisationMoyenneMovesThem() {
        List<Signatory> portfolio = NationalSimulationTest.portfolio(19, 80);
        long full = sum(
                run(portfolio, noEffects("1", "1", "1"), AchievementDistribution.fixed(new Achievement(1_000_000)), 1),
                "variable");
        // At the distribution's own mean there is no shift: the variable parts are the mean's share of
        // their full amounts, within the sampling error of some 2,000 mission-years.
        double atMean = sum(run(portfolio, noEffects("0.55", "1", "1"), UNIFORM, 4), "variable") / (double) full;
        assertThat(atMean).isCloseTo(0.55, within(0.02));
        double higher = sum(run(portfolio, noEffects("0.7", "1", "1"), UNIFORM, 4), "variable") / (double) full;
        double lower = sum(run(portfolio, noEffects("0.4", "1", "1"), UNIFORM, 4), "variable") / (double) full;
        // A shift of the logit does not keep the mean exactly where it is set, but near it.
        assertThat(higher).isCloseTo(0.7, within(0.05));
        assertThat(lower).isCloseTo(0.4, within(0.05));
    }

    @Test
    void theRampUpScalesTheVariablePartsOfTheFirstPayingYearsLinearly() {
        List<Signatory> portfolio = NationalSimulationTest.portfolio(23, 40);
        for (String mean : new String[] {"0.55", "0.7"}) { // without and with a shift of the logit
            long full = sum(run(portfolio, noEffects(mean, "1", "1"), UNIFORM, 2), "variable");
            long none = sum(run(portfolio, noEffects(mean, "0", "0"), UNIFORM, 2), "variable");
            long half = sum(run(portfolio, noEffects(mean, "0.5", "0.5"), UNIFORM, 2), "variable");
            long firstOnly = sum(run(portfolio, noEffects(mean, "0", "1"), UNIFORM, 2), "variable");
            long secondOnly = sum(run(portfolio, noEffects(mean, "1", "0"), UNIFORM, 2), "variable");
            assertThat(none).as("the years after the ramp-up").isPositive().isLessThan(full);
            // Each mission-year rounds once: a cent of difference each at most.
            assertThat((double) half).as("mean %s", mean).isCloseTo((none + full) / 2.0, within(3_000.0));
            // The first and the second year's factors act on different mission-years.
            assertThat((double) firstOnly + secondOnly).isCloseTo((double) none + full, within(3_000.0));
            assertThat(firstOnly).isLessThan(full).isGreaterThan(none);
            assertThat(secondOnly).isLessThan(full).isGreaterThan(none);
        }
    }

    @Test
    void theRampUpLastsUntilEachMissionIsFullyDeployed() {
        // Signed before avenant 2: the crisis mission is created later, by a text with a date of its own.
        Signatory s = new Signatory("early", "11", 120_000, LocalDate.of(2019, 9, 1));
        SimulationResult r = run(
                List.of(s),
                with(
                        NationalSimulationTest.deterministic(1, PPM),
                        "realisation.montee.annee1",
                        "0",
                        "realisation.montee.annee2",
                        "0"),
                AchievementDistribution.fixed(new Achievement(PPM)),
                1);
        RemunerationCalculator calc = RemunerationCalculator.of(RULES);
        Tariff atSignature = RULES.on(s.signature()).get();
        int checked = 0;
        for (Mission m : Mission.values()) {
            // Full deployment: missions.*.deploiement.mois after signature, or after the text that
            // created the mission; without it, after the mission's first two paying years.
            LocalDate created = s.signature();
            Tariff creating = atSignature;
            for (LocalDate change : RULES.changeDates()) {
                if (!creating.inForce(m)
                        && change.isAfter(s.signature())
                        && RULES.on(change).get().inForce(m)) {
                    creating = RULES.on(change).get();
                    created = change;
                }
            }
            int months = creating.deploymentMonths(m);
            LocalDate deployed = months == 0 ? null : created.plusMonths(months);
            int paying = 0;
            for (int k = 1; k <= 10; k++) {
                Remuneration year = calc.calculate(NationalSimulationTest.scenario(s, k, PPM, true))
                        .get();
                long fixed = amount(year, Component.FIXED, m);
                long variable = amount(year, Component.VARIABLE, m);
                paying += fixed != 0 ? 1 : 0;
                boolean ramping =
                        deployed == null ? paying <= 2 : year.yearStart().isBefore(deployed);
                long simulated = r.byCpts()
                        .filter(row -> row.year() == year.yearStart().getYear()
                                && row.component().equals("variable")
                                && row.mission().equals(m.key()))
                        .map(row -> row.summary().p50Cents())
                        .sum()
                        .longValue();
                assertThat(simulated).as("%s, contract year %s", m, k).isEqualTo(ramping ? 0 : variable);
                checked += !ramping && variable != 0 ? 1 : 0;
            }
        }
        assertThat(checked).as("mission-years paid in full").isGreaterThan(20);
    }

    private static long amount(Remuneration r, Component c, Mission m) {
        return r.lines()
                .filter(l -> l.component() == c && l.mission().contains(m))
                .map(l -> Amounts.cents(l.amount()))
                .sum()
                .longValue();
    }
}
