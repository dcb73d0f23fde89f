package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.calculation.PreparedScenario;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Validation;
import java.io.Serializable;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A Monte Carlo simulation of given CPTS-years (scenarios), each under its own contract year: for
 * each draw, every
 * contracted variable part's achievement is drawn from a distribution, every remuneration is
 * computed on the fast path, and totals are kept per draw, nationally, by size band and by region.
 *
 * <p>Draws run in parallel on all cores. Each draw has its own generator seeded from the simulation
 * seed and the draw's index, and visits the CPTS in portfolio order, so a result depends only on the
 * seed and never on the number of threads. Two simulations with the same seed draw the same
 * achievements, which makes a reform's difference exact draw by draw.
 *
 * <pre>{@code
 * ScenarioSimulation sim = ScenarioSimulation.of(TariffRules.bundled(), portfolio).get();
 * ScenarioSimulationResult r = sim.run(AchievementDistribution.beta(8, 2), 42, 10_000, d -> {});
 * r.total().mean();
 * }</pre>
 *
 * <p>For national spending over calendar years, with payment dates, uncertain parameters and a fit
 * to the public totals, use {@link Simulation}: this class simulates only the achievements of the
 * scenarios it is given.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * <p>Serializable for distributed simulations between JVMs of one cptskit version; the serial form is not API.
 *
 * @serial exclude
 */
public final class ScenarioSimulation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Mission[] MISSIONS = Mission.values();

    private final String ruleVersions;
    private final Seq<String> unconfirmed;
    private final PreparedScenario[] prepared;

    private ScenarioSimulation(String ruleVersions, Seq<String> unconfirmed, PreparedScenario[] prepared) {
        this.ruleVersions = ruleVersions;
        this.unconfirmed = unconfirmed;
        this.prepared = prepared;
    }

    /**
     * Prepares a simulation: every scenario is checked and reduced once.
     *
     * @param rules the tariff rules
     * @param scenarios the CPTS-years (a {@code java.util.List}, a Vavr {@code Seq}…)
     * @return the simulation, or every problem of every scenario
     */
    public static Validation<Seq<Problem>, ScenarioSimulation> of(
            TariffRules rules, Iterable<? extends Scenario> scenarios) {
        RemunerationCalculator calc = RemunerationCalculator.of(Objects.requireNonNull(rules, "rules"));
        Seq<Scenario> portfolio = List.ofAll(Objects.requireNonNull(scenarios, "scenarios"));
        List<Problem> problems = List.empty();
        PreparedScenario[] prepared = new PreparedScenario[portfolio.size()];
        java.util.Set<String> versions = new java.util.TreeSet<>();
        java.util.Set<String> unconfirmed = new java.util.TreeSet<>();
        int i = 0;
        for (Scenario s : portfolio) {
            Validation<Seq<Problem>, PreparedScenario> p = calc.prepare(s);
            if (p.isInvalid()) {
                problems = problems.appendAll(p.getError());
            } else {
                prepared[i] = p.get();
                versions.add(p.get().ruleVersion());
            }
            i++;
        }
        // Parameters change only on a text's effective date: one tariff per version tells them all.
        for (String v : versions) {
            rules.effectiveDateOf(v)
                    .flatMap(d -> rules.on(d).toOption())
                    // The contract's term bounds the national model's years, not a given CPTS-year.
                    .forEach(t -> unconfirmed.addAll(t.unconfirmedParameters()
                            .remove(io.github.cptskit.aci.tariff.Parameter.CONTRACT_TERM.path())
                            .toJavaList()));
        }
        return problems.isEmpty()
                ? Validation.valid(
                        new ScenarioSimulation(String.join(", ", versions), List.ofAll(unconfirmed), prepared))
                : Validation.invalid(problems);
    }

    /**
     * The rule versions the portfolio's years fall under.
     *
     * @return the versions, comma-separated
     */
    public String ruleVersions() {
        return ruleVersions;
    }

    /**
     * The unconfirmed or estimated parameters in force for some year of the portfolio.
     *
     * @return their paths
     */
    public Seq<String> unconfirmedParameters() {
        return unconfirmed;
    }

    /**
     * The number of CPTS-years.
     *
     * @return the size of the portfolio
     */
    public int size() {
        return prepared.length;
    }

    /**
     * Runs the simulation.
     *
     * @param distribution how achievements are drawn
     * @param seed the seed
     * @param draws the number of draws, 1 or more
     * @param progress called with each finished draw's index (from any thread), e.g. for a progress bar
     * @return the result
     */
    public ScenarioSimulationResult run(
            AchievementDistribution distribution, long seed, int draws, IntConsumer progress) {
        if (draws < 1) {
            throw new IllegalArgumentException("at least one draw: " + draws);
        }
        int bands = SizeBand.values().length;
        java.util.List<String> regions = java.util.Arrays.stream(prepared)
                .map(PreparedScenario::region)
                .distinct()
                .sorted()
                .toList();
        int[] regionOf = new int[prepared.length];
        for (int i = 0; i < prepared.length; i++) {
            regionOf[i] = regions.indexOf(prepared[i].region());
        }
        long[] total = new long[draws];
        long[] variable = new long[draws];
        long[][] byBand = new long[bands][draws];
        long[][] byRegion = new long[regions.size()][draws];
        long fixedTotal = 0;
        for (PreparedScenario p : prepared) {
            fixedTotal += p.fixedCents();
        }
        // Each draw writes only its own index of the arrays: no sharing between threads.
        IntStream.range(0, draws).parallel().forEach(d -> {
            SplittableRandom random = new SplittableRandom(io.github.cptskit.aci.internal.NationalModel.mix(seed, d));
            long sum = 0;
            long var = 0;
            for (int i = 0; i < prepared.length; i++) {
                PreparedScenario p = prepared[i];
                long cpts = p.fixedCents();
                for (Mission m : MISSIONS) {
                    if (p.contracted(m)) {
                        long v = p.variableCents(m, distribution.samplePpm(random));
                        cpts += v;
                        var += v;
                    }
                }
                if (cpts > p.ceilingCents()) {
                    // The ceiling caps the year; the excess comes off the variable parts paid last.
                    var -= cpts - p.ceilingCents();
                    cpts = p.ceilingCents();
                }
                sum += cpts;
                byBand[p.band().ordinal()][d] += cpts;
                byRegion[regionOf[i]][d] += cpts;
            }
            total[d] = sum;
            variable[d] = var;
            progress.accept(d);
        });
        TreeMap<SizeBand, Summary> bandSummaries = TreeMap.empty();
        for (SizeBand b : SizeBand.values()) {
            bandSummaries = bandSummaries.put(b, Summary.of(byBand[b.ordinal()]));
        }
        TreeMap<String, Summary> regionSummaries = TreeMap.empty();
        for (int r = 0; r < regions.size(); r++) {
            regionSummaries = regionSummaries.put(regions.get(r), Summary.of(byRegion[r]));
        }
        return new ScenarioSimulationResult(
                ruleVersions,
                unconfirmed,
                prepared.length,
                seed,
                total,
                fixedTotal,
                Summary.of(variable),
                bandSummaries,
                regionSummaries);
    }

    /**
     * {@link #unconfirmedParameters()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> unconfirmedParametersList() {
        return unconfirmedParameters().asJava();
    }
}
