package io.github.cptskit.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.law.Confidence;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TerritoryTest {

    private final CommuneRegistry registry = CommuneRegistry.bundled();

    private Commune commune(String code) {
        return registry.find(code).get();
    }

    @Test
    void populationIsTheSumOfItsCommunes() {
        Territory t = Territory.of(commune("2A004"), commune("2A017"), commune("2A004"));
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.population()).isEqualTo(76_320 + 1_749);
        assertThat(t.communes().map(Commune::code)).containsExactly("2A004", "2A017");
    }

    @Test
    void emptyTerritory() {
        assertThat(Territory.empty().isEmpty()).isTrue();
        assertThat(Territory.empty().population()).isZero();
        assertThat(Territory.of(List.empty())).isEqualTo(Territory.empty());
        assertThat(Territory.empty()
                        .sizeBand(SizeBandScale.bundledAt(LocalDate.of(2024, 1, 1))
                                .get()
                                .value()))
                .isEqualTo(SizeBand.TAILLE_1);
    }

    @Test
    void sizeBandOfARealTerritory() {
        Territory corse = registry.territoryOf(registry.departement("2A").get())
                .union(registry.territoryOf(registry.departement("2B").get()));
        assertThat(corse.population()).isEqualTo(168_306 + 187_180);
        var band = corse.sizeBandOn(LocalDate.of(2025, 6, 1)).get();
        assertThat(band.value()).isEqualTo(SizeBand.TAILLE_4);
        assertThat(band.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(corse.sizeBandOn(LocalDate.of(2019, 1, 1))).isEmpty();

        Territory ajaccio = Territory.of(commune("2A004"));
        SizeBandScale scale = new SizeBandScale(40_000, 80_000, 175_000, SizeBandScale.Boundary.LOWER_BOUND_INCLUSIVE);
        assertThat(ajaccio.sizeBand(scale)).isEqualTo(SizeBand.TAILLE_2);
    }

    @Test
    void departementsAndRegionsItTouches() {
        Territory t = Territory.of(commune("75056"), commune("2B033"), commune("2A004"), commune("97411"));
        assertThat(t.departements().map(Departement::code)).containsExactly("2A", "2B", "75", "974");
        assertThat(t.regions().map(Region::code)).containsExactly("04", "11", "94");
    }

    @Test
    void unionIntersectionAndContains() {
        Territory a = Territory.of(commune("75056"), commune("69123"));
        Territory b = Territory.of(commune("69123"), commune("2A004"));
        Territory union = a.union(b);
        assertThat(union.communes().map(Commune::code)).containsExactly("2A004", "69123", "75056");
        assertThat(union.population()).isEqualTo(2_103_778 + 519_127 + 76_320);
        assertThat(a.intersection(b)).isEqualTo(Territory.of(commune("69123")));
        assertThat(union.contains(commune("2A004"))).isTrue();
        assertThat(a.contains(commune("2A004"))).isFalse();
        assertThat(union.containsAll(a)).isTrue();
        assertThat(a.containsAll(union)).isFalse();
        assertThat(a.union(b)).isEqualTo(b.union(a)).hasSameHashCodeAs(b.union(a));
        assertThat(a).hasToString("Territory[2 communes, population 2622905: 69123 Lyon, 75056 Paris]");
        assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
        assertThat(a).isNotEqualTo(b);
        assertThat((Object) a).isNotEqualTo(a.toString());
        assertThat(Territory.empty()).hasToString("Territory[0 communes, population 0]");
    }

    @Test
    void longTerritoriesShowTheirFirstFiveCommunes() {
        Territory six =
                Territory.of(commune("01001"), commune("01002"), commune("01004"), commune("01005"), commune("01006"));
        assertThat(six.toString())
                .startsWith("Territory[5 communes, population ")
                .doesNotContain("…");
        assertThat(six.union(Territory.of(commune("01007"))).toString())
                .endsWith(", 01006 Ambléon, …]")
                .doesNotContain("01007");
    }
}
