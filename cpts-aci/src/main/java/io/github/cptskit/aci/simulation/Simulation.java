package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.internal.NationalModel;
import io.github.cptskit.aci.internal.NationalModel.P;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.aci.tariff.MissionKey;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The national simulation of ACI spending: every signatory CPTS followed through its successive
 * contract years (the rules in force on each year's first day, the contract's term and renewal),
 * its missions started after sourced delays, its achievements drawn with national, regional and
 * CPTS effects that persist from year to year, and every euro dated to a calendar year on a
 * {@link Basis} — by default {@link Basis#CASH}, as the public totals are payments. Each draw also
 * draws the uncertain {@link ModelParameters} and the estimated ACI figures within their ranges, so
 * that the interval of the result is the model's uncertainty; the Monte Carlo error of the mean is
 * reported apart from it. docs/simulation.md writes the model as equations.
 *
 * <pre>{@code
 * Simulation sim = Simulation.builder(TariffRules.bundled(), portfolio)
 *     .years(2020, 2027)
 *     .parameters(ModelParameters.bundledFitted())
 *     .build().get();
 * SimulationResult r = sim.run(42L, 10_000, draw -> {});
 * r.year(2025).total().p50();
 * }</pre>
 *
 * <p>Results depend only on the seed and the number of draws, never on the number of threads: each
 * draw, and each CPTS within a draw, has its own random stream. Two simulations with the same seed
 * share their random numbers (common random numbers), so that a reform's difference is computed on
 * the same draws. This class is immutable and thread-safe.
 */
public final class Simulation {

    private static final long PARAMETER_STREAM = 0x243F6A8885A308D3L;

    private final TariffRules rules;
    private final ModelParameters parameters;
    private final Basis basis;
    private final int firstYear;
    private final int lastYear;
    private final int parallelism;
    private final Seq<String> regions;
    private final int size;
    private final Seq<Signatory> portfolio;
    private final NationalModel model;
    private final TreeMap<Integer, String> rulesByYear;
    private final Seq<Problem> warnings;
    private final int[] posteriorIndex;

    private Simulation(
            Builder b,
            NationalModel model,
            Seq<String> regions,
            TreeMap<Integer, String> rulesByYear,
            Seq<Problem> warnings) {
        this.rules = b.rules;
        this.parameters = b.parameters;
        this.basis = b.basis;
        this.firstYear = b.firstYear;
        this.lastYear = b.lastYear;
        this.parallelism = b.parallelism;
        this.regions = regions;
        this.size = b.portfolio.size();
        this.portfolio = b.portfolio;
        this.model = model;
        this.rulesByYear = rulesByYear;
        this.warnings = warnings;
        this.posteriorIndex = new int[P.values().length];
        for (P p : P.values()) {
            posteriorIndex[p.ordinal()] = parameters
                    .posterior()
                    .map(post -> post.names().indexOf(p.key()))
                    .getOrElse(-1);
        }
    }

    /**
     * A builder over a portfolio of signatories.
     *
     * @param rules the tariff rules
     * @param portfolio the signatories (ids unique)
     * @return a builder with the defaults: cash basis, 2020 to 2027, the bundled fitted parameters
     */
    public static Builder builder(TariffRules rules, Iterable<Signatory> portfolio) {
        return new Builder(
                Objects.requireNonNull(rules, "rules"), List.ofAll(Objects.requireNonNull(portfolio, "portfolio")));
    }

    /** Builds a {@link Simulation}, reporting every problem of its settings at once. Not thread-safe. */
    public static final class Builder {
        private final TariffRules rules;
        private final List<Signatory> portfolio;
        private ModelParameters parameters; // the bundled fitted ones unless set, loaded only then
        private Basis basis = Basis.CASH;
        private int firstYear = 2020;
        private int lastYear = 2027;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private AchievementDistribution achievements;

        private Builder(TariffRules rules, List<Signatory> portfolio) {
            this.rules = rules;
            this.portfolio = portfolio;
        }

        /**
         * The model parameters (default: {@link ModelParameters#bundledFitted()}).
         *
         * @param p the parameters
         * @return this builder
         */
        public Builder parameters(ModelParameters p) {
            this.parameters = Objects.requireNonNull(p, "parameters");
            return this;
        }

        /**
         * The accounting basis (default: cash).
         *
         * @param b the basis
         * @return this builder
         */
        public Builder basis(Basis b) {
            this.basis = Objects.requireNonNull(b, "basis");
            return this;
        }

        /**
         * The calendar years booked (default 2020 to 2027).
         *
         * @param first the first year
         * @param last the last year, at least first
         * @return this builder
         */
        public Builder years(int first, int last) {
            this.firstYear = first;
            this.lastYear = last;
            return this;
        }

        /**
         * The base distribution of one variable part's achievement, around which the national, regional
         * and CPTS effects and the mean of the parameters move it (default: Beta with the parameters'
         * central mean and concentration).
         *
         * @param d the distribution
         * @return this builder
         */
        public Builder achievements(AchievementDistribution d) {
            this.achievements = Objects.requireNonNull(d, "achievements");
            return this;
        }

        /**
         * How many threads run the draws (default: the available processors). The result does not
         * depend on it.
         *
         * @param threads 1 or more
         * @return this builder
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("at least one thread: " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Checks the settings and compiles the model.
         *
         * @return the simulation, or every problem
         */
        public Validation<Seq<Problem>, Simulation> build() {
            if (parameters == null) {
                parameters = ModelParameters.bundledFitted();
            }
            java.util.List<Problem> problems = new java.util.ArrayList<>();
            if (firstYear < 2019 || lastYear > 2100 || firstYear > lastYear) {
                problems.add(Problem.of(AciProblem.SIMULATION_YEARS, firstYear, lastYear));
            }
            if (portfolio.isEmpty()) {
                problems.add(Problem.of(AciProblem.SIMULATION_EMPTY));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Signatory s : portfolio) {
                if (!ids.add(s.id())) {
                    problems.add(Problem.of(AciProblem.SIMULATION_DUPLICATE_ID, s.id()));
                }
            }
            for (P p : P.values()) {
                if (!parameters.names().contains(p.key())) {
                    problems.add(Problem.of(AciProblem.MODEL_PARAMETER_MISSING, p.key()));
                }
            }
            if (!problems.isEmpty()) {
                return Validation.invalid(List.ofAll(problems));
            }
            Seq<String> regions =
                    TreeSet.ofAll(portfolio.map(Signatory::region)).toList();
            java.util.List<NationalModel.Cpts> cpts = new java.util.ArrayList<>();
            int[] regionOf = new int[portfolio.size()];
            int i = 0;
            for (Signatory s : portfolio) {
                cpts.add(new NationalModel.Cpts(s.region(), s.population(), s.signature()));
                regionOf[i++] = regions.indexOf(s.region());
            }
            ModelParameter mean = parameters.get(P.MEAN.key());
            ModelParameter concentration = parameters.get(P.CONCENTRATION.key());
            AchievementDistribution base = achievements != null
                    ? achievements
                    : AchievementDistribution.beta(
                            mean.central() * concentration.central(), (1 - mean.central()) * concentration.central());
            double baseMean = achievements != null ? meanOf(achievements) : mean.central();
            int maxDelay = (int) Math.max(
                    parameters.get(P.START_OPTIONAL.key()).high(),
                    Math.ceil(parameters.get(P.START_SHARE.key()).high() * maxDeadline()));
            int maxLag = (int) Math.max(
                    parameters.get(P.REVIEW_LAG.key()).high(),
                    parameters.get(P.LOI_LEAD.key()).high());
            NationalModel model;
            try {
                model = NationalModel.compile(
                        rules,
                        cpts,
                        regionOf,
                        regions.size(),
                        firstYear,
                        lastYear,
                        maxDelay,
                        maxLag,
                        k -> base.ppmAt(k / 4096.0),
                        baseMean);
            } catch (IllegalArgumentException e) {
                return Validation.invalid(List.of(Problem.of(AciProblem.SIMULATION_RULES, e.getMessage())));
            }
            TreeMap<Integer, String> byYear = TreeMap.empty();
            for (int y = firstYear; y <= lastYear; y++) {
                int year = y;
                byYear = byYear.put(
                        y,
                        rules.on(LocalDate.of(y, 12, 31)).map(Tariff::version).getOrElse("none"));
            }
            List<Problem> warnings = List.empty();
            LocalDate lastChange = rules.changeDates().last();
            if (lastYear > lastChange.getYear()) {
                warnings = warnings.append(
                        Problem.of(AciProblem.SIMULATION_BEYOND_KNOWN_RULES, lastChange.getYear(), lastChange));
            }
            // The term in force at signature (contrat.duree.annees, a rule parameter).
            // Rules change on few dates: one lookup per stretch between changes, not one per signatory.
            java.util.List<LocalDate> changes = rules.changeDates().toJavaList();
            java.util.Map<Integer, Option<Integer>> termBySegment = new java.util.HashMap<>();
            java.util.function.Function<Signatory, Option<Integer>> termOf = s -> termBySegment.computeIfAbsent(
                    (int) changes.stream()
                            .filter(c -> !c.isAfter(s.signature()))
                            .count(),
                    k -> rules.on(s.signature()).toOption().flatMap(Tariff::contractTermYears));
            Seq<Signatory> pastTerm = portfolio.filter(
                    s -> termOf.apply(s).exists(t -> s.signature().plusYears(t).getYear() <= lastYear));
            Option<Signatory> first =
                    pastTerm.minBy(s -> s.signature().plusYears(termOf.apply(s).get()));
            if (first.isDefined()) {
                int term = termOf.apply(first.get()).get();
                LocalDate firstPastTerm = first.get().signature().plusYears(term);
                long past = pastTerm.size();
                ModelParameter renewal = parameters.get(P.RENEWAL.key());
                warnings = warnings.append(Problem.of(
                        AciProblem.SIMULATION_CONTRACTS_RENEWED,
                        past,
                        term,
                        lastYear,
                        firstPastTerm,
                        renewal.format(renewal.low()),
                        renewal.format(renewal.high())));
            }
            return Validation.valid(new Simulation(this, model, regions, byYear, warnings));
        }

        private int maxDeadline() {
            int max = 0;
            for (LocalDate d : rules.changeDates()) {
                var t = rules.on(d);
                if (t.isValid()) {
                    for (MissionKey m : t.get().missions()) {
                        if (t.get().mandatory(m)) {
                            max = Math.max(max, t.get().startMonths(m));
                        }
                    }
                }
            }
            return max;
        }

        private static double meanOf(AchievementDistribution d) {
            if (d instanceof AchievementDistribution.Fixed f) {
                return f.ppm() / 1e6;
            }
            if (d instanceof AchievementDistribution.Uniform u) {
                return (u.lowPpm() + u.highPpm()) / 2e6;
            }
            AchievementDistribution.Beta b = (AchievementDistribution.Beta) d;
            return b.alpha() / (b.alpha() + b.beta());
        }
    }

    /**
     * The missions the rules declare, in the order of the results: the accord's six, then any a
     * reform adds.
     *
     * @return the missions
     */
    public Seq<MissionKey> missions() {
        return List.ofAll(model.missions());
    }

    /** The first series of the regions in a draw's output. */
    int regionSeries() {
        return model.regionSeries();
    }

    /**
     * Runs the simulation.
     *
     * @param seed the seed
     * @param draws the number of draws, 1 to 10,000,000
     * @param progress called with each finished draw's index (from any thread)
     * @return the result
     */
    public SimulationResult run(long seed, int draws, IntConsumer progress) {
        return run(seed, draws, 0, progress);
    }

    /**
     * Runs the simulation and summarises each CPTS over its first {@code perCptsDraws} draws on the
     * way: {@link SimulationResult#byCpts(int)} with that number then returns the rows at no further
     * cost. Those draws are run once, CPTS block by CPTS block, for both the national series and the
     * per-CPTS rows (instead of once in the simulation and once more for the rows); the result is the
     * same as {@link #run(long, int, IntConsumer)}'s, to the cent.
     *
     * <pre>{@code
     * SimulationResult r = sim.run(42L, 10_000, 1_000, draw -> {});
     * r.byCpts(1_000);   // already computed
     * }</pre>
     *
     * @param seed the seed
     * @param draws the number of draws, 1 to 10,000,000
     * @param perCptsDraws how many of the first draws the per-CPTS rows summarise, 0 (none) to {@code
     *     draws}
     * @param progress called with each finished draw's index (from any thread)
     * @return the result
     */
    public SimulationResult run(long seed, int draws, int perCptsDraws, IntConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        if (draws < 1 || draws > 10_000_000) {
            throw new IllegalArgumentException("draws between 1 and 10,000,000: " + draws);
        }
        if (perCptsDraws < 0 || perCptsDraws > draws) {
            throw new IllegalArgumentException("perCptsDraws between 0 and " + draws + ": " + perCptsDraws);
        }
        int years = model.years();
        int series = model.series();
        int width = years * series;
        boolean exact = draws <= EXACT_DRAWS;
        long[][] totals = new long[years][draws];
        long[][] columns = exact ? new long[width][draws] : null;
        QuantileSketch[] sketches = exact ? null : new QuantileSketch[width];
        if (!exact) {
            for (int i = 0; i < width; i++) {
                sketches[i] = new QuantileSketch(SKETCH_BITS);
            }
        }
        Seq<CptsSummary> perCpts = null;
        int head = 0; // the draws already run for the per-CPTS rows
        if (perCptsDraws > 0) {
            // Each of those draws keeps its accumulator until every block of CPTS has been run into it;
            // when they would take more than a block, the rows are computed on demand instead.
            int accumulator = model.accumulatorSize();
            if ((long) perCptsDraws * accumulator <= BLOCK_VALUES) {
                long[][] whole = new long[perCptsDraws][accumulator];
                perCpts = byCpts(seed, perCptsDraws, whole);
                for (int d = 0; d < perCptsDraws; d++) {
                    long[] out = new long[width];
                    model.series(whole[d], out);
                    whole[d] = null;
                    for (int y = 0; y < years; y++) {
                        totals[y][d] = out[y * series + NationalModel.TOTAL];
                    }
                    for (int i = 0; i < width; i++) {
                        if (columns != null) {
                            columns[i][d] = out[i];
                        } else {
                            sketches[i].add(out[i]);
                        }
                    }
                    progress.accept(d);
                }
                head = perCptsDraws;
            }
        }
        // Draws run chunk by chunk: a chunk's outputs are kept until they are folded into the sketches,
        // so that memory does not grow with the number of draws (but for the totals, kept draw by draw).
        int chunk = exact ? draws : CHUNK;
        long[][] buffer = new long[Math.min(chunk, draws)][];
        for (int start = head; start < draws; start += chunk) {
            int first = start;
            int end = Math.min(draws, start + chunk);
            forEachDraw(first, end, d -> {
                long[] out = new long[width];
                model.draw(parameterValues(seed, d), basisCode(), drawSeed(seed, d), out);
                for (int y = 0; y < years; y++) {
                    totals[y][d] = out[y * series + NationalModel.TOTAL];
                }
                if (columns != null) {
                    for (int i = 0; i < width; i++) {
                        columns[i][d] = out[i];
                    }
                } else {
                    buffer[d - first] = out;
                }
                progress.accept(d);
            });
            if (sketches != null) {
                for (int d = 0; d < end - first; d++) {
                    long[] out = buffer[d];
                    for (int i = 0; i < width; i++) {
                        sketches[i].add(out[i]);
                    }
                    buffer[d] = null;
                }
            }
        }
        return new SimulationResult(this, seed, draws, totals, columns, sketches, perCpts, perCptsDraws);
    }

    /**
     * Up to how many draws a result keeps every series draw by draw, so that its percentiles are exact
     * order statistics (45 MB for the bundled portfolio's 280 series: 35 a year over 2020–2027); above, each series but the
     * national total is summarised by a {@link QuantileSketch} as the draws run.
     */
    public static final int EXACT_DRAWS = 20_000;

    /** The sketches' bins per power of two, as a power of two: relative error 2^-13 (0.0122 %). */
    static final int SKETCH_BITS = 12;

    /**
     * The largest relative distance between a percentile of a result with more than {@link
     * #EXACT_DRAWS} draws and the exact order statistic, for every series but the national total
     * (always exact); 0.0122 %, e.g. at most 12,200 € on 100 M€. Means, minima and maxima stay exact.
     */
    public static final double SKETCH_RELATIVE_ERROR = QuantileSketch.relativeError(SKETCH_BITS);

    /** How many draws are run between two folds into the sketches. */
    private static final int CHUNK = 4096;

    /**
     * One series of every draw, computed again from the seed (the draws are reproducible): for a result
     * that did not keep it. Costs a run of the simulation; memory: one value per draw.
     */
    long[] column(long seed, int draws, int index) {
        long[] column = new long[draws];
        int width = model.years() * model.series();
        forEachDraw(0, draws, d -> {
            long[] out = new long[width];
            model.draw(parameterValues(seed, d), basisCode(), drawSeed(seed, d), out);
            column[d] = out[index];
        });
        return column;
    }

    /** How many long values one block of {@link #byCpts} may hold (64 MB): memory stays constant. */
    private static final long BLOCK_VALUES = 8L << 20;

    /** How many cells of the per-CPTS file are read back from the draws' rows at a time. */
    private static final int TILE = 32;

    /**
     * Each CPTS's amounts by year, component and mission, summarised over the draws: the draws are run
     * again CPTS block by CPTS block on the same random numbers, so that memory stays bounded whatever
     * the portfolio's size.
     */
    Seq<CptsSummary> byCpts(long seed, int draws) {
        return byCpts(seed, draws, null);
    }

    /**
     * As {@link #byCpts(long, int)}, also adding every CPTS's amounts of draw {@code d} to the draw's
     * accumulator {@code whole[d]} (if given), from which the draw's national series follow.
     */
    private Seq<CptsSummary> byCpts(long seed, int draws, long @Nullable [][] whole) {
        int years = model.years();
        java.util.List<MissionKey> keys = model.missions();
        int missions = keys.size();
        // Cells of a CPTS-year: the components without mission, then fixed and variable by mission.
        int[] plain = IntStream.range(0, NationalModel.COMPONENTS.length)
                .filter(c -> !NationalModel.perMission(c))
                .toArray();
        int fixed = java.util.Arrays.asList(NationalModel.COMPONENTS).indexOf("fixed");
        int variable = java.util.Arrays.asList(NationalModel.COMPONENTS).indexOf("variable");
        int cells = model.cells(); // plain.length + 2 * missions
        String[] cellComponent = new String[cells];
        String[] cellMission = new String[cells];
        for (int i = 0; i < plain.length; i++) {
            cellComponent[i] = NationalModel.COMPONENTS[plain[i]];
            cellMission[i] = "";
        }
        for (int m = 0; m < missions; m++) {
            int f = plain.length + m;
            int v = f + missions;
            cellComponent[f] = NationalModel.COMPONENTS[fixed];
            cellComponent[v] = NationalModel.COMPONENTS[variable];
            cellMission[f] = keys.get(m).key();
            cellMission[v] = keys.get(m).key();
        }
        int perCpts = years * cells;
        int block = (int) Math.max(1, Math.min(size, BLOCK_VALUES / ((long) perCpts * draws)));
        // One row per draw, reused block after block: each CPTS's cells are copied over it in one piece
        // (every cell of the block's CPTS, zeros included, so nothing of the previous block is left).
        long[][] byDraw = new long[draws][block * perCpts];
        java.util.List<CptsSummary> rows = new java.util.ArrayList<>();
        for (int from = 0; from < size; from += block) {
            int first = from;
            int to = Math.min(size, from + block);
            int width = (to - from) * perCpts;
            forEachDraw(0, draws, d -> {
                long[] row = byDraw[d];
                model.drawByCpts(
                        parameterValues(seed, d),
                        basisCode(),
                        drawSeed(seed, d),
                        first,
                        to,
                        (c, amounts) -> System.arraycopy(amounts, 0, row, (c - first) * perCpts, perCpts),
                        whole == null ? null : whole[d]);
            });
            // The cells are read back TILE at a time (a few cache lines of every row) into columns each
            // task reuses, and summarised in parallel.
            Summary[] summaries = new Summary[width]; // null: zero in every draw
            int tiles = (width + TILE - 1) / TILE;
            int tasks = Math.min(tiles, 4 * parallelism);
            forEachDraw(0, tasks, t -> {
                long[][] column = new long[TILE][draws];
                for (int tile = t; tile < tiles; tile += tasks) {
                    int lo = tile * TILE;
                    int hi = Math.min(width, lo + TILE);
                    for (int d = 0; d < draws; d++) {
                        long[] row = byDraw[d];
                        for (int i = lo; i < hi; i++) {
                            column[i - lo][d] = row[i];
                        }
                    }
                    for (int i = lo; i < hi; i++) {
                        if (!allZero(column[i - lo])) {
                            summaries[i] = Summary.ofWork(column[i - lo]);
                        }
                    }
                }
            });
            for (int c = from; c < to; c++) {
                Signatory s = portfolio.get(c);
                for (int y = 0; y < years; y++) {
                    for (int k = 0; k < cells; k++) {
                        Summary v = summaries[(c - from) * perCpts + y * cells + k];
                        if (v != null) {
                            rows.add(new CptsSummary(
                                    s.id(), s.region(), firstYear + y, cellComponent[k], cellMission[k], v));
                        }
                    }
                }
            }
        }
        return List.ofAll(rows);
    }

    private static boolean allZero(long[] v) {
        for (long x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** Runs {@code body} for each draw index on this simulation's threads. */
    void forEachDraw(int draws, IntConsumer body) {
        forEachDraw(0, draws, body);
    }

    /** Runs {@code body} for each draw index from {@code from} to {@code to} on this simulation's threads. */
    void forEachDraw(int from, int to, IntConsumer body) {
        if (parallelism == 1) {
            for (int d = from; d < to; d++) {
                body.accept(d);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            pool.submit(() -> IntStream.range(from, to).parallel().forEach(body))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err; // an OutOfMemoryError reaches the caller as itself
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The parameter values of one draw: a particle of the posterior if any, otherwise each uncertain
     * parameter drawn from its range; certain parameters at their value.
     */
    double[] parameterValues(long seed, int draw) {
        SplittableRandom r = new SplittableRandom(NationalModel.mix(seed ^ PARAMETER_STREAM, draw));
        P[] ps = P.values();
        double[] v = new double[ps.length];
        int particle =
                parameters.posterior().map(post -> r.nextInt(post.size())).getOrElse(-1);
        for (P p : ps) {
            if (p == P.RENEWAL) {
                // The draw of contrat.duree.annees, a rule parameter since it left the model parameters:
                // still consumed, so that every later parameter keeps its stream (same seed, same draws).
                r.nextDouble();
            }
            ModelParameter mp = parameters.get(p.key());
            double u = r.nextDouble(); // drawn for every parameter: streams stay aligned whatever is pinned
            if (!mp.uncertain()) {
                v[p.ordinal()] = mp.central();
            } else if (particle >= 0 && posteriorIndex[p.ordinal()] >= 0) {
                v[p.ordinal()] = parameters.posterior().get().value(particle, posteriorIndex[p.ordinal()]);
            } else {
                v[p.ordinal()] = mp.valueAt(u);
            }
        }
        return v;
    }

    /** The model's output for given parameter values and a draw's random stream. */
    long[] evaluate(double[] values, long drawSeed) {
        long[] out = new long[model.years() * model.series()];
        model.draw(values, basisCode(), drawSeed, out);
        return out;
    }

    static long drawSeed(long seed, int draw) {
        return NationalModel.mix(seed, draw);
    }

    private int basisCode() {
        return basis.ordinal();
    }

    int seriesCount() {
        return model.series();
    }

    /**
     * The tariff rules.
     *
     * @return the rules
     */
    public TariffRules rules() {
        return rules;
    }

    /**
     * The model parameters.
     *
     * @return the parameters
     */
    public ModelParameters parameters() {
        return parameters;
    }

    /**
     * The accounting basis.
     *
     * @return the basis
     */
    public Basis basis() {
        return basis;
    }

    /**
     * The first calendar year booked.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * The last calendar year booked.
     *
     * @return the year
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * The number of signatories.
     *
     * @return the portfolio's size
     */
    public int size() {
        return size;
    }

    /**
     * The signatories, in the portfolio's order.
     *
     * @return the portfolio
     */
    public Seq<Signatory> portfolio() {
        return portfolio;
    }

    /**
     * The region codes of the portfolio, sorted.
     *
     * @return the codes
     */
    public Seq<String> regions() {
        return regions;
    }

    /**
     * The version of the rules in force at the end of each calendar year.
     *
     * @return year to version
     */
    public TreeMap<Integer, String> rulesByYear() {
        return rulesByYear;
    }

    /**
     * The warnings of the settings (years beyond the last known rule change).
     *
     * @return the warnings
     */
    public Seq<Problem> warnings() {
        return warnings;
    }

    /**
     * The unconfirmed or estimated figures the result rests on: ACI figures in force in some year, and
     * model parameters.
     *
     * @return their names, each with its confidence
     */
    public Seq<String> unconfirmed() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (LocalDate d : rules.changeDates()) {
            if (d.getYear() <= lastYear) {
                rules.on(d).forEach(t -> out.addAll(t.unconfirmedParameters().toJavaList()));
            }
        }
        java.util.List<String> model = new java.util.ArrayList<>();
        for (ModelParameter p : parameters.all()) {
            if (p.confidence().needsWarning()) {
                model.add(p.name() + " (" + p.confidence() + ")");
            }
        }
        return List.ofAll(out).appendAll(model);
    }

    /**
     * {@link #regions()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> regionsList() {
        return regions().asJava();
    }

    /**
     * {@link #rulesByYear()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<Integer, String> rulesByYearMap() {
        return java.util.Collections.unmodifiableMap(rulesByYear().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * {@link #warnings()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Problem> warningsList() {
        return warnings().asJava();
    }

    /**
     * {@link #unconfirmed()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> unconfirmedList() {
        return unconfirmed().asJava();
    }

    /**
     * {@link #missions()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<MissionKey> missionsList() {
        return missions().asJava();
    }

    /**
     * {@link #portfolio()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Signatory> portfolioList() {
        return portfolio().asJava();
    }
}
