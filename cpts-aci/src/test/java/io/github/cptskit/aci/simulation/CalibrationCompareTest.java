package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.internal.NationalModel;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;

/**
 * {@code cpts calibrate --compare}: several choices of fitted figures from the same prior draws, and
 * the yearly totals and growth a fit reports, checked against the draws computed again.
 */
class CalibrationCompareTest {

    private static final Simulation PRIORS = Simulation.builder(
                    TariffRules.bundled(), NationalSimulationTest.portfolio(4, 80))
            .parameters(ModelParameters.bundled())
            .years(2021, 2024)
            .build()
            .get();
    private static final Calibration.Settings SETTINGS = new Calibration.Settings(3, 200, 0.1, 20);

    private static PublicFigure figure(int year, long cents, PublicFigure.Role role) {
        return new PublicFigure(year, cents, "generated", "test", "test", Confidence.CONFIRMED, role);
    }

    /** Figures near the prior draws' own totals, so that the weights are not degenerate. */
    private static Seq<PublicFigure> figures(PublicFigure.Role role2022, PublicFigure.Role role2023) {
        SimulationResult r = PRIORS.run(5, 30, d -> {});
        return List.of(
                figure(2022, r.total(2022).meanCents(), role2022),
                figure(2023, r.total(2023).meanCents(), role2023),
                figure(2024, r.total(2024).meanCents(), PublicFigure.Role.HELD_OUT));
    }

    @Test
    void eachChoiceIsWhatItsOwnRunGivesFromTheSameDraws() {
        Seq<PublicFigure> both = figures(PublicFigure.Role.FIT, PublicFigure.Role.FIT);
        Seq<PublicFigure> only2023 = figures(PublicFigure.Role.HELD_OUT, PublicFigure.Role.FIT);
        ConcurrentSkipListSet<Integer> seen = new ConcurrentSkipListSet<>();
        Seq<CalibrationResult> compared = Calibration.compare(PRIORS, List.of(both, only2023), SETTINGS, seen::add)
                .get();
        // The prior draws are simulated once, each index reported once.
        assertThat(seen).hasSize(200).first().isEqualTo(0);
        assertThat(seen.last()).isEqualTo(199);
        assertThat(compared).hasSize(2);
        CalibrationResult alone =
                Calibration.run(PRIORS, only2023, SETTINGS, d -> {}).get();
        assertThat(compared.get(1).posterior()).isEqualTo(alone.posterior());
        assertThat(compared.get(1).effectiveSampleSize()).isEqualTo(alone.effectiveSampleSize());
        assertThat(compared.get(0).posterior()).isNotEqualTo(alone.posterior());
        // One figure fitted keeps more of the draws than two.
        assertThat(compared.get(1).effectiveSampleSize())
                .isGreaterThan(compared.get(0).effectiveSampleSize())
                .isLessThanOrEqualTo(200);
        assertThat(compared.get(0).effectiveSampleSize()).isGreaterThanOrEqualTo(1);
        assertThat(compared.get(0).posterior().observations()).hasSize(2);
        assertThat(compared.get(1).posterior().observations()).hasSize(1);
        assertThat(alone.draws()).isEqualTo(200);
        assertThat(alone.settings()).isEqualTo(SETTINGS);
        assertThat(alone.posterior().size()).isEqualTo(20);
        assertThat(alone.posterior().method())
                .isEqualTo("importance weighting of 200 prior draws (ABC, Gaussian kernel, relative tolerance 0.1),"
                        + " systematic resampling into 20 particles, seed 3, effective sample size "
                        + Math.round(alone.effectiveSampleSize()));
        assertThat(alone.fitted().posterior().get()).isEqualTo(alone.posterior());
        assertThat(alone.posterior().inputs()).isEqualTo(Calibration.fingerprints(PRIORS, only2023));
        assertThat(alone.parametersList())
                .hasSize(PRIORS.parameters().uncertain().size());
        assertThat(alone.yearsList()).hasSize(3);
        assertThat(alone.totalsList()).hasSize(4);
    }

    @Test
    void theYearlyTotalsAndGrowthAreThePercentilesOfTheDraws() {
        Seq<PublicFigure> figures = figures(PublicFigure.Role.FIT, PublicFigure.Role.FIT);
        CalibrationResult fit =
                Calibration.run(PRIORS, figures, SETTINGS, d -> {}).get();
        int series = PRIORS.seriesCount();
        double[][] totals = new double[4][200];
        for (int d = 0; d < 200; d++) {
            long[] out = PRIORS.evaluate(PRIORS.parameterValues(3, d), Simulation.drawSeed(3, d));
            for (int y = 0; y < 4; y++) {
                totals[y][d] = out[y * series + NationalModel.TOTAL];
            }
        }
        assertThat(fit.totals().map(CalibrationResult.YearTotal::year)).containsExactly(2021, 2022, 2023, 2024);
        for (int y = 0; y < 4; y++) {
            CalibrationResult.YearTotal t = fit.totals().get(y);
            double[] q = Calibration.quantiles(totals[y], null);
            assertThat(t.priorCents()).containsExactly(Math.round(q[0]), Math.round(q[1]), Math.round(q[2]));
            assertThat(t.posteriorCents()[0]).isLessThanOrEqualTo(t.posteriorCents()[1]);
            assertThat(t.posteriorCents()[1]).isLessThanOrEqualTo(t.posteriorCents()[2]);
            if (y == 0) {
                assertThat(t.priorGrowth()).isEmpty();
                assertThat(t.posteriorGrowth()).isEmpty();
            } else {
                double[] g = new double[200];
                for (int d = 0; d < 200; d++) {
                    g[d] = totals[y - 1][d] == 0 ? Double.NaN : totals[y][d] / totals[y - 1][d];
                }
                assertThat(t.priorGrowth()).containsExactly(Calibration.quantiles(g, null));
                assertThat(t.posteriorGrowth()).hasSize(3);
            }
        }
        // Each used figure beside its prior interval and the fitted one.
        for (int i = 0; i < 3; i++) {
            CalibrationResult.YearFit f = fit.years().get(i);
            assertThat(f.figure()).isEqualTo(figures.get(i));
            double[] q = Calibration.quantiles(totals[f.figure().year() - 2021], null);
            assertThat(f.priorP5Cents()).isEqualTo(Math.round(q[0]));
            assertThat(f.priorP95Cents()).isEqualTo(Math.round(q[2]));
            assertThat(f.inside())
                    .isEqualTo(f.p5Cents() <= f.figure().amountCents()
                            && f.figure().amountCents() <= f.p95Cents());
        }
        // The fitted figures lie inside their fitted intervals.
        assertThat(fit.years().take(2)).allMatch(CalibrationResult.YearFit::inside);
    }

