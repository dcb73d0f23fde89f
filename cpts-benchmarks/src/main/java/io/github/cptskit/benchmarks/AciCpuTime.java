package io.github.cptskit.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * The ACI benchmarks measured in CPU time of this process (the benchmark thread, the garbage
 * collector and the compiler together) instead of wall-clock time, as {@link PathwayCpuTime} does for
 * pathways: on a machine shared with other builds, wall-clock throughput measures the neighbours as
 * much as the code. Rounds alternate the fast path (the one formula under its no-op tracer), the
 * hand-made loop over {@code long} cents and the explained remuneration (the formula under the full
 * trace); each round reports remunerations per CPU-second. Not a JMH benchmark: JMH's figures are in
 * docs/benchmarks.md beside these.
 *
 * <pre>{@code
 * java -cp "cpts-benchmarks/target/classes:cpts-benchmarks/target/lib/*" io.github.cptskit.benchmarks.AciCpuTime
 * }</pre>
 */
public final class AciCpuTime {
    private AciCpuTime() {}

    private static volatile long sink;

    private static double perCpuSecond(LongSupplier remuneration, int times) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long sum = 0;
        for (int i = 0; i < times; i++) {
            sum += remuneration.getAsLong();
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        sink = sum;
        return times / (cpu / 1e9);
    }

    public static void main(String[] args) throws Exception {
        AciBenchmark b = new AciBenchmark();
        b.setUp();
        int fast = args.length > 0 ? Integer.parseInt(args[0]) : 100_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int explained = fast / 2_000;
        LongSupplier fastPath = b::fastPath;
        LongSupplier handMade = b::handMadeLongCents;
        LongSupplier explain = () -> b.explained().hashCode();
        // warm up every variant first, so that the compiler's work is done before measuring
        for (int i = 0; i < 3; i++) {
            perCpuSecond(fastPath, fast);
            perCpuSecond(handMade, fast);
            perCpuSecond(explain, explained);
        }
        for (int r = 1; r <= rounds; r++) {
            double f = perCpuSecond(fastPath, fast);
            double h = perCpuSecond(handMade, fast);
            double e = perCpuSecond(explain, explained);
            System.out.printf(
                    "round %d: fastPath %.1f M, handMadeLongCents %.1f M, explained %.1f k remunerations per"
                            + " CPU-second; fastPath/handMade %.2f%n",
                    r, f / 1e6, h / 1e6, e / 1e3, f / h);
        }
    }
}
