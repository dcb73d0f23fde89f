package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cptskit.core.territory.SizeBand;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue #24 (8): {@code TariffRules.on(day)} builds each period's tariff once and re-dates it; a day
 * gets the same figures and sources as a tariff built afresh for it, with its own day.
 */
class TariffPeriodsTest {

    @Test
    void everyDayGetsTheFiguresOfItsPeriodAndItsOwnDay() {
        TariffRules cached = TariffRules.bundled();
        qt().forAll(integers().between(0, 4_000)).checkAssert(n -> {
            LocalDate day = LocalDate.of(2019, 8, 25).plusDays(n);
            Tariff t = cached.on(day).get();
            // rules made anew have an empty cache: the tariff built from scratch for that day
            Tariff fresh = TariffRules.bundled()
                    .with("contrat.duree.annees", "5")
                    .get()
                    .on(day)
                    .get();
            assertThat(t.day()).isEqualTo(day);
            assertThat(t.version()).isEqualTo(fresh.version());
            assertThat(t.scale()).isEqualTo(fresh.scale());
            for (SizeBand b : SizeBand.values()) {
                assertThat(t.fonctionnementCents(b)).isEqualTo(fresh.fonctionnementCents(b));
                assertThat(t.ceilingCents(b)).isEqualTo(fresh.ceilingCents(b));
                for (Mission m : Mission.values()) {
                    assertThat(t.inForce(m)).isEqualTo(fresh.inForce(m));
                    if (t.inForce(m)) {
                        assertThat(t.fixedCents(m, b)).isEqualTo(fresh.fixedCents(m, b));
                        assertThat(t.variableCents(m, b)).isEqualTo(fresh.variableCents(m, b));
                    }
                }
            }
            assertThat(t.source("plafond.taille4")).isEqualTo(fresh.source("plafond.taille4"));
        });
        // the avenant's day and the accord's day do not share a tariff
        assertThat(cached.on(LocalDate.of(2022, 3, 31)).get().version()).isEqualTo("accord-2019");
        assertThat(cached.on(LocalDate.of(2022, 4, 1)).get().version()).isEqualTo("avenant-2");
        assertThat(cached.on(LocalDate.of(2019, 8, 24)).isInvalid()).isTrue();
    }
}
