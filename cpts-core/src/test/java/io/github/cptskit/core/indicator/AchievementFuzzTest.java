package io.github.cptskit.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of the achievement rates typed by users (scenario CSV, {@code --low}/{@code --high}):
 * {@code parse} gives a rate between 0 and 1 or {@code ACHIEVEMENT_SYNTAX}/{@code
 * ACHIEVEMENT_OUT_OF_RANGE}, never an exception, and stays fast even on exponents such as {@code
 * 1e-999999999}.
 */
class AchievementFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void parse(byte[] data) {
        Validation<Seq<Problem>, Achievement> v = Achievement.parse(new String(data, StandardCharsets.UTF_8));
        if (v.isValid()) {
            assertThat(v.get().partsPerMillion()).isBetween(0, Achievement.SCALE);
            assertThat(Achievement.parse(v.get().rate().toPlainString()).get()).isEqualTo(v.get());
        } else {
            assertThat(v.getError().head().code())
                    .isIn("ACHIEVEMENT_SYNTAX", "ACHIEVEMENT_TOO_LONG", "ACHIEVEMENT_OUT_OF_RANGE");
            assertThat(v.getError().head().messageEn()).hasSizeLessThan(data.length * 2 + 200);
        }
    }
}
