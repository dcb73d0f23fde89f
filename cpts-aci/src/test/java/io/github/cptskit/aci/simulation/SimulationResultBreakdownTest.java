package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * What a researcher reads off a result: every breakdown adds up to the national total draw by draw,
 * a reform's differences do too for every breakdown, the Monte Carlo error is the sample's, and the
 * public figures are checked on their year and basis only.
 */
class SimulationResultBreakdownTest {

    private static final TariffRules RULES = TariffRules.bundled();

    private static Simulation simulation(ModelParameters params, Basis basis) {
        return Simulation.builder(RULES, SyntheticPortfolio.signatories().take(60))
                .parameters(params)
                .basis(basis)
                .years(2020, 2026)
                .parallelism(1)
                .build()
                .get();
    }

    /** One draw: each summary's P50 is that draw's amount, so sums are exact. */
    private static long one(Summary s) {
        assertThat(s.p5Cents()).isEqualTo(s.p50Cents()).isEqualTo(s.p95Cents()).isEqualTo(s.meanCents());
        return s.p50Cents();
    }

    @Test
    void everyBreakdownOfOneDrawAddsUpToItsTotal() {
        for (int draw = 0; draw < 4; draw++) {
            SimulationResult r =
                    simulation(ModelParameters.bundled(), Basis.CASH).run(100 + draw, 1, d -> {});
            for (int y = 2020; y <= 2026; y++) {
                int year = y;
                long total = one(r.total(y));
                assertThat(total).isEqualTo(r.totalsCents(y)[0]);
                assertThat(SimulationResult.COMPONENTS
                                .map(c -> one(r.component(year, c)))
                                .sum()
                                .longValue())
                        .as("components %s", y)
                        .isEqualTo(total);
                assertThat(List.of(SizeBand.values())
                                .map(b -> one(r.band(year, b)))
                                .sum()
                                .longValue())
                        .as("bands %s", y)
                        .isEqualTo(total);
                assertThat(r.simulation()
                                .regions()
                                .map(g -> one(r.region(year, g)))
                                .sum()
                                .longValue())
                        .as("regions %s", y)
                        .isEqualTo(total);
                long missions = r.simulation()
                        .missions()
                        .map(m -> one(r.mission(year, m)))
                        .sum()
                        .longValue();
                assertThat(missions)
                        .as("missions %s", y)
                        .isEqualTo(one(r.component(year, "fixed")) + one(r.component(year, "variable")));
            }
        }
    }

    @Test
    void aReformsDifferencesAddUpForEveryBreakdownAndAreTheDrawsDifference() {
        Simulation base = simulation(ModelParameters.bundled(), Basis.CASH);
        Simulation more = simulation(
                ModelParameters.bundled().with("adhesion.qualite", 1.0).get(), Basis.CASH);
        SimulationResult a = base.run(9, 1, d -> {});
        SimulationResult b = more.run(9, 1, d -> {});
        boolean someDifference = false;
        for (int y = 2020; y <= 2026; y++) {
            long total = one(a.difference(b, y));
            assertThat(total).isEqualTo(b.totalsCents(y)[0] - a.totalsCents(y)[0]);
            assertThat(one(a.difference(b, y, "total", "national"))).isEqualTo(total);
            someDifference |= total != 0;
            for (String breakdown : List.of("component", "size_band", "region")) {
                int year = y;
                long sum = a.keys(b, breakdown)
                        .map(k -> one(a.difference(b, year, breakdown, k)))
                        .sum()
                        .longValue();
                assertThat(sum).as("%s %s", breakdown, y).isEqualTo(total);
            }
            long qualite = one(a.difference(b, y, "mission", "qualite"));
            assertThat(qualite)
                    .isEqualTo(one(b.mission(y, io.github.cptskit.aci.tariff.Mission.QUALITE))
                            - one(a.mission(y, io.github.cptskit.aci.tariff.Mission.QUALITE)));
            assertThat(one(a.difference(b, y, "mission", "acces"))).isZero();
        }
        assertThat(someDifference)
                .as("every CPTS taking the qualité mission costs more")
                .isTrue();
        assertThat(a.keysList(b, "size_band")).containsExactly("taille1", "taille2", "taille3", "taille4");
        assertThat(a.keys(b, "total")).containsExactly("national");
    }

