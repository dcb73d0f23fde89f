package io.github.cptskit.benchmarks;

import io.github.cptskit.aci.simulation.Basis;
import io.github.cptskit.aci.simulation.ModelParameters;
import io.github.cptskit.aci.simulation.Simulation;
import io.github.cptskit.aci.simulation.SyntheticPortfolio;
import io.github.cptskit.aci.tariff.TariffRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The national simulation's work measured in CPU time of one thread, which a machine shared with
 * other jobs does not inflate the way it inflates wall-clock time: the bundled portfolio, cash basis,
 * 2020–2027, fitted parameters, draws on one thread after a warm-up. The draws are independent, so on
 * two idle cores the wall-clock time of 10,000 draws is about half the single-thread CPU time.
 *
 * <pre>
 * java -cp "cpts-benchmarks/target/classes:cpts-benchmarks/target/lib/*" \
 *     io.github.cptskit.benchmarks.NationalSimulationCpuTime
 * </pre>
 */
public final class NationalSimulationCpuTime {

    private NationalSimulationCpuTime() {}

    /**
     * Runs the measurement.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Simulation sim = Simulation.builder(TariffRules.bundled(), SyntheticPortfolio.signatories())
                .parameters(ModelParameters.bundledFitted())
                .basis(Basis.CASH)
                .years(2020, 2027)
                .parallelism(1)
                .build()
                .get();
        sim.run(1, 2_000, d -> {}); // warm-up
        for (int round = 0; round < 3; round++) {
            long cpu = bean.getCurrentThreadCpuTime();
            sim.run(42, 10_000, d -> {});
            double seconds = (bean.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf(
                    java.util.Locale.ROOT,
                    "10,000 draws on one thread: %.2f s of CPU; on 2 idle cores about %.2f s%n",
                    seconds,
                    seconds / 2);
        }
    }
}
