package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.internal.NationalModel;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.MissionKey;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a {@link Simulation}: for each calendar year, the distribution over the draws of the
 * national total, of its components (fonctionnement, uplift, fixed and variable parts, ceiling cap,
 * letter-of-intent support), by size band, mission and region, with the Monte Carlo standard error of
 * the mean kept apart from the interval.
 *
 * <pre>{@code
 * SimulationResult r = sim.run(42L, 10_000, d -> {});
 * Summary y2025 = r.total(2025);             // P5, P50, P95 of the national total
 * long noise = r.standardErrorCents(2025);   // how far the mean may be from the model's
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SimulationResult {

    /** The components of a year's total, in order. */
    public static final Seq<String> COMPONENTS = List.of(NationalModel.COMPONENTS);

    private final Simulation simulation;
    private final long seed;
    private final int draws;
    private final long[][] totals; // [year][draw]: always kept
    private final long @Nullable [][] columns; // [series][draw], up to Simulation.EXACT_DRAWS draws
    private final QuantileSketch @Nullable [] sketches; // [series], above
    private final @Nullable Seq<CptsSummary> perCpts; // byCpts(perCptsDraws), if computed during the run
    private final int perCptsDraws;

    SimulationResult(
            Simulation simulation,
            long seed,
            int draws,
            long[][] totals,
            long @Nullable [][] columns,
            QuantileSketch @Nullable [] sketches,
            @Nullable Seq<CptsSummary> perCpts,
            int perCptsDraws) {
        this.simulation = simulation;
        this.seed = seed;
        this.draws = draws;
        this.totals = totals;
        this.columns = columns;
        this.sketches = sketches;
        this.perCpts = perCpts;
        this.perCptsDraws = perCptsDraws;
    }

    /**
     * Whether every percentile of this result is an exact order statistic: true up to {@link
     * Simulation#EXACT_DRAWS} draws. Above, the percentiles of every series but the national total are
     * within {@link Simulation#SKETCH_RELATIVE_ERROR} of the exact ones (means stay exact).
     *
     * @return whether the percentiles are exact
     */
    public boolean exactPercentiles() {
        return columns != null;
    }

    /** The summary of one series (an index of {@link #series(int, int)}). */
    private Summary summary(int index) {
        int s = simulation.seriesCount();
        if (index % s == NationalModel.TOTAL) {
            return Summary.of(totals[index / s]);
        }
        return columns != null ? Summary.of(columns[index]) : sketches[index].summary();
    }

    /**
     * Every draw's value of one series: kept, or computed again from the seed when the result keeps
     * sketches only (at the cost of a run).
     */
    long[] column(int index) {
        int s = simulation.seriesCount();
        if (index % s == NationalModel.TOTAL) {
            return totals[index / s];
        }
        return columns != null ? columns[index] : simulation.column(seed, draws, index);
    }

    /**
     * The parameter values of one draw (computed again from the seed: a few hundred nanoseconds).
     *
     * @param draw the draw's index
     * @return the values, indexed by {@link NationalModel.P#ordinal()}
     */
    double[] values(int draw) {
        return simulation.parameterValues(seed, draw);
    }

    /**
     * The simulation that made this result (rules, parameters, basis, years).
     *
     * @return the simulation
     */
    public Simulation simulation() {
        return simulation;
    }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The number of draws.
     *
     * @return the draws
     */
    public int draws() {
        return draws;
    }

    /**
     * The years booked, in order.
     *
     * @return the years
     */
    public Seq<Integer> years() {
        return List.rangeClosed(simulation.firstYear(), simulation.lastYear());
    }

    private int series(int year, int series) {
        if (year < simulation.firstYear() || year > simulation.lastYear()) {
            throw new IllegalArgumentException("year " + year + " outside the simulation's years "
                    + simulation.firstYear() + "–" + simulation.lastYear());
        }
        return (year - simulation.firstYear()) * simulation.seriesCount() + series;
    }

    /**
     * The national total of each draw in a year, in cents.
     *
     * @param year the calendar year
     * @return a copy, in draw order
     * @throws IllegalArgumentException if the year was not simulated
     */
    public long[] totalsCents(int year) {
        return column(series(year, NationalModel.TOTAL)).clone();
    }

    /**
     * The distribution of a year's national total.
     *
     * @param year the calendar year
     * @return the summary
     * @throws IllegalArgumentException if the year was not simulated
     */
    public Summary total(int year) {
        return summary(series(year, NationalModel.TOTAL));
    }

    /**
     * The Monte Carlo standard error of the mean of a year's total: the standard deviation over the
     * draws divided by the square root of their number. It measures sampling noise, not uncertainty.
     *
     * @param year the calendar year
     * @return the standard error in cents, rounded
     */
    public long standardErrorCents(int year) {
        long[] x = column(series(year, NationalModel.TOTAL));
        if (x.length < 2) {
            return 0;
        }
        double mean = 0;
        for (long v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (long v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.round(Math.sqrt(ss / (x.length - 1)) / Math.sqrt(x.length));
    }

    /**
     * The distribution of one component of a year's total.
     *
     * @param year the calendar year
     * @param component one of {@link #COMPONENTS}
     * @return the summary
     * @throws IllegalArgumentException for an unknown component or year
     */
    public Summary component(int year, String component) {
        int i = COMPONENTS.indexOf(component);
        if (i < 0) {
            throw new IllegalArgumentException(
                    "unknown component " + component + "; known: " + COMPONENTS.mkString(", "));
        }
        return summary(series(year, NationalModel.COMPONENT + i));
    }

    /**
     * The distribution of a year's total paid to CPTS of one size band.
     *
     * @param year the calendar year
     * @param band the band
     * @return the summary
     */
    public Summary band(int year, SizeBand band) {
        return summary(series(year, NationalModel.BAND + band.ordinal()));
    }

    /**
     * The distribution of a year's fixed and variable parts of one mission.
     *
     * @param year the calendar year
     * @param mission the mission
     * @return the summary
     */
    public Summary mission(int year, Mission mission) {
        return summary(series(year, NationalModel.MISSION + mission.ordinal()));
    }

    /**
     * The distribution of a year's fixed and variable parts of one mission, the accord's or one the
     * rules add.
     *
     * @param year the calendar year
     * @param mission the mission
     * @return the summary
     * @throws IllegalArgumentException for a mission the rules do not declare
     */
    public Summary mission(int year, MissionKey mission) {
        int m = simulation.missions().indexOf(java.util.Objects.requireNonNull(mission, "mission"));
        if (m < 0) {
            throw new IllegalArgumentException("mission " + mission + " is not declared by the rules");
        }
        return summary(series(year, NationalModel.MISSION + m));
    }

    /**
     * The distribution of a year's total paid to CPTS of one region.
     *
     * @param year the calendar year
     * @param region the region code, one of {@link Simulation#regions()}
     * @return the summary
     * @throws IllegalArgumentException for a region outside the portfolio
     */
    public Summary region(int year, String region) {
        int r = simulation.regions().indexOf(region);
        if (r < 0) {
            throw new IllegalArgumentException("region " + region + " is not in the portfolio");
        }
        return summary(series(year, simulation.regionSeries() + r));
    }

    /**
     * A year's total of another result minus this one's, draw by draw: a reform's effect, computed on
     * common random numbers.
     *
     * @param reform the other result
     * @param year the calendar year
     * @return the summary of the differences
     * @throws IllegalArgumentException if the seeds or numbers of draws differ
     */
    public Summary difference(SimulationResult reform, int year) {
        Objects.requireNonNull(reform, "reform");
        if (reform.draws != draws || reform.seed != seed) {
            throw new IllegalArgumentException("compare results with the same seed and number of draws");
        }
        long[] a = column(series(year, NationalModel.TOTAL));
        long[] b = reform.column(reform.series(year, NationalModel.TOTAL));
        long[] d = new long[draws];
        for (int i = 0; i < draws; i++) {
            d[i] = b[i] - a[i];
        }
        return Summary.of(d);
    }

    /** The breakdowns of {@link #difference(SimulationResult, int, String, String)}, in output order. */
    public static final Seq<String> BREAKDOWNS = List.of("total", "component", "size_band", "mission", "region");

    /**
     * The series of one breakdown's key in this result, or -1 when this result has no such key (a
     * mission only a reform declares).
     */
    private int seriesOf(String breakdown, String key) {
        switch (breakdown) {
            case "total" -> {
                return "national".equals(key) ? NationalModel.TOTAL : -2;
            }
            case "component" -> {
                int i = COMPONENTS.indexOf(key);
                return i < 0 ? -2 : NationalModel.COMPONENT + i;
            }
            case "size_band" -> {
                for (SizeBand b : SizeBand.values()) {
                    if (("taille" + b.number()).equals(key)) {
                        return NationalModel.BAND + b.ordinal();
                    }
                }
                return -2;
            }
            case "mission" -> {
                int m = simulation.missions().map(MissionKey::key).indexOf(key);
                return m < 0 ? -1 : NationalModel.MISSION + m;
            }
            case "region" -> {
                int r = simulation.regions().indexOf(key);
                return r < 0 ? -1 : simulation.regionSeries() + r;
            }
            default -> {
                return -2;
            }
        }
    }

    /**
     * One breakdown of another result minus this one's, draw by draw on common random numbers: a
     * reform's effect on a component, size band, mission or region, with its interval. A key that only
     * one of the two results has (a mission a reform adds) counts as zero in the other.
     *
     * @param reform the other result
     * @param year the calendar year
     * @param breakdown one of {@link #BREAKDOWNS}
     * @param key {@code national} for the total, a component, {@code taille1}…{@code taille4}, a
     *     mission's key or a region code
     * @return the summary of the differences
     * @throws IllegalArgumentException if the seeds or numbers of draws differ, or for an unknown
     *     breakdown or a key neither result has
     */
    public Summary difference(SimulationResult reform, int year, String breakdown, String key) {
        Objects.requireNonNull(reform, "reform");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(key, "key");
        if (reform.draws != draws || reform.seed != seed) {
            throw new IllegalArgumentException("compare results with the same seed and number of draws");
        }
        int a = seriesOf(breakdown, key);
        int b = reform.seriesOf(breakdown, key);
        if (a == -2 || b == -2 || (a < 0 && b < 0)) {
            throw new IllegalArgumentException("unknown breakdown or key: " + breakdown + " " + key);
        }
        long[] x = a < 0 ? null : column(series(year, a));
        long[] y = b < 0 ? null : reform.column(reform.series(year, b));
        long[] d = new long[draws];
        for (int i = 0; i < draws; i++) {
            d[i] = (y == null ? 0 : y[i]) - (x == null ? 0 : x[i]);
        }
        return Summary.of(d);
    }

    /**
     * The keys of one breakdown in this result and another: both results' keys, this one's first.
     *
     * @param reform the other result
     * @param breakdown one of {@link #BREAKDOWNS}
     * @return the keys
     */
    public Seq<String> keys(SimulationResult reform, String breakdown) {
        Objects.requireNonNull(reform, "reform");
        Seq<String> mine = keys(breakdown);
        return mine.appendAll(reform.keys(breakdown).filter(k -> !mine.contains(k)));
    }

    private Seq<String> keys(String breakdown) {
        return switch (breakdown) {
            case "total" -> List.of("national");
            case "component" -> COMPONENTS;
            case "size_band" -> List.of(SizeBand.values()).map(b -> "taille" + b.number());
            case "mission" -> simulation.missions().map(MissionKey::key);
            case "region" -> simulation.regions();
            default -> throw new IllegalArgumentException("unknown breakdown: " + breakdown);
        };
    }

    /**
     * Every CPTS's amount by calendar year, component and mission, summarised over the draws (mean, P5,
     * P50, P95): the long format a researcher loads in pandas or R. The rows of a year add up, draw by
     * draw, to the national total; cells that are zero in every draw are left out.
     *
     * <p>Computed on demand by running the same draws again block by block of CPTS, so that memory
     * stays bounded: a call costs about as much as the simulation itself (nothing when the result was
     * made by {@link Simulation#run(long, int, int, java.util.function.IntConsumer)} with as many
     * per-CPTS draws).
     *
     * @return the rows, by CPTS (portfolio order), year, component and mission
     */
    public Seq<CptsSummary> byCpts() {
        return byCpts(draws);
    }

    /**
     * As {@link #byCpts()}, over the first {@code firstDraws} draws only: quicker for many draws, with
     * quantiles estimated on fewer draws (say how many wherever the rows are shown).
     *
     * @param firstDraws how many draws to summarise, 1 to {@link #draws()}
     * @return the rows
     * @throws IllegalArgumentException if {@code firstDraws} is out of range
     */
    public Seq<CptsSummary> byCpts(int firstDraws) {
        if (firstDraws < 1 || firstDraws > draws) {
            throw new IllegalArgumentException("firstDraws between 1 and " + draws + ": " + firstDraws);
        }
        if (perCpts != null && firstDraws == perCptsDraws) {
            return perCpts; // computed during the run (Simulation#run(long, int, int, IntConsumer))
        }
        return simulation.byCpts(seed, firstDraws);
    }

    /**
     * The value a parameter took in one draw.
     *
     * @param draw the draw's index
     * @param name the parameter's name
     * @return the value
     */
    public double parameterValue(int draw, String name) {
        for (NationalModel.P p : NationalModel.P.values()) {
            if (p.key().equals(name)) {
                if (draw < 0 || draw >= draws) {
                    throw new IndexOutOfBoundsException("draw " + draw + " of " + draws);
                }
                return values(draw)[p.ordinal()];
            }
        }
        throw new IllegalArgumentException("unknown model parameter: " + name);
    }

    /**
     * A public figure beside the simulated interval of its year.
     *
     * @param figure the public figure
     * @param simulated the simulated distribution of what the figure counts: its year's total, grossed
     *     up by each draw's non-ACI share ({@code chiffres.publics.part.hors.aci}) when the figure may
     *     include money outside the ACI
     * @param inside whether the figure lies between the simulated P5 and P95
     */
    public record FigureCheck(PublicFigure figure, Summary simulated, boolean inside) {}

    /**
     * Each public figure of a simulated year and of this result's basis beside the simulated interval.
     * Only meaningful for a portfolio that is the whole country: the public figures are national.
     *
     * @param figures the figures, e.g. {@link PublicFigure#bundled()}
     * @return the checks of the figures whose year was simulated on this basis
     */
    public Seq<FigureCheck> checks(Iterable<? extends PublicFigure> figures) {
        return List.<PublicFigure>ofAll(java.util.Objects.requireNonNull(figures, "figures"))
                .filter(f -> f.year() >= simulation.firstYear()
                        && f.year() <= simulation.lastYear()
                        && f.basis() == simulation.basis())
                .map(f -> {
                    long[] t = column(series(f.year(), NationalModel.TOTAL));
                    long[] x = new long[draws];
                    for (int d = 0; d < draws; d++) {
                        x[d] = Math.round(Calibration.predicted(f, t[d], values(d)));
                    }
                    Summary s = Summary.of(x);
                    return new FigureCheck(f, s, s.p5Cents() <= f.amountCents() && f.amountCents() <= s.p95Cents());
                });
    }

    /**
     * The warnings of the run: its settings' ({@link Simulation#warnings()}) and years beyond a
     * contract's term.
     *
     * @return the warnings
     */
    public Seq<Problem> warnings() {
        return simulation.warnings();
    }

    /**
     * {@link #years()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Integer> yearsList() {
        return years().asJava();
    }

    /**
     * {@link #checks(Iterable)} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @param figures the figures, e.g. {@link PublicFigure#bundled()}
     * @return the same elements
     */
    public java.util.List<FigureCheck> checksList(Iterable<? extends PublicFigure> figures) {
        return checks(figures).asJava();
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
     * {@link #byCpts()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<CptsSummary> byCptsList() {
        return byCpts().asJava();
    }

    /**
     * {@link #byCpts(int)} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @param firstDraws how many of the first draws to summarise
     * @return the same elements
     */
    public java.util.List<CptsSummary> byCptsList(int firstDraws) {
        return byCpts(firstDraws).asJava();
    }

    /**
     * {@link #keys(SimulationResult, String)} as an unmodifiable {@code java.util.List} (decision record 0004).
     *
     * @param reform the other result
     * @param breakdown the breakdown
     * @return the same elements
     */
    public java.util.List<String> keysList(SimulationResult reform, String breakdown) {
        return keys(reform, breakdown).asJava();
    }
}
