package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.RuleText;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The settings a {@link Simulation.Builder} checks and derives: the period's bounds, the warnings
 * about rules and contract terms, the rules by year, and the model it compiles from the parameters
 * (the longest start delay, the base achievement distribution and its mean).
 */
class SimulationBuilderSettingsTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final Signatory A = new Signatory("A", "11", 50_000, LocalDate.of(2020, 1, 1));

    private static Simulation.Builder builder(int first, int last) {
        return Simulation.builder(RULES, List.of(A))
                .parameters(ModelParameters.bundled())
                .years(first, last)
                .parallelism(1);
    }

    private static long[] totals(Simulation sim, int year) {
        return sim.run(3, 6, d -> {}).totalsCents(year);
    }

    @Test
    void thePeriodRunsFrom2019To2100BothIncluded() {
        assertThat(builder(2019, 2019).build().isValid()).isTrue();
        assertThat(builder(2100, 2100).build().isValid()).isTrue();
        for (int[] bad : new int[][] {{2018, 2020}, {2020, 2101}, {2021, 2020}}) {
            Problem p = builder(bad[0], bad[1]).build().getError().head();
            assertThat(p.code()).isEqualTo("SIMULATION_YEARS");
            assertThat(p.messageEn())
                    .isEqualTo("years " + bad[0] + "–" + bad[1] + ": an increasing period between 2019 and 2100 is"
                            + " expected");
        }
    }

    @Test
    void eachYearNamesTheRulesInForceOnItsLastDay() {
        Simulation sim = builder(2020, 2023).build().get();
        assertThat(sim.rulesByYear().keySet()).containsExactly(2020, 2021, 2022, 2023);
        for (int y = 2020; y <= 2023; y++) {
            assertThat(sim.rulesByYear().get(y).get())
                    .isEqualTo(RULES.on(LocalDate.of(y, 12, 31)).get().version());
        }
        assertThat(sim.rulesByYearMap()).isEqualTo(sim.rulesByYear().toJavaMap(t -> t));
        assertThat(sim.rulesByYear().get(2020).get())
                .isNotEqualTo(sim.rulesByYear().get(2023).get());
    }

    @Test
    void onlyYearsAfterTheLastRuleChangeAreWarned() {
        int lastChange = RULES.changeDates().last().getYear();
        assertThat(builder(2020, lastChange).build().get().warnings()).isEmpty();
        assertThat(builder(2020, lastChange + 1).build().get().warnings().map(Problem::code))
                .containsExactly("SIMULATION_BEYOND_KNOWN_RULES");
    }

    @Test
    void aContractEndingInTheLastYearIsAlreadyPastItsTerm() {
        // Signed 1 January 2020 for 5 years: it ends on 1 January 2025, inside 2025.
        Simulation sim = builder(2020, 2025).build().get();
        assertThat(sim.warnings().last().messageEn())
                .startsWith("1 CPTS run past their 5-year contract by the end of 2025 (from 2025-01-01)");
    }

    @Test
    void eachContractHasTheTermOfTheRulesInForceAtItsSignature() {
        // A reform shortens the term to 3 years from 2024: B, signed under it, ends in 2027; A, signed
        // under 5 years, in 2025. Both are past their term by the end of 2027.
        String json = "{\"version\": \"short\", \"title\": \"Short\", \"effective\": \"2024-01-01\","
                + " \"parameters\": {\"contrat.duree.annees\": 3}}";
        RuleText text = TariffRules.read(new StringReader(json), "reform.json").get();
        TariffRules rules = RULES.plus(text).get();
        Signatory b = new Signatory("B", "11", 50_000, LocalDate.of(2024, 6, 1));
        Simulation sim = Simulation.builder(rules, List.of(A, b))
                .parameters(ModelParameters.bundled())
                .years(2020, 2027)
                .build()
                .get();
        assertThat(sim.warnings().map(Problem::code)).contains("SIMULATION_CONTRACTS_RENEWED");
        assertThat(sim.warnings().last().messageEn())
                .startsWith("2 CPTS run past their 5-year contract by the end of 2027 (from 2025-01-01)");
    }

    /** Every draw at the same values; the optional missions never contracted. */
    private static ModelParameters noOptional(int optionalDelay) {
        return ModelParameters.bundled()
                .collapsed()
                .with("adhesion.qualite", 0)
                .get()
                .with("adhesion.accompagnement", 0)
                .get()
                .with("demarrage.part.delai", 1)
                .get()
                .with("demarrage.optionnelles.mois", optionalDelay)
                .get();
    }

    /** Each year's totals of 2020 to 2024, on one thread. */
    private static long[] totals(java.util.List<Signatory> portfolio, ModelParameters p, int year) {
        return totals(
                Simulation.builder(RULES, portfolio)
                        .parameters(p)
                        .years(2020, 2024)
                        .parallelism(1)
                        .build()
                        .get(),
                year);
    }

    @Test
    void theLongestMandatoryStartDeadlineIsHonouredWhateverTheOptionalDelay() {
        // Missions start at their full deadline (12 months for parcours and prévention): the model
        // must reach that delay even when the optional missions' own delay is 0, so that the optional
        // delay, for missions nobody contracts, changes nothing.
        java.util.List<Signatory> portfolio =
                NationalSimulationTest.portfolio(4, 30).toJavaList();
        for (int y = 2020; y <= 2024; y++) {
            assertThat(totals(portfolio, noOptional(0), y))
                    .as("year %s", y)
                    .isEqualTo(totals(portfolio, noOptional(24), y));
        }
        // And the delay does matter: starting at half the deadline pays more early on.
        long[] half = totals(
                portfolio, noOptional(0).with("demarrage.part.delai", 0.5).get(), 2021);
        long[] full = totals(portfolio, noOptional(0), 2021);
        assertThat(half[0]).isGreaterThan(full[0]);
    }

    private static SimulationResult withBase(ModelParameters p, AchievementDistribution base) {
        Simulation.Builder b = Simulation.builder(RULES, NationalSimulationTest.portfolio(6, 25))
                .parameters(p)
                .years(2021, 2024)
                .parallelism(1);
        if (base != null) {
            b.achievements(base);
        }
        return b.build().get().run(9, 12, d -> {});
    }

    @Test
    void theDefaultBaseIsTheBetaOfTheCentralMeanAndConcentration() {
        ModelParameters p = ModelParameters.bundled();
        double m = p.get("realisation.moyenne").central();
        double c = p.get("realisation.concentration").central();
        SimulationResult byDefault = withBase(p, null);
        SimulationResult explicit = withBase(p, AchievementDistribution.beta(m * c, (1 - m) * c));
        SimulationResult other = withBase(p, AchievementDistribution.beta(2, 2));
        for (int y = 2021; y <= 2024; y++) {
            assertThat(explicit.totalsCents(y)).as("year %s", y).isEqualTo(byDefault.totalsCents(y));
        }
        assertThat(other.totalsCents(2024)).isNotEqualTo(byDefault.totalsCents(2024));
    }

    @Test
    void aUniformOfNoWidthIsThatFixedAchievement() {
        // Its mean is its only value: the mean parameter moves it exactly as it moves the fixed one.
        ModelParameters p = ModelParameters.bundled();
        Achievement a = Achievement.parse("0.62").get();
        SimulationResult fixed = withBase(p, AchievementDistribution.fixed(a));
        SimulationResult uniform = withBase(p, AchievementDistribution.uniform(a, a));
        for (int y = 2021; y <= 2024; y++) {
            assertThat(uniform.totalsCents(y)).as("year %s", y).isEqualTo(fixed.totalsCents(y));
        }
    }
}
