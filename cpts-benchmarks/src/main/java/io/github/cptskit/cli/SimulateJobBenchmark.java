package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.ModelParameters;
import io.github.cptskit.aci.simulation.Simulation;
import io.github.cptskit.aci.simulation.SyntheticPortfolio;
import io.github.cptskit.aci.tariff.TariffRules;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole {@code cpts simulate} job in-process (issue #23) beside a bare kernel run in the same JVM,
 * so that their ratio shows what the job adds to the draws: reading the bundled rules, parameters and
 * portfolio, compiling the model, 10,000 draws, the per-CPTS file over 1,000 draws run again, the
 * summaries, the CSV files, the chart and run.json. The bare kernel is {@link Simulation#run} of the
 * same 10,000 draws on a model compiled once. In the package of the command line to call its entry
 * point; the process as a whole (JVM start included) is timed by {@code scripts/bench-simulate.sh}.
 *
 * <pre>
 * java -cp "cpts-benchmarks/target/classes:cpts-benchmarks/target/lib/*" org.openjdk.jmh.Main SimulateJobBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx1g"})
public class SimulateJobBenchmark {

    private Simulation kernel;
    private Path out;
    private PrintStream console;

    /** Compiles the bare kernel's model; silences the command's report (it is written to files too). */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        kernel = Simulation.builder(TariffRules.bundled(), SyntheticPortfolio.signatories())
                .parameters(ModelParameters.bundledFitted())
                .build()
                .get();
        out = Files.createTempDirectory("cpts-simulate-bench");
        console = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    }

    /** Puts the console back. */
    @TearDown(Level.Trial)
    public void tearDown() {
        System.setOut(console);
    }

    /**
     * {@code cpts simulate --out DIR}: the defaults, as a user runs it.
     *
     * @return the exit code (0)
     */
    @Benchmark
    public int wholeSimulateJob() {
        int exit = Main.run("simulate", "--out", out.toString());
        if (exit != 0) {
            throw new IllegalStateException("cpts simulate ended with " + exit);
        }
        return exit;
    }

    /**
     * The same 10,000 draws on a compiled model, nothing else.
     *
     * @return the result
     */
    @Benchmark
    public Object bareKernelTenThousandDraws() {
        return kernel.run(42, 10_000, d -> {});
    }
}
