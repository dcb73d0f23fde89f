package io.github.cptskit.aci.calculation;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.ProRata;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The full tracer: records every parameter the formula reads (with its source and confidence) and
 * every amount it computes (with the numbers that made it), then turns the record into a {@link
 * Remuneration}: one {@link Line} per amount, its {@link Factor}s and the parameters it used, the
 * payment schedule of those amounts, and the warnings. Nothing here computes an amount of the year:
 * the amounts are the formula's; this class only writes them down and spreads them over the year.
 *
 * <pre>{@code
 * Trace trace = new Trace(scenario, tariff);
 * PreparedScenario p = RemunerationFormula.prepare(scenario, tariff, trace);
 * Remuneration r = trace.remuneration(p, RemunerationFormula.total(p, p.achievements(), trace));
 * }</pre>
 *
 * <p>One trace records one run; not thread-safe.
 */
final class Trace implements Tracer {

    private static final Mission[] MISSIONS = Mission.values();

    private final Scenario scenario;
    private final Tariff tariff;

    /** The parameters read, by parameter and mission (index {@code MISSIONS.length} for none). */
    private final Map<Parameter, UsedParameter[]> reads = new EnumMap<>(Parameter.class);

    private @Nullable Line fonctionnement;
    private final @Nullable Line[] fixed = new Line[MISSIONS.length];
    // The per-draw events (variable parts, cap) are kept as numbers and written as lines at the end:
    // their methods stay small, so that the formula's loop that calls them stays small enough for the
    // JIT to inline it into the fast path, where its tracer does nothing.
    private final boolean[] variableSeen = new boolean[MISSIONS.length];
    private final long[] variableBase = new long[MISSIONS.length];
    private final int[] variablePpm = new int[MISSIONS.length];
    private final long[] variableNumerator = new long[MISSIONS.length];
    private final long[] variableDenominator = new long[MISSIONS.length];
    private final long[] variableCents = new long[MISSIONS.length];
    private ProRata variableMethod = ProRata.JOURS_CALENDAIRES;
    private long cappedTotal = -1;
    private long cappedCeiling;
    private final boolean[] notInForce = new boolean[MISSIONS.length];

    /**
     * A trace of one scenario's run.
     *
     * @param scenario the scenario
     * @param tariff the tariff the formula reads
     */
    Trace(Scenario scenario, Tariff tariff) {
        this.scenario = scenario;
        this.tariff = tariff;
    }

    @Override
    public void read(Parameter parameter, @Nullable Mission mission, SizeBand band) {
        reads.computeIfAbsent(parameter, k -> new UsedParameter[MISSIONS.length + 1])[slot(mission)] =
                parameter.used(tariff, mission, band);
    }

    @Override
    public void fonctionnement(long cents, long population, boolean unconfirmedScale) {
        fonctionnement = line(
                Component.FONCTIONNEMENT,
                null,
                cents,
                List.of(
                        new Factor(Factor.Kind.AMOUNT, cents, 0),
                        new Factor(
                                unconfirmedScale ? Factor.Kind.POPULATION_UNCONFIRMED_SCALE : Factor.Kind.POPULATION,
                                population,
                                0)),
                Parameter.FONCTIONNEMENT);
    }

    @Override
    public void notInForce(Mission m) {
        notInForce[m.ordinal()] = true;
    }

    @Override
    public void fixed(Mission m, long baseCents, long numerator, long denominator, ProRata method, long cents) {
        fixed[m.ordinal()] = line(
                Component.FIXED,
                m,
                cents,
                withProRata(List.of(new Factor(Factor.Kind.AMOUNT, baseCents, 0)), numerator, denominator, method),
                Parameter.FIXED);
    }

    @Override
    public void variable(
            Mission m,
            long baseCents,
            int partsPerMillion,
            long numerator,
            long denominator,
            ProRata method,
            long cents) {
        int i = m.ordinal();
        variableSeen[i] = true;
        variableBase[i] = baseCents;
        variablePpm[i] = partsPerMillion;
        variableNumerator[i] = numerator;
        variableDenominator[i] = denominator;
        variableCents[i] = cents;
        variableMethod = method;
    }

    @Override
    public void capped(long totalCents, long ceilingCents) {
        cappedTotal = totalCents;
        cappedCeiling = ceilingCents;
    }

    private Line variableLine(Mission m) {
        int i = m.ordinal();
        return line(
                Component.VARIABLE,
                m,
                variableCents[i],
                withProRata(
                        List.of(
                                new Factor(Factor.Kind.AMOUNT, variableBase[i], 0),
                                new Factor(Factor.Kind.ACHIEVEMENT, variablePpm[i], 0)),
                        variableNumerator[i],
                        variableDenominator[i],
                        variableMethod),
                Parameter.VARIABLE);
    }

