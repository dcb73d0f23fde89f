package io.github.cptskit.aci.internal;

import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.MissionKey;
import io.github.cptskit.aci.tariff.Parameter;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.aci.tariff.ValueRange;
import io.github.cptskit.core.territory.SizeBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The national simulation model compiled to primitive tables, and its evaluation for one draw of the
 * parameters: every CPTS followed through its contract years, each year's remuneration computed with
 * the calculator's formula (same pro rata, same rounding, same schedule) and booked to calendar years
 * on the chosen basis. Everything that does not depend on a draw is computed once here; a draw only
 * looks up tables and adds integers, so that 10,000 draws of 700 CPTS over eight years take seconds.
 *
 * <p>The equations are in docs/simulation.md. Instances are immutable and thread-safe; {@link #draw}
 * writes only to the array it is given.
 */
public final class NationalModel {

    /** Series of the output vector of one draw, per calendar year. */
    public static final int TOTAL = 0;
    /** Components (see {@link #COMPONENTS}). */
    public static final int COMPONENT = 1;
    /** The components, in series order after {@link #TOTAL}. */
    public static final String[] COMPONENTS = {
        "fonctionnement", "uplift", "fixed", "variable", "ceiling-cap", "letter-of-intent"
    };

    private static final int C_FONCT = 0;
    private static final int C_UPLIFT = 1;
    private static final int C_FIXED = 2;
    private static final int C_VARIABLE = 3;
    private static final int C_CAP = 4;
    private static final int C_LOI = 5;
    private static final int BANDS = SizeBand.values().length;
    /** The cell of each component without mission in a CPTS-year (fixed and variable: by mission). */
    private static final int[] PLAIN_CELL = {0, 1, -1, -1, 2, 3};
    /** The number of components without mission. */
    private static final int PLAIN = 4;

    private static final int BUILT_IN = Mission.values().length;
    private static final int QUALITE = Mission.QUALITE.ordinal();
    private static final int ACCOMPAGNEMENT = Mission.ACCOMPAGNEMENT.ordinal();
    private static final int CRISES = Mission.CRISES.ordinal();
    /** First series of the bands. */
    public static final int BAND = COMPONENT + COMPONENTS.length;
    /**
     * First series of the missions (fixed plus variable parts), in the order of {@link #missions()}:
     * the accord's six first, in {@link Mission} order, then those the rules declare.
     */
    public static final int MISSION = BAND + BANDS;

    private static final int NORMAL_BITS = 12;
    private static final double[] NORMAL = normalTable();
    private static final int QUANTILE_STEPS = 4096;

    /** Indices of the model's parameters in a draw's value vector. */
    public enum P {
        MEAN("realisation.moyenne"),
        CONCENTRATION("realisation.concentration"),
        SD_NATIONAL("realisation.effet.national.ecart"),
        SD_REGIONAL("realisation.effet.regional.ecart"),
        SD_CPTS("realisation.effet.cpts.ecart"),
        PERSISTENCE("realisation.persistance"),
        RAMP1("realisation.montee.annee1"),
        RAMP2("realisation.montee.annee2"),
        UPTAKE_QUALITE("adhesion.qualite"),
        UPTAKE_ACCOMPAGNEMENT("adhesion.accompagnement"),
        START_SHARE("demarrage.part.delai"),
        START_OPTIONAL("demarrage.optionnelles.mois"),
        REVIEW_LAG("paiement.revue.delai.mois"),
        CRISIS_PROBABILITY("crises.activation.probabilite"),
        RENEWAL("contrat.renouvellement"),
        LOI_ON("lettre.intention.active"),
        LOI_FROM("lettre.intention.debut"),
        LOI_T1("lettre.intention.taille1"),
        LOI_T2("lettre.intention.taille2"),
        LOI_T3("lettre.intention.taille3"),
        LOI_T4("lettre.intention.taille4"),
        LOI_LEAD("lettre.intention.avance.mois"),
        UPLIFT_ON("majoration.fonctionnement.active"),
        UPLIFT_RATE("majoration.fonctionnement.taux"),
        UPLIFT_SIGNED_BY("majoration.fonctionnement.signature.avant"),
        UPLIFT_FROM("majoration.fonctionnement.debut"),
        TARIFF_QUANTILE("tarif.quantile"),
        /** Not read by the kernel: how a public total compares with its ACI total (Calibration, checks). */
        NON_ACI_SHARE("chiffres.publics.part.hors.aci");

        private final String key;

        P(String key) {
            this.key = key;
        }

        /**
         * The parameter's name in the parameter files.
         *
         * @return the dotted name
         */
        public String key() {
            return key;
        }
    }

    /** A CPTS as the model needs it. */
    public record Cpts(String region, long population, LocalDate signature) {}

    private final java.util.List<MissionKey> missions;
    private final int missionCount;
    private final int cells; // PLAIN + 2 * missionCount
    private final int[] termYears; // [v]: contrat.duree.annees of the rules in force
    private final long[] missionSalt; // [m]: the stream of a mission the rules add
    private final int n;
    private final int firstYear;
    private final int years;
    private final int regions;
    private final int[] regionOf;
    private final long[] signatureDay;
    private final int[] offset;
    private final int[] contractYears;
    private final int[] version;
    private final int[] band;
    private final int[] signatureBand;
    private final int[] startYear; // calendar year index of each contract year's first day (may be < 0)
    private final long[] yearStartDay;
    private final int[] firstYearDays; // days of the contract year in its first calendar year
    private final int[] yearDays;
    private final int[] denominator; // pro rata denominator (days or 12)
    private final int maxDelay;
    private final int[] numerator; // [ck * (maxDelay + 1) + delay]
    private final int[] missionStartYear; // [c * (maxDelay + 1) + delay]: calendar year index of signature + delay
    private final int maxLag;
    private final int[] anniversaryYear; // [ck * (maxLag + 1) + lag]: calendar year index of anniversary + lag
    private final int[] loiYear; // [c * (maxLag + 1) + lead]: calendar year index of signature − lead
    private final int[] deadline; // [c * missionCount + m]: months from signature within which mission m starts
    private final long[]
            deployedDay; // [c * missionCount + m]: epoch day of full deployment, or MAX if the rules set none
    private final int effectYears;
    private final int effectFirstYear;
    // Tariff figures by version: [v][b] and [v][b][m] as {low, central, high} in cents.
    private final long[][][] fonct;
    // The accord's own fonctionnement [b] {low, central, high}: the avenant-2 uplift tops it up to a target.
    private final long[][] fonctReference;
    private final long[][][] ceiling;
    private final long[][][][] fixed;
    private final long[][][][] variable;
    private final int[] advancePercent;
    private final boolean[][] inForce;
    private final boolean[][] mandatory;
    private final int[] quantilePpm; // base achievement distribution, QUANTILE_STEPS + 1 points
    private final double[] quantileLogit;
    private final double baseMeanLogit;

    private NationalModel(Builder b) {
        this.missions = b.missions;
        this.missionCount = b.missions.size();
        this.cells = PLAIN + 2 * missionCount;
        this.termYears = b.termYears;
        this.missionSalt = new long[missionCount];
        for (int m = BUILT_IN; m < missionCount; m++) {
            missionSalt[m] = mix(0x5851F42D4C957F2DL, missions.get(m).key().hashCode());
        }
        this.n = b.n;
        this.firstYear = b.firstYear;
        this.years = b.years;
        this.regions = b.regions;
        this.regionOf = b.regionOf;
        this.signatureDay = b.signatureDay;
        this.offset = b.offset;
        this.contractYears = b.contractYears;
        this.version = b.version;
        this.band = b.band;
        this.signatureBand = b.signatureBand;
        this.startYear = b.startYear;
        this.yearStartDay = b.yearStartDay;
        this.firstYearDays = b.firstYearDays;
        this.yearDays = b.yearDays;
        this.denominator = b.denominator;
        this.maxDelay = b.maxDelay;
        this.numerator = b.numerator;
        this.missionStartYear = b.missionStartYear;
        this.maxLag = b.maxLag;
        this.anniversaryYear = b.anniversaryYear;
        this.loiYear = b.loiYear;
        this.deadline = b.deadline;
        this.deployedDay = b.deployedDay;
        this.effectYears = b.effectYears;
        this.effectFirstYear = b.effectFirstYear;
        this.fonct = b.fonct;
        this.fonctReference = b.fonctReference;
        this.ceiling = b.ceiling;
        this.fixed = b.fixed;
        this.variable = b.variable;
        this.advancePercent = b.advancePercent;
        this.inForce = b.inForce;
        this.mandatory = b.mandatory;
        this.quantilePpm = b.quantilePpm;
        this.quantileLogit = b.quantileLogit;
        this.baseMeanLogit = b.baseMeanLogit;
    }

    /**
     * Compiles the model.
     *
     * @param rules the tariff rules
     * @param cpts the signatories, in a fixed order (the order of their random streams)
     * @param regionCodes the region of each signatory, by index into this array
     * @param firstYear the first calendar year booked
     * @param lastYear the last calendar year booked
     * @param maxDelay the longest mission start delay the parameters can give, in months
     * @param regionCount the number of regions
     * @param maxLag the longest review delay or letter-of-intent lead the parameters can give, in months
     * @param base the base distribution of one achievement: its quantile function, in parts per million,
     *     at {@code i / 4096} for i from 0 to 4096
     * @param baseMean the base distribution's mean, 0 to 1
     * @return the compiled model
     * @throws IllegalArgumentException if no tariff is in force on some contract year's first day
     */
    public static NationalModel compile(
            TariffRules rules,
            List<Cpts> cpts,
            int[] regionCodes,
            int regionCount,
            int firstYear,
            int lastYear,
            int maxDelay,
            int maxLag,
            IntToDoubleFunction base,
            double baseMean) {
        return new Builder(rules, cpts, regionCodes, regionCount, firstYear, lastYear, maxDelay, maxLag, base, baseMean)
                .build();
    }

    /**
     * The number of series per calendar year in a draw's output.
     *
     * @return the series count
     */
    public int series() {
        return regionSeries() + regions;
    }

    /**
     * The first series of the regions, after the missions.
     *
     * @return the series index
     */
    public int regionSeries() {
        return MISSION + missionCount;
    }

    /**
     * The missions the rules declare, in series order: the accord's six, then the others.
     *
     * @return the missions
     */
    public java.util.List<MissionKey> missions() {
        return missions;
    }

    /**
     * Whether a component is booked per mission (the fixed and variable parts).
     *
     * @param component the component's index in {@link #COMPONENTS}
     * @return true for the fixed and variable parts
     */
    public static boolean perMission(int component) {
        return component == C_FIXED || component == C_VARIABLE;
    }

    /**
     * The number of CPTS.
     *
     * @return the portfolio's size
     */
    public int size() {
        return n;
    }

    /**
     * The number of calendar years booked.
     *
     * @return the years
     */
    public int years() {
        return years;
    }

    /**
     * Evaluates one draw: adds each calendar year's amounts, in cents, to {@code out[year * series()
     * + series]}.
     *
     * <p>Each amount is booked once into a small accumulator by calendar year, region and cell
     * (component, or fixed or variable part of a mission) and once by calendar year and size band;
     * the series (total, components, bands, missions, regions) are summed from it at the end of the
     * draw. The sums are of integers, so the result is the same, to the cent, as booking every amount
     * into every series it belongs to, at a fraction of the memory traffic.
     *
     * @param p the parameter values, indexed by {@link P#ordinal()}
     * @param basis 0 cash, 1 accrual, 2 contract year
     * @param seed the draw's seed (achievements, activations, renewals and effects)
     * @param out the output, {@code years() * series()} long values, zeroed by the caller
     */
    public void draw(double[] p, int basis, long seed, long[] out) {
        long[] acc = new long[accumulatorSize()];
        run(p, basis, seed, acc, regions * cells, false, 0, n, null, null);
        series(acc, out);
    }

    /**
     * The size of a draw's accumulator: every amount by calendar year, region and cell, then by
     * calendar year and size band (see {@link #drawByCpts(double[], int, long, int, int, CptsCells, long[])}).
     *
     * @return the number of long values
     */
    public int accumulatorSize() {
        return years * regions * cells + years * BANDS;
    }

    /**
     * Adds a draw's series, from its accumulator, to {@code out[year * series() + series]}.
     *
     * @param acc the draw's accumulator ({@link #accumulatorSize()} values)
     * @param out the output, {@code years() * series()} long values
     */
    public void series(long[] acc, long[] out) {
        int stride = regions * cells;
        int series = series();
        int rs = regionSeries();
        long[] cell = new long[cells];
        for (int y = 0; y < years; y++) {
            int at = y * series;
            java.util.Arrays.fill(cell, 0);
            long total = 0;
            for (int r = 0; r < regions; r++) {
                int base = y * stride + r * cells;
                long region = 0;
                for (int k = 0; k < cells; k++) {
                    long a = acc[base + k];
                    region += a;
                    cell[k] += a;
                }
                out[at + rs + r] += region;
                total += region;
            }
            out[at + TOTAL] += total;
            int bands = years * stride + y * BANDS;
            for (int b = 0; b < BANDS; b++) {
                out[at + BAND + b] += acc[bands + b];
            }
            out[at + COMPONENT + C_FONCT] += cell[PLAIN_CELL[C_FONCT]];
            out[at + COMPONENT + C_UPLIFT] += cell[PLAIN_CELL[C_UPLIFT]];
            out[at + COMPONENT + C_CAP] += cell[PLAIN_CELL[C_CAP]];
            out[at + COMPONENT + C_LOI] += cell[PLAIN_CELL[C_LOI]];
            long fixedSum = 0;
            long variableSum = 0;
            for (int m = 0; m < missionCount; m++) {
                long f = cell[PLAIN + m];
                long v = cell[PLAIN + missionCount + m];
                fixedSum += f;
                variableSum += v;
                out[at + MISSION + m] += f + v;
            }
            out[at + COMPONENT + C_FIXED] += fixedSum;
            out[at + COMPONENT + C_VARIABLE] += variableSum;
        }
    }

    /**
     * The number of cells of one CPTS and calendar year in {@link #drawByCpts}: the components without
     * mission (fonctionnement, uplift, ceiling cap, letter of intent, in {@link #COMPONENTS} order),
     * then the fixed part of each mission, then the variable part of each mission.
     *
     * @return the cell count
     */
    public int cells() {
        return cells;
    }

    /** Receives one CPTS's amounts of a draw. */
    @FunctionalInterface
    public interface CptsCells {
        /**
         * One CPTS's amounts.
         *
         * @param cpts the CPTS's index
         * @param amounts in cents, at {@code year * cells() + cell}; cleared after the call returns
         */
        void accept(int cpts, long[] amounts);
    }

    /**
     * Evaluates one draw for the CPTS {@code from} (inclusive) to {@code to} (exclusive) only, with the
     * same random numbers as a full draw (each CPTS has its own stream), giving {@code sink} each
     * CPTS's amounts by calendar year and cell ({@link #cells()}).
     *
     * @param p the parameter values, indexed by {@link P#ordinal()}
     * @param basis 0 cash, 1 accrual, 2 contract year
     * @param seed the draw's seed
     * @param from the first CPTS
     * @param to after the last CPTS
     * @param sink called after each CPTS
     */
    public void drawByCpts(double[] p, int basis, long seed, int from, int to, CptsCells sink) {
        drawByCpts(p, basis, seed, from, to, sink, null);
    }

    /**
     * As {@link #drawByCpts(double[], int, long, int, int, CptsCells)}, also adding every CPTS's
     * amounts, in its region, to {@code whole}, a draw's accumulator: once every CPTS has been run into
     * it, block by block, {@link #series(long[], long[])} gives the same series as {@link #draw}.
     *
     * @param p the parameter values, indexed by {@link P#ordinal()}
     * @param basis 0 cash, 1 accrual, 2 contract year
     * @param seed the draw's seed
     * @param from the first CPTS
     * @param to after the last CPTS
     * @param sink called after each CPTS
     * @param whole the draw's accumulator ({@link #accumulatorSize()} values), or null
     */
    public void drawByCpts(
            double[] p, int basis, long seed, int from, int to, CptsCells sink, long @Nullable [] whole) {
        long[] acc = new long[years * cells + years * BANDS];
        run(p, basis, seed, acc, cells, true, from, to, sink, whole);
    }

    /**
     * The draw itself: books every amount into {@code acc} ({@link #book}); with {@code perCpts}, every
     * CPTS books into region slot 0 and {@code sink} reads and clears the slot after each CPTS.
     *
     * <p>Split into the draw's constants ({@link Draw}) and one CPTS ({@link #cpts}): the JIT compiles
     * the CPTS's method once, as a method, instead of one large loop on-stack several times, and the
     * per-CPTS file's branch does not invalidate it.
     */
    private void run(
            double[] p,
            int basis,
            long seed,
            long[] acc,
            int stride,
            boolean perCpts,
            int from,
            int to,
            @Nullable CptsCells sink,
            long @Nullable [] whole) {
        Draw d = new Draw(p, seed);
        for (int c = from; c < to; c++) {
            cpts(d, basis, seed, c, acc, stride, perCpts ? 0 : regionOf[c]);
            if (sink != null) {
                sink.accept(c, acc);
                if (whole != null) {
                    addCpts(acc, whole, regionOf[c]);
                }
                java.util.Arrays.fill(acc, 0);
            }
        }
    }

    /** Adds one CPTS's amounts (booked in slot 0) to a draw's accumulator, in its region. */
    private void addCpts(long[] acc, long[] whole, int region) {
        int stride = regions * cells;
        for (int y = 0; y < years; y++) {
            int to = y * stride + region * cells;
            int from = y * cells;
            for (int k = 0; k < cells; k++) {
                whole[to + k] += acc[from + k];
            }
        }
        int to = years * stride;
        int from = years * cells;
        for (int i = 0; i < years * BANDS; i++) {
            whole[to + i] += acc[from + i];
        }
    }

    /** What a draw's CPTS share: its tariff figures, effects and parameters, and scratch arrays. */
    private final class Draw {
        final long[] fo; // [v * BANDS + b]
        final long[] ce; // [v * BANDS + b]
        final long[] fi; // [(v * BANDS + b) * missionCount + m]
        final long[] va; // [(v * BANDS + b) * missionCount + m]
        final long[] upliftTarget; // [b]: the accord's fonctionnement × (1 + rate), rounded
        final double[] national;
        final double[][] regional;
        final double rho;
        final double innovation;
        final double uptakeOffsetQ;
        final double uptakeOffsetA;
        final double shiftMean;
        final double sdCpts;
        final double ramp1;
        final double ramp2;
        final double pq;
        final double pa;
        final double startShare;
        final int optionalDelay;
        final int lag;
        final double crisis;
        final double renewal;
        final boolean loiOn;
        final long loiFrom;
        final long[] loi;
        final int loiLead;
        final boolean upliftOn;
        final long upliftSignedBy;
        final long upliftFrom;
        final int[] delay = new int[missionCount];
        final int[] firstPaid = new int[missionCount];
        final long[] u = new long[missionCount];

        Draw(double[] p, long seed) {
            // Tariff figures of this draw: one quantile for every estimated figure (docs/simulation.md).
            double q = p[P.TARIFF_QUANTILE.ordinal()];
            int versions = fonct.length;
            fo = new long[versions * BANDS];
            ce = new long[versions * BANDS];
            fi = new long[versions * BANDS * missionCount];
            va = new long[versions * BANDS * missionCount];
            for (int v = 0; v < versions; v++) {
                for (int b = 0; b < BANDS; b++) {
                    int vb = v * BANDS + b;
                    fo[vb] = at(fonct[v][b], q);
                    ce[vb] = at(ceiling[v][b], q);
                    for (int m = 0; m < missionCount; m++) {
                        fi[vb * missionCount + m] = at(fixed[v][b][m], q);
                        va[vb * missionCount + m] = at(variable[v][b][m], q);
                    }
                }
            }
            double upliftRate = p[P.UPLIFT_RATE.ordinal()];
            upliftTarget = new long[BANDS];
            for (int b = 0; b < BANDS; b++) {
                upliftTarget[b] = Math.round(at(fonctReference[b], q) * (1 + upliftRate));
            }
            SplittableRandom effects = new SplittableRandom(mix(seed, 0x6A09E667F3BCC909L));
            rho = p[P.PERSISTENCE.ordinal()];
            innovation = Math.sqrt(Math.max(0, 1 - rho * rho));
            national = ar1(effects, effectYears, p[P.SD_NATIONAL.ordinal()], rho, innovation);
            regional = new double[regions][];
            for (int r = 0; r < regions; r++) {
                regional[r] = ar1(effects, effectYears, p[P.SD_REGIONAL.ordinal()], rho, innovation);
            }
            uptakeOffsetQ = effects.nextDouble();
            uptakeOffsetA = effects.nextDouble();
            double mean = Math.min(1 - 1e-6, Math.max(1e-6, p[P.MEAN.ordinal()]));
            shiftMean = Math.log(mean / (1 - mean)) - baseMeanLogit;
            sdCpts = p[P.SD_CPTS.ordinal()];
            ramp1 = p[P.RAMP1.ordinal()];
            ramp2 = p[P.RAMP2.ordinal()];
            pq = p[P.UPTAKE_QUALITE.ordinal()];
            pa = p[P.UPTAKE_ACCOMPAGNEMENT.ordinal()];
            startShare = p[P.START_SHARE.ordinal()];
            optionalDelay = Math.min(maxDelay, (int) p[P.START_OPTIONAL.ordinal()]);
            lag = Math.min(maxLag, (int) p[P.REVIEW_LAG.ordinal()]);
            crisis = p[P.CRISIS_PROBABILITY.ordinal()];
            renewal = p[P.RENEWAL.ordinal()];
            loiOn = p[P.LOI_ON.ordinal()] == 1;
            loiFrom = (long) p[P.LOI_FROM.ordinal()];
            loi = new long[] {
                Math.round(p[P.LOI_T1.ordinal()] * 100),
                Math.round(p[P.LOI_T2.ordinal()] * 100),
                Math.round(p[P.LOI_T3.ordinal()] * 100),
                Math.round(p[P.LOI_T4.ordinal()] * 100)
            };
            loiLead = Math.min(maxLag, (int) p[P.LOI_LEAD.ordinal()]);
            upliftOn = p[P.UPLIFT_ON.ordinal()] == 1;
            upliftSignedBy = (long) p[P.UPLIFT_SIGNED_BY.ordinal()];
            upliftFrom = (long) p[P.UPLIFT_FROM.ordinal()];
        }
    }

    /** One CPTS of a draw through its contract years, booked into region slot {@code slot} of {@code out}. */
    private void cpts(Draw d, int basis, long seed, int c, long[] out, int series, int slot) {
        SplittableRandom rc = new SplittableRandom(mix(seed, c + 1L));
        boolean renewed = rc.nextDouble() < d.renewal;
        boolean takesQ = frac(c * d.pq + d.uptakeOffsetQ) < d.pq;
        boolean takesA = frac(c * d.pa + d.uptakeOffsetA) < d.pa;
        int region = regionOf[c];
        int[] delay = d.delay;
        int[] firstPaid = d.firstPaid;
        long[] u = d.u;
        for (int m = 0; m < missionCount; m++) {
            delay[m] = Math.min(maxDelay, (int) Math.floor(d.startShare * deadline[c * missionCount + m] + 0.5));
            firstPaid[m] = 0;
        }
        delay[QUALITE] = d.optionalDelay;
        delay[ACCOMPAGNEMENT] = d.optionalDelay;
        double effect = 0;
        if (d.loiOn && signatureDay[c] >= d.loiFrom) {
            int y = loiYear[c * (maxLag + 1) + d.loiLead];
            int b0 = signatureBand[c];
            book(out, series, y, C_LOI, -1, b0, slot, d.loi[b0]);
        }
        for (int k = 1; k <= contractYears[c]; k++) {
            // Every stream draw below happens whatever the year pays, so that a reform that changes
            // one year's amounts leaves every other draw of the CPTS as it was (common random numbers).
            double z = NORMAL[(int) (rc.nextLong() >>> (64 - NORMAL_BITS))];
            effect = k == 1 ? d.sdCpts * z : d.rho * effect + d.innovation * d.sdCpts * z;
            boolean activated = rc.nextDouble() < d.crisis;
            for (int m = 0; m < missionCount; m++) {
                // A mission the rules add draws from its own stream, so that the accord's missions
                // keep their draws whatever a reform adds (common random numbers).
                u[m] = m < BUILT_IN ? rc.nextLong() : mix(mix(seed, c + 1L) ^ missionSalt[m], k);
            }
            int ck = offset[c] + k - 1;
            int v = version[ck];
            // The term of the rules in force when the contract year starts (contrat.duree.annees).
            int term = termYears[v];
            if (k > term && !renewed) {
                break;
            }
            int b = band[ck];
            int vb = v * BANDS + b;
            int ys = startYear[ck];
            int ye = anniversaryYear[ck * (maxLag + 1) + d.lag];
            int effectIndex = Math.max(0, Math.min(effectYears - 1, ys + firstYear - effectFirstYear));
            double shift = d.shiftMean + d.national[effectIndex] + d.regional[region][effectIndex] + effect;
            long f = d.fo[vb];
            // The uplift tops fonctionnement up to the accord's amount × (1 + rate): a reform that raises
            // fonctionnement itself is never counted twice (docs/simulation.md).
            long up = d.upliftOn && k <= term && signatureDay[c] <= d.upliftSignedBy && yearStartDay[ck] >= d.upliftFrom
                    ? Math.max(0, d.upliftTarget[b] - f)
                    : 0;
            int fonctAdvance = k == 1 ? 100 : advancePercent[v]; // year 1: in full at signature
            bookAdvanceAndBalance(out, series, basis, ck, ys, ys, ye, fonctAdvance, C_FONCT, -1, b, slot, f);
            bookAdvanceAndBalance(out, series, basis, ck, ys, ys, ye, fonctAdvance, C_UPLIFT, -1, b, slot, up);
            long total = f
                    + up
                    + missions(
                            d, basis, c, k, ck, v, vb, b, ys, ye, shift, activated, takesQ, takesA, out, series, slot);
            long cap = total - d.ce[vb];
            if (cap > 0) {
                bookAt(out, series, basis, ck, ys, ye, C_CAP, -1, b, slot, -cap);
            }
        }
    }

    /** The fixed and variable parts of every mission of one contract year: books them, returns their sum. */
    private long missions(
            Draw d,
            int basis,
            int c,
            int k,
            int ck,
            int v,
            int vb,
            int b,
            int ys,
            int ye,
            double shift,
            boolean activated,
            boolean takesQ,
            boolean takesA,
            long[] out,
            int series,
            int slot) {
        int[] delay = d.delay;
        int[] firstPaid = d.firstPaid;
        boolean[] inForceV = inForce[v];
        boolean[] mandatoryV = mandatory[v];
        int den = denominator[ck];
        int advance = advancePercent[v];
        int mb = vb * missionCount;
        long total = 0;
        for (int m = 0; m < missionCount; m++) {
            if (!inForceV[m]) {
                continue;
            }
            boolean contracted = mandatoryV[m] || (m == QUALITE && takesQ) || (m == ACCOMPAGNEMENT && takesA);
            if (!contracted) {
                continue;
            }
            int num = numerator[ck * (maxDelay + 1) + delay[m]];
            if (num == 0) {
                continue;
            }
            if (firstPaid[m] == 0) {
                firstPaid[m] = k;
            }
            // A full year (num == den) needs no division: roundHalfUp(x * den, den) == x.
            long fixedBase = d.fi[mb + m];
            long fixedCents = num == den ? fixedBase : RemunerationCalculator.roundHalfUp(fixedBase * num, den);
            int started = missionStartYear[c * (maxDelay + 1) + delay[m]];
            int advanceYear = started > ys ? started : ys;
            bookAdvanceAndBalance(
                    out, series, basis, ck, ys, advanceYear, ye, advance, C_FIXED, m, b, slot, fixedCents);
            total += fixedCents;
            long base = d.va[mb + m];
            if (base > 0 && (m != CRISES || activated)) {
                // Ramp-up until the mission is fully deployed: the rules' deploiement.mois when they
                // set one, else its first two paying years.
                int running = k - firstPaid[m] + 1;
                long deployed = deployedDay[c * missionCount + m];
                boolean ramping = deployed == Long.MAX_VALUE ? running <= 2 : yearStartDay[ck] < deployed;
                double ramp = !ramping ? 1 : running == 1 ? d.ramp1 : d.ramp2;
                int ppm = achievement(d.u[m], shift, ramp);
                // A full year: the same rounding with den cancelled, by a constant (no division).
                long var = num == den
                        ? RemunerationCalculator.roundHalfUp(base * ppm, 1_000_000L)
                        : RemunerationCalculator.roundHalfUp(base * ppm * num, 1_000_000L * den);
                bookAt(out, series, basis, ck, ys, ye, C_VARIABLE, m, b, slot, var);
                total += var;
            }
        }
        return total;
    }

    private int achievement(long bits, double shift, double ramp) {
        // The base quantile: 12 bits choose the interval, the next 20 interpolate within it.
        int i = (int) (bits >>> 52);
        double frac = ((bits >>> 32) & 0xFFFFF) / (double) (1 << 20);
        double a;
        if (shift == 0) {
            if (ramp == 1) {
                return (int) Math.round(quantilePpm[i] + frac * (quantilePpm[i + 1] - quantilePpm[i]));
            }
            a = (quantilePpm[i] + frac * (quantilePpm[i + 1] - quantilePpm[i])) / 1e6;
        } else {
            double logit = quantileLogit[i] + frac * (quantileLogit[i + 1] - quantileLogit[i]) + shift;
            a = logistic(logit);
        }
        return (int) Math.round(a * ramp * 1e6);
    }

    /** 1 / (1 + e^−x) from a table, linearly interpolated: error below 5e-7, a tenth of Math.exp's cost. */
    static double logistic(double x) {
        if (x <= -LOGISTIC_RANGE) {
            return 1 / (1 + Math.exp(-x));
        }
        if (x >= LOGISTIC_RANGE) {
            return 1 / (1 + Math.exp(-x));
        }
        double pos = (x + LOGISTIC_RANGE) * (LOGISTIC_STEPS / (2 * LOGISTIC_RANGE));
        int i = (int) pos;
        double f = pos - i;
        return LOGISTIC[i] + f * (LOGISTIC[i + 1] - LOGISTIC[i]);
    }

    private static final double LOGISTIC_RANGE = 12;
    private static final int LOGISTIC_STEPS = 8192;
    private static final double[] LOGISTIC = logisticTable();

    private static double[] logisticTable() {
        double[] t = new double[LOGISTIC_STEPS + 2];
        for (int i = 0; i < t.length; i++) {
            double x = -LOGISTIC_RANGE + i * (2 * LOGISTIC_RANGE / LOGISTIC_STEPS);
            t[i] = 1 / (1 + Math.exp(-x));
        }
        return t;
    }

    private static double[] ar1(SplittableRandom r, int length, double sd, double rho, double innovation) {
        double[] e = new double[length];
        double previous = 0;
        for (int y = 0; y < length; y++) {
            double z = NORMAL[(int) (r.nextLong() >>> (64 - NORMAL_BITS))];
            previous = y == 0 ? sd * z : rho * previous + innovation * sd * z;
            e[y] = previous;
        }
        return e;
    }

    /**
     * An amount paid as an advance and a balance (accord art. 9.1): on the cash basis the advance in
     * calendar year {@code ya} (the contract year's start, or a mission's start) and the balance after
     * the review; on the other bases, as any amount of the contract year.
     */
    private void bookAdvanceAndBalance(
            long[] out,
            int series,
            int basis,
            int ck,
            int ys,
            int ya,
            int ye,
            int advance,
            int comp,
            int m,
            int b,
            int r,
            long a) {
        if (a == 0) {
            return;
        }
        if (basis == 0) {
            long first = RemunerationCalculator.roundHalfUp(a * advance, 100);
            book(out, series, ya, comp, m, b, r, first);
            book(out, series, ye, comp, m, b, r, a - first);
        } else {
            bookAt(out, series, basis, ck, ys, ye, comp, m, b, r, a);
        }
    }

    /** An amount of a contract year: after the review (cash), over its days (accrual), or at its start. */
    private void bookAt(
            long[] out, int series, int basis, int ck, int ys, int ye, int comp, int m, int b, int r, long a) {
        if (a == 0) {
            return;
        }
        switch (basis) {
            case 0 -> book(out, series, ye, comp, m, b, r, a);
            case 1 -> {
                int days = yearDays[ck];
                long first = Math.floorDiv(2 * a * firstYearDays[ck] + days, 2L * days);
                book(out, series, ys, comp, m, b, r, first);
                book(out, series, ys + 1, comp, m, b, r, a - first);
            }
            default -> book(out, series, ys, comp, m, b, r, a);
        }
    }

    /**
     * Books an amount: once in its calendar year's cell of its region ({@code series} is the stride of a
     * year), once in its calendar year's size band after the cells.
     */
    private void book(long[] out, int series, int y, int comp, int m, int b, int r, long a) {
        if (y < 0 || y >= years || a == 0) {
            return;
        }
        int cell = m < 0 ? PLAIN_CELL[comp] : PLAIN + (comp == C_FIXED ? 0 : missionCount) + m;
        out[y * series + r * cells + cell] += a;
        out[years * series + y * BANDS + b] += a;
    }

    private static long at(long[] lowCentralHigh, double q) {
        long lo = lowCentralHigh[0];
        long c = lowCentralHigh[1];
        long hi = lowCentralHigh[2];
        if (q == 0.5 || lo == hi) {
            return c;
        }
        double v = q < 0.5 ? lo + 2 * q * (c - lo) : c + (2 * q - 1) * (hi - c);
        return Math.round(v);
    }

    private static double frac(double x) {
        return x - Math.floor(x);
    }

    /** SplitMix64 finaliser: well-spread, independent streams. */
    public static long mix(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double[] normalTable() {
        int size = 1 << NORMAL_BITS;
        double[] t = new double[size];
        for (int i = 0; i < size; i++) {
            t[i] = SpecialFunctions.normalQuantile((i + 0.5) / size);
        }
        return t;
    }

    private static final class Builder {
        java.util.List<MissionKey> missions;
        int missionCount;
        int[] termYears;
        int n;
        int firstYear;
        int years;
        int regions;
        int[] regionOf;
        long[] signatureDay;
        int[] offset;
        int[] contractYears;
        int[] version;
        int[] band;
        int[] signatureBand;
        int[] startYear;
        long[] yearStartDay;
        int[] firstYearDays;
        int[] yearDays;
        int[] denominator;
        int maxDelay;
        int[] numerator;
        int[] missionStartYear;
        int maxLag;
        int[] anniversaryYear;
        int[] loiYear;
        int[] deadline;
        long[] deployedDay;
        int effectYears;
        int effectFirstYear;
        long[][][] fonct;
        long[][] fonctReference;
        long[][][] ceiling;
        long[][][][] fixed;
        long[][][][] variable;
        int[] advancePercent;
        boolean[][] inForce;
        boolean[][] mandatory;
        int[] quantilePpm;
        double[] quantileLogit;
        double baseMeanLogit;

        private final TariffRules rules;
        private final List<Cpts> cpts;

        Builder(
                TariffRules rules,
                List<Cpts> cpts,
                int[] regionCodes,
                int regionCount,
                int firstYear,
                int lastYear,
                int maxDelay,
                int maxLag,
                IntToDoubleFunction base,
                double baseMean) {
            this.rules = rules;
            this.missions = rules.missions().toJavaList();
            this.missionCount = missions.size();
            this.cpts = cpts;
            this.n = cpts.size();
            this.firstYear = firstYear;
            this.years = lastYear - firstYear + 1;
            this.regions = regionCount;
            this.regionOf = regionCodes.clone();
            this.maxDelay = maxDelay;
            this.maxLag = maxLag;
            this.quantilePpm = new int[QUANTILE_STEPS + 1];
            this.quantileLogit = new double[QUANTILE_STEPS + 1];
            for (int i = 0; i <= QUANTILE_STEPS; i++) {
                quantilePpm[i] = (int) Math.round(base.applyAsDouble(i));
                double a = Math.min(1 - 1e-7, Math.max(1e-7, quantilePpm[i] / 1e6));
                quantileLogit[i] = Math.log(a / (1 - a));
            }
            double m = Math.min(1 - 1e-6, Math.max(1e-6, baseMean));
            this.baseMeanLogit = Math.log(m / (1 - m));
        }

        NationalModel build() {
            LocalDate horizon = LocalDate.of(firstYear + years - 1, 12, 31);
            // Tariffs: one per stretch of days on which nothing changes.
            List<LocalDate> changes = new ArrayList<>(rules.changeDates().toJavaList());
            Map<Integer, Tariff> bySegment = new HashMap<>();
            Map<String, Integer> versionIndex = new HashMap<>();
            List<Tariff> versions = new ArrayList<>();
            signatureDay = new long[n];
            offset = new int[n + 1];
            contractYears = new int[n];
            int minYear = firstYear;
            for (int c = 0; c < n; c++) {
                LocalDate s = cpts.get(c).signature();
                signatureDay[c] = s.toEpochDay();
                int k = 0;
                while (!s.plusYears(k).isAfter(horizon)) {
                    k++;
                }
                contractYears[c] = k;
                offset[c + 1] = offset[c] + k;
                minYear = Math.min(minYear, s.getYear());
            }
            effectFirstYear = minYear;
            effectYears = firstYear + years - minYear;
            int total = offset[n];
            version = new int[total];
            band = new int[total];
            startYear = new int[total];
            yearStartDay = new long[total];
            firstYearDays = new int[total];
            yearDays = new int[total];
            denominator = new int[total];
            numerator = new int[total * (maxDelay + 1)];
            missionStartYear = new int[n * (maxDelay + 1)];
            anniversaryYear = new int[total * (maxLag + 1)];
            loiYear = new int[n * (maxLag + 1)];
            deadline = new int[n * missionCount];
            deployedDay = new long[n * missionCount];
            signatureBand = new int[n];
            for (int c = 0; c < n; c++) {
                compileCpts(c, changes, bySegment, versionIndex, versions);
            }
            int v = versions.size();
            fonctReference = new long[BANDS][];
            LocalDate firstDay = rules.changeDates().head();
            Tariff reference = tariff(firstDay, changes, bySegment);
            for (SizeBand sb : SizeBand.values()) {
                fonctReference[sb.ordinal()] =
                        figure(reference.fonctionnementCents(sb), Parameter.FONCTIONNEMENT.path(sb), reference.day());
            }
            fonct = new long[v][BANDS][];
            ceiling = new long[v][BANDS][];
            fixed = new long[v][BANDS][missionCount][];
            variable = new long[v][BANDS][missionCount][];
            advancePercent = new int[v];
            termYears = new int[v];
            inForce = new boolean[v][missionCount];
            mandatory = new boolean[v][missionCount];
            for (int i = 0; i < v; i++) {
                Tariff t = versions.get(i);
                LocalDate day = t.day();
                advancePercent[i] = t.advancePercent();
                termYears[i] = t.contractTermYears()
                        .getOrElseThrow(() -> new IllegalArgumentException("no contract term ("
                                + Parameter.CONTRACT_TERM.path() + ") in the rules in force on " + day));
                for (int m = 0; m < missionCount; m++) {
                    inForce[i][m] = t.inForce(missions.get(m));
                    mandatory[i][m] = t.mandatory(missions.get(m));
                }
                for (SizeBand sb : SizeBand.values()) {
                    int b = sb.ordinal();
                    fonct[i][b] = figure(t.fonctionnementCents(sb), Parameter.FONCTIONNEMENT.path(sb), day);
                    ceiling[i][b] = figure(t.ceilingCents(sb), Parameter.CEILING.path(sb), day);
                    for (int m = 0; m < missionCount; m++) {
                        MissionKey mission = missions.get(m);
                        if (!t.inForce(mission)) {
                            fixed[i][b][m] = new long[3];
                            variable[i][b][m] = new long[3];
                            continue;
                        }
                        fixed[i][b][m] =
                                figure(t.fixedCents(mission, sb), Parameter.MISSION_FIXED.path(mission, sb), day);
                        variable[i][b][m] =
                                figure(t.variableCents(mission, sb), Parameter.MISSION_VARIABLE.path(mission, sb), day);
                    }
                }
            }
            return new NationalModel(this);
        }

        /**
         * One CPTS's tables. The model is compiled CPTS by CPTS and contract year by contract year in
         * small methods, so that the JIT compiles each loop once (not the whole build on-stack).
         */
        private void compileCpts(
                int c,
                List<LocalDate> changes,
                Map<Integer, Tariff> bySegment,
                Map<String, Integer> versionIndex,
                List<Tariff> versions) {
            Cpts x = cpts.get(c);
            LocalDate s = x.signature();
            LocalDate[] starts = new LocalDate[maxDelay + 1]; // the missions' start after each delay
            for (int d = 0; d <= maxDelay; d++) {
                starts[d] = s.plusMonths(d);
                missionStartYear[c * (maxDelay + 1) + d] = starts[d].getYear() - firstYear;
            }
            for (int l = 0; l <= maxLag; l++) {
                loiYear[c * (maxLag + 1) + l] = s.minusMonths(l).getYear() - firstYear;
            }
            Tariff atSignature = tariff(s, changes, bySegment);
            signatureBand[c] = atSignature.scale().bandOf(x.population()).ordinal();
            for (int k = 1; k <= contractYears[c]; k++) {
                int ck = offset[c] + k - 1;
                LocalDate from = s.plusYears(k - 1L);
                LocalDate to = s.plusYears(k);
                Tariff t = tariff(from, changes, bySegment);
                Integer vi = versionIndex.get(t.version());
                if (vi == null) {
                    vi = versions.size();
                    versionIndex.put(t.version(), vi);
                    versions.add(t);
                }
                version[ck] = vi;
                band[ck] = t.scale().bandOf(x.population()).ordinal();
                startYear[ck] = from.getYear() - firstYear;
                yearStartDay[ck] = from.toEpochDay();
                yearDays[ck] = (int) ChronoUnit.DAYS.between(from, to);
                firstYearDays[ck] = (int) Math.min(
                        yearDays[ck], ChronoUnit.DAYS.between(from, LocalDate.of(from.getYear() + 1, 1, 1)));
                proRata(t, ck, from, to, starts);
                anniversaries(ck, to);
            }
            // A mission's start deadline: as the text in force at signature says, or, for a mission
            // created later (crises, avenant 2), as the first text that creates it says.
            for (int m = 0; m < missionCount; m++) {
                MissionKey mission = missions.get(m);
                Tariff creating = atSignature.inForce(mission) ? atSignature : null;
                LocalDate from = s;
                for (LocalDate change : changes) {
                    if (creating == null && change.isAfter(s)) {
                        Tariff later = tariff(change, changes, bySegment);
                        if (later.inForce(mission)) {
                            creating = later;
                            from = change;
                        }
                    }
                }
                deadline[c * missionCount + m] = creating == null ? 0 : creating.startMonths(mission);
                int deploy = creating == null ? 0 : creating.deploymentMonths(mission);
                // Full deployment (missions.*.deploiement.mois), counted from signature; a mission
                // created by a later text counts from the day that text took effect.
                deployedDay[c * missionCount + m] =
                        deploy == 0 ? Long.MAX_VALUE : from.plusMonths(deploy).toEpochDay();
            }
        }

        /** The pro rata of contract year {@code ck} for a mission started after each delay. */
        private void proRata(Tariff t, int ck, LocalDate from, LocalDate to, LocalDate[] starts) {
            for (int d = 0; d <= maxDelay; d++) {
                long[] r = RemunerationCalculator.proRata(t.proRata(), from, to, starts[d]);
                numerator[ck * (maxDelay + 1) + d] = (int) r[0];
                denominator[ck] = (int) r[1];
            }
        }

        /** The calendar year of contract year {@code ck}'s anniversary after each review delay. */
        private void anniversaries(int ck, LocalDate to) {
            for (int l = 0; l <= maxLag; l++) {
                anniversaryYear[ck * (maxLag + 1) + l] = to.plusMonths(l).getYear() - firstYear;
            }
        }

        private long[] figure(long centralCents, String path, LocalDate day) {
            io.vavr.control.Option<ValueRange> r = rules.range(path, day);
            if (r.isEmpty()) {
                return new long[] {centralCents, centralCents, centralCents};
            }
            return new long[] {cents(r.get().low()), centralCents, cents(r.get().high())};
        }

        private static long cents(BigDecimal euros) {
            return euros.movePointRight(2)
                    .setScale(0, java.math.RoundingMode.HALF_UP)
                    .longValueExact();
        }

        private Tariff tariff(LocalDate day, List<LocalDate> changes, Map<Integer, Tariff> bySegment) {
            int segment = 0;
            for (LocalDate c : changes) {
                if (!c.isAfter(day)) {
                    segment++;
                }
            }
            Tariff t = bySegment.get(segment);
            if (t == null) {
                var v = rules.on(day);
                if (v.isInvalid()) {
                    throw new IllegalArgumentException(v.getError().head().messageEn());
                }
                t = v.get();
                bySegment.put(segment, t);
            }
            return t;
        }
    }
}
