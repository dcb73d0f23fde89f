package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.internal.NationalModel;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Which uncertain parameters move a year's national total, two ways:
 * <ul>
 *   <li>a <b>tornado</b>: each uncertain parameter at the low and at the high end of its prior range,
 *       every other at its central value, the total's mean over the same draws of achievements; bars
 *       ranked by swing;
 *   <li><b>Sobol indices</b>, first-order and total, estimated from Saltelli's sampling scheme (two
 *       independent matrices A and B of N rows and their k hybrids AB<sub>i</sub>, N × (k + 2) runs)
 *       with Saltelli et al.'s (2010) first-order and Jansen's (1999) total-effect estimators, and
 *       bootstrap 90 % intervals. Each row
 *       of the scheme shares one random stream of achievements, so that the noise of the achievements
 *       does not pass for a parameter's effect.
 * </ul>
 * Both use the priors of the simulation's parameters (the question is what the uncertainty of each
 * input is worth), or, {@code onPosterior}, the fitted posterior's marginals: each fitted parameter
 * drawn from its particles' empirical distribution, independently of the others (Sobol indices need
 * independent inputs: the fit's correlations are left out, which the results say), its tornado ends
 * at the posterior's P5 and P95.
 *
 * <pre>{@code
 * SensitivityResult s = Sensitivity.run(sim, 2025, Sensitivity.Settings.defaults(), d -> {});
 * s.tornado().head(); // the parameter that moves 2025 the most
 * }</pre>
 */
public final class Sensitivity {

    private Sensitivity() {}

    /**
     * How the analysis runs.
     *
     * @param seed the seed
     * @param tornadoDraws draws of achievements behind each tornado point, 1 or more
     * @param sobolRows the N of Saltelli's scheme (N × (k + 2) runs), 0 to skip the indices
     * @param bootstrap resamples for the indices' intervals
     */
    public record Settings(long seed, int tornadoDraws, int sobolRows, int bootstrap) {
        /**
         * Checks the values.
         *
         * @param seed the seed
         * @param tornadoDraws draws of achievements behind each tornado point, 1 or more
         * @param sobolRows the N of Saltelli's scheme (N × (k + 2) runs), 0 to skip the indices
         * @param bootstrap resamples for the indices' intervals
         */
        public Settings {
            if (tornadoDraws < 1 || sobolRows < 0 || bootstrap < 0) {
                throw new IllegalArgumentException("tornadoDraws >= 1, sobolRows >= 0 and bootstrap >= 0 expected");
            }
        }

        /**
         * The defaults of {@code cpts sensitivity}: seed 42, 200 tornado draws, N = 2048, 200 resamples.
         *
         * @return the settings
         */
        public static Settings defaults() {
            return new Settings(42, 200, 2048, 200);
        }
    }

    /**
     * One bar of the tornado.
     *
     * @param parameter the parameter
     * @param lowMeanCents the year's mean total with the parameter at its low end
     * @param highMeanCents the same at its high end
     * @param swingCents high minus low
     * @param lowValue the parameter's value at the low end (the prior's low, or the posterior's P5)
     * @param highValue the same at the high end (the prior's high, or the posterior's P95)
     */
    public record TornadoBar(
            ModelParameter parameter,
            long lowMeanCents,
            long highMeanCents,
            long swingCents,
            double lowValue,
            double highValue) {}

    /**
     * One parameter's Sobol indices with bootstrap 90 % intervals.
     *
     * @param parameter the parameter
     * @param firstOrder the share of the total's variance it explains alone
     * @param firstLow P5 of the bootstrap
     * @param firstHigh P95 of the bootstrap
     * @param withInteractions the total-effect index: the share it explains with its interactions
     * @param withInteractionsLow P5 of the bootstrap
     * @param withInteractionsHigh P95 of the bootstrap
     */
    public record SobolIndex(
            ModelParameter parameter,
            double firstOrder,
            double firstLow,
            double firstHigh,
            double withInteractions,
            double withInteractionsLow,
            double withInteractionsHigh) {}

    /**
     * Runs the analysis.
     *
     * @param sim the simulation (its basis and portfolio; its parameters' priors)
     * @param year the calendar year analysed, within the simulation's years
     * @param settings the settings
     * @param progress called with the number of model runs done so far
     * @return the result
     * @throws IllegalArgumentException if the year is outside the simulation
     */
    public static SensitivityResult run(Simulation sim, int year, Settings settings, IntConsumer progress) {
        return run(sim, year, settings, false, progress);
    }

