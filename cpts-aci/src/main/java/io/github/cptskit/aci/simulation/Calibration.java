package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.internal.NationalModel;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
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
     * The version of the model's equations, part of every fit's fingerprint: a fit made by another
     * version is stale. Raised when a change of the kernel changes what a draw pays (1.1: the avenant-2
     * uplift tops fonctionnement up to a target instead of adding a share of it).
     */
    public static final String MODEL_VERSION = ModelParameters.MODEL + ".1";

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
        Objects.requireNonNull(figures, "figures");
        return compare(priors, List.of(figures), settings, progress).map(Seq::head);
    }

    /**
     * Calibrates on several choices of fitted figures at once, from the same prior draws (simulated
     * once): e.g. "fit 2022 and 2023" beside "fit 2023 only". Each result is what {@link #run} gives
     * for that choice.
     *
     * @param priors a cash-basis simulation with prior parameters
     * @param choices the figures of each choice, each with its roles
     * @param settings the settings
     * @param progress called with each finished draw's index
     * @return one result per choice, in order, or every problem of every choice
     */
    public static Validation<Seq<Problem>, Seq<CalibrationResult>> compare(
            Simulation priors, Seq<Seq<PublicFigure>> choices, Settings settings, IntConsumer progress) {
        Objects.requireNonNull(priors, "priors");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(progress, "progress");
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        if (priors.basis() != Basis.CASH) {
            problems.add(Problem.of(AciProblem.CALIBRATION_BASIS));
        }
        if (priors.parameters().posterior().isDefined()) {
            problems.add(Problem.of(AciProblem.CALIBRATION_PRIORS));
        }
        for (Seq<PublicFigure> figures : choices) {
            Seq<PublicFigure> fit = figures.filter(f -> f.role() == PublicFigure.Role.FIT);
            if (fit.isEmpty()) {
                problems.add(Problem.of(AciProblem.CALIBRATION_NO_FIGURE));
            }
            for (PublicFigure f : figures.filter(f -> f.role() != PublicFigure.Role.CONTEXT)) {
                if (f.year() < priors.firstYear() || f.year() > priors.lastYear()) {
                    problems.add(Problem.of(AciProblem.CALIBRATION_YEAR, f.year()));
                } else if (f.basis() != Basis.CASH && f.role() == PublicFigure.Role.FIT) {
                    problems.add(Problem.of(AciProblem.CALIBRATION_BASIS));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(List.ofAll(problems).distinct());
        }
        int n = settings.draws();
        int series = priors.seriesCount();
        int span = priors.lastYear() - priors.firstYear() + 1;
        long[][] totals = new long[span][n];
        double[][] theta = new double[n][];
        priors.forEachDraw(n, d -> {
            double[] v = priors.parameterValues(settings.seed(), d);
            long[] out = priors.evaluate(v, Simulation.drawSeed(settings.seed(), d));
            for (int y = 0; y < span; y++) {
                totals[y][d] = out[y * series + NationalModel.TOTAL];
            }
            theta[d] = v;
            progress.accept(d);
        });
        java.util.List<CalibrationResult> results = new java.util.ArrayList<>();
        for (Seq<PublicFigure> figures : choices) {
            results.add(weigh(priors, figures, settings, totals, theta));
        }
        return Validation.valid(List.ofAll(results));
    }

    /** What a draw predicts for a public figure: its year's ACI total, grossed up for non-ACI money. */
    static double predicted(PublicFigure f, long aciTotalCents, double[] theta) {
        if (f.coverage() != PublicFigure.Coverage.ACI_AND_OTHER) {
            return aciTotalCents;
        }
        double share = theta[NationalModel.P.NON_ACI_SHARE.ordinal()];
        return aciTotalCents / (1 - share);
    }

    private static CalibrationResult weigh(
            Simulation priors, Seq<PublicFigure> figures, Settings settings, long[][] totals, double[][] theta) {
        int n = settings.draws();
        int first = priors.firstYear();
        Seq<PublicFigure> fit = figures.filter(f -> f.role() == PublicFigure.Role.FIT);
        Seq<PublicFigure> used = figures.filter(f -> f.role() != PublicFigure.Role.CONTEXT);
        double[] logw = new double[n];
        for (PublicFigure f : fit) {
            long[] t = totals[f.year() - first];
            double o = f.amountCents();
            for (int d = 0; d < n; d++) {
                double z = (predicted(f, t[d], theta[d]) - o) / (settings.tolerance() * o);
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
                particles,
                fingerprints(priors, figures));
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
            long[] t = totals[f.year() - first];
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = predicted(f, t[k], theta[k]);
            }
            double[] q = quantiles(x, w);
            double[] qp = quantiles(x, null);
            byYear.add(new CalibrationResult.YearFit(
                    f,
                    Math.round(qp[0]),
                    Math.round(qp[2]),
                    Math.round(q[0]),
                    Math.round(q[1]),
                    Math.round(q[2]),
                    q[0] <= f.amountCents() && f.amountCents() <= q[2]));
        }
        java.util.List<CalibrationResult.YearTotal> yearly = new java.util.ArrayList<>();
        for (int y = 0; y < totals.length; y++) {
            double[] x = new double[n];
            double[] g = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = totals[y][k];
                g[k] = y == 0 || totals[y - 1][k] == 0 ? Double.NaN : (double) totals[y][k] / totals[y - 1][k];
            }
            double[] q = quantiles(x, w);
            double[] qp = quantiles(x, null);
            yearly.add(new CalibrationResult.YearTotal(
                    first + y,
                    new long[] {Math.round(qp[0]), Math.round(qp[1]), Math.round(qp[2])},
                    new long[] {Math.round(q[0]), Math.round(q[1]), Math.round(q[2])},
                    y == 0 ? new double[0] : quantiles(g, null),
                    y == 0 ? new double[0] : quantiles(g, w)));
        }
        return new CalibrationResult(
                priors.parameters().withPosterior(posterior),
                posterior,
                settings,
                n,
                ess,
                List.ofAll(table),
                List.ofAll(byYear),
                List.ofAll(yearly));
    }

    /**
     * The fingerprint of everything a fit depends on, one SHA-256 per input: {@code model} (the
     * equations' version), {@code priors} (every model parameter's kind, range and central value),
     * {@code rules} (every text's version, date, parameter values and ranges, overrides included),
     * {@code portfolio} (each signatory's id, region, population and signature) and {@code targets}
     * (the public figures and their roles). A fit records them ({@link Posterior#inputs()}) so that
     * {@link #check} can say which one changed.
     *
     * @param simulation the simulation (its rules, parameters' priors and portfolio)
     * @param figures the public figures
     * @return name to hexadecimal SHA-256, sorted by name
     */
    public static java.util.SortedMap<String, String> fingerprints(Simulation simulation, Seq<PublicFigure> figures) {
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(figures, "figures");
        java.util.SortedMap<String, String> m = new java.util.TreeMap<>();
        m.put("model", sha256(MODEL_VERSION));
        m.put("priors", simulation.parameters().fingerprint());
        StringBuilder rules = new StringBuilder();
        for (io.github.cptskit.aci.tariff.RuleText t : simulation.rules().texts()) {
            rules.append(t.version()).append(' ').append(t.effective()).append('\n');
            for (var e : t.parameters()) {
                rules.append("  ").append(e._1).append('=').append(e._2.value());
                t.ranges()
                        .get(e._1)
                        .forEach(range -> rules.append(" [").append(range).append(']'));
                rules.append('\n');
            }
        }
        m.put("rules", sha256(rules.toString()));
        StringBuilder portfolio = new StringBuilder();
        for (Signatory s : simulation.portfolio()) {
            portfolio
                    .append(s.id())
                    .append(',')
                    .append(s.region())
                    .append(',')
                    .append(s.population())
                    .append(',')
                    .append(s.signature())
                    .append('\n');
        }
        m.put("portfolio", sha256(portfolio.toString()));
        m.put("targets", targetsFingerprint(figures));
        return m;
    }

    /**
     * The fingerprint of public figures as a fit uses them (year, amount, basis, coverage, role).
     *
     * @param figures the figures
     * @return hexadecimal SHA-256
     */
    public static String targetsFingerprint(Seq<PublicFigure> figures) {
        StringBuilder targets = new StringBuilder();
        for (PublicFigure f : figures.filter(f -> f.role() != PublicFigure.Role.CONTEXT)) {
            targets.append(f.year())
                    .append(',')
                    .append(f.amountCents())
                    .append(',')
                    .append(f.basis().cliName())
                    .append(',')
                    .append(f.coverage().fileName())
                    .append(',')
                    .append(f.role().fileName())
                    .append('\n');
        }
        return sha256(targets.toString());
    }

    /** Whether a simulation's fit was made from its own inputs. */
    public enum FitStatus {
        /** The simulation has no posterior: priors only. */
        PRIORS,
        /** The fit was made from exactly these inputs. */
        MATCHES,
        /**
         * The fit was made from these inputs but on another portfolio (the national one): its parameters
         * are applied to this portfolio, which the public figures do not describe, so it is not refitted.
         */
        TRANSFERRED
    }

    /**
     * Checks that the fit a simulation uses was made from the same inputs: the same model version,
     * priors, rules and public figures ({@link #fingerprints}). A different portfolio is
     * {@link FitStatus#TRANSFERRED}, not stale: the public figures are national.
     *
     * @param simulation the simulation
     * @param figures the public figures it is compared with
     * @return the status, or {@code CALIBRATION_FIT_STALE} naming what changed
     */
    public static Validation<Seq<Problem>, FitStatus> check(Simulation simulation, Seq<PublicFigure> figures) {
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(figures, "figures");
        Option<Posterior> post = simulation.parameters().posterior();
        if (post.isEmpty()) {
            return Validation.valid(FitStatus.PRIORS);
        }
        Seq<String> changed = staleInputs(simulation, figures);
        if (!changed.isEmpty()) {
            return Validation.invalid(List.of(Problem.of(
                    AciProblem.CALIBRATION_FIT_STALE,
                    changed.mkString(", "),
                    "cpts calibrate (same options), then --params FILE; or --priors")));
        }
        java.util.Map<String, String> recorded = post.get().inputs();
        java.util.SortedMap<String, String> now = fingerprints(simulation, figures);
        return Validation.valid(
                now.get("portfolio").equals(recorded.get("portfolio")) ? FitStatus.MATCHES : FitStatus.TRANSFERRED);
    }

    /**
     * The inputs that differ between a simulation's fit and the simulation itself ({@link #fingerprints}),
     * the portfolio apart (see {@link FitStatus#TRANSFERRED}).
     *
     * @param simulation the simulation
     * @param figures the public figures
     * @return the names of the changed inputs, sorted; empty when the fit matches or there is none
     */
    public static Seq<String> staleInputs(Simulation simulation, Seq<PublicFigure> figures) {
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(figures, "figures");
        Option<Posterior> post = simulation.parameters().posterior();
        if (post.isEmpty()) {
            return List.empty();
        }
        java.util.Map<String, String> recorded =
                new java.util.TreeMap<>(post.get().inputs());
        recorded.putIfAbsent("priors", post.get().priorFingerprint());
        java.util.SortedMap<String, String> now = fingerprints(simulation, figures);
        java.util.List<String> changed = new java.util.ArrayList<>();
        for (String name : now.keySet()) {
            if (!name.equals("portfolio") && !now.get(name).equals(recorded.get(name))) {
                changed.add(name);
            }
        }
        return List.ofAll(changed);
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
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

    /**
     * {@link #compare(Simulation, Seq, Settings, IntConsumer)} for java.util callers (decision record 0004).
     *
     * @param priors a cash-basis simulation with prior parameters
     * @param choices the figures of each choice, each with its roles
     * @param settings the settings
     * @param progress called with each finished draw's index
     * @return one result per choice, in order, or every problem of every choice
     */
    public static Validation<Seq<Problem>, Seq<CalibrationResult>> compare(
            Simulation priors,
            Iterable<? extends Iterable<? extends PublicFigure>> choices,
            Settings settings,
            IntConsumer progress) {
        Objects.requireNonNull(choices, "choices");
        return compare(priors, io.vavr.collection.List.ofAll(choices).map(Calibration::seq), settings, progress);
    }

    /**
     * {@link #fingerprints(Simulation, Seq)} for java.util callers (decision record 0004).
     *
     * @param simulation the simulation
     * @param figures the public figures
     * @return the fingerprints
     */
    public static java.util.SortedMap<String, String> fingerprints(
            Simulation simulation, Iterable<? extends PublicFigure> figures) {
        return fingerprints(simulation, seq(figures));
    }

    /**
     * {@link #targetsFingerprint(Seq)} for java.util callers (decision record 0004).
     *
     * @param figures the public figures
     * @return the fingerprint
     */
    public static String targetsFingerprint(Iterable<? extends PublicFigure> figures) {
        return targetsFingerprint(seq(figures));
    }

    /**
     * {@link #check(Simulation, Seq)} for java.util callers (decision record 0004).
     *
     * @param simulation the simulation
     * @param figures the public figures
     * @return the status of the fit, or the problems
     */
    public static Validation<Seq<Problem>, FitStatus> check(
            Simulation simulation, Iterable<? extends PublicFigure> figures) {
        return check(simulation, seq(figures));
    }

    /**
     * {@link #staleInputs(Simulation, Seq)} for java.util callers (decision record 0004).
     *
     * @param simulation the simulation
     * @param figures the public figures
     * @return the inputs that changed since the fit
     */
    public static Seq<String> staleInputs(Simulation simulation, Iterable<? extends PublicFigure> figures) {
        return staleInputs(simulation, seq(figures));
    }

    /**
     * {@link #staleInputs(Simulation, Seq)} as an unmodifiable {@code java.util.List} (decision record 0004).
     *
     * @param simulation the simulation
     * @param figures the public figures
     * @return the inputs that changed since the fit
     */
    public static java.util.List<String> staleInputsList(
            Simulation simulation, Iterable<? extends PublicFigure> figures) {
        return staleInputs(simulation, seq(figures)).asJava();
    }

    @SuppressWarnings("unchecked")
    private static Seq<PublicFigure> seq(Iterable<? extends PublicFigure> figures) {
        Objects.requireNonNull(figures, "figures");
        return figures instanceof Seq<?> s ? (Seq<PublicFigure>) s : io.vavr.collection.List.ofAll(figures);
    }
}
