package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.aci.calculation.Payment;
import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NationalSimulationTest {

    private static final TariffRules RULES = TariffRules.bundled();

    /** {@code p} with each name of {@code nameValue} set to the value after it. */
    static ModelParameters with(ModelParameters p, String... nameValue) {
        for (int i = 0; i < nameValue.length; i += 2) {
            p = p.with(nameValue[i], nameValue[i + 1]).get();
        }
        return p;
    }

    /** Every uncertainty removed, every effect zero, every optional behaviour on: the deterministic model. */
    static ModelParameters deterministic(double uptake, int ppm) {
        ModelParameters p = ModelParameters.bundled().collapsed();
        String[][] set = {
            {"realisation.effet.national.ecart", "0"},
            {"realisation.effet.regional.ecart", "0"},
            {"realisation.effet.cpts.ecart", "0"},
            {"realisation.montee.annee1", "1"},
            {"realisation.montee.annee2", "1"},
            {"crises.activation.probabilite", "1"},
            {"lettre.intention.active", "0"},
            {"majoration.fonctionnement.active", "0"},
            {"paiement.revue.delai.mois", "0"},
            {"adhesion.qualite", Double.toString(uptake)},
            {"adhesion.accompagnement", Double.toString(uptake)},
            // The mean at the base distribution's own: no shift.
            {"realisation.moyenne", Double.toString(ppm / 1e6)}
        };
        for (String[] s : set) {
            p = p.with(s[0], s[1]).get();
        }
        return p;
    }

    static List<Signatory> portfolio(long seed, int size) {
        SplittableRandom r = new SplittableRandom(seed);
        java.util.List<Signatory> out = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(new Signatory(
                    "C" + i,
                    i % 3 == 0 ? "84" : "11",
                    1 + r.nextLong(300_000),
                    Scenario.ACCORD_IN_FORCE.plusDays(r.nextInt(2_400))));
        }
        return List.ofAll(out);
    }

    static Scenario scenario(Signatory s, int year, int ppm, boolean optional) {
        LocalDate sig = s.signature();
        Achievement a = new Achievement(ppm);
        Scenario.Builder b = Scenario.builder(s.id())
                .population(s.population())
                .region(s.region())
                .signedOn(sig)
                .contractYear(year)
                .mission(Mission.ACCES, sig.plusMonths(3), a)
                .mission(Mission.CRISES, sig.plusMonths(3), a)
                .mission(Mission.PARCOURS, sig.plusMonths(6), a)
                .mission(Mission.PREVENTION, sig.plusMonths(6), a);
        if (optional) {
            b.mission(Mission.QUALITE, sig.plusMonths(12), a).mission(Mission.ACCOMPAGNEMENT, sig.plusMonths(12), a);
        }
        return b.build().get();
    }

    @Test
    void collapsedTheModelIsTheCalculatorYearByYearAndPaymentByPayment() {
        RemunerationCalculator calc = RemunerationCalculator.of(RULES);
        for (boolean optional : new boolean[] {true, false}) {
            List<Signatory> portfolio = portfolio(7, 40);
            int ppm = 734_517;
            long[] contractYear = new long[12];
            long[] cash = new long[12];
            for (Signatory s : portfolio) {
                for (int k = 1; !s.signature().plusYears(k - 1L).isAfter(LocalDate.of(2030, 12, 31)); k++) {
                    Remuneration r =
                            calc.calculate(scenario(s, k, ppm, optional)).get();
                    int y = s.signature().plusYears(k - 1L).getYear() - 2019;
                    contractYear[y] += Amounts.cents(r.total());
                    for (Payment p : r.schedule()) {
                        if (p.date().getYear() <= 2030) {
                            cash[p.date().getYear() - 2019] += Amounts.cents(p.amount());
                        }
                    }
                }
            }
            for (Basis basis : new Basis[] {Basis.CONTRACT_YEAR, Basis.CASH}) {
                SimulationResult res = Simulation.builder(RULES, portfolio)
                        .parameters(deterministic(optional ? 1 : 0, ppm))
                        .achievements(AchievementDistribution.fixed(new Achievement(ppm)))
                        .basis(basis)
                        .years(2019, 2030)
                        .build()
                        .get()
                        .run(11, 3, d -> {});
                long[] expected = basis == Basis.CASH ? cash : contractYear;
                for (int y = 2019; y <= 2030; y++) {
                    long[] draws = res.totalsCents(y);
                    assertThat(draws)
                            .as(basis + " " + y + " optional " + optional)
                            .containsOnly(expected[y - 2019]);
                }
                assertThat(res.standardErrorCents(2025)).isZero();
            }
        }
    }

    private static ModelParameters endingContracts() {
        // Contracts end after their first term: over a long horizon, every euro is paid within it.
        return ModelParameters.bundled().with("contrat.renouvellement", 0).get();
    }

    @Test
    void moneyIsConservedAcrossBasesOnceEveryContractHasEnded() {
        qt().withExamples(12).forAll(longs().all(), integers().between(1, 25)).checkAssert((seed, size) -> {
            List<Signatory> portfolio =
                    portfolio(seed, size).filter(s -> s.signature().getYear() <= 2023);
            if (portfolio.isEmpty()) {
                return;
            }
            long[] sums = new long[3];
            for (Basis b : Basis.values()) {
                SimulationResult r = Simulation.builder(RULES, portfolio)
                        .parameters(endingContracts())
                        .basis(b)
                        .years(2019, 2031)
                        .build()
                        .get()
                        .run(seed, 4, d -> {});
                for (int y = 2019; y <= 2031; y++) {
                    for (long v : r.totalsCents(y)) {
                        sums[b.ordinal()] += v;
                    }
                }
            }
            assertThat(sums[0]).isEqualTo(sums[1]).isEqualTo(sums[2]).isPositive();
        });
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreadCount() {
        List<Signatory> portfolio = portfolio(3, 60);
        long[][] first = null;
        for (int threads : new int[] {1, 2, 3}) {
            SimulationResult r = Simulation.builder(RULES, portfolio)
                    .parameters(ModelParameters.bundled())
                    .parallelism(threads)
                    .years(2020, 2026)
                    .build()
                    .get()
                    .run(99, 64, d -> {});
            long[][] now = new long[7][];
            for (int y = 2020; y <= 2026; y++) {
                now[y - 2020] = r.totalsCents(y);
            }
            if (first == null) {
                first = now;
            } else {
                assertThat(now).isDeepEqualTo(first);
            }
        }
    }

    @Test
    void noContractYearPaysMoreThanItsCeiling() {
        // One CPTS, contract-year basis: each calendar year holds exactly one contract year. The highest
        // estimated figures and the uplift push the sum of the parts above the ceiling, which must bind.
        Signatory s = new Signatory("T4", "11", 400_000, LocalDate.of(2019, 9, 1));
        ModelParameters p = ModelParameters.bundled()
                .with("tarif.quantile", 1)
                .get()
                .with("lettre.intention.active", 0)
                .get()
                .with("realisation.moyenne", 0.95)
                .get();
        SimulationResult r = Simulation.builder(RULES, List.of(s))
                .parameters(p)
                .basis(Basis.CONTRACT_YEAR)
                .years(2019, 2027)
                .build()
                .get()
                .run(5, 200, d -> {});
        for (int y = 2019; y <= 2027; y++) {
            LocalDate start = LocalDate.of(y, 9, 1);
            long ceiling = RULES.on(start)
                    .map(t -> RULES.range("plafond.taille4", start)
                            .map(range -> range.high().movePointRight(2).longValueExact())
                            .getOrElse(t.ceilingCents(SizeBand.TAILLE_4)))
                    .get();
            for (long v : r.totalsCents(y)) {
                assertThat(v).as("year " + y).isLessThanOrEqualTo(ceiling);
            }
        }
        assertThat(r.component(2023, "ceiling-cap").meanCents()).isNegative();
    }

    @Test
    void wideUncertaintyGivesAWideInterval() {
        List<Signatory> portfolio = portfolio(5, 200);
        SimulationResult r = Simulation.builder(RULES, portfolio)
                .parameters(ModelParameters.bundled())
                .years(2024, 2025)
                .build()
                .get()
                .run(42, 400, d -> {});
        Summary s = r.total(2025);
        // The old model's ±0.2 % band came from independent draws averaging out; parameter uncertainty
        // must show.
        assertThat((double) (s.p95Cents() - s.p5Cents()) / s.p50Cents()).isGreaterThan(0.10);
        assertThat(r.standardErrorCents(2025)).isLessThan((s.p95Cents() - s.p5Cents()) / 10);
    }

    private static long sum(TariffRules rules, ModelParameters p, Basis basis, int from, int to) {
        List<Signatory> portfolio = portfolio(9, 60).filter(s -> s.signature().getYear() <= 2022);
        SimulationResult r = Simulation.builder(rules, portfolio)
                .parameters(p)
                .basis(basis)
                .years(2019, 2030)
                .build()
                .get()
                .run(8, 20, d -> {});
        long total = 0;
        for (int y = from; y <= to; y++) {
            total += r.total(y).meanCents();
        }
        return total;
    }

    @Test
    void everyParameterFamilyMovesTheResultTheWayItShould() {
        ModelParameters p = ModelParameters.bundled().collapsed();
        long base = sum(RULES, p, Basis.CONTRACT_YEAR, 2019, 2022);
        // Later start deadlines (rules): missions start later, the early years pay less.
        assertThat(sum(RULES.with("missions.acces.demarrage.mois", "12").get(), p, Basis.CONTRACT_YEAR, 2019, 2022))
                .isLessThan(base);
        // A longer deployment (rules): the ramp-up lasts longer, less is achieved.
        assertThat(sum(RULES.with("missions.acces.deploiement.mois", "48").get(), p, Basis.CONTRACT_YEAR, 2019, 2022))
                .isLessThan(base);
        // More CPTS contracting the optional missions (model): more money.
        assertThat(sum(RULES, p.with("adhesion.qualite", 0.9).get(), Basis.CONTRACT_YEAR, 2019, 2022))
                .isGreaterThan(sum(RULES, p.with("adhesion.qualite", 0.1).get(), Basis.CONTRACT_YEAR, 2019, 2022));
        // A larger advance share (rules): more of the money is paid early, the same in the end.
        TariffRules full = RULES.with("paiement.avance.pourcentage", "100").get();
        assertThat(sum(full, p, Basis.CASH, 2019, 2021)).isGreaterThan(sum(RULES, p, Basis.CASH, 2019, 2021));
        ModelParameters ended = p.with("contrat.renouvellement", 0).get();
        assertThat(sum(full, ended, Basis.CASH, 2019, 2030)).isEqualTo(sum(RULES, ended, Basis.CASH, 2019, 2030));
        // A longer review delay (model): the same money, later.
        assertThat(sum(RULES, p.with("paiement.revue.delai.mois", 9).get(), Basis.CASH, 2019, 2021))
                .isLessThan(sum(RULES, p.with("paiement.revue.delai.mois", 1).get(), Basis.CASH, 2019, 2021));
    }

    @Test
    void badSettingsAreReportedTogether() {
        var v = Simulation.builder(RULES, List.<Signatory>empty())
                .years(2030, 2020)
                .build();
        assertThat(v.getError().map(Problem::code)).containsExactly("SIMULATION_YEARS", "SIMULATION_EMPTY");
        Signatory a = new Signatory("A", "11", 50_000, LocalDate.of(2020, 1, 1));
        assertThat(Simulation.builder(RULES, List.of(a, a)).build().getError().map(Problem::code))
                .containsExactly("SIMULATION_DUPLICATE_ID");
    }

    @Test
    void yearsBeyondTheLastKnownRuleChangeAreWarned() {
        Signatory a = new Signatory("A", "11", 50_000, LocalDate.of(2020, 1, 1));
        Simulation sim = Simulation.builder(RULES, List.of(a))
                .parameters(ModelParameters.bundled())
                .years(2020, 2031)
                .build()
                .get();
        assertThat(sim.warnings().map(Problem::code))
                .containsExactly("SIMULATION_BEYOND_KNOWN_RULES", "SIMULATION_CONTRACTS_RENEWED");
        assertThat(sim.warnings().head().messageEn()).contains("2022-04-01");
        assertThat(sim.warnings().last().messageEn())
                .startsWith("1 CPTS run past their 5-year contract by the end of 2031 (from 2025-01-01)");
        Simulation early = Simulation.builder(RULES, List.of(a))
                .parameters(ModelParameters.bundled())
                .years(2020, 2024)
                .build()
                .get();
        assertThat(early.warnings().map(Problem::code)).containsExactly("SIMULATION_BEYOND_KNOWN_RULES");
    }
}
