package io.github.cptskit.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * The pathway benchmarks measured in CPU time of this process (the benchmark thread, the garbage
 * collector and the compiler together) instead of wall-clock time: on a machine shared with other
 * builds, wall-clock throughput measures the neighbours as much as the code. Rounds alternate the
 * variants; each round reports transitions per CPU-second. Not a JMH benchmark: JMH's figures are in
 * docs/benchmarks.md beside these.
 *
 * <pre>{@code
 * java -cp "cpts-benchmarks/target/classes:cpts-benchmarks/target/lib/*" io.github.cptskit.benchmarks.PathwayCpuTime
 * }</pre>
 */
public final class PathwayCpuTime {
    private PathwayCpuTime() {}

    private static volatile Object sink;

    private static double perCpuSecond(Supplier<Object> walk, int walks) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < walks; i++) {
            sink = walk.get();
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        return 7.0 * walks / (cpu / 1e9);
    }

    public static void main(String[] args) throws Exception {
        PathwayBenchmark b = new PathwayBenchmark();
        b.setUp();
        int walks = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        // warm up every variant first, so that the compiler's work is done before measuring
        for (int i = 0; i < 3; i++) {
            perCpuSecond(b::cptskit, walks);
            perCpuSecond(b::stateless4jEqualWork, walks);
            perCpuSecond(b::stateless4j, walks);
        }
        for (int r = 1; r <= rounds; r++) {
            double ck = perCpuSecond(b::cptskit, walks);
            double eq = perCpuSecond(b::stateless4jEqualWork, walks);
            double sl = perCpuSecond(b::stateless4j, walks);
            System.out.printf(
                    "round %d: cptskit %.2f M, stateless4jEqualWork %.2f M, stateless4j %.2f M transitions per"
                            + " CPU-second; cptskit/equal work %.2f, cptskit/bare %.2f%n",
                    r, ck / 1e6, eq / 1e6, sl / 1e6, ck / eq, ck / sl);
        }
    }
}
