package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.law.Confidence;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** A result's edge cases: two draws, one per-CPTS draw, a public figure exactly at the simulated P95. */
class SimulationResultEdgesTest {

    private static SimulationResult run(int draws) {
        return Simulation.builder(
                        TariffRules.bundled(), SyntheticPortfolio.signatories().take(20))
                .parameters(ModelParameters.bundled())
                .basis(Basis.CASH)
                .years(2023, 2024)
                .parallelism(1)
                .build()
                .get()
                .run(4, draws, d -> {});
    }

    @Test
    void twoDrawsHaveAStandardErrorOfHalfTheirDistance() {
        SimulationResult r = run(2);
        long[] x = r.totalsCents(2024);
        assertThat(x[0]).isNotEqualTo(x[1]);
        // sd = |a − b| / √2, over √2 draws.
        long half = Math.round(Math.abs(x[0] - x[1]) / 2.0);
        assertThat(half).isPositive();
        assertThat(r.standardErrorCents(2024))
                .as("%s", java.util.Arrays.toString(x))
                .isBetween(half - 1, half + 1);
    }

    @Test
    void theRowsOfTheFirstDrawAloneAreItsAmounts() {
        SimulationResult r = run(2);
        var rows = r.byCpts(1);
        assertThat(rows).isNotEmpty();
        long sum = rows.filter(c -> c.year() == 2024)
                .map(c -> c.summary().meanCents())
                .sum()
                .longValue();
        assertThat(sum).isEqualTo(r.totalsCents(2024)[0]);
    }

    @Test
    void aFigureAtTheSimulatedP95IsInside() {
        SimulationResult r = run(30);
        Summary s = r.total(2024);
        PublicFigure atP95 =
                new PublicFigure(2024, s.p95Cents(), "q", "s", "c", Confidence.CONFIRMED, PublicFigure.Role.CONTEXT);
        PublicFigure justAbove = new PublicFigure(
                2024, s.p95Cents() + 1, "q", "s", "c", Confidence.CONFIRMED, PublicFigure.Role.CONTEXT);
        assertThat(r.checks(List.of(atP95, justAbove)).map(SimulationResult.FigureCheck::inside))
                .containsExactly(true, false);
    }
}
