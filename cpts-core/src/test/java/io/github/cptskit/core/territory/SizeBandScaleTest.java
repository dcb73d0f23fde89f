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
}
