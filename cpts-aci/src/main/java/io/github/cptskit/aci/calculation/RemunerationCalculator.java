package io.github.cptskit.aci.calculation;

import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.MissionKey;
import io.github.cptskit.aci.tariff.ProRata;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Label;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes what the ACI pays a CPTS for a contract year, from {@link TariffRules}.
 *
 * <p>The formulas (the figures are data of the rules):
 * <ul>
 *   <li>fonctionnement: the band's yearly amount, in full;
 *   <li>fixed part of a mission: the band's yearly amount × the share of the contract year the mission
 *       runs (pro rata, in calendar days or months as the rules say), accord art. 9 and Sénat report
 *       r25-032 ("75 % de la part fixe, au prorata de la date anniversaire");
 *   <li>variable part: the band's yearly maximum × the achievement of its indicators × the same pro
 *       rata.
 * </ul>
 * The rules used are those in force on the first day of the contract year. Each line is rounded
 * half-up to the cent once; the total is the sum of the lines, capped at the band's ceiling.
 *
 * <p>The formula is written once, in integer cents, and runs the same way on every path: {@link
 * #calculate} runs it under a tracer that records each parameter read (with its source and
 * confidence, so that estimated and unconfirmed figures show in the explanation) and each amount, and
 * writes the lines from that record (after OpenFisca's tracer); {@link #prepare} and {@link
 * #totalCents(PreparedScenario, int[])} run it with a tracer that does nothing, allocation-free, for
 * simulations.
 *
 * <pre>{@code
 * RemunerationCalculator calc = RemunerationCalculator.of(TariffRules.bundled());
 * Remuneration r = calc.calculate(scenario).get();
 * System.out.println(r.explain(Locale.FRENCH));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RemunerationCalculator {

    /**
     * The last day the bundled rules are known to describe: they were checked against the sources in
     * 2026 (docs/aci.md), and the LFSS 2026 orders a new avenant to be negotiated in 2026, which they
     * cannot hold. Like OpenFisca's {@code last_value_still_valid_on}, a freshness stamp:
     * {@link #knownUntil(LocalDate)} moves it.
     */
    public static final LocalDate BUNDLED_RULES_KNOWN_UNTIL = LocalDate.of(2026, 12, 31);

    private final TariffRules rules;
    private final LocalDate knownUntil;
    private final LocalDate lastKnownChange;

    private RemunerationCalculator(TariffRules rules, LocalDate knownUntil) {
        this.rules = rules;
        this.knownUntil = knownUntil;
        // Every parameter changes with a text: the last text's effective date is the last change.
        LocalDate last = Scenario.ACCORD_IN_FORCE;
        for (var text : rules.texts()) {
            last = text.effective().isAfter(last) ? text.effective() : last;
        }
        this.lastKnownChange = last;
    }

    /**
     * This calculator with another freshness stamp: the last day its rules are known to describe.
     * A contract year starting after it gets the warning {@code RULES_BEYOND_LAST_KNOWN_CHANGE}.
     *
     * @param day the last day the rules are known to describe
     * @return a new calculator
     */
    public RemunerationCalculator knownUntil(LocalDate day) {
        return new RemunerationCalculator(rules, Objects.requireNonNull(day, "day"));
    }

    /**
     * The latest effective date of the rules' texts: their last known change.
     *
     * @return the day
     */
    public LocalDate lastKnownChange() {
        return lastKnownChange;
    }

    /**
     * A calculator for some rules.
     *
     * @param rules the rules
     * @return the calculator
     */
    public static RemunerationCalculator of(TariffRules rules) {
        return new RemunerationCalculator(Objects.requireNonNull(rules, "rules"), BUNDLED_RULES_KNOWN_UNTIL);
    }

    /**
     * The rules used.
     *
     * @return the rules
     */
    public TariffRules rules() {
        return rules;
    }

    /**
     * The remuneration with the explanation of every line and its payment schedule.
     *
     * @param scenario the CPTS-year
     * @return the remuneration, or every problem (rules not in force, mandatory missions missing...)
     */
    public Validation<Seq<Problem>, Remuneration> calculate(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return tariffFor(scenario)
                .flatMap(t -> checkMissions(scenario, t).map(ok -> explained(scenario, t)))
                .map(this::withFreshness);
    }

    /** Warns when the contract year starts after the rules' freshness stamp, naming the last known change. */
    private Remuneration withFreshness(Remuneration r) {
        if (!r.yearStart().isAfter(knownUntil)) {
            return r;
        }
        Problem beyond =
                Problem.of(AciProblem.RULES_BEYOND_LAST_KNOWN_CHANGE, r.yearStart(), lastKnownChange, knownUntil);
        return new Remuneration(
                r.scenarioId(),
                r.yearStart(),
                r.yearEnd(),
                r.band(),
                r.ruleVersion(),
                r.lines(),
                r.total(),
                r.schedule(),
                r.warnings().prepend(beyond));
    }

    /**
     * The scenario reduced for the fast path.
     *
     * @param scenario the CPTS-year
     * @return the prepared scenario, or every problem
     */
    public Validation<Seq<Problem>, PreparedScenario> prepare(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return tariffFor(scenario)
                .flatMap(t ->
                        checkMissions(scenario, t).map(ok -> RemunerationFormula.prepare(scenario, t, Tracer.NONE)));
    }

    /**
     * The total in cents for given achievements, without explanation, allocation-free: the fast path
     * of simulations.
     *
     * @param p the prepared scenario
     * @param achievementPpm the achievement of each mission's variable part, indexed by
     *     {@link Mission#ordinal()}, in parts per million
     * @return the total in cents
     */
    public static long totalCents(PreparedScenario p, int[] achievementPpm) {
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(achievementPpm, "achievementPpm");
        return RemunerationFormula.total(p, achievementPpm, Tracer.NONE);
    }

    /**
     * The total in cents with the scenario's own achievements.
     *
     * @param p the prepared scenario
     * @return the total in cents
     */
    public static long totalCents(PreparedScenario p) {
        Objects.requireNonNull(p, "p");
        return RemunerationFormula.total(p, p.achievements(), Tracer.NONE);
    }

    private Validation<Seq<Problem>, Tariff> tariffFor(Scenario s) {
        return rules.on(s.yearStart());
    }

    private static Validation<Seq<Problem>, Tariff> checkMissions(Scenario s, Tariff t) {
        List<Problem> problems = List.empty();
        // Every mission the rules in force declare, a reform's included: a scenario contracts the
        // accord's missions only, so a mandatory mission a reform adds cannot be left out silently.
        for (MissionKey m : t.missions()) {
            if (t.mandatory(m) && !m.mission().exists(s.missions()::containsKey)) {
                problems = problems.append(
                        Problem.of(AciProblem.SCENARIO_MANDATORY_MISSION_MISSING, (Label) m::label, s.id(), t.version())
                                .withReference(Parameter.MANDATORY.source(t, m).reference()));
            }
        }
        return problems.isEmpty() ? Validation.valid(t) : Validation.invalid(problems);
    }

    /**
     * The share of a contract year during which a mission runs, as the calculator applies it to fixed
     * and variable parts: a fraction in calendar days or in months, as the rules say. National
     * simulations use it to tabulate the shares of every start date once.
     *
     * @param method days or months
     * @param from the first day of the contract year
     * @param to the anniversary (first day after the contract year)
     * @param missionStart the day the mission started
     * @return {numerator, denominator}: 0 if the mission starts on or after the anniversary
     */
    public static long[] proRata(ProRata method, LocalDate from, LocalDate to, LocalDate missionStart) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(missionStart, "missionStart");
        return RemunerationFormula.proRata(method, from, to, missionStart);
    }

    /** The one formula, observed by a full trace: the remuneration and its explanation. */
    private static Remuneration explained(Scenario s, Tariff t) {
        Trace trace = new Trace(s, t);
        PreparedScenario p = RemunerationFormula.prepare(s, t, trace);
        return trace.remuneration(p, RemunerationFormula.total(p, p.achievements(), trace));
    }

    // The warnings of an explained remuneration (Trace writes them where the formula reports them).

    static Problem missionNotInForce(Mission m, Tariff t) {
        return Problem.of(AciProblem.MISSION_NOT_IN_FORCE, m.key(), t.version());
    }

    static Problem missionStartedLate(Mission m, LocalDate start, Tariff t) {
        return Problem.of(AciProblem.MISSION_STARTED_LATE, m.key(), start, t.startMonths(m))
                .withReference(Parameter.START_MONTHS.source(t, m).reference());
    }

    static Problem aboveCeiling(long total, long ceiling, SizeBand band, LegalReference reference) {
        long excess = total - ceiling;
        return Problem.of(
                        AciProblem.REMUNERATION_ABOVE_CEILING,
                        euros(total),
                        band.number(),
                        euros(ceiling),
                        euros(excess))
                .withReference(reference);
    }

    static Problem unconfirmedFigures(Seq<UsedParameter> unconfirmed) {
        // Each figure with its confidence in the reader's words: "(estimation)", "(estimate)".
        return Problem.of(AciProblem.UNCONFIRMED_FIGURES, (io.github.cptskit.core.problem.Label) locale -> {
            Texts texts = Texts.of(locale);
            return unconfirmed
                    .map(u -> u.path() + " ("
                            + texts.format(
                                    "confidence." + u.value().confidence().name()) + ")")
                    .mkString(", ");
        });
    }

    private static String euros(long cents) {
        return Amounts.formatCents(cents);
    }

    /**
     * Rounds a non-negative fraction half-up to a whole number: the rounding of every amount of the
     * ACI in cptskit ("arrondi au centime le plus proche").
     *
     * @param numerator the numerator, non-negative
     * @param denominator the denominator, positive
     * @return the nearest whole number, halves rounded up
     */
    public static long roundHalfUp(long numerator, long denominator) {
        return (2 * numerator + denominator) / (2 * denominator);
    }
}
