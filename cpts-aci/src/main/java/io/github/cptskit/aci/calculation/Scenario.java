package io.github.cptskit.aci.calculation;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.indicator.IndicatorResult;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One CPTS-year to remunerate: the population of the territory, the date the ACI contract was signed,
 * which contract year (1 for the year that starts at signature), the missions contracted with the day
 * each started, and the achievement of each mission's variable part.
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
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the CPTS's identifier in the caller's data
 * @param region the INSEE region code, or empty
 * @param population the population of the territory, 0 or more
 * @param signature the day the ACI contract was signed
 * @param contractYear the contract year, 1 or more
 * @param missions each contracted mission with the day it started
 * @param achievements the achievement of each contracted mission's variable part
 */
public record Scenario(
        String id,
        String region,
        long population,
        LocalDate signature,
        int contractYear,
        TreeMap<Mission, LocalDate> missions,
        TreeMap<Mission, Achievement> achievements) {

    /** The first day the ACI was in force (arrêté of 21 August 2019, JO of 24 August 2019). */
    public static final LocalDate ACCORD_IN_FORCE = LocalDate.of(2019, 8, 25);

    /**
     * The last signature day a scenario accepts: its 100 contract years stay within four-digit years.
     * Later days, such as {@code +999999999-12-31}, made the date arithmetic overflow (found by
     * fuzzing, issue #8).
     */
    public static final LocalDate LAST_SIGNATURE = LocalDate.of(9_899, 12, 31);

    /** Checks the components; use the {@link #builder(String)} for untrusted input. */
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(missions, "missions");
        Objects.requireNonNull(achievements, "achievements");
    }

    /**
     * The first day of the contract year.
     *
     * @return signature plus {@code contractYear - 1} years
     */
    public LocalDate yearStart() {
        return signature.plusYears(contractYear - 1L);
    }

    /**
     * The first day after the contract year (its anniversary).
     *
     * @return signature plus {@code contractYear} years
     */
    public LocalDate yearEnd() {
        return signature.plusYears(contractYear);
    }

    /**
     * The same scenario with other achievements.
     *
     * @param newAchievements the achievements
     * @return a new scenario
     */
    public Scenario withAchievements(TreeMap<Mission, Achievement> newAchievements) {
        return new Scenario(id, region, population, signature, contractYear, missions, newAchievements);
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
         * @param inhabitants 0 or more
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
            this.signature = day;
            return this;
        }

        /**
         * The contract year to remunerate (1 = the year starting at signature).
         *
         * @param year 1 or more
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
         * @param indicators the indicators, at least one
         * @return this builder
         */
        public Builder mission(Mission mission, LocalDate start, Seq<IndicatorResult> indicators) {
            var combined = IndicatorResult.combine(indicators);
            if (combined.isInvalid()) {
                pending = pending.append(combined.getError());
                return this;
            }
            return mission(mission, start, combined.get());
        }

        /**
         * Validates and builds.
         *
         * @return the scenario, or every problem (codes {@code SCENARIO_*})
         */
        public Validation<Seq<Problem>, Scenario> build() {
            List<Problem> problems = pending;
            if (population < 0) {
                problems = problems.append(Problem.error(
                        "SCENARIO_POPULATION",
                        "population manquante ou négative pour " + id + " : " + population,
                        "population missing or negative for " + id + ": " + population));
            }
            if (signature == null) {
                problems = problems.append(Problem.error(
                        "SCENARIO_SIGNATURE_MISSING",
                        "date de signature manquante pour " + id,
                        "signature date missing for " + id));
            } else if (signature.isBefore(ACCORD_IN_FORCE)) {
                problems = problems.append(Problem.error(
                        "SCENARIO_BEFORE_ACCORD",
                        "signature le " + signature + " avant l'entrée en vigueur de l'ACI (" + ACCORD_IN_FORCE + ")",
                        "signature on " + signature + " before the ACI came into force (" + ACCORD_IN_FORCE + ")"));
            } else if (signature.isAfter(LAST_SIGNATURE)) {
                problems = problems.append(Problem.error(
                        "SCENARIO_SIGNATURE_RANGE",
                        "signature le " + signature + " trop lointaine (au plus tard le " + LAST_SIGNATURE + ")",
                        "signature on " + signature + " too far ahead (at the latest " + LAST_SIGNATURE + ")"));
            }
            if (contractYear < 1 || contractYear > 100) {
                problems = problems.append(Problem.error(
                        "SCENARIO_CONTRACT_YEAR",
                        "année de contrat invalide : " + contractYear + " (1 ou plus)",
                        "invalid contract year: " + contractYear + " (1 or more)"));
            }
            if (signature != null) {
                for (var m : missions) {
                    if (m._2.isBefore(signature)) {
                        problems = problems.append(Problem.error(
                                "SCENARIO_MISSION_BEFORE_SIGNATURE",
                                "la mission " + m._1.key() + " démarre le " + m._2 + ", avant la signature ("
                                        + signature + ")",
                                "mission " + m._1.key() + " starts on " + m._2 + ", before the signature (" + signature
                                        + ")"));
                    }
                }
            }
            return problems.isEmpty()
                    ? Validation.valid(
                            new Scenario(id, region, population, signature, contractYear, missions, achievements))
                    : Validation.invalid(problems);
        }
    }
}
