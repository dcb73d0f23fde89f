package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.aci.tariff.TariffRules;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    private static final Simulation SIM = Simulation.builder(
                    TariffRules.bundled(), NationalSimulationTest.portfolio(4, 80))
            .parameters(
                    ModelParameters.bundled().with("lettre.intention.active", 0).get())
            .years(2021, 2024)
            .build()
            .get();

    @Test
    void theTornadoRanksBySwingAndMovesTheWayTheModelSays() {
        SensitivityResult r = Sensitivity.run(SIM, 2024, new Sensitivity.Settings(1, 8, 0, 0), n -> {});
        assertThat(r.tornado()).hasSize(SIM.parameters().uncertain().size());
        assertThat(r.tornado().map(b -> Math.abs(b.swingCents())).toJavaList())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(swing(r, "realisation.moyenne")).isPositive();
        assertThat(swing(r, "tarif.quantile")).isPositive();
        assertThat(swing(r, "adhesion.qualite")).isPositive();
        // The letter-of-intent support is switched off: its amounts cannot move anything.
        assertThat(swing(r, "lettre.intention.taille3")).isZero();
        assertThat(r.sobol()).isEmpty();
    }

    @Test
    void sobolIndicesAreSharesOfTheVariance() {
        SensitivityResult r = Sensitivity.run(SIM, 2024, new Sensitivity.Settings(1, 2, 256, 50), n -> {});
        Sensitivity.SobolIndex top = r.sobol().head();
        assertThat(top.parameter().name()).isEqualTo("tarif.quantile");
        assertThat(top.withInteractions()).isBetween(0.5, 1.2);
        assertThat(top.firstLow()).isLessThanOrEqualTo(top.firstHigh());
        assertThat(r.sobol()).allMatch(s -> s.withInteractions() >= 0);
        Sensitivity.SobolIndex none = r.sobol()
                .find(s -> s.parameter().name().equals("lettre.intention.taille3"))
                .get();
        assertThat(none.withInteractions()).isZero();
        assertThat(none.firstOrder()).isCloseTo(0, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void aYearOutsideTheSimulationIsRefused() {
        assertThatThrownBy(() -> Sensitivity.run(SIM, 2030, Sensitivity.Settings.defaults(), n -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030");
    }

    @Test
    void onThePosteriorTheFittedParametersSpanTheirMarginals() {
        Simulation fitted = Simulation.builder(TariffRules.bundled(), NationalSimulationTest.portfolio(4, 80))
                .parameters(ModelParameters.bundledFitted())
                .years(2021, 2024)
                .build()
                .get();
        SensitivityResult r = Sensitivity.run(fitted, 2024, new Sensitivity.Settings(1, 2, 64, 20), true, n -> {});
        assertThat(r.onPosterior()).isTrue();
        double[] q = ModelParameters.bundledFitted()
                .posterior()
                .get()
                .quantiles("tarif.quantile")
                .get();
        Sensitivity.TornadoBar bar = r.tornado()
                .find(b -> b.parameter().name().equals("tarif.quantile"))
                .get();
        assertThat(bar.lowValue()).isEqualTo(q[0]);
        assertThat(bar.highValue()).isEqualTo(q[2]);
        // The posterior's tarif.quantile range (0.55-0.98) is narrower than the prior's (0-1): a smaller swing.
        SensitivityResult prior = Sensitivity.run(fitted, 2024, new Sensitivity.Settings(1, 2, 0, 0), false, n -> {});
        long priorSwing = prior.tornado()
                .find(b -> b.parameter().name().equals("tarif.quantile"))
                .get()
                .swingCents();
        assertThat(bar.swingCents()).isPositive().isLessThan(priorSwing);
        assertThat(r.sobol()).isNotEmpty();
        assertThatThrownBy(() -> Sensitivity.run(SIM, 2024, new Sensitivity.Settings(1, 2, 0, 0), true, n -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long swing(SensitivityResult r, String name) {
        return r.tornado().find(b -> b.parameter().name().equals(name)).get().swingCents();
    }
}
