package io.github.cptskit.benchmarks;

import io.github.cptskit.aci.calculation.PreparedScenario;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.territory.SizeBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One CPTS-year's remuneration: the fast path (no explanation), the explained path, a hand-made loop
 * over long cents (the practical limit) and a careless version doing every step in Moneta
 * {@code Money}. The fast path and the explained path run the same formula, the first under a tracer
 * that does nothing, the second under the tracer that writes the explanation. Targets: fast path at
 * least 5 M/s on one core (issue #5) and at least as fast as the hand-made loop, measured in the same
 * run (issue #17; {@code -prof gc} shows that it allocates nothing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AciBenchmark {

    private RemunerationCalculator calculator;
    private Scenario scenario;
    private PreparedScenario prepared;
    private int[] achievements;

    // Baseline inputs: the same figures as plain longs.
    private long fonctionnement;
    private long[] fixed;
    private long[] variable;
    private long[] activeDays;
    private long yearDays;
    private final Mission[] contracted = {Mission.ACCES, Mission.PARCOURS, Mission.PREVENTION, Mission.CRISES};

    @Setup
    public void setUp() {
        TariffRules rules = TariffRules.bundled();
        calculator = RemunerationCalculator.of(rules);
        LocalDate signed = LocalDate.of(2024, 3, 1);
        Scenario.Builder b =
                Scenario.builder("bench").population(97_000).signedOn(signed).contractYear(1);
        for (Mission m : contracted) {
            b.mission(m, signed.plusMonths(3), Achievement.parse("0.75").get());
        }
        scenario = b.build().get();
        prepared = calculator.prepare(scenario).get();
        achievements = new int[Mission.values().length];
        java.util.Arrays.fill(achievements, 750_000);
        Tariff t = rules.on(signed).get();
        SizeBand band = t.scale().bandOf(97_000);
        fonctionnement = t.fonctionnementCents(band);
        fixed = new long[contracted.length];
        variable = new long[contracted.length];
        activeDays = new long[contracted.length];
        yearDays = ChronoUnit.DAYS.between(signed, signed.plusYears(1));
        for (int i = 0; i < contracted.length; i++) {
            fixed[i] = t.fixedCents(contracted[i], band);
            variable[i] = t.variableCents(contracted[i], band);
            activeDays[i] = ChronoUnit.DAYS.between(signed.plusMonths(3), signed.plusYears(1));
        }
    }

    /** The fast path used by simulations: the formula under {@code Tracer.NONE}. */
    @Benchmark
    public long fastPath() {
        return RemunerationCalculator.totalCents(prepared, achievements);
    }

    /** From the scenario, the formula under the full trace: every line explained, and the payment schedule. */
    @Benchmark
    public Object explained() {
        return calculator.calculate(scenario);
    }

    /** The same formula as a hand-made loop over long cents: the practical limit. */
    @Benchmark
    public long handMadeLongCents() {
        long total = fonctionnement;
        for (int i = 0; i < fixed.length; i++) {
            total += (2 * fixed[i] * activeDays[i] + yearDays) / (2 * yearDays);
            total += (2 * variable[i] * 750_000L * activeDays[i] + 1_000_000L * yearDays) / (2_000_000L * yearDays);
        }
        return total;
    }

    /** The careless design: every step in Moneta Money, rounding each line. */
    @Benchmark
    public MonetaryAmount naiveMoneta() {
        MonetaryAmount total = Money.of(BigDecimal.valueOf(fonctionnement, 2), "EUR");
        BigDecimal rate = new BigDecimal("0.75");
        for (int i = 0; i < fixed.length; i++) {
            MonetaryAmount f = Money.of(BigDecimal.valueOf(fixed[i], 2), "EUR")
                    .multiply(activeDays[i])
                    .divide(yearDays);
            MonetaryAmount v = Money.of(BigDecimal.valueOf(variable[i], 2), "EUR")
                    .multiply(rate)
                    .multiply(activeDays[i])
                    .divide(yearDays);
            total = total.add(round(f)).add(round(v));
        }
        return total;
    }

    private static MonetaryAmount round(MonetaryAmount a) {
        return Money.of(a.getNumber().numberValue(BigDecimal.class).setScale(2, RoundingMode.HALF_UP), "EUR");
    }
}
