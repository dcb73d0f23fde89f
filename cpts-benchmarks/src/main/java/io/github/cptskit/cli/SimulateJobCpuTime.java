package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.ModelParameters;
import io.github.cptskit.aci.simulation.Simulation;
import io.github.cptskit.aci.simulation.SyntheticPortfolio;
import io.github.cptskit.aci.tariff.TariffRules;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link SimulateJobBenchmark}'s two measures in CPU time of the whole process (every thread: draws,
 * JIT compiler, garbage collector), which a machine shared with other jobs inflates far less than
 * wall-clock time: the whole {@code cpts simulate} job in-process and the bare kernel's 10,000 draws,
 * after one warm-up of each, three rounds.
 *
 * <pre>
 * java -XX:+UseParallelGC -cp "cpts-benchmarks/target/classes:cpts-benchmarks/target/lib/*" \
 *     io.github.cptskit.cli.SimulateJobCpuTime
 * </pre>
 */
public final class SimulateJobCpuTime {

    private SimulateJobCpuTime() {}

    /**
     * Runs the measurement.
     *
     * @param args ignored
     * @throws Exception if the temporary folder cannot be made
     */
    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PrintStream console = System.out;
        Path out = Files.createTempDirectory("cpts-simulate-cpu");
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        Simulation kernel = Simulation.builder(TariffRules.bundled(), SyntheticPortfolio.signatories())
                .parameters(ModelParameters.bundledFitted())
                .build()
                .get();
        Main.run("simulate", "--out", out.toString()); // warm-up
        kernel.run(42, 10_000, d -> {});
        for (int round = 0; round < 3; round++) {
            long c0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            Main.run("simulate", "--out", out.toString());
            long c1 = os.getProcessCpuTime();
            long w1 = System.nanoTime();
            kernel.run(42, 10_000, d -> {});
            long c2 = os.getProcessCpuTime();
            long w2 = System.nanoTime();
            double job = (c1 - c0) / 1e9;
            double bare = (c2 - c1) / 1e9;
            console.printf(
                    java.util.Locale.ROOT,
                    "round %d: whole job %.2f s CPU (%.2f s wall), bare kernel %.2f s CPU (%.2f s wall),"
                            + " ratio %.2f (CPU)%n",
                    round + 1,
                    job,
                    (w1 - w0) / 1e9,
                    bare,
                    (w2 - w1) / 1e9,
                    job / bare);
        }
        System.setOut(console);
    }
}