    /**
     * The remuneration the formula computed, explained.
     *
     * @param p the prepared scenario this trace observed
     * @param totalCents the total the formula returned
     * @return the remuneration
     */
    Remuneration remuneration(PreparedScenario p, long totalCents) {
        Scenario s = scenario;
        Tariff t = tariff;
        List<Line> lines = List.of(present(fonctionnement));
        List<Payment> schedule = split(
                Option.none(),
                s.contractYear() == 1 ? s.signature() : s.yearStart(),
                Amounts.cents(present(fonctionnement).amount()),
                s.contractYear() == 1 ? 100 : t.advancePercent());
        List<Problem> warnings = List.empty();
        for (Mission m : MISSIONS) {
            if (notInForce[m.ordinal()]) {
                warnings = warnings.append(RemunerationCalculator.missionNotInForce(m, t));
            }
            Line f = fixed[m.ordinal()];
            if (f == null || !variableSeen[m.ordinal()]) {
                continue;
            }
            Line v = variableLine(m);
            lines = lines.append(f).append(v);
            LocalDate start = s.missions().get(m).get();
            long fixedCents = Amounts.cents(f.amount());
            long variableCents = Amounts.cents(v.amount());
            if (fixedCents > 0) {
                schedule = schedule.appendAll(split(
                        Option.some(m),
                        start.isAfter(s.yearStart()) ? start : s.yearStart(),
                        fixedCents,
                        t.advancePercent()));
            }
            if (variableCents > 0) {
                schedule = schedule.append(
                        Payment.of(Payment.Kind.VARIABLE, Option.some(m), s.contractYear(), s.yearEnd(), v.amount()));
            }
            if (variableNumerator[m.ordinal()] > 0 && !s.achievements().containsKey(m)) {
                warnings = warnings.append(Scenario.achievementMissing(m, start));
            }
            if (t.mandatory(m) && start.isAfter(s.signature().plusMonths(t.startMonths(m)))) {
                warnings = warnings.append(RemunerationCalculator.missionStartedLate(m, start, t));
            }
        }
        if (cappedTotal >= 0) {
            Line cap = line(
                    Component.CEILING_CAP,
                    null,
                    cappedCeiling - cappedTotal,
                    List.of(new Factor(Factor.Kind.EXCESS, cappedTotal, cappedCeiling)),
                    Parameter.CEILING);
            lines = lines.append(cap);
            schedule = schedule.append(
                    Payment.of(Payment.Kind.CEILING_CAP, Option.none(), s.contractYear(), s.yearEnd(), cap.amount()));
            warnings = warnings.append(RemunerationCalculator.aboveCeiling(
                    cappedTotal,
                    cappedCeiling,
                    p.band(),
                    cap.parameters().head().value().reference()));
        }
        Seq<UsedParameter> unconfirmed = lines.flatMap(Line::parameters)
                .filter(u -> u.value().confidence().needsWarning())
                .distinctBy(u -> u.path() + " " + u.value().confidence());
        if (!unconfirmed.isEmpty()) {
            warnings = warnings.prepend(RemunerationCalculator.unconfirmedFigures(unconfirmed));
        }
        return new Remuneration(
                s.id(),
                s.yearStart(),
                s.yearEnd(),
                p.band(),
                p.ruleVersion(),
                lines,
                Amounts.ofCents(totalCents),
                schedule.sortBy(Payment::date),
                warnings);
    }

    /** A line with the parameters of its kind read for its mission, and the pro rata's when it applies. */
    private Line line(Component c, @Nullable Mission m, long cents, List<Factor> factors, Parameter own) {
        List<UsedParameter> used = List.of(present(at(own, m)));
        if (factors.exists(f -> f.kind() == Factor.Kind.DAYS || f.kind() == Factor.Kind.MONTHS)) {
            used = used.append(present(at(Parameter.PRORATA_METHOD, m)));
        }
        return Line.traced(c, Option.of(m), Amounts.ofCents(cents), factors, used);
    }

    private @Nullable UsedParameter at(Parameter parameter, @Nullable Mission m) {
        UsedParameter[] byMission = reads.get(parameter);
        return byMission == null ? null : byMission[slot(m)];
    }

    private static int slot(@Nullable Mission m) {
        return m == null ? MISSIONS.length : m.ordinal();
    }

    /** A pro rata below the whole year is a factor; the whole year is not written. */
    private static List<Factor> withProRata(List<Factor> factors, long num, long den, ProRata method) {
        return num == den
                ? factors
                : factors.append(new Factor(method == ProRata.MOIS ? Factor.Kind.MONTHS : Factor.Kind.DAYS, num, den));
    }

    /** The payments of a fonctionnement (no mission) or a fixed part: in full, or an advance and its balance. */
    private List<Payment> split(Option<Mission> mission, LocalDate paid, long cents, int advancePercent) {
        boolean fonct = mission.isEmpty();
        long advance = RemunerationCalculator.roundHalfUp(cents * advancePercent, 100);
        Payment.Kind first = advancePercent == 100
                ? (fonct ? Payment.Kind.FONCTIONNEMENT : Payment.Kind.FIXED)
                : (fonct ? Payment.Kind.FONCTIONNEMENT_ADVANCE : Payment.Kind.FIXED_ADVANCE);
        List<Payment> out = List.of(Payment.builder()
                .kind(first)
                .mission(mission)
                .contractYear(scenario.contractYear())
                .date(paid)
                .amount(Amounts.ofCents(advance))
                .sharePercent(advancePercent)
                .build());
        return cents - advance > 0
                ? out.append(Payment.builder()
                        .kind(fonct ? Payment.Kind.FONCTIONNEMENT_BALANCE : Payment.Kind.FIXED_BALANCE)
                        .mission(mission)
                        .contractYear(scenario.contractYear())
                        .date(scenario.yearEnd())
                        .amount(Amounts.ofCents(cents - advance))
                        .sharePercent(100 - advancePercent)
                        .build())
                : out;
    }

    private static <T> T present(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("the formula did not report what its explanation needs");
        }
        return value;
    }
}
