package io.github.cptskit.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TerritoryPortfolioTest {

    private final CommuneRegistry registry = CommuneRegistry.bundled();

    private Commune commune(String code) {
        return registry.find(code).get();
    }

    @Test
    void findsEachCommuneClaimedTwiceWithItsClaimants() {
        Territory loiret = registry.territoryOf(registry.departement("45").get());
        Territory orleans =
                registry.territoryOf(registry.find("45234").get().epci().get());
        TerritoryPortfolio p = TerritoryPortfolio.empty()
                .with("CPTS Loiret", loiret)
                .with("CPTS Orléans", orleans)
                .with("CPTS Paris", Territory.of(commune("75056")));
        assertThat(p.overlaps()).hasSize(22);
        assertThat(p.overlaps().map(Overlap::commune)).containsExactlyElementsOf(orleans.communes());
        assertThat(p.overlaps().head().claimants()).containsExactly("CPTS Loiret", "CPTS Orléans");
    }

    @Test
    void noOverlapBetweenDisjointTerritories() {
        TerritoryPortfolio p = TerritoryPortfolio.of(
                LinkedHashMap.of("a", Territory.of(commune("75056")), "b", Territory.of(commune("69123"))));
        assertThat(p.overlaps()).isEmpty();
    }

    @Test
    void coverageByRegionAndDepartement() {
        Territory loiret = registry.territoryOf(registry.departement("45").get());
        TerritoryPortfolio p = TerritoryPortfolio.empty()
                .with("a", loiret)
                .with(
                        "b",
                        registry.territoryOf(registry.find("45234").get().epci().get()));

        Coverage centre = p.coverageByRegion().find(c -> c.code().equals("24")).get();
        assertThat(centre.name()).isEqualTo("Centre-Val de Loire");
        assertThat(centre.level()).isEqualTo(Coverage.Level.REGION);
        assertThat(centre.coveredPopulation()).isEqualTo(691_268); // counted once despite the overlap
        assertThat(centre.population()).isEqualTo(2_587_031);
        assertThat(centre.rate()).isEqualByComparingTo(new BigDecimal("0.267205"));
        assertThat(centre.percent()).isEqualByComparingTo(new BigDecimal("26.7"));

        Coverage dep45 =
                p.coverageByDepartement().find(c -> c.code().equals("45")).get();
        assertThat(dep45.rate()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(dep45.coveredCommunes()).isEqualTo(dep45.communes()).isEqualTo(325);

        Coverage corse = p.coverageByRegion().find(c -> c.code().equals("94")).get();
        assertThat(corse.rate()).isEqualByComparingTo(BigDecimal.ZERO);

        Coverage national = p.nationalCoverage();
        assertThat(national.population()).isEqualTo(68_952_941L);
        assertThat(national.coveredPopulation()).isEqualTo(691_268);
        Coverage aci = p.nationalCoverage("France métropolitaine et DROM", Zone.METRO, Zone.DROM);
        assertThat(aci.population()).isEqualTo(68_350_798L);
    }

    @Test
    void uninhabitedAreasHaveARateOfZero() {
        Coverage taaf = TerritoryPortfolio.empty()
                .with("x", registry.territoryOf(registry.departement("984").get()))
                .coverageByDepartement()
                .find(c -> c.code().equals("984"))
                .get();
        assertThat(taaf.population()).isZero();
        assertThat(taaf.coveredCommunes()).isEqualTo(5);
        assertThat(taaf.rate()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void theFirstAndLastCommunesOfTheRegistryOverlapToo() {
        Territory edges = Territory.of(commune("01001"), commune("98901"));
        TerritoryPortfolio p = TerritoryPortfolio.empty().with("a", edges).with("b", edges);
        assertThat(p.overlaps().map(o -> o.commune().code())).containsExactly("01001", "98901");
    }

    @Test
    void aPortfolioIsItsNamedTerritoriesInOrder() {
        Territory paris = Territory.of(commune("75056"));
        Territory lyon = Territory.of(commune("69123"));
        TerritoryPortfolio p =
                TerritoryPortfolio.empty().with("CPTS Paris", paris).with("CPTS Lyon", lyon);
        assertThat(p.territories().keySet()).containsExactly("CPTS Paris", "CPTS Lyon");
        assertThat(p).hasToString("TerritoryPortfolio[CPTS Paris, CPTS Lyon]");
        TerritoryPortfolio same = TerritoryPortfolio.of(LinkedHashMap.of("CPTS Paris", paris, "CPTS Lyon", lyon));
        assertThat(p).isEqualTo(same).hasSameHashCodeAs(same);
        TerritoryPortfolio moved = p.with("CPTS Lyon", Territory.of(commune("69259")));
        assertThat(moved.territories()).hasSize(2);
        assertThat(moved).isNotEqualTo(p);
        assertThat(moved.hashCode()).isNotEqualTo(p.hashCode());
        assertThat((Object) p).isNotEqualTo("TerritoryPortfolio[CPTS Paris, CPTS Lyon]");
        assertThat(TerritoryPortfolio.empty()).hasToString("TerritoryPortfolio[]");
    }

    @Test
    void sizeBandsAreNumberedOneToFourAsTheTextsDo() {
        for (SizeBand b : SizeBand.values()) {
            assertThat(SizeBand.ofNumber(b.number())).isEqualTo(b);
        }
        assertThat(SizeBand.TAILLE_1.number()).isEqualTo(1);
        assertThat(SizeBand.TAILLE_4.number()).isEqualTo(4);
        assertThat(SizeBand.ofNumber(3)).isEqualTo(SizeBand.TAILLE_3);
        for (int bad : new int[] {0, 5, -1}) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> SizeBand.ofNumber(bad))
                    .withMessage("size bands are numbered 1 to 4: " + bad);
        }
    }
}