    @Test
    void differencesNeedTheSameDrawsAndAKnownBreakdown() {
        Simulation base = simulation(ModelParameters.bundled(), Basis.CASH);
        SimulationResult a = base.run(9, 2, d -> {});
        SimulationResult otherSeed = base.run(10, 2, d -> {});
        SimulationResult otherDraws = base.run(9, 3, d -> {});
        for (SimulationResult other : List.of(otherSeed, otherDraws)) {
            assertThatThrownBy(() -> a.difference(other, 2024))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("same seed");
            assertThatThrownBy(() -> a.difference(other, 2024, "total", "national"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("same seed");
        }
        assertThat(one2(a.difference(a, 2024, "component", "fonctionnement"))).isZero();
        assertThatThrownBy(() -> a.difference(a, 2024, "colour", "blue"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown");
        for (String[] bad : new String[][] {
            {"total", "regional"},
            {"component", "bonus"},
            {"size_band", "taille9"},
            {"mission", "golf"},
            {"region", "99"}
        }) {
            assertThatThrownBy(() -> a.difference(a, 2024, bad[0], bad[1]))
                    .as("%s %s", bad[0], bad[1])
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad[1]);
        }
        assertThatThrownBy(() -> a.keys(a, "colour")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.region(2024, "99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
        assertThatThrownBy(() -> a.component(2024, "bonus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fonctionnement");
    }

    private static long one2(Summary s) {
        assertThat(s.p5Cents()).isEqualTo(s.p95Cents());
        return s.p50Cents();
    }

    @Test
    void theStandardErrorIsTheSampleStandardDeviationOverTheRootOfTheDraws() {
        SimulationResult r = simulation(ModelParameters.bundled(), Basis.CASH).run(3, 40, d -> {});
        for (int y = 2021; y <= 2026; y++) {
            long[] x = r.totalsCents(y);
            double mean = java.util.Arrays.stream(x).average().orElseThrow();
            double ss = java.util.Arrays.stream(x)
                    .mapToDouble(v -> (v - mean) * (v - mean))
                    .sum();
            long expected = Math.round(Math.sqrt(ss / (x.length - 1)) / Math.sqrt(x.length));
            assertThat(expected).isPositive();
            assertThat(r.standardErrorCents(y)).as("%s", y).isEqualTo(expected);
        }
        assertThat(simulation(ModelParameters.bundled(), Basis.CASH)
                        .run(3, 1, d -> {})
                        .standardErrorCents(2024))
                .isZero();
        assertThat(r.exactPercentiles()).isTrue();
    }

    @Test
    void publicFiguresAreCheckedOnTheirYearAndBasisOnly() {
        SimulationResult r = simulation(ModelParameters.bundled(), Basis.CASH).run(3, 50, d -> {});
        Summary y2024 = r.total(2024);
        PublicFigure inside = figure(2024, y2024.p50Cents(), Basis.CASH);
        PublicFigure above = figure(2024, y2024.p95Cents() * 2, Basis.CASH);
        PublicFigure atP5 = figure(2024, y2024.p5Cents(), Basis.CASH);
        PublicFigure before = figure(2019, 1_000_000, Basis.CASH);
        PublicFigure after = figure(2027, 1_000_000, Basis.CASH);
        PublicFigure accrual = figure(2024, y2024.p50Cents(), Basis.ACCRUAL);
        var checks = r.checks(List.of(inside, above, atP5, before, after, accrual));
        assertThat(checks.map(SimulationResult.FigureCheck::figure)).containsExactly(inside, above, atP5);
        assertThat(checks.map(SimulationResult.FigureCheck::inside)).containsExactly(true, false, true);
        // A share of non-ACI money of 0 (the bundled value): the simulated interval is the year's total.
        assertThat(checks.get(0).simulated()).isEqualTo(y2024);
        assertThat(r.checksList(java.util.List.of(inside))).hasSize(1);
        PublicFigure firstYear = figure(2020, 1_000_000, Basis.CASH);
        PublicFigure lastYear = figure(2026, 1_000_000, Basis.CASH);
        assertThat(r.checks(List.of(firstYear, lastYear))).hasSize(2);
    }

    @Test
    void aResultSaysWhatItWasRunWithAndEachDrawsParameters() {
        Simulation sim = simulation(ModelParameters.bundled(), Basis.CASH);
        SimulationResult r = sim.run(21, 30, 10, d -> {});
        assertThat(r.seed()).isEqualTo(21);
        assertThat(r.draws()).isEqualTo(30);
        assertThat(r.years()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(r.yearsList()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(r.simulation()).isSameAs(sim);
        assertThat(r.warnings()).isNotEmpty().isEqualTo(sim.warnings());
        assertThat(r.warningsList()).isEqualTo(sim.warnings().toJavaList());
        assertThat(r.byCptsList()).isEqualTo(r.byCpts().toJavaList()).isNotEmpty();
        assertThat(r.byCptsList(10)).isEqualTo(r.byCpts(10).toJavaList());
        ModelParameter uptake = ModelParameters.bundled().get("adhesion.qualite");
        java.util.Set<Double> seen = new java.util.HashSet<>();
        for (int d = 0; d < 30; d++) {
            double v = r.parameterValue(d, "adhesion.qualite");
            assertThat(v).isBetween(uptake.low(), uptake.high());
            seen.add(v);
        }
        assertThat(seen).as("an uncertain parameter is drawn anew in each draw").hasSizeGreaterThan(20);
        assertThat(r.parameterValue(29, "adhesion.qualite")).isEqualTo(r.parameterValue(29, "adhesion.qualite"));
        for (int bad : new int[] {-1, 30}) {
            assertThatThrownBy(() -> r.parameterValue(bad, "adhesion.qualite"))
                    .isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessageContaining("of 30");
        }
        assertThatThrownBy(() -> r.parameterValue(0, "adhesion.qualites"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adhesion.qualites");
        assertThatThrownBy(() -> r.byCpts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.byCpts(31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.total(2019)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.total(2027)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUnconfirmedFiguresAreTheRulesInForceAndTheEstimatedModelParameters() {
        Seq<String> all = simulation(ModelParameters.bundled(), Basis.CASH).unconfirmed();
        // ACI figures of texts in force by the last year (sorted), then the model's estimates with their confidence.
        assertThat(all).contains("missions.acces.fixe.taille1", "plafond.taille1", "contrat.duree.annees");
        assertThat(all).contains("realisation.moyenne (ESTIMATE)", "tarif.quantile (ESTIMATE)");
        assertThat(all.filter(n -> !n.contains(" (")).toJavaList()).isSorted();
        assertThat(all.indexOf("realisation.moyenne (ESTIMATE)")).isGreaterThan(all.indexOf("plafond.taille1"));
        assertThat(all).noneMatch(n -> n.contains("(CONFIRMED)"));
        // Rules that only change after the simulated years do not count.
        Simulation early = Simulation.builder(
                        RULES, SyntheticPortfolio.signatories().take(5))
                .parameters(ModelParameters.bundled())
                .years(2019, 2019)
                .build()
                .get();
        assertThat(early.unconfirmed().filter(n -> n.startsWith("missions.crises")))
                .isEmpty();
        assertThat(all.filter(n -> n.startsWith("missions.crises"))).isNotEmpty();
    }

    private static PublicFigure figure(int year, long cents, Basis basis) {
        return new PublicFigure(
                year,
                cents,
                "q",
                "s",
                "c",
                Confidence.CONFIRMED,
                PublicFigure.Role.CONTEXT,
                basis,
                PublicFigure.Coverage.ACI);
    }
}
