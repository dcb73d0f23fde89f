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
 * Targets (issues #8 and #16): registry load under 100 ms, the first remuneration under 400 ms from
 * JVM start. On a shared machine wall-clock times swing with the other processes; the CPU times of
 * the main thread (and of the whole process, JIT and the Moneta warm-up thread included) are printed
 * too, as the steadier measure of the work done.
 */
public final class ColdStart {
    private ColdStart() {}

    /**
     * Prints the timings in milliseconds.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long population = CommuneRegistry.bundled()
                .territory(List.of("01173", "01160", "01419"))
                .get()
                .population();
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
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
        long c2 = threads.getCurrentThreadCpuTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.out.printf(
                "registry_ms=%.1f remuneration_ms=%.1f since_jvm_start_ms=%d total=%s"
                        + " | main_thread_cpu_ms registry=%.1f remuneration=%.1f | process_cpu_ms=%d%n",
                (t1 - t0) / 1e6,
                (t2 - t1) / 1e6,
                uptime,
                total,
                (c1 - c0) / 1e6,
                (c2 - c1) / 1e6,
                processCpu / 1_000_000);
    }
}
