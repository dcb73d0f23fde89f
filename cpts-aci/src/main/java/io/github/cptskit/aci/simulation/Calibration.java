package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.internal.NationalModel;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Fits the model's uncertain parameters to public totals by importance weighting of prior draws, a
 * form of approximate Bayesian computation (Beaumont, Zhang and Balding, 2002, without regression
 * adjustment): each draw of the priors is simulated once on the cash basis, weighted by a Gaussian
 * kernel of its distance to the figures marked {@link PublicFigure.Role#FIT} (relative tolerance
 * {@code h}: weight {@code exp(−½ Σ ((T − O) / (h·O))²)}), and the posterior is the weighted prior,
 * resampled into equally weighted particles (systematic resampling). Figures marked
 * {@link PublicFigure.Role#HELD_OUT} are not used: the result predicts them, as an out-of-sample
 * check. Nothing is tuned by hand; the fit is the model's.
 *
 * <pre>{@code
 * Simulation priors = Simulation.builder(rules, portfolio)
 *     .parameters(ModelParameters.bundled()).years(2019, 2025).build().get();
 * CalibrationResult fit = Calibration.run(priors, PublicFigure.bundled(), Calibration.Settings.defaults());
 * ModelParameters fitted = fit.fitted();
 * }</pre>
 */
public final class Calibration {

    private Calibration() {}

    /**
     * How the calibration runs.
     *
     * @param seed the seed
     * @param draws the number of prior draws, 100 or more
     * @param tolerance the kernel's relative width, e.g. 0.05 for 5 % of each figure
     * @param particles the number of particles of the posterior, 10 or more
     */
    public record Settings(long seed, int draws, double tolerance, int particles) {
        /**
         * Checks the values.
         *
         * @param seed the seed
         * @param draws the number of prior draws, 100 or more
         * @param tolerance the kernel's relative width, e.g. 0.05 for 5 % of each figure
         * @param particles the number of particles of the posterior, 10 or more
         */
        public Settings {
            if (draws < 100 || draws > 10_000_000) {
                throw new IllegalArgumentException("draws between 100 and 10,000,000: " + draws);
            }
            if (!(tolerance > 0 && tolerance <= 1)) {
                throw new IllegalArgumentException("tolerance in (0, 1]: " + tolerance);
            }
            if (particles < 10 || particles > 100_000) {
                throw new IllegalArgumentException("particles between 10 and 100,000: " + particles);
            }
        }

        /**
         * The defaults of {@code cpts calibrate}: seed 42, 20,000 draws, 10 % tolerance (docs/simulation.md says why), 1,000 particles.
         *
         * @return the settings
         */
        public static Settings defaults() {
            return new Settings(42, 20_000, 0.10, 1_000);
        }
    }

    /**
     * Calibrates.
     *
     * @param priors a cash-basis simulation with prior parameters (no posterior) whose years cover the
     *     figures
     * @param figures the public figures; those marked FIT are fitted, HELD_OUT are predicted
     * @param settings the settings
     * @param progress called with each finished draw's index
     * @return the result, or a coded problem (no figure to fit, wrong basis, a figure's year outside
     *     the simulation)
     */
    public static Validation<Seq<Problem>, CalibrationResult> run(
            Simulation priors, Seq<PublicFigure> figures, Settings settings, IntConsumer progress) {
        Objects.requireNonNull(priors, "priors");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(progress, "progress");
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        if (priors.basis() != Basis.CASH) {
            problems.add(Problem.of(AciProblem.CALIBRATION_BASIS));
        }
        if (priors.parameters().posterior().isDefined()) {
            problems.add(Problem.of(AciProblem.CALIBRATION_PRIORS));
        }
        Seq<PublicFigure> fit = figures.filter(f -> f.role() == PublicFigure.Role.FIT);
        Seq<PublicFigure> used = figures.filter(f -> f.role() != PublicFigure.Role.CONTEXT);
        if (fit.isEmpty()) {
            problems.add(Problem.of(AciProblem.CALIBRATION_NO_FIGURE));
        }
        for (PublicFigure f : used) {
            if (f.year() < priors.firstYear() || f.year() > priors.lastYear()) {
                problems.add(Problem.of(AciProblem.CALIBRATION_YEAR, f.year()));
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(List.ofAll(problems));
        }
        int n = settings.draws();
        int series = priors.seriesCount();
        int[] years = used.map(PublicFigure::year)
                .distinct()
                .toJavaStream()
                .mapToInt(i -> i)
                .toArray();
        long[][] totals = new long[years.length][n];
        double[][] theta = new double[n][];
        priors.forEachDraw(n, d -> {
            double[] v = priors.parameterValues(settings.seed(), d);
            long[] out = priors.evaluate(v, Simulation.drawSeed(settings.seed(), d));
            for (int i = 0; i < years.length; i++) {
                totals[i][d] = out[(years[i] - priors.firstYear()) * series + NationalModel.TOTAL];
            }
            theta[d] = v;
            progress.accept(d);
        });
        double[] logw = new double[n];
        for (PublicFigure f : fit) {
            int i = indexOf(years, f.year());
            double o = f.amountCents();
            for (int d = 0; d < n; d++) {
                double z = (totals[i][d] - o) / (settings.tolerance() * o);
                logw[d] -= 0.5 * z * z;
            }
        }
        double max = Arrays.stream(logw).max().orElse(0);
        double[] w = new double[n];
        double sum = 0;
        for (int d = 0; d < n; d++) {
            w[d] = Math.exp(logw[d] - max);
            sum += w[d];
        }
        double sq = 0;
        for (int d = 0; d < n; d++) {
            w[d] /= sum;
            sq += w[d] * w[d];
        }
        double ess = 1 / sq;
        // Systematic resampling: one uniform, then evenly spaced pointers through the cumulative weights.
        java.util.SplittableRandom r = new java.util.SplittableRandom(NationalModel.mix(settings.seed(), -1));
        int p = settings.particles();
        int[] chosen = new int[p];
        double u = r.nextDouble() / p;
        double cumulative = w[0];
        int d = 0;
        for (int k = 0; k < p; k++) {
            double target = u + (double) k / p;
            while (cumulative < target && d < n - 1) {
                d++;
                cumulative += w[d];
            }
            chosen[k] = d;
        }
        Seq<ModelParameter> uncertain = priors.parameters().uncertain();
        NationalModel.P[] ps = NationalModel.P.values();
        int[] index = new int[uncertain.size()];
        for (int i = 0; i < index.length; i++) {
            String name = uncertain.get(i).name();
            index[i] = Arrays.stream(ps)
                    .filter(x -> x.key().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .ordinal();
        }
        double[][] particles = new double[p][uncertain.size()];
        for (int k = 0; k < p; k++) {
            for (int i = 0; i < index.length; i++) {
                particles[k][i] = theta[chosen[k]][index[i]];
            }
        }
        String method = "importance weighting of " + n + " prior draws (ABC, Gaussian kernel, relative tolerance "
                + BigDecimal.valueOf(settings.tolerance()).stripTrailingZeros().toPlainString()
                + "), systematic resampling into " + p + " particles, seed " + settings.seed()
                + ", effective sample size " + Math.round(ess);
        Seq<String> observations = fit.map(f -> f.year() + ": " + euros(f.amountCents()) + " (" + f.source() + ")");
        Posterior posterior = new Posterior(
                method,
                priors.parameters().fingerprint(),
                observations,
                uncertain.map(ModelParameter::name),
                particles);
        java.util.List<CalibrationResult.ParameterFit> table = new java.util.ArrayList<>();
        for (int i = 0; i < index.length; i++) {
            double[] prior = new double[n];
            for (int k = 0; k < n; k++) {
                prior[k] = theta[k][index[i]];
            }
            table.add(
                    new CalibrationResult.ParameterFit(uncertain.get(i), quantiles(prior, null), quantiles(prior, w)));
        }
        java.util.List<CalibrationResult.YearFit> byYear = new java.util.ArrayList<>();
        for (PublicFigure f : used) {
            int i = indexOf(years, f.year());
            double[] t = new double[n];
            for (int k = 0; k < n; k++) {
                t[k] = totals[i][k];
            }
            double[] q = quantiles(t, w);
            double[] qp = quantiles(t, null);
            byYear.add(new CalibrationResult.YearFit(
                    f,
                    Math.round(qp[0]),
                    Math.round(qp[2]),
                    Math.round(q[0]),
                    Math.round(q[1]),
                    Math.round(q[2]),
                    q[0] <= f.amountCents() && f.amountCents() <= q[2]));
        }
        return Validation.valid(new CalibrationResult(
                priors.parameters().withPosterior(posterior),
                posterior,
                settings,
                n,
                ess,
                List.ofAll(table),
                List.ofAll(byYear)));
    }

    private static int indexOf(int[] years, int year) {
        for (int i = 0; i < years.length; i++) {
            if (years[i] == year) {
                return i;
            }
        }
        throw new IllegalArgumentException("year " + year);
    }

    /** P5, P50, P95 of values with weights (null: equal weights). */
    static double[] quantiles(double[] values, double[] weights) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] q = {0.05, 0.5, 0.95};
        double[] out = new double[3];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            total += weights == null ? 1 : weights[i];
        }
        int k = 0;
        double cumulative = 0;
        for (int i = 0; i < order.length && k < 3; i++) {
            cumulative += (weights == null ? 1 : weights[order[i]]) / total;
            while (k < 3 && cumulative >= q[k] - 1e-12) {
                out[k++] = values[order[i]];
            }
        }
        while (k < 3) {
            out[k++] = values[order[order.length - 1]];
        }
        return out;
    }

    static String euros(long cents) {
        return String.format(java.util.Locale.ROOT, "%.1f M€", cents / 1e8);
    }

    /**
     * Calibrates on public figures given as any {@code Iterable}, a {@code java.util.List} as well as a
     * Vavr {@code Seq} (decision record 0004).
     *
     * @param priors a cash-basis simulation with prior parameters (no posterior) whose years cover the
     *     figures
     * @param figures the public figures; those marked FIT are fitted, HELD_OUT are predicted
     * @param settings the settings
     * @param progress called with each finished draw's index
     * @return the result, or a coded problem
     */
    public static Validation<Seq<Problem>, CalibrationResult> run(
            Simulation priors, Iterable<? extends PublicFigure> figures, Settings settings, IntConsumer progress) {
        return run(
                priors,
                io.vavr.collection.List.<PublicFigure>ofAll(Objects.requireNonNull(figures, "figures")),
                settings,
                progress);
    }
}
