package io.github.cptskit.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class IndicatorResultTest {

    @Test
    void weightedMeanRoundedHalfUpToTheMillionth() {
        // (2 × 0.6 + 1 × 1) / 3 = 0.7333333… → 0.733333
        var a = IndicatorResult.combine(List.of(
                new IndicatorResult("MT", 2, Achievement.parse("0.6").get()),
                new IndicatorResult("SNP", 1, Achievement.FULL)));
        assertThat(a.get().partsPerMillion()).isEqualTo(733_333);
        assertThat(IndicatorResult.combine(List.empty()).getError().head().code())
                .isEqualTo("INDICATORS_EMPTY");
        assertThat(Achievement.parse("75%").get().partsPerMillion()).isEqualTo(750_000);
        assertThat(Achievement.parse("abc").getError().head().code()).isEqualTo("ACHIEVEMENT_SYNTAX");
        assertThat(Achievement.ofFraction(3, 2).getError().head().code()).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
    }

    @Test
    void extremeExponentsAreSettledWithoutBuildingHugeNumbers() {
        // Found by fuzzing (issue #8): 1e999999999 ran out of memory writing its billion digits,
        // 1e-2147483647% overflowed BigDecimal's scale (ArithmeticException).
        assertThat(Achievement.parse("1e999999999").getError().head().code()).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(Achievement.parse("1e999999999").getError().head().messageEn())
                .endsWith(": 1e999999999");
        assertThat(Achievement.parse("-1e-999999999").getError().head().code()).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(Achievement.parse("1e-999999999").get()).isEqualTo(Achievement.NONE);
        assertThat(Achievement.parse("1e-2147483647%").get()).isEqualTo(Achievement.NONE);
        assertThat(Achievement.parse("0e-2147483647").get()).isEqualTo(Achievement.NONE);
        assertThat(Achievement.parse("5e-7").get().partsPerMillion()).isEqualTo(1);
        assertThat(Achievement.parse("4.9e-7").get()).isEqualTo(Achievement.NONE);
        assertThat(Achievement.parse("9.9999999e-1").get()).isEqualTo(Achievement.FULL);
        assertThat(Achievement.parse("100e-2").get()).isEqualTo(Achievement.FULL);
        assertThat(Achievement.parse("-0.1").getError().head().messageEn()).endsWith(": -0.1");
    }

    @Test
    void combinedAchievementLiesBetweenTheIndicators() {
        qt().forAll(
                        integers().between(0, 1_000_000),
                        integers().between(0, 1_000_000),
                        integers().between(1, 50),
                        integers().between(1, 50))
                .check((a, b, wa, wb) -> {
                    int c = IndicatorResult.combine(List.of(
                                    new IndicatorResult("a", wa, new Achievement(a)),
                                    new IndicatorResult("b", wb, new Achievement(b))))
                            .get()
                            .partsPerMillion();
                    return c >= Math.min(a, b) && c <= Math.max(a, b);
                });
    }
}
