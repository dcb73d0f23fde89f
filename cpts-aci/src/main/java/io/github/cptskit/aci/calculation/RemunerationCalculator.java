package io.github.cptskit.aci.calculation;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.MissionKey;
import io.github.cptskit.aci.tariff.Parameter;
import io.github.cptskit.aci.tariff.ProRata;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * half-up to the cent once; the total is the sum of the lines.
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
        Problem beyond = Problem.warning(
                "RULES_BEYOND_LAST_KNOWN_CHANGE",
                "année de contrat à partir du " + r.yearStart() + ", au-delà de ce que les règles connaissent : dernier"
                        + " changement connu le " + lastKnownChange + ", règles vérifiées jusqu'au " + knownUntil
                        + " ; un avenant postérieur changerait ce résultat",
                "contract year from " + r.yearStart() + ", beyond what the rules know: last known change on "
                        + lastKnownChange + ", rules checked until " + knownUntil
                        + "; a later avenant would change this result");
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
        return tariffFor(scenario).flatMap(t -> checkMissions(scenario, t).map(ok -> prepared(scenario, t)));
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
        long total = p.fixedCents();
        for (Mission m : MISSIONS) {
            total += p.variableCents(m, achievementPpm[m.ordinal()]);
        }
        return Math.min(total, p.ceilingCents());
    }

    /**
     * The total in cents with the scenario's own achievements.
     *
     * @param p the prepared scenario
     * @return the total in cents
     */
    public static long totalCents(PreparedScenario p) {
        Objects.requireNonNull(p, "p");
        long total = p.fixedCents();
        for (Mission m : MISSIONS) {
            total += p.variableCents(m, p.achievementPpm(m.ordinal()));
        }
        return Math.min(total, p.ceilingCents());
    }

    private static final Mission[] MISSIONS = Mission.values();

    private Validation<Seq<Problem>, Tariff> tariffFor(Scenario s) {
        return rules.on(s.yearStart());
    }

    private static Validation<Seq<Problem>, Tariff> checkMissions(Scenario s, Tariff t) {
        List<Problem> problems = List.empty();
        // Every mission the rules in force declare, a reform's included: a scenario contracts the
        // accord's missions only, so a mandatory mission a reform adds cannot be left out silently.
        for (MissionKey m : t.missions()) {
            if (t.mandatory(m) && !m.mission().exists(s.missions()::containsKey)) {
                problems = problems.append(Problem.error(
                                "SCENARIO_MANDATORY_MISSION_MISSING",
                                "la mission socle « " + m.label(java.util.Locale.FRENCH)
                                        + " » n'est pas contractée par " + s.id() + " (règles " + t.version() + ")",
                                "mandatory mission \"" + m.label(java.util.Locale.ENGLISH) + "\" is not contracted by "
                                        + s.id() + " (rules " + t.version() + ")")
                        .withReference(t.source(Parameter.MISSION_MANDATORY, m).reference()));
            }
        }
        return problems.isEmpty() ? Validation.valid(t) : Validation.invalid(problems);
    }

    private static long[] proRata(Tariff t, Scenario s, LocalDate missionStart) {
        return proRata(t.proRata(), s.yearStart(), s.yearEnd(), missionStart);
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

    private static PreparedScenario prepared(Scenario s, Tariff t) {
        SizeBand band = t.scale().bandOf(s.population());
        int n = MISSIONS.length;
        long[] base = new long[n];
        long[] num = new long[n];
        int[] ach = new int[n];
        long fixed = t.fonctionnementCents(band);
        // All missions of a year share one denominator: the days (or months) of the contract year.
        long den = proRata(t, s, s.yearStart())[1];
        int mask = 0;
        for (Mission m : MISSIONS) {
            Option<LocalDate> start = s.missions().get(m);
            if (start.isEmpty() || !t.inForce(m)) {
                continue;
            }
            long[] r = proRata(t, s, start.get());
            mask |= 1 << m.ordinal();
            fixed += roundHalfUp(t.fixedCents(m, band) * r[0], r[1]);
            base[m.ordinal()] = t.variableCents(m, band);
            num[m.ordinal()] = r[0];
            ach[m.ordinal()] =
                    s.achievements().get(m).getOrElse(Achievement.NONE).partsPerMillion();
        }
        return new PreparedScenario(
                s.id(), s.region(), t.version(), band, fixed, t.ceilingCents(band), base, num, den, ach, mask);
    }

    private static Remuneration explained(Scenario s, Tariff t) {
        SizeBand band = t.scale().bandOf(s.population());
        List<Line> lines = List.empty();
        List<Payment> schedule = List.empty();
        List<Problem> warnings = List.empty();
        long fonct = t.fonctionnementCents(band);
        lines = lines.append(new Line(
                Component.FONCTIONNEMENT,
                Option.none(),
                Amounts.ofCents(fonct),
                euros(fonct) + " ("
                        + (t.scaleSource().confidence().needsWarning() ? "band from an unconfirmed scale, " : "")
                        + "population " + s.population() + ")",
                List.of(used(t, Parameter.FONCTIONNEMENT.path(band)))));
        schedule = schedule.appendAll(split(
                Option.none(),
                s.contractYear(),
                s.contractYear() == 1 ? s.signature() : s.yearStart(),
                s.yearEnd(),
                fonct,
                s.contractYear() == 1 ? 100 : t.advancePercent()));
        for (Mission m : MISSIONS) {
            Option<LocalDate> start = s.missions().get(m);
            if (start.isEmpty()) {
                continue;
            }
            if (!t.inForce(m)) {
                // e.g. the crisis mission in a year still under the accord of 2019: nothing to pay.
                warnings = warnings.append(Problem.warning(
                        "MISSION_NOT_IN_FORCE",
                        "la mission " + m.key() + " n'existe pas dans les règles " + t.version()
                                + " : rien n'est versé",
                        "mission " + m.key() + " does not exist in rules " + t.version() + ": nothing is paid"));
                continue;
            }
            long[] r = proRata(t, s, start.get());
            String rate =
                    r[0] == r[1] ? "" : " × " + r[0] + "/" + r[1] + (t.proRata() == ProRata.MOIS ? " months" : " days");
            List<UsedParameter> prorataParam = r[0] == r[1] ? List.empty() : List.of(used(t, Parameter.PRORATA.path()));
            long fixedBase = t.fixedCents(m, band);
            long fixed = roundHalfUp(fixedBase * r[0], r[1]);
            lines = lines.append(new Line(
                    Component.FIXED,
                    Option.some(m),
                    Amounts.ofCents(fixed),
                    euros(fixedBase) + rate,
                    prorataParam.prepend(used(t, Parameter.MISSION_FIXED.path(MissionKey.of(m), band)))));
            int ppm = s.achievements().get(m).getOrElse(Achievement.NONE).partsPerMillion();
            long varBase = t.variableCents(m, band);
            long variable = roundHalfUp(varBase * ppm * r[0], 1_000_000L * r[1]);
            lines = lines.append(new Line(
                    Component.VARIABLE,
                    Option.some(m),
                    Amounts.ofCents(variable),
                    euros(varBase) + " × achievement "
                            + BigDecimal.valueOf(ppm, 6).stripTrailingZeros().toPlainString() + rate,
                    prorataParam.prepend(used(t, Parameter.MISSION_VARIABLE.path(MissionKey.of(m), band)))));
            LocalDate paidFrom = start.get().isAfter(s.yearStart()) ? start.get() : s.yearStart();
            if (fixed > 0) {
                schedule = schedule.appendAll(
                        split(Option.some(m), s.contractYear(), paidFrom, s.yearEnd(), fixed, t.advancePercent()));
            }
            if (variable > 0) {
                schedule = schedule.append(Payment.of(
                        Payment.Kind.VARIABLE,
                        Option.some(m),
                        s.contractYear(),
                        s.yearEnd(),
                        Amounts.ofCents(variable)));
            }
            if (t.mandatory(m) && start.get().isAfter(s.signature().plusMonths(t.startMonths(m)))) {
                warnings = warnings.append(Problem.warning(
                                "MISSION_STARTED_LATE",
                                "la mission " + m.key() + " a démarré le " + start.get() + ", après le délai de "
                                        + t.startMonths(m) + " mois suivant la signature",
                                "mission " + m.key() + " started on " + start.get() + ", after the " + t.startMonths(m)
                                        + "-month deadline from signature")
                        .withReference(t.source(Parameter.MISSION_START, MissionKey.of(m))
                                .reference()));
            }
        }
        long total = lines.map(l -> Amounts.cents(l.amount())).sum().longValue();
        long ceiling = t.ceilingCents(band);
        if (total > ceiling) {
            // The ceiling caps the year's payment (aci.md §4.3): the excess is deducted from the balance.
            long excess = total - ceiling;
            lines = lines.append(new Line(
                    Component.CEILING_CAP,
                    Option.none(),
                    Amounts.ofCents(-excess),
                    "−(" + euros(total) + " − " + euros(ceiling) + ")",
                    List.of(used(t, Parameter.CEILING.path(band)))));
            schedule = schedule.append(Payment.of(
                    Payment.Kind.CEILING_CAP, Option.none(), s.contractYear(), s.yearEnd(), Amounts.ofCents(-excess)));
            warnings = warnings.append(Problem.warning(
                            "REMUNERATION_ABOVE_CEILING",
                            "le total " + euros(total) + " dépasse le plafond de la taille " + band.number() + " ("
                                    + euros(ceiling) + ") : " + euros(excess) + " sont écrêtés",
                            "the total " + euros(total) + " exceeds the ceiling of band " + band.number() + " ("
                                    + euros(ceiling) + "): " + euros(excess) + " are capped")
                    .withReference(t.source(Parameter.CEILING, band).reference()));
            total = ceiling;
        }
        Seq<String> unconfirmed = lines.flatMap(Line::parameters)
                .filter(p -> p.value().confidence().needsWarning())
                .map(p -> p.path() + " (" + p.value().confidence() + ")")
                .distinct();
        if (!unconfirmed.isEmpty()) {
            warnings = warnings.prepend(Problem.warning(
                    "UNCONFIRMED_FIGURES",
                    "chiffres non confirmés ou estimés utilisés : " + unconfirmed.mkString(", ")
                            + " ; remplacez-les par les vôtres (--set PARAM=VALEUR ou un fichier de règles)",
                    "unconfirmed or estimated figures used: " + unconfirmed.mkString(", ")
                            + "; replace them with your own (--set PARAM=VALUE or a rules file)"));
        }
        return new Remuneration(
                s.id(),
                s.yearStart(),
                s.yearEnd(),
                band,
                t.version(),
                lines,
                Amounts.ofCents(total),
                schedule.sortBy(Payment::date),
                warnings);
    }

    /** The payments of a fonctionnement (no mission) or a fixed part: in full, or an advance and its balance. */
    private static List<Payment> split(
            Option<Mission> mission,
            int contractYear,
            LocalDate paid,
            LocalDate anniversary,
            long cents,
            int advancePercent) {
        boolean fonct = mission.isEmpty();
        long advance = roundHalfUp(cents * advancePercent, 100);
        Payment.Kind first = advancePercent == 100
                ? (fonct ? Payment.Kind.FONCTIONNEMENT : Payment.Kind.FIXED)
                : (fonct ? Payment.Kind.FONCTIONNEMENT_ADVANCE : Payment.Kind.FIXED_ADVANCE);
        List<Payment> out = List.of(Payment.builder()
                .kind(first)
                .mission(mission)
                .contractYear(contractYear)
                .date(paid)
                .amount(Amounts.ofCents(advance))
                .sharePercent(advancePercent)
                .build());
        return cents - advance > 0
                ? out.append(Payment.builder()
                        .kind(fonct ? Payment.Kind.FONCTIONNEMENT_BALANCE : Payment.Kind.FIXED_BALANCE)
                        .mission(mission)
                        .contractYear(contractYear)
                        .date(anniversary)
                        .amount(Amounts.ofCents(cents - advance))
                        .sharePercent(100 - advancePercent)
                        .build())
                : out;
    }

    private static UsedParameter used(Tariff t, String path) {
        return new UsedParameter(path, t.source(path));
    }

    private static String euros(long cents) {
        return Amounts.format(Amounts.ofCents(cents));
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