    @Test
    void everyProblemOfEveryChoiceIsReportedOnce() {
        Seq<PublicFigure> none = List.of(figure(2022, 100, PublicFigure.Role.HELD_OUT));
        Seq<PublicFigure> outside =
                List.of(figure(2019, 100, PublicFigure.Role.FIT), figure(2025, 100, PublicFigure.Role.HELD_OUT));
        Seq<PublicFigure> accrual = List.of(new PublicFigure(
                2022,
                100,
                "q",
                "s",
                "c",
                Confidence.CONFIRMED,
                PublicFigure.Role.FIT,
                Basis.ACCRUAL,
                PublicFigure.Coverage.ACI));
        Seq<Problem> p = Calibration.compare(PRIORS, List.of(none, outside, accrual, none), SETTINGS, d -> {})
                .getError();
        assertThat(p.map(Problem::code))
                .containsExactly("CALIBRATION_NO_FIGURE", "CALIBRATION_YEAR", "CALIBRATION_YEAR", "CALIBRATION_BASIS");
        // A context figure's year is not checked: it is only shown.
        Seq<PublicFigure> context = List.of(
                figure(2022, 100, PublicFigure.Role.FIT),
                new PublicFigure(
                        2030,
                        100,
                        "q",
                        "s",
                        "c",
                        Confidence.CONFIRMED,
                        PublicFigure.Role.CONTEXT,
                        Basis.CASH,
                        PublicFigure.Coverage.PART_OF_YEAR));
        assertThat(Calibration.compare(PRIORS, List.of(context), SETTINGS, d -> {})
                        .get()
                        .head()
                        .years())
                .hasSize(1);
    }

    @Test
    void javaUtilCallersGetTheSameAnswersAndAPriorsOnlySimulationIsNeverStale() {
        Seq<PublicFigure> figures = figures(PublicFigure.Role.FIT, PublicFigure.Role.FIT);
        java.util.List<PublicFigure> list = new java.util.ArrayList<>(figures.toJavaList());
        assertThat(Calibration.fingerprints(PRIORS, list)).isEqualTo(Calibration.fingerprints(PRIORS, figures));
        assertThat(Calibration.fingerprints(PRIORS, list))
                .containsOnlyKeys("model", "portfolio", "priors", "rules", "targets");
        assertThat(Calibration.targetsFingerprint(list)).isEqualTo(Calibration.targetsFingerprint(figures));
        // No posterior: priors only, nothing stale, in either form.
        assertThat(Calibration.check(PRIORS, list).get()).isEqualTo(Calibration.FitStatus.PRIORS);
        assertThat(Calibration.check(PRIORS, figures).get()).isEqualTo(Calibration.FitStatus.PRIORS);
        assertThat(Calibration.staleInputs(PRIORS, list)).isEmpty();
        assertThat(Calibration.staleInputsList(PRIORS, list)).isEmpty();
        // A fit transferred to this portfolio: the same answers from a java.util.List.
        Simulation fitted = Simulation.builder(TariffRules.bundled(), NationalSimulationTest.portfolio(4, 80))
                .years(2019, 2025)
                .build()
                .get();
        java.util.List<PublicFigure> bundled =
                new java.util.ArrayList<>(PublicFigure.bundled().toJavaList());
        assertThat(Calibration.check(fitted, bundled).get()).isEqualTo(Calibration.FitStatus.TRANSFERRED);
        java.util.List<PublicFigure> only2023 =
                new java.util.ArrayList<>(PublicFigure.fitting(PublicFigure.bundled(), List.of(2023))
                        .get()
                        .toJavaList());
        assertThat(Calibration.staleInputs(fitted, only2023)).containsExactly("targets");
        assertThat(Calibration.staleInputsList(fitted, only2023)).containsExactly("targets");
        // run and compare from java.util lists give the Vavr forms' results.
        CalibrationResult viaList =
                Calibration.run(PRIORS, list, SETTINGS, d -> {}).get();
        assertThat(viaList.posterior())
                .isEqualTo(Calibration.run(PRIORS, figures, SETTINGS, d -> {})
                        .get()
                        .posterior());
        java.util.List<java.util.List<PublicFigure>> choices = java.util.List.of(list);
        assertThat(Calibration.compare(PRIORS, choices, SETTINGS, d -> {})
                        .get()
                        .head()
                        .posterior())
                .isEqualTo(viaList.posterior());
    }
}
