package io.github.cptskit.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static Coverage of(long covered, long population) {
        return new Coverage(Coverage.Level.REGION, "94", "Corse", covered, population, 0, 0);
    }

    @Test
    void rateIsTheExactFractionRounded() {
        Coverage c = of(1, 3);
        assertThat(c.rate()).isEqualTo(new BigDecimal("0.333333"));
        assertThat(c.rate(2)).isEqualTo(new BigDecimal("0.33"));
        assertThat(c.percent()).isEqualTo(new BigDecimal("33.3"));
        assertThat(of(2, 3).rate()).isEqualTo(new BigDecimal("0.666667"));
        assertThat(of(98, 100).percent()).isEqualTo(new BigDecimal("98.0"));
        assertThat(of(5, 5).rate()).isEqualTo(new BigDecimal("1.000000"));
        assertThat(of(0, 0).rate()).isEqualTo(new BigDecimal("0.000000"));
        assertThat(of(1, 3).toString()).isEqualTo("REGION 94 Corse: 1/3 (33.3 %)");
    }

    @Test
    void coveredCannotExceedTheWhole() {
        assertThatThrownBy(() -> of(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coverage(Coverage.Level.NATIONAL, "FR", "France", 0, 0, 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coverage(Coverage.Level.NATIONAL, "FR", "France", 0, 0, -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOverlapNeedsTwoClaimants() {
        Commune paris = CommuneRegistry.bundled().find("75056").get();
        assertThatThrownBy(() -> new Overlap(paris, List.of("a"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Overlap(paris, List.of("a", "b")).toString()).isEqualTo("75056 Paris claimed by a, b");
    }

    @Test
    void communesAreValuesOrderedByCode() {
        CommuneRegistry r = CommuneRegistry.bundled();
        Commune ajaccio = r.find("2A004").get();
        Commune paris = r.find("75056").get();
        assertThat(ajaccio)
                .isEqualTo(r.find("2a004").get())
                .hasSameHashCodeAs(r.find("2A004").get());
        assertThat(ajaccio).isNotEqualTo(paris).isNotEqualTo("2A004");
        assertThat(ajaccio.compareTo(paris)).isNegative();
        assertThat(paris.compareTo(ajaccio)).isPositive();
        assertThat(ajaccio.compareTo(r.find("2A004").get())).isZero();
        assertThat(ajaccio.toString()).isEqualTo("2A004 Ajaccio");
        assertThat(r.departement("2A").get().toString()).isEqualTo("Departement[2A Corse-du-Sud]");
        assertThat(r.region("94").get().toString()).isEqualTo("Region[94 Corse]");
        assertThat(r.epci("200046977").get().toString()).isEqualTo("Epci[200046977 Métropole de Lyon]");
        assertThat(r.epci("000000000")).isEmpty();
        assertThat(r.region("99")).isEmpty();
        assertThat(r.departement("20")).isEmpty();
    }
}
