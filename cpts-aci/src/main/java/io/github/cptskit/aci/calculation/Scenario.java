package io.github.cptskit.aci.calculation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.aci.internal.ValueStyle;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.Stage;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.indicator.IndicatorResult;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One CPTS-year to remunerate: the population of the territory, the date the ACI contract was signed,
 * which contract year (1 for the year that starts at signature), the missions contracted with the day
 * each started, and the achievement of each mission's variable part.
 *
 * <p>Built from a CPTS registered in cpts-core and a day ({@link #builder(Cpts, LocalDate)}: the
 * signature is the lifecycle's {@code ACI_SIGNED} day, typed once; the contract year is the one that
 * holds the day; the population, region and started missions come from the CPTS), or field by field
 * ({@link #builder(String)}):
 *
 * <pre>{@code
 * Scenario s = Scenario.builder("cpts-pays-de-gex")
 *     .population(97_000)
 *     .signedOn(LocalDate.of(2023, 3, 1))
 *     .contractYear(2)
 *     .mission(Mission.ACCES, LocalDate.of(2023, 6, 1), Achievement.parse("0.8").get())
 *     .mission(Mission.PARCOURS, LocalDate.of(2024, 1, 15), Achievement.FULL)
 *     .mission(Mission.PREVENTION, LocalDate.of(2024, 1, 15), Achievement.parse("50%").get())
 *     .mission(Mission.CRISES, LocalDate.of(2023, 9, 1), Achievement.NONE)
 *     .build()
 *     .get();
 * Scenario fromCpts = Scenario.builder(cpts, LocalDate.of(2024, 6, 1))
 *     .achievement(Mission.ACCES, Achievement.FULL)
 *     .build()
 *     .get();
 * }</pre>
 *
 * <p>An Immutables value type (decision record 0002): no public constructor, so a scenario always
 * passed the builder's checks (a population of at least 1, a signature from the accord's entry into
 * force, a contract year from 1 to 100, no mission before the signature); the generated {@code with*}
 * methods re-check them and throw {@link IllegalArgumentException}. This class is immutable and
 * thread-safe. A {@code null} argument is a {@link NullPointerException} naming it.
 */
@Value.Immutable(builder = false)
@ValueStyle
public abstract class Scenario implements WithScenario {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /** The first day the ACI was in force (arrêté of 21 August 2019, JO of 24 August 2019). */
    public static final LocalDate ACCORD_IN_FORCE = LocalDate.of(2019, 8, 25);

    /**
     * The last signature day a scenario accepts: its 100 contract years stay within four-digit years.
     * Later days, such as {@code +999999999-12-31}, made the date arithmetic overflow (found by
     * fuzzing, issue #8).
     */
    public static final LocalDate LAST_SIGNATURE = LocalDate.of(9_899, 12, 31);

    Scenario() {}

    /**
     * The CPTS's identifier in the caller's data.
     *
     * @return the id
     */
    @Value.Parameter
    public abstract String id();

    /**
     * The INSEE region code, or empty.
     *
     * @return the region
     */
    @Value.Parameter
    public abstract String region();

    /**
     * The population of the territory, 1 or more.
     *
     * @return the population
     */
    @Value.Parameter
    public abstract long population();

    /**
     * The day the ACI contract was signed.
     *
     * @return the day
     */
    @Value.Parameter
    public abstract LocalDate signature();

    /**
     * The contract year, 1 to 100.
     *
     * @return the year
     */
    @Value.Parameter
    public abstract int contractYear();

    /**
     * Each contracted mission with the day it started.
     *
     * @return the missions
     */
    @Value.Parameter
    public abstract TreeMap<Mission, LocalDate> missions();

    /**
     * The achievement of each contracted mission's variable part; a contracted mission without one
     * counts 0 and is reported by {@link #warnings()}.
     *
     * @return the achievements
     */
    @Value.Parameter
    public abstract TreeMap<Mission, Achievement> achievements();

    /** Refuses what the builder refuses: a scenario never holds invalid values. */
    @Value.Check
    protected void check() {
        Seq<Problem> problems = problems(id(), population(), signature(), contractYear(), missions());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.mkString("; "));
        }
    }

    /**
     * What this scenario leaves to a default: each contracted mission without an achievement, whose
     * variable part the remuneration counts at 0 ({@code SCENARIO_ACHIEVEMENT_MISSING}, a warning).
     *
     * <pre>{@code
     * Scenario.builder(cpts, day).build().get().warnings();   // one warning per started mission
     * }</pre>
     *
     * @return the warnings, in the order of the missions
     */
    public Seq<Problem> warnings() {
        return missions()
                .filter(m -> !achievements().containsKey(m._1))
                .map(m -> achievementMissing(m._1, m._2))
                .toList();
    }

    /**
     * {@link #warnings()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Problem> warningsList() {
        return warnings().asJava();
    }

    static Problem achievementMissing(Mission m, LocalDate start) {
        return Problem.of(AciProblem.SCENARIO_ACHIEVEMENT_MISSING, m.key(), start);
    }

    /**
     * The first day of the contract year.
     *
     * @return signature plus {@code contractYear - 1} years
     */
    public LocalDate yearStart() {
        return signature().plusYears(contractYear() - 1L);
    }

    /**
     * The first day after the contract year (its anniversary).
     *
     * @return signature plus {@code contractYear} years
     */
    public LocalDate yearEnd() {
        return signature().plusYears(contractYear());
    }

    /**
     * A builder.
     *
     * @param id the CPTS's identifier
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder filled from a CPTS for the contract year that holds a day: the id is the CPTS's name,
     * the population and region (the first) come from its territory, the signature from its
     * lifecycle's {@code ACI_SIGNED} day, and each mission the CPTS has started
     * ({@link Cpts#missionStarts()}) is contracted from that day, without an achievement until
     * {@link Builder#achievement} sets it: such a mission is reported by {@link #warnings()} and by the
     * remuneration ({@code SCENARIO_ACHIEVEMENT_MISSING}), never paid 0 without a word. A CPTS that has not signed the ACI, or a day before its
     * signature, gives the problems {@code SCENARIO_NOT_SIGNED} or {@code SCENARIO_DAY_BEFORE_SIGNATURE}
     * at {@link Builder#build()}.
     *
     * @param cpts the CPTS
     * @param day a day of the contract year to remunerate
     * @return a builder
     */
    public static Builder builder(Cpts cpts, LocalDate day) {
        Objects.requireNonNull(cpts, "cpts");
        Objects.requireNonNull(day, "day");
        Builder b = new Builder(cpts.name()).territory(cpts.territory());
        Option<LocalDate> signed = cpts.lifecycle().dateOf(Stage.ACI_SIGNED);
        if (signed.isEmpty()) {
            b.pending = b.pending.append(Problem.of(AciProblem.SCENARIO_NOT_SIGNED, cpts.name()));
            return b;
        }
        LocalDate signature = signed.get();
        b.signedOn(signature);
        if (day.isBefore(signature)) {
            b.pending =
                    b.pending.append(Problem.of(AciProblem.SCENARIO_DAY_BEFORE_SIGNATURE, day, cpts.name(), signature));
        } else {
            b.contractYear((int) Math.min(Integer.MAX_VALUE, ChronoUnit.YEARS.between(signature, day) + 1));
        }
        for (var start : cpts.missionStarts()) {
            b.missions = b.missions.put(Mission.of(start._1), start._2);
        }
        return b;
    }

    private static Seq<Problem> problems(
            String id, long population, LocalDate signature, int contractYear, TreeMap<Mission, LocalDate> missions) {
        List<Problem> problems = List.empty();
        if (population < 1) {
            problems = problems.append(Problem.of(AciProblem.SCENARIO_POPULATION, id, population));
        }
        if (signature == null) {
            problems = problems.append(Problem.of(AciProblem.SCENARIO_SIGNATURE_MISSING, id));
        } else if (signature.isBefore(ACCORD_IN_FORCE)) {
            problems = problems.append(Problem.of(AciProblem.SCENARIO_BEFORE_ACCORD, signature, ACCORD_IN_FORCE));
        } else if (signature.isAfter(LAST_SIGNATURE)) {
            problems = problems.append(Problem.of(AciProblem.SCENARIO_SIGNATURE_RANGE, signature, LAST_SIGNATURE));
        }
        if (contractYear < 1 || contractYear > 100) {
            problems = problems.append(Problem.of(AciProblem.SCENARIO_CONTRACT_YEAR, contractYear));
        }
        if (signature != null) {
            for (var m : missions) {
                if (m._2.isBefore(signature)) {
                    problems = problems.append(
                            Problem.of(AciProblem.SCENARIO_MISSION_BEFORE_SIGNATURE, m._1.key(), m._2, signature));
                }
            }
        }
        return problems;
    }

    /** Builds a {@link Scenario} and reports every problem of the input at once. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private String region = "";
        private long population = -1;
        private LocalDate signature;
        private int contractYear = 1;
        private TreeMap<Mission, LocalDate> missions = TreeMap.empty();
        private TreeMap<Mission, Achievement> achievements = TreeMap.empty();
        private List<Problem> pending = List.empty();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * The population of the territory.
         *
         * @param inhabitants 1 or more
         * @return this builder
         */
        public Builder population(long inhabitants) {
            this.population = inhabitants;
            return this;
        }

        /**
         * The territory: its population and its (first) region.
         *
         * @param territory a territory from cpts-core
         * @return this builder
         */
        public Builder territory(Territory territory) {
            Objects.requireNonNull(territory, "territory");
            this.population = territory.population();
            this.region = territory.regions().headOption().map(r -> r.code()).getOrElse("");
            return this;
        }

        /**
         * The region, for simulations reported by region.
         *
         * @param code the INSEE region code
         * @return this builder
         */
        public Builder region(String code) {
            this.region = Objects.requireNonNull(code, "code");
            return this;
        }

        /**
         * The day the ACI contract was signed.
         *
         * @param day the day
         * @return this builder
         */
        public Builder signedOn(LocalDate day) {
            this.signature = Objects.requireNonNull(day, "day");
            return this;
        }

        /**
         * The contract year to remunerate (1 = the year starting at signature).
         *
         * @param year 1 to 100
         * @return this builder
         */
        public Builder contractYear(int year) {
            this.contractYear = year;
            return this;
        }

        /**
         * A contracted mission, the day it started and the achievement of its variable part.
         *
         * @param mission the mission
         * @param start the day it started
         * @param achievement the achievement of its indicators
         * @return this builder
         */
        public Builder mission(Mission mission, LocalDate start, Achievement achievement) {
            Objects.requireNonNull(mission, "mission");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(achievement, "achievement");
            missions = missions.put(mission, start);
            achievements = achievements.put(mission, achievement);
            return this;
        }

        /**
         * A contracted mission whose variable part is measured by several weighted indicators of the
         * CPTS's contract: its achievement is their weighted mean ({@link IndicatorResult#combine}).
         *
         * @param mission the mission
         * @param start the day it started
         * @param indicators the indicators, at least one (a {@code java.util.List}, a Vavr {@code Seq}…)
         * @return this builder
         */
        public Builder mission(Mission mission, LocalDate start, Iterable<? extends IndicatorResult> indicators) {
            Objects.requireNonNull(mission, "mission");
            Objects.requireNonNull(start, "start");
            var combined = IndicatorResult.combine(Objects.requireNonNull(indicators, "indicators"));
            if (combined.isInvalid()) {
                pending = pending.appendAll(combined.getError());
                return this;
            }
            return mission(mission, start, combined.get());
        }

        /**
         * The achievement of an already contracted mission's variable part (after {@link
         * Scenario#builder(Cpts, LocalDate)}).
         *
         * @param mission the mission
         * @param achievement the achievement
         * @return this builder; {@code SCENARIO_MISSION_NOT_CONTRACTED} at {@link #build()} if the
         *     mission is not contracted
         */
        public Builder achievement(Mission mission, Achievement achievement) {
            Objects.requireNonNull(mission, "mission");
            Objects.requireNonNull(achievement, "achievement");
            if (!missions.containsKey(mission)) {
                pending = pending.append(Problem.of(AciProblem.SCENARIO_MISSION_NOT_CONTRACTED, mission.key(), id));
                return this;
            }
            achievements = achievements.put(mission, achievement);
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the scenario, or every problem (codes {@code SCENARIO_*})
         */
        public Validation<Seq<Problem>, Scenario> build() {
            Seq<Problem> problems = pending.appendAll(problems(id, population, signature, contractYear, missions));
            return problems.isEmpty()
                    ? Validation.valid(ImmutableScenario.of(
                            id, region, population, signature, contractYear, missions, achievements))
                    : Validation.invalid(problems);
        }
    }

    /**
     * {@link #missions()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<Mission, LocalDate> missionsMap() {
        return java.util.Collections.unmodifiableMap(missions().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * {@link #achievements()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<Mission, Achievement> achievementsMap() {
        return java.util.Collections.unmodifiableMap(achievements().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * This scenario with the day each mission started, from a {@code java.util.Map} (decision record 0004).
     *
     * @param missions the start of each mission
     * @return a new scenario
     */
    public Scenario withMissions(java.util.Map<Mission, LocalDate> missions) {
        return withMissions(TreeMap.ofAll(Objects.requireNonNull(missions, "missions")));
    }

    /**
     * This scenario with each mission's achievement, from a {@code java.util.Map} (decision record 0004).
     *
     * @param achievements the achievement of each mission
     * @return a new scenario
     */
    public Scenario withAchievements(java.util.Map<Mission, Achievement> achievements) {
        return withAchievements(TreeMap.ofAll(Objects.requireNonNull(achievements, "achievements")));
    }
}
