package io.github.cptskit.aci.calculation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RemunerationProperties {

    private static final RemunerationCalculator CALC = RemunerationCalculator.of(TariffRules.bundled());
    private static final Mission[] ALL = Mission.values();

    private static Scenario scenario(long population, int signatureOffset, int year, int startOffset, int ppm) {
        LocalDate signature = Scenario.ACCORD_IN_FORCE.plusDays(signatureOffset);
        Scenario.Builder b =
                Scenario.builder("p").population(population).signedOn(signature).contractYear(year);
        for (Mission m : ALL) {
            b.mission(m, signature.plusDays((long) startOffset * (m.ordinal() + 1)), new Achievement(ppm));
        }
        return b.build().get();
    }

    private static final Gen<Long> POPULATION = longs().between(1, 2_000_000);
    private static final Gen<Integer> DAYS = integers().between(0, 2500);
    private static final Gen<Integer> YEAR = integers().between(1, 5);
    private static final Gen<Integer> START = integers().between(0, 200);
    private static final Gen<Integer> PPM = integers().between(0, Achievement.SCALE);

    @Test
    void linesSumToTheTotalAndNoAmountIsNegative() {
        qt().forAll(POPULATION, DAYS, YEAR, START).checkAssert((pop, days, year, start) -> {
            Remuneration r =
                    CALC.calculate(scenario(pop, days, year, start, 700_000)).get();
            long sum = r.lines().map(l -> Amounts.cents(l.amount())).sum().longValue();
            org.assertj.core.api.Assertions.assertThat(sum).isEqualTo(Amounts.cents(r.total()));
            org.assertj.core.api.Assertions.assertThat(r.lines())
                    .allMatch(l -> l.amount().isPositiveOrZero());
            org.assertj.core.api.Assertions.assertThat(r.schedule()
                            .map(p -> Amounts.cents(p.amount()))
                            .sum()
                            .longValue())
                    .isEqualTo(sum);
        });
    }

    @Test
    void fastPathEqualsTheExplainedTotal() {
        qt().forAll(POPULATION, DAYS, START, PPM).check((pop, days, start, ppm) -> {
            Scenario s = scenario(pop, days, 1, start, ppm);
            return RemunerationCalculator.totalCents(CALC.prepare(s).get())
                    == Amounts.cents(CALC.calculate(s).get().total());
        });
    }

    @Test
    void totalIsMonotoneInEveryAchievement() {
        qt().forAll(POPULATION, DAYS, PPM, PPM).check((pop, days, a, b) -> {
            PreparedScenario p = CALC.prepare(scenario(pop, days, 1, 30, 0)).get();
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            for (Mission m : ALL) {
                int[] low = new int[ALL.length];
                int[] high = new int[ALL.length];
                low[m.ordinal()] = lo;
                high[m.ordinal()] = hi;
                if (RemunerationCalculator.totalCents(p, low) > RemunerationCalculator.totalCents(p, high)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void totalIsMonotoneInPopulationWithinABandAndAcrossBands() {
        qt().forAll(POPULATION, POPULATION, DAYS).check((a, b, days) -> {
            long lo = Math.min(a, b);
            long hi = Math.max(a, b);
            return RemunerationCalculator.totalCents(
                            CALC.prepare(scenario(lo, days, 1, 0, 500_000)).get())
                    <= RemunerationCalculator.totalCents(
                            CALC.prepare(scenario(hi, days, 1, 0, 500_000)).get());
        });
    }

    @Test
    void aMissionStartingMidYearIsTheProRataOfTheFullYear() {
        qt().forAll(POPULATION, DAYS, integers().between(0, 364)).check((pop, days, late) -> {
            Scenario full = scenario(pop, days, 1, 0, Achievement.SCALE);
            LocalDate sig = full.signature();
            Scenario.Builder b = Scenario.builder("p").population(pop).signedOn(sig);
            for (Mission m : ALL) {
                b.mission(m, sig.plusDays(late), Achievement.FULL);
            }
            Scenario partial = b.build().get();
            long yearDays = java.time.temporal.ChronoUnit.DAYS.between(sig, sig.plusYears(1));
            Remuneration f = CALC.calculate(full).get();
            Remuneration p = CALC.calculate(partial).get();
            for (int i = 1; i < f.lines().size(); i++) {
                long whole = Amounts.cents(f.lines().get(i).amount());
                long expected = RemunerationCalculator.roundHalfUp(whole * (yearDays - late), yearDays);
                if (Amounts.cents(p.lines().get(i).amount()) != expected) {
                    return false;
                }
            }
            return true;
        });
    }
}
