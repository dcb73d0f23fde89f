package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.aci.tariff.TariffRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The paths of {@link Simulation#run}: its bounds, what the progress callback and the threads see,
 * how errors reach the caller, each draw's parameters (posterior particles, seeds), and the per-CPTS
 * rows when they take several blocks.
 */
class SimulationRunPathsTest {

    private static final TariffRules RULES = TariffRules.bundled();

    private static Simulation simulation(ModelParameters p, int threads) {
        return Simulation.builder(RULES, NationalSimulationTest.portfolio(2, 12))
                .parameters(p)
                .years(2023, 2024)
                .parallelism(threads)
                .build()
                .get();
    }

    /** Thrown by a progress callback to stop a run. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("stop");
        }
    }

    @Test
    void tenMillionDrawsIsTheLargestRunAccepted() {
        Simulation sim = Simulation.builder(RULES, NationalSimulationTest.portfolio(2, 1))
                .parameters(ModelParameters.bundled())
                .years(2024, 2024)
                .parallelism(1)
                .build()
                .get();
        // Accepted: the first draw runs (and the callback stops the run there).
        assertThatThrownBy(() -> sim.run(1, 10_000_000, d -> {
                    throw new Stop();
                }))
                .isInstanceOf(Stop.class);
    }

    @Test
    void allDrawsMayBeSummarisedByCptsAndTheRowsAreKept() {
        Simulation sim = simulation(ModelParameters.bundled(), 1);
        SimulationResult r = sim.run(5, 10, 10, d -> {});
        // Computed during the run: asking again returns the same rows, not a new computation.
        assertThat(r.byCpts(10)).isSameAs(r.byCpts(10));
        assertThat(r.byCpts(10).toJavaList())
                .isEqualTo(sim.run(5, 10, d -> {}).byCpts(10).toJavaList());
    }

    @Test
    void aboveTheExactLimitTheDrawsRunForTheRowsAreSketchedToo() {
        // The first draw is run CPTS by CPTS for the rows: it must reach the sketches like every other.
        Simulation sim = Simulation.builder(RULES, NationalSimulationTest.portfolio(2, 1))
                .parameters(ModelParameters.bundled())
                .years(2025, 2025)
                .parallelism(1)
                .build()
                .get();
        int draws = Simulation.EXACT_DRAWS + 1;
        SimulationResult plain = sim.run(4, draws, d -> {});
        SimulationResult withRows = sim.run(4, draws, 1, d -> {});
        assertThat(withRows.exactPercentiles()).isFalse();
        String region = sim.regions().head();
        assertThat(withRows.region(2025, region)).isEqualTo(plain.region(2025, region));
        assertThat(withRows.component(2025, "fixed")).isEqualTo(plain.component(2025, "fixed"));
    }

    @Test
    void onOneThreadTheDrawsRunOnTheCallersThreadInOrder() {
        Simulation sim = simulation(ModelParameters.bundled(), 1);
        Thread caller = Thread.currentThread();
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        sim.run(1, 20, d -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(d);
        });
        assertThat(seen).containsExactlyElementsOf(List.range(0, 20));
    }

    @Test
    void anErrorInADrawReachesTheCallerAsItself() {
        Simulation sim = simulation(ModelParameters.bundled(), 2);
        assertThatThrownBy(() -> sim.run(1, 20, d -> {
                    throw new Stop();
                }))
                .isInstanceOf(Stop.class);
        // An Error (an OutOfMemoryError, say) is not wrapped either.
        assertThatThrownBy(() -> sim.run(1, 20, d -> {
                    throw new StackOverflowError("deep");
                }))
                .isInstanceOf(StackOverflowError.class)
                // The pool may hand it over as copies of the same class, each caused by the one before.
                .satisfies(e -> {
                    Throwable t = e;
                    while (t.getCause() != null) {
                        assertThat(t).isInstanceOf(StackOverflowError.class);
                        t = t.getCause();
                    }
                    assertThat(t).isInstanceOf(StackOverflowError.class).hasMessage("deep");
                });
    }

    @Test
    void anInterruptedCallerStopsTheRunAndKeepsItsInterruptFlag() {
        Simulation sim = simulation(ModelParameters.bundled(), 2);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> sim.run(1, 20, d -> {}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("simulation interrupted")
                    .hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted(); // leave the test thread clean
        }
    }

    private static java.util.Set<Thread> poolWorkers() {
        java.util.Set<Thread> out = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().matches("ForkJoinPool-\\d+-worker-\\d+")) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void aRunLeavesNoThreadBehind() throws InterruptedException {
        java.util.Set<Thread> before = poolWorkers();
        simulation(ModelParameters.bundled(), 2).run(1, 40, d -> {});
        // Its pool is shut down: its workers end as soon as the draws are done (an idle pool's workers
        // would otherwise linger for a minute).
        java.util.Set<Thread> left = poolWorkers();
        left.removeAll(before);
        for (Thread t : left) {
            t.join(10_000);
        }
        assertThat(left).noneMatch(Thread::isAlive);
    }

    @Test
    void everyParameterCertainTheDrawsStillDifferByTheirRandomEffects() {
        SimulationResult r =
                simulation(ModelParameters.bundled().collapsed(), 1).run(7, 20, d -> {});
        assertThat(Arrays.stream(r.totalsCents(2024)).distinct().count()).isGreaterThan(10);
    }

    @Test
    void differentSeedsDrawDifferentParameters() {
        Simulation sim = simulation(ModelParameters.bundled(), 1);
        java.util.Set<String> first = new java.util.HashSet<>();
        for (long seed = 0; seed < 16; seed++) {
            first.add(Arrays.toString(sim.parameterValues(seed, 0)));
        }
        assertThat(first).hasSize(16);
    }

    @Test
    void theParameterStreamOfASeedIsStable() {
        // Same seed, same draws (docs/cli.md), from one version to the next: a reform compared with a
        // saved baseline, or a pinned parameter, must find every other parameter where it was. These
        // values pin the stream's layout, including the draw kept for the former contract term.
        SimulationResult r = simulation(ModelParameters.bundled(), 1).run(42, 1, d -> {});
        assertThat(r.parameterValue(0, "realisation.moyenne")).isEqualTo(MEAN_SEED_42);
        assertThat(r.parameterValue(0, "tarif.quantile")).isEqualTo(QUANTILE_SEED_42);
    }

    private static final double MEAN_SEED_42 = 0.7713337389940693;
    private static final double QUANTILE_SEED_42 = 0.6536534223878515;

    @Test
    void eachDrawTakesAWholeParticleOfThePosterior() {
        // Names in another order than the model's: each value must go to its own parameter.
        Posterior post = new Posterior(
                "test",
                ModelParameters.bundled().fingerprint(),
                List.empty(),
                List.of("tarif.quantile", "realisation.moyenne", "adhesion.qualite"),
                new double[][] {{0.1, 0.61, 0.3}, {0.9, 0.71, 0.4}});
        ModelParameters p =
                ModelParameters.bundled().with("adhesion.qualite", 0.5).get().withPosterior(post);
        SimulationResult r = simulation(p, 1).run(3, 40, d -> {});
        java.util.Set<String> particles = new java.util.HashSet<>();
        java.util.Set<Double> persistence = new java.util.HashSet<>();
        for (int d = 0; d < 40; d++) {
            particles.add(r.parameterValue(d, "tarif.quantile") + "/" + r.parameterValue(d, "realisation.moyenne"));
            // A certain parameter stays at its value, even if the posterior names it.
            assertThat(r.parameterValue(d, "adhesion.qualite")).isEqualTo(0.5);
            persistence.add(r.parameterValue(d, "realisation.persistance"));
        }
        assertThat(particles).containsExactlyInAnyOrder("0.1/0.61", "0.9/0.71");
        // A parameter the posterior does not name is drawn from its range.
        ModelParameter rho = p.get("realisation.persistance");
        assertThat(persistence).hasSizeGreaterThan(30).allMatch(v -> v >= rho.low() && v <= rho.high());
    }

    @Test
    void theFiguresOfTheLastYearsChangeCountAmongTheUnconfirmed() {
        LocalDate last = RULES.changeDates().last();
        Simulation sim = Simulation.builder(RULES, NationalSimulationTest.portfolio(2, 3))
                .parameters(ModelParameters.bundled())
                .years(2020, last.getYear())
                .build()
                .get();
        assertThat(sim.unconfirmed()).containsAll(RULES.on(last).get().unconfirmedParameters());
        assertThat(sim.unconfirmedList()).isEqualTo(sim.unconfirmed().toJavaList());
    }

    @Test
    void theJavaViewsHoldTheSameElements() {
        Simulation sim = Simulation.builder(RULES, NationalSimulationTest.portfolio(2, 9))
                .parameters(ModelParameters.bundled())
                .years(2020, 2031)
                .build()
                .get();
        assertThat(sim.size()).isEqualTo(9);
        assertThat(sim.portfolioList()).isEqualTo(sim.portfolio().toJavaList()).hasSize(9);
        assertThat(sim.regionsList()).isEqualTo(sim.regions().toJavaList()).containsExactly("11", "84");
        assertThat(sim.warningsList()).isEqualTo(sim.warnings().toJavaList()).hasSize(2);
        assertThat(sim.missionsList()).isEqualTo(sim.missions().toJavaList()).hasSize(6);
    }

    @Test
    void cellsZeroInEveryDrawHaveNoRow() {
        // Signed in 2024: nothing before, and no letter of intent at all.
        Signatory late = new Signatory("L", "11", 40_000, LocalDate.of(2024, 3, 1));
        Simulation sim = Simulation.builder(RULES, List.of(late))
                .parameters(ModelParameters.bundled()
                        .with("lettre.intention.active", 0)
                        .get())
                .years(2022, 2025)
                .parallelism(1)
                .build()
                .get();
        Seq<CptsSummary> rows = sim.run(2, 8, d -> {}).byCpts();
        assertThat(rows).isNotEmpty();
        assertThat(rows.map(CptsSummary::year)).doesNotContain(2022, 2023);
        assertThat(rows.map(CptsSummary::component)).doesNotContain("letter-of-intent");
        assertThat(rows)
                .allMatch(row -> row.summary().minCents() != 0 || row.summary().maxCents() != 0);
    }

    @Test
    void rowsTakingSeveralBlocksAddUpToTheNationalTotal() {
        // 82 years over 3,300 draws: one CPTS's rows fill a block (64 MB), so that each CPTS is run in a
        // block of its own. Five threads: more than four tasks' worth per thread on one block.
        java.util.List<Signatory> two = java.util.List.of(
                new Signatory("R1", "11", 30_000, LocalDate.of(2020, 5, 1)),
                new Signatory("R2", "84", 160_000, LocalDate.of(2021, 2, 1)));
        int draws = 3_300;
        Simulation sim = Simulation.builder(RULES, two)
                .parameters(ModelParameters.bundled())
                .years(2019, 2100)
                .parallelism(5)
                .build()
                .get();
        Seq<CptsSummary> rows = sim.byCpts(6, draws);
        int year = 2023;
        long[] total = sim.column(6, draws, (year - sim.firstYear()) * sim.seriesCount());
        long mean = Summary.of(total).meanCents();
        Seq<CptsSummary> ofYear = rows.filter(row -> row.year() == year);
        assertThat(ofYear.map(CptsSummary::cpts).distinct()).containsExactly("R1", "R2");
        long sum = ofYear.map(row -> row.summary().meanCents()).sum().longValue();
        assertThat(sum).isBetween(mean - ofYear.size(), mean + ofYear.size());
    }
}
