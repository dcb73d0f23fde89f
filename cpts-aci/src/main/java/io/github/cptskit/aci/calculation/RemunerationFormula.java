package io.github.cptskit.aci.calculation;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.ProRata;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The remuneration formula of the ACI, written once, in integer cents (accord art. 8 and 9; Sénat
 * report r25-032): the fonctionnement of the band in full, each mission's fixed part pro-rated, each
 * mission's variable part × its achievement pro-rated, each rounded half-up to the cent once, the sum
 * capped at the band's ceiling.
 *
 * <p>It runs in two stages so that simulations pay only for what the achievements change: {@link
 * #prepare} does everything else once per CPTS-year, {@link #total} adds the variable parts and the
 * cap for given achievements. A {@link Tracer} observes both: {@link Trace} records them to explain
 * the remuneration, {@link Tracer#NONE} leaves the fast path allocation-free.
 *
 * <pre>{@code
 * PreparedScenario p = RemunerationFormula.prepare(scenario, tariff, Tracer.NONE);
 * long cents = RemunerationFormula.total(p, achievementPpm, Tracer.NONE);
 * }</pre>
 */
final class RemunerationFormula {

    private static final Mission[] MISSIONS = Mission.values();

    private RemunerationFormula() {}

    /**
     * Everything that does not depend on the achievements: the band, the fonctionnement, the fixed
     * parts, each mission's pro rata and variable maximum, the ceiling.
     *
     * @param s the scenario, its mandatory missions checked
     * @param t the tariff in force on the first day of the contract year
     * @param tracer what observes the formula
     * @return the prepared scenario
     */
    static PreparedScenario prepare(Scenario s, Tariff t, Tracer tracer) {
        SizeBand band = t.scale().bandOf(s.population());
        ProRata method = t.proRata();
        LocalDate from = s.yearStart();
        LocalDate to = s.yearEnd();
        int n = MISSIONS.length;
        long[] base = new long[n];
        long[] num = new long[n];
        int[] ach = new int[n];
        long fonctionnement = read(t, Parameter.FONCTIONNEMENT, null, band, tracer);
        tracer.fonctionnement(
                fonctionnement, s.population(), t.scaleSource().confidence().needsWarning());
        long fixedSum = fonctionnement;
        // All missions of a year share one denominator: the days (or months) of the contract year.
        long den = proRata(method, from, to, from)[1];
        int mask = 0;
        for (Mission m : MISSIONS) {
            Option<LocalDate> start = s.missions().get(m);
            if (start.isEmpty()) {
                continue;
            }
            if (!t.inForce(m)) {
                // e.g. the crisis mission in a year still under the accord of 2019: nothing to pay.
                tracer.notInForce(m);
                continue;
            }
            long[] r = proRata(method, from, to, start.get());
            if (r[0] != r[1]) {
                // The method only matters to a mission that runs part of the year.
                tracer.read(Parameter.PRORATA_METHOD, m, band);
            }
            long fixedBase = read(t, Parameter.FIXED, m, band, tracer);
            long fixed = RemunerationCalculator.roundHalfUp(fixedBase * r[0], r[1]);
            tracer.fixed(m, fixedBase, r[0], r[1], method, fixed);
            fixedSum += fixed;
            int i = m.ordinal();
            base[i] = read(t, Parameter.VARIABLE, m, band, tracer);
            num[i] = r[0];
            ach[i] = s.achievements().get(m).getOrElse(Achievement.NONE).partsPerMillion();
            mask |= 1 << i;
        }
        long ceiling = read(t, Parameter.CEILING, null, band, tracer);
        return new PreparedScenario(
                s.id(), s.region(), t.version(), band, method, fixedSum, ceiling, base, num, den, ach, mask);
    }

    /**
     * The total for given achievements: the prepared fixed amounts, plus each running mission's
     * variable part, capped at the ceiling.
     *
     * @param p the prepared scenario
     * @param achievementPpm each mission's achievement by {@link Mission#ordinal()}, parts per million
     * @param tracer what observes the formula
     * @return the cents
     */
    static long total(PreparedScenario p, int[] achievementPpm, Tracer tracer) {
        long total = p.fixedCents();
        for (int bits = p.runningMask(); bits != 0; bits &= bits - 1) {
            int i = Integer.numberOfTrailingZeros(bits);
            int ppm = achievementPpm[i];
            long cents = p.variableCentsAt(i, ppm);
            tracer.variable(
                    MISSIONS[i], p.variableBaseAt(i), ppm, p.numeratorAt(i), p.denominator(), p.proRata(), cents);
            total += cents;
        }
        long ceiling = p.ceilingCents();
        if (total > ceiling) {
            // The ceiling caps the year's payment (aci.md §4.3): the excess is deducted from the balance.
            tracer.capped(total, ceiling);
            return ceiling;
        }
        return total;
    }

    /**
     * A variable part: {@code base × achievement × numerator / denominator}, rounded half-up.
     *
     * @param baseCents the yearly maximum
     * @param partsPerMillion the achievement
     * @param numerator days or months the mission runs
     * @param denominator days or months of the year
     * @return the cents
     */
    static long variableCents(long baseCents, int partsPerMillion, long numerator, long denominator) {
        return RemunerationCalculator.roundHalfUp(baseCents * partsPerMillion * numerator, 1_000_000L * denominator);
    }

    /**
     * The share of a contract year a mission runs; see {@link RemunerationCalculator#proRata}.
     *
     * @return {numerator, denominator}
     */
    static long[] proRata(ProRata method, LocalDate from, LocalDate to, LocalDate missionStart) {
        boolean months = method == ProRata.MOIS;
        long year = months ? 12 : ChronoUnit.DAYS.between(from, to);
        if (!missionStart.isBefore(to)) {
            return new long[] {0, year};
        }
        LocalDate begins = missionStart.isAfter(from) ? missionStart : from;
        return new long[] {
            months ? 12 - ChronoUnit.MONTHS.between(from, begins) : ChronoUnit.DAYS.between(begins, to), year
        };
    }

    private static long read(
            Tariff t, Parameter parameter, @org.jspecify.annotations.Nullable Mission m, SizeBand band, Tracer tracer) {
        long cents = parameter.cents(t, m, band);
        tracer.read(parameter, m, band);
        return cents;
    }
}
