package io.github.cptskit.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.law.Confidence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SizeBandScaleTest {

    private final SizeBandScale bundled =
            SizeBandScale.bundledAt(LocalDate.of(2025, 1, 1)).get().value();

    @Test
    void bundledThresholdsAreThoseOfTheAccord() {
        assertThat(bundled.bandOf(39_999)).isEqualTo(SizeBand.TAILLE_1);
        assertThat(bundled.bandOf(40_000)).isEqualTo(SizeBand.TAILLE_2);
        assertThat(bundled.bandOf(82_000)).isEqualTo(SizeBand.TAILLE_3);
        assertThat(bundled.bandOf(175_001)).isEqualTo(SizeBand.TAILLE_4);
    }

    @Test
    void boundaryRuleIsAParameter() {
        SizeBandScale upper = new SizeBandScale(40_000, 80_000, 175_000, SizeBandScale.Boundary.UPPER_BOUND_INCLUSIVE);
        assertThat(upper.bandOf(40_000)).isEqualTo(SizeBand.TAILLE_1);
        assertThat(upper.bandOf(175_000)).isEqualTo(SizeBand.TAILLE_3);
    }

    @Test
    void bundledScaleSaysTheBoundaryIsUnconfirmed() {
        assertThat(SizeBandScale.bundledAt(LocalDate.of(2025, 1, 1)).get().confidence())
                .isEqualTo(Confidence.UNCONFIRMED);
        assertThat(SizeBandScale.bundledAt(LocalDate.of(2019, 1, 1)).isEmpty()).isTrue();
    }

    @Test
    void thresholdsArePositiveAndStrictlyIncreasing() {
        SizeBandScale.Boundary lower = SizeBandScale.Boundary.LOWER_BOUND_INCLUSIVE;
        assertThat(new SizeBandScale(1, 2, 3, lower).bandOf(2)).isEqualTo(SizeBand.TAILLE_3);
        for (long[] bad : new long[][] {{0, 80_000, 175_000}, {40_000, 40_000, 175_000}, {40_000, 80_000, 80_000}}) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> new SizeBandScale(bad[0], bad[1], bad[2], lower))
                    .withMessage("size band thresholds must be positive and increasing: " + bad[0] + ", " + bad[1]
                            + ", " + bad[2]);
        }
    }
}
