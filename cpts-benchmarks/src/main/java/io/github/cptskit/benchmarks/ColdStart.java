package io.github.cptskit.benchmarks;

import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.territory.CommuneRegistry;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;

/**
 * Cold start, run in a fresh JVM by scripts/run-benchmarks.sh: the time from JVM start to one
 * territory population (commune registry loaded) and one remuneration (Moneta and the rules loaded).
 * Targets (issue #8): registry load under 100 ms, everything under 400 ms.
 */
public final class ColdStart {
    private ColdStart() {}

    /**
     * Prints the timings in milliseconds.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        long population = CommuneRegistry.bundled()
                .territory(List.of("01173", "01160", "01419"))
                .get()
                .population();
        long t1 = System.nanoTime();
        LocalDate signed = LocalDate.of(2024, 3, 1);
        Scenario.Builder b = Scenario.builder("cold").population(population).signedOn(signed);
        for (Mission m : new Mission[] {Mission.ACCES, Mission.PARCOURS, Mission.PREVENTION, Mission.CRISES}) {
            b.mission(m, signed, Achievement.FULL);
        }
        Object total = RemunerationCalculator.of(TariffRules.bundled())
                .calculate(b.build().get())
                .get()
                .total();
        long t2 = System.nanoTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(
                "registry_ms=%.1f remuneration_ms=%.1f since_jvm_start_ms=%d total=%s%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, uptime, total);
    }
}
