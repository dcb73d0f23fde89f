package io.github.cptskit.aci.simulation;

import static io.github.cptskit.aci.simulation.NationalSimulationTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.aci.calculation.Component;
import io.github.cptskit.aci.calculation.Line;
import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The simulation's books, amount by amount, against the exact calculator and the model parameters'
 * documented meaning: the accrual basis splits each line of a contract year over its days, the
 * letter-of-intent support is paid once before signature to the CPTS that signed after it began, the
 * avenant 2 uplift tops fonctionnement up to the first accord's amount × (1 + rate) for the contract
 * years it covers, and keeping the per-CPTS rows changes no series.
 */
class KernelAccountingTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final RemunerationCalculator CALC = RemunerationCalculator.of(RULES);
    private static final int PPM = 734_517;
    private static final int FIRST = 2019;
    private static final int LAST = 2030;

    /** A random portfolio and CPTS signed on the days where a parameter's date switches it. */
    private static List<Signatory> portfolio() {
        return NationalSimulationTest.portfolio(5, 30)
                .appendAll(List.of(
                        new Signatory("edge-loi", "11", 45_000, LocalDate.of(2022, 4, 1)),
                        new Signatory("edge-before-loi", "84", 160_000, LocalDate.of(2022, 3, 31)),
                        new Signatory("edge-signed-by", "11", 90_000, LocalDate.of(2021, 12, 31)),
                        new Signatory("edge-late", "84", 30_000, LocalDate.of(2022, 1, 1)),
                        // Its second contract year starts on the uplift's first day.
                        new Signatory("edge-from", "11", 250_000, LocalDate.of(2021, 4, 1))));
    }

    private static SimulationResult run(List<Signatory> portfolio, ModelParameters params, Basis basis) {
        return Simulation.builder(RULES, portfolio)
                .parameters(params)
                .achievements(AchievementDistribution.fixed(new Achievement(PPM)))
                .basis(basis)
                .years(FIRST, LAST)
                .parallelism(1)
                .build()
                .get()
                .run(17, 2, d -> {});
    }

    /** Every contract year of every CPTS up to the simulation's horizon, as the calculator pays it. */
    private static void eachContractYear(List<Signatory> portfolio, BiConsumer<Signatory, Remuneration> f) {
        LocalDate horizon = LocalDate.of(LAST, 12, 31);
        for (Signatory s : portfolio) {
            for (int k = 1; !s.signature().plusYears(k - 1L).isAfter(horizon); k++) {
                f.accept(
                        s,
                        CALC.calculate(NationalSimulationTest.scenario(s, k, PPM, true))
                                .get());
            }
        }
    }

    private static long one(Summary s) {
        assertThat(s.p5Cents()).isEqualTo(s.p95Cents());
        return s.p50Cents();
    }

    private static String component(Component c) {
        return switch (c) {
            case FONCTIONNEMENT -> "fonctionnement";
            case FIXED -> "fixed";
            case VARIABLE -> "variable";
            case CEILING_CAP -> "ceiling-cap";
        };
    }

    @Test
    void theAccrualBasisSplitsEveryLineOfAContractYearOverItsDaysToTheCent() {
        List<Signatory> portfolio = portfolio();
        long[] total = new long[LAST - FIRST + 1];
        long[][] byComponent = new long[LAST - FIRST + 1][Component.values().length];
        long[][] byBand = new long[LAST - FIRST + 1][SizeBand.values().length];
        eachContractYear(portfolio, (s, r) -> {
            LocalDate start = r.yearStart();
            long days = ChronoUnit.DAYS.between(start, r.yearEnd());
            long inFirst = Math.min(days, ChronoUnit.DAYS.between(start, LocalDate.of(start.getYear() + 1, 1, 1)));
            for (Line l : r.lines()) {
                long a = Amounts.cents(l.amount());
                // Half a cent goes up (towards +∞, a negative cap line included).
                long first = BigDecimal.valueOf(a)
                        .multiply(BigDecimal.valueOf(inFirst))
                        .divide(BigDecimal.valueOf(days), 20, RoundingMode.HALF_EVEN)
                        .add(new BigDecimal("0.5"))
                        .setScale(0, RoundingMode.FLOOR)
                        .longValueExact();
                int y = start.getYear() - FIRST;
                for (int[] part : new int[][] {{y, 0}, {y + 1, 1}}) {
                    if (part[0] <= LAST - FIRST) {
                        long amount = part[1] == 0 ? first : a - first;
                        total[part[0]] += amount;
                        byComponent[part[0]][l.component().ordinal()] += amount;
                        byBand[part[0]][r.band().ordinal()] += amount;
                    }
                }
            }
        });
        SimulationResult res = run(portfolio, NationalSimulationTest.deterministic(1, PPM), Basis.ACCRUAL);
        for (int y = FIRST; y <= LAST; y++) {
            int i = y - FIRST;
            assertThat(res.totalsCents(y)).as("total %s", y).containsOnly(total[i]);
            for (Component c : Component.values()) {
                assertThat(one(res.component(y, component(c))))
                        .as("%s %s", c, y)
                        .isEqualTo(byComponent[i][c.ordinal()]);
            }
            for (SizeBand b : SizeBand.values()) {
                assertThat(one(res.band(y, b))).as("%s %s", b, y).isEqualTo(byBand[i][b.ordinal()]);
            }
        }
    }

    @Test
    void theLetterOfIntentIsPaidOnceItsLeadBeforeSignatureToEveryCptsSignedSinceItBegan() {
        List<Signatory> portfolio = portfolio();
        String[] amounts = {"15000.25", "17500.5", "25000.75", "30000.01"};
        int lead = 7;
        LocalDate began = LocalDate.of(2022, 4, 1);
        ModelParameters off = NationalSimulationTest.deterministic(1, PPM);
        ModelParameters on = with(
                off,
                "lettre.intention.active",
                "1",
                "lettre.intention.debut",
                began.toString(),
                "lettre.intention.avance.mois",
                Integer.toString(lead),
                "lettre.intention.taille1",
                amounts[0],
                "lettre.intention.taille2",
                amounts[1],
                "lettre.intention.taille3",
                amounts[2],
                "lettre.intention.taille4",
                amounts[3]);
        long[] expected = new long[LAST - FIRST + 1];
        long[][] expectedByBand = new long[LAST - FIRST + 1][SizeBand.values().length];
        int counted = 0;
        for (Signatory s : portfolio) {
            if (s.signature().isBefore(began)) {
                continue;
            }
            // The band of the first contract year: the rules in force at signature.
            SizeBand band = CALC.calculate(NationalSimulationTest.scenario(s, 1, PPM, true))
                    .get()
                    .band();
            long cents =
                    new BigDecimal(amounts[band.ordinal()]).movePointRight(2).longValueExact();
            int y = s.signature().minusMonths(lead).getYear() - FIRST;
            expected[y] += cents;
            expectedByBand[y][band.ordinal()] += cents;
            counted++;
        }
        assertThat(counted).as("CPTS signed since the support began").isGreaterThan(3);
        for (Basis basis : Basis.values()) {
            SimulationResult without = run(portfolio, off, basis);
            SimulationResult with = run(portfolio, on, basis);
            for (int y = FIRST; y <= LAST; y++) {
                int i = y - FIRST;
                assertThat(one(with.component(y, "letter-of-intent")))
                        .as("%s %s", basis, y)
                        .isEqualTo(expected[i]);
                assertThat(one(without.component(y, "letter-of-intent"))).isZero();
                // Nothing else moves: the support comes on top of the ACI.
                assertThat(with.totalsCents(y)[0] - without.totalsCents(y)[0]).isEqualTo(expected[i]);
                for (SizeBand b : SizeBand.values()) {
                    assertThat(one(with.band(y, b)) - one(without.band(y, b)))
                            .as("%s %s %s", basis, b, y)
                            .isEqualTo(expectedByBand[i][b.ordinal()]);
                }
            }
        }
    }

    @Test
    void theUpliftTopsFonctionnementUpToTheFirstAccordsAmountForTheYearsItCovers() {
        List<Signatory> portfolio = portfolio();
        LocalDate signedBy = LocalDate.of(2021, 12, 31);
        LocalDate from = LocalDate.of(2022, 4, 1);
        ModelParameters on = with(
                NationalSimulationTest.deterministic(1, PPM),
                "majoration.fonctionnement.active",
                "1",
                "majoration.fonctionnement.taux",
                "0.5",
                "majoration.fonctionnement.signature.avant",
                signedBy.toString(),
                "majoration.fonctionnement.debut",
                from.toString());
        Tariff first = RULES.on(RULES.changeDates().head()).get();
        long[] expected = new long[LAST - FIRST + 1];
        long[] contractYears = {0};
        eachContractYear(portfolio, (s, r) -> {
            int k = (int) ChronoUnit.YEARS.between(s.signature(), r.yearStart()) + 1;
            int term = RULES.on(r.yearStart()).get().contractTermYears().get();
            if (s.signature().isAfter(signedBy) || r.yearStart().isBefore(from) || k > term) {
                return;
            }
            long target = Math.round(first.fonctionnementCents(r.band()) * 1.5);
            long fonctionnement = r.lines()
                    .filter(l -> l.component() == Component.FONCTIONNEMENT)
                    .map(l -> Amounts.cents(l.amount()))
                    .sum()
                    .longValue();
            expected[r.yearStart().getYear() - FIRST] += Math.max(0, target - fonctionnement);
            contractYears[0]++;
        });
        assertThat(contractYears[0]).as("contract years with the uplift").isGreaterThan(5);
        SimulationResult res = run(portfolio, on, Basis.CONTRACT_YEAR);
        long sum = 0;
        for (int y = FIRST; y <= LAST; y++) {
            assertThat(one(res.component(y, "uplift"))).as("%s", y).isEqualTo(expected[y - FIRST]);
            sum += expected[y - FIRST];
        }
        assertThat(sum).isPositive();
    }

    @Test
    void keepingThePerCptsRowsChangesNoSeries() {
        // The bundled parameters: every component (letter of intent and uplift included) is drawn.
        Simulation sim = Simulation.builder(
                        RULES, SyntheticPortfolio.signatories().take(40))
                .basis(Basis.CASH)
                .years(2020, 2027)
                .parallelism(1)
                .build()
                .get();
        SimulationResult plain = sim.run(23, 5, 0, d -> {});
        SimulationResult rows = sim.run(23, 5, 5, d -> {});
        assertThat(rows.byCpts().map(CptsSummary::cpts).distinct()).hasSize(40);
        for (int y = 2020; y <= 2027; y++) {
            int year = y;
            assertThat(rows.totalsCents(y)).isEqualTo(plain.totalsCents(y));
            for (String c : SimulationResult.COMPONENTS) {
                assertThat(rows.component(y, c)).as("%s %s", c, y).isEqualTo(plain.component(y, c));
            }
            for (SizeBand b : SizeBand.values()) {
                assertThat(rows.band(y, b)).as("%s %s", b, y).isEqualTo(plain.band(y, b));
            }
            sim.regions().forEach(g -> assertThat(rows.region(year, g)).isEqualTo(plain.region(year, g)));
            sim.missions().forEach(m -> assertThat(rows.mission(year, m)).isEqualTo(plain.mission(year, m)));
        }
    }
}
