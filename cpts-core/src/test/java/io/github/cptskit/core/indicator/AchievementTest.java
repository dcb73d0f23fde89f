package io.github.cptskit.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Indicator achievement rates as users write them (scenario files, {@code --low}, read models). */
class AchievementTest {

    private static Achievement ok(Validation<Seq<Problem>, Achievement> v) {
        assertThat(v.isValid()).as(v.toString()).isTrue();
        return v.get();
    }

    private static String code(Validation<Seq<Problem>, Achievement> v) {
        return v.getError().head().code();
    }

    @Test
    void ratesBetweenZeroAndOneInclusive() {
        assertThat(ok(Achievement.of(BigDecimal.ZERO))).isEqualTo(Achievement.NONE);
        assertThat(ok(Achievement.of(BigDecimal.ONE))).isEqualTo(Achievement.FULL);
        assertThat(ok(Achievement.of(new BigDecimal("0.0000005"))).partsPerMillion())
                .as("half a millionth rounds up")
                .isEqualTo(1);
        assertThat(code(Achievement.of(new BigDecimal("1.000001")))).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(code(Achievement.of(new BigDecimal("-0.000001")))).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(Achievement.of(new BigDecimal("1.5")).getError().head().messageEn())
                .isEqualTo("an achievement rate lies between 0 and 1: 1.5");
        assertThat(Achievement.of(new BigDecimal("1.5")).getError().head().messageFr())
                .isEqualTo("un taux de réalisation est compris entre 0 et 1 : 1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> new Achievement(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Achievement(Achievement.SCALE + 1));
        assertThat(new Achievement(Achievement.SCALE)).isEqualTo(Achievement.FULL);
    }

    @Test
    void fractionsOfCasesRoundToTheMillionth() {
        assertThat(ok(Achievement.ofFraction(3, 4)).partsPerMillion()).isEqualTo(750_000);
        assertThat(ok(Achievement.ofFraction(2, 3)).partsPerMillion()).isEqualTo(666_667);
        assertThat(ok(Achievement.ofFraction(7, 7))).isEqualTo(Achievement.FULL);
        assertThat(ok(Achievement.ofFraction(0, 5))).isEqualTo(Achievement.NONE);
        assertThat(ok(Achievement.ofFraction(0, 0)))
                .as("no case, no achievement")
                .isEqualTo(Achievement.NONE);
        for (long[] bad : new long[][] {{-1, 4}, {1, -4}, {5, 4}, {-1, -1}}) {
            assertThat(code(Achievement.ofFraction(bad[0], bad[1])))
                    .as(bad[0] + "/" + bad[1])
                    .isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        }
        assertThat(Achievement.ofFraction(5, 4).getError().head().messageEn()).endsWith(": 5/4");
    }

    @Test
    void parsesDecimalsCommasAndPercentages() {
        assertThat(ok(Achievement.parse("0.75")).partsPerMillion()).isEqualTo(750_000);
        assertThat(ok(Achievement.parse(" 0,75 ")).partsPerMillion()).isEqualTo(750_000);
        assertThat(ok(Achievement.parse("75%")).partsPerMillion()).isEqualTo(750_000);
        assertThat(ok(Achievement.parse("75 %")).partsPerMillion()).isEqualTo(750_000);
        assertThat(ok(Achievement.parse("100%"))).isEqualTo(Achievement.FULL);
        assertThat(ok(Achievement.parse("1"))).isEqualTo(Achievement.FULL);
        assertThat(ok(Achievement.parse("0"))).isEqualTo(Achievement.NONE);
        assertThat(ok(Achievement.parse("-0"))).isEqualTo(Achievement.NONE);
        assertThat(ok(Achievement.parse("0%"))).isEqualTo(Achievement.NONE);
    }

    @Test
    void extremeMagnitudesAreSettledWithoutComputingThem() {
        // 10 and 100 are just above the range; a value below 1e-8 rounds to nothing
        assertThat(code(Achievement.parse("10"))).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(code(Achievement.parse("100"))).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(code(Achievement.parse("1000%"))).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(code(Achievement.parse("101%"))).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(ok(Achievement.parse("0.00000001"))).isEqualTo(Achievement.NONE);
        assertThat(ok(Achievement.parse("1e-9"))).isEqualTo(Achievement.NONE);
        assertThat(ok(Achievement.parse("1e-10"))).isEqualTo(Achievement.NONE);
        assertThat(ok(Achievement.parse("0.0000001%"))).isEqualTo(Achievement.NONE);
        assertThat(code(Achievement.parse("-1e-10"))).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(code(Achievement.parse("-1e999999999"))).isEqualTo("ACHIEVEMENT_OUT_OF_RANGE");
        assertThat(Achievement.parse(" 1e999999999 ").getError().head().messageEn())
                .endsWith(": 1e999999999");
        assertThat(ok(Achievement.parse("5e-7")).partsPerMillion())
                .as("kept: it rounds to 1 ppm")
                .isEqualTo(1);
    }

    /** 800,000 digits took 10 s (issue #27): a rate longer than any rate is refused before it is read. */
    @Test
    void overlongRatesAreRefusedBeforeBeingRead() {
        String digits = "0." + "3".repeat(800_000);
        Problem p = Achievement.parse(digits).getError().head();
        assertThat(p.code()).isEqualTo("ACHIEVEMENT_TOO_LONG");
        assertThat(p.messageEn()).isEqualTo("achievement rate of 800002 characters (at most 32)");
        assertThat(p.messageEn().length()).as("the input is not echoed").isLessThan(80);
        String longest = "0." + "5".repeat(Achievement.MAX_TEXT_LENGTH - 2);
        assertThat(ok(Achievement.parse(longest)).partsPerMillion()).isEqualTo(555_556);
        assertThat(ok(Achievement.parse("   " + longest + "   ")).partsPerMillion())
                .as("blanks around do not count")
                .isEqualTo(555_556);
        assertThat(code(Achievement.parse(longest + "5"))).isEqualTo("ACHIEVEMENT_TOO_LONG");
    }

    @Test
    void unreadableRatesSayWhatIsExpected() {
        Problem p = Achievement.parse("trois quarts").getError().head();
        assertThat(p.code()).isEqualTo("ACHIEVEMENT_SYNTAX");
        assertThat(p.messageEn())
                .isEqualTo("unreadable achievement rate: \"trois quarts\" (expected a number between 0 and 1, or a"
                        + " percentage)");
        assertThat(p.messageFr()).startsWith("taux de réalisation illisible : « trois quarts »");
    }

    @Test
    void ordersAndPrintsAsARate() {
        Achievement half = new Achievement(500_000);
        assertThat(half).isLessThan(Achievement.FULL).isGreaterThan(Achievement.NONE);
        assertThat(half.compareTo(new Achievement(500_000))).isZero();
        assertThat(half).hasToString("0.5");
        assertThat(Achievement.FULL).hasToString("1");
        assertThat(Achievement.NONE).hasToString("0");
        assertThat(new Achievement(1)).hasToString("0.000001");
        assertThat(half.rate()).isEqualTo(new BigDecimal("0.500000"));
    }
}