    /**
     * Runs the analysis on the priors or on the fitted posterior's marginals.
     *
     * @param sim the simulation (its basis and portfolio; its parameters' priors and posterior)
     * @param year the calendar year analysed, within the simulation's years
     * @param settings the settings
     * @param onPosterior whether the fitted parameters are drawn from the posterior's marginals
     * @param progress called with the number of model runs done so far
     * @return the result
     * @throws IllegalArgumentException if the year is outside the simulation, or onPosterior without a
     *     posterior
     */
    public static SensitivityResult run(
            Simulation sim, int year, Settings settings, boolean onPosterior, IntConsumer progress) {
        Objects.requireNonNull(sim, "sim");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(progress, "progress");
        if (year < sim.firstYear() || year > sim.lastYear()) {
            throw new IllegalArgumentException("year " + year + " outside " + sim.firstYear() + "–" + sim.lastYear());
        }
        int at = (year - sim.firstYear()) * sim.seriesCount() + NationalModel.TOTAL;
        NationalModel.P[] ps = NationalModel.P.values();
        ModelParameters params = sim.parameters().priors();
        if (onPosterior && sim.parameters().posterior().isEmpty()) {
            throw new IllegalArgumentException("no posterior to analyse");
        }
        double[] central = new double[ps.length];
        for (NationalModel.P p : ps) {
            central[p.ordinal()] = params.get(p.key()).central();
        }
        Seq<ModelParameter> uncertain = params.uncertain();
        int k = uncertain.size();
        // Each uncertain parameter's quantile function: its prior's, or its posterior marginal's.
        double[][] marginal = new double[k][];
        if (onPosterior) {
            Posterior post = sim.parameters().posterior().get();
            for (int i = 0; i < k; i++) {
                int column = post.names().indexOf(uncertain.get(i).name());
                if (column >= 0) {
                    double[] v = new double[post.size()];
                    for (int x = 0; x < v.length; x++) {
                        v[x] = post.value(x, column);
                    }
                    Arrays.sort(v);
                    marginal[i] = v;
                }
            }
        }
        java.util.function.BiFunction<Integer, Double, Double> valueAt = (i, q) -> marginal[i] == null
                ? uncertain.get(i).valueAt(q)
                : marginal[i][Math.min(marginal[i].length - 1, (int) Math.floor(q * marginal[i].length))];
        int[] index = new int[k];
        double[] lows = new double[k];
        double[] highs = new double[k];
        for (int i = 0; i < k; i++) {
            String name = uncertain.get(i).name();
            index[i] = Arrays.stream(ps)
                    .filter(x -> x.key().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .ordinal();
            ModelParameter mp = uncertain.get(i);
            lows[i] = marginal[i] == null ? mp.low() : Posterior.rank(marginal[i], 0.05);
            highs[i] = marginal[i] == null ? mp.high() : Posterior.rank(marginal[i], 0.95);
            if (marginal[i] != null) {
                central[index[i]] = Posterior.rank(marginal[i], 0.5);
            }
        }
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        // Tornado: 2k + 1 points, each the mean over the same draws.
        int td = settings.tornadoDraws();
        long[][] point = new long[2 * k + 1][td];
        sim.forEachDraw((2 * k + 1) * td, job -> {
            int pt = job / td;
            int d = job % td;
            double[] v = central.clone();
            if (pt < 2 * k) {
                v[index[pt / 2]] = pt % 2 == 0 ? lows[pt / 2] : highs[pt / 2];
            }
            point[pt][d] = sim.evaluate(v, Simulation.drawSeed(settings.seed(), d))[at];
            progress.accept(runs.incrementAndGet());
        });
        long centralMean = Summary.of(point[2 * k]).meanCents();
        java.util.List<TornadoBar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < k; i++) {
            long lo = Summary.of(point[2 * i]).meanCents();
            long hi = Summary.of(point[2 * i + 1]).meanCents();
            bars.add(new TornadoBar(uncertain.get(i), lo, hi, hi - lo, lows[i], highs[i]));
        }
        bars.sort((a, b) -> Long.compare(Math.abs(b.swingCents()), Math.abs(a.swingCents())));
        // Sobol: Saltelli's A, B and AB_i matrices in quantile space.
        int n = settings.sobolRows();
        java.util.List<SobolIndex> indices = new java.util.ArrayList<>();
        if (n > 0) {
            SplittableRandom r = new SplittableRandom(NationalModel.mix(settings.seed(), -7));
            double[][] a = new double[n][k];
            double[][] b = new double[n][k];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < k; i++) {
                    a[j][i] = r.nextDouble();
                    b[j][i] = r.nextDouble();
                }
            }
            double[] fa = new double[n];
            double[] fb = new double[n];
            double[][] fab = new double[k][n];
            sim.forEachDraw(n * (k + 2), job -> {
                int j = job / (k + 2);
                int which = job % (k + 2);
                double[] q = which == 0 ? a[j] : which == 1 ? b[j] : hybrid(a[j], b[j], which - 2);
                double[] v = central.clone();
                for (int i = 0; i < k; i++) {
                    v[index[i]] = valueAt.apply(i, q[i]);
                }
                double f = sim.evaluate(v, Simulation.drawSeed(settings.seed() + 1, j))[at] / 100.0;
                if (which == 0) {
                    fa[j] = f;
                } else if (which == 1) {
                    fb[j] = f;
                } else {
                    fab[which - 2][j] = f;
                }
                progress.accept(runs.incrementAndGet());
            });
            SplittableRandom boot = new SplittableRandom(NationalModel.mix(settings.seed(), -11));
            int[][] resamples = new int[settings.bootstrap()][n];
            for (int[] rs : resamples) {
                for (int j = 0; j < n; j++) {
                    rs[j] = boot.nextInt(n);
                }
            }
            for (int i = 0; i < k; i++) {
                double[] est = estimate(fa, fb, fab[i], null);
                double[] s1 = new double[resamples.length];
                double[] st = new double[resamples.length];
                for (int x = 0; x < resamples.length; x++) {
                    double[] e = estimate(fa, fb, fab[i], resamples[x]);
                    s1[x] = e[0];
                    st[x] = e[1];
                }
                Arrays.sort(s1);
                Arrays.sort(st);
                boolean none = resamples.length == 0;
                indices.add(new SobolIndex(
                        uncertain.get(i),
                        est[0],
                        none ? est[0] : Posterior.rank(s1, 0.05),
                        none ? est[0] : Posterior.rank(s1, 0.95),
                        est[1],
                        none ? est[1] : Posterior.rank(st, 0.05),
                        none ? est[1] : Posterior.rank(st, 0.95)));
            }
            indices.sort((x, y) -> Double.compare(y.withInteractions(), x.withInteractions()));
        }
        return new SensitivityResult(
                year, sim.basis(), centralMean, List.ofAll(bars), List.ofAll(indices), settings, onPosterior);
    }

    private static double[] hybrid(double[] a, double[] b, int i) {
        double[] h = a.clone();
        h[i] = b[i];
        return h;
    }

    /**
     * {first-order, total}: the first-order index by Saltelli et al.'s (2010) estimator, mean of
     * (f(B) − mean)·(f(AB_i) − f(A)) over the variance (unbiased, and centred on 0 with a small spread for a
     * parameter without effect, where Jansen's first-order estimator scatters below 0); the total by
     * Jansen's (1999): f(A) and f(AB_i) share all but i, so half their mean squared difference is the
     * variance i explains with its interactions.
     */
    private static double[] estimate(double[] fa, double[] fb, double[] fab, int[] rows) {
        int n = fa.length;
        double mean = 0;
        for (int j = 0; j < n; j++) {
            int r = rows == null ? j : rows[j];
            mean += fa[r] + fb[r];
        }
        mean /= 2 * n;
        double var = 0;
        double first = 0;
        double total = 0;
        for (int j = 0; j < n; j++) {
            int r = rows == null ? j : rows[j];
            var += (fa[r] - mean) * (fa[r] - mean) + (fb[r] - mean) * (fb[r] - mean);
            first += (fb[r] - mean) * (fab[r] - fa[r]); // centred: same expectation, far less spread
            total += (fa[r] - fab[r]) * (fa[r] - fab[r]);
        }
        var /= 2 * n - 1;
        if (var == 0) {
            return new double[] {0, 0};
        }
        return new double[] {first / n / var, total / (2.0 * n) / var};
    }
}
