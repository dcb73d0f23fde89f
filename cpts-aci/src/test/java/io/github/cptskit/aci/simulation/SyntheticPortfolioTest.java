package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.SizeBandScale;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled portfolio keeps to the public counts it was fitted to (docs/portfolio.md). */
class SyntheticPortfolioTest {

    private static final Seq<Signatory> ALL = SyntheticPortfolio.signatories();

    private static long signedBy(LocalDate day) {
        return ALL.count(s -> !s.signature().isAfter(day));
    }

    @Test
    void followsThePublicCountsOfSignatories() {
        assertThat(signedBy(LocalDate.of(2021, 12, 31))).isEqualTo(173); // ameli, end of 2021
        assertThat(signedBy(LocalDate.of(2024, 2, 1))).isEqualTo(530); // FCPTS, 1 February 2024
        assertThat(signedBy(LocalDate.of(2025, 5, 31))).isBetween(700L, 730L); // "700 et quelques", May 2025
        double before2023 = signedBy(LocalDate.of(2022, 12, 31)) / (double) signedBy(LocalDate.of(2025, 5, 31));
        assertThat(before2023).isBetween(0.6184, 0.6284); // 62.34 % (FCPTS 2025 survey), ±0.5 point
        assertThat(ALL.map(Signatory::id).distinct()).hasSize(ALL.size());
    }

    @Test
    void hasTheMeanSizeReportedWithinFivePercent() {
        double mean = ALL.map(Signatory::population).sum().doubleValue() / ALL.size();
        assertThat(mean).isBetween(82_000 * 0.95, 82_000 * 1.05);
        // Every band is present (the survey's mix is not reached: docs/portfolio.md says why).
        SizeBandScale scale =
                SizeBandScale.bundledAt(LocalDate.of(2025, 1, 1)).get().value();
        for (SizeBand b : SizeBand.values()) {
            assertThat(ALL.count(s -> scale.bandOf(s.population()) == b))
                    .as(b.toString())
                    .isPositive();
        }
    }
}
