package io.github.cptskit.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

// Expected figures are those of the source data set (COG 2026, populations légales in communes.json).
// The registry is loaded afresh for this class, so that what the loader does is tested (bundled() is
// loaded once per JVM).
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommuneRegistryTest {

    private final CommuneRegistry registry = CommuneRegistry.load();

    @Test
    void holdsEveryCurrentCommuneOfCog2026() {
        assertThat(registry.size()).isEqualTo(34_969);
        assertThat(registry.communes()).hasSize(34_969);
        assertThat(registry.regions()).hasSize(26);
        assertThat(registry.departements()).hasSize(109);
        assertThat(registry.epcis()).hasSize(1_255);
        assertThat(registry.communes()
                        .map(Commune::code)
                        .sliding(2)
                        .forAll(p -> p.get(0).compareTo(p.get(1)) < 0))
                .isTrue();
    }

    @Test
    void isLoadedOnce() {
        assertThat(CommuneRegistry.bundled()).isSameAs(CommuneRegistry.bundled());
        assertThat(CommuneRegistry.bundled().size()).isEqualTo(registry.size());
    }

    @Test
    void findsRealCommunesWithTheirPopulations() {
        Commune paris = registry.find("75056").get();
        assertThat(paris.name()).isEqualTo("Paris");
        assertThat(paris.population()).isEqualTo(2_103_778);
        assertThat(paris.departementCode()).isEqualTo("75");
        assertThat(paris.regionCode()).isEqualTo("11");
        assertThat(paris.region().name()).isEqualTo("Île-de-France");

        Commune ajaccio = registry.find("2A004").get();
        assertThat(ajaccio.name()).isEqualTo("Ajaccio");
        assertThat(ajaccio.population()).isEqualTo(76_320);
        assertThat(ajaccio.departement().name()).isEqualTo("Corse-du-Sud");
        assertThat(ajaccio.region().name()).isEqualTo("Corse");

        Commune saintDenis = registry.find("97411").get();
        assertThat(saintDenis.name()).isEqualTo("Saint-Denis");
        assertThat(saintDenis.population()).isEqualTo(155_634);
        assertThat(saintDenis.departement().name()).isEqualTo("La Réunion");
        assertThat(saintDenis.departement().zone()).isEqualTo(Zone.DROM);
        assertThat(saintDenis.regionCode()).isEqualTo("04");

        Commune lyon = registry.find("69123").get();
        assertThat(lyon.name()).isEqualTo("Lyon");
        assertThat(lyon.population()).isEqualTo(519_127);
        assertThat(lyon.epci().get().name()).isEqualTo("Métropole de Lyon");
        assertThat(lyon.epci().get().kind()).isEqualTo(Epci.Kind.MET69);
    }

    @Test
    void acceptsUsualSpellingsOfACode() {
        assertThat(registry.find(" 2a004 ")).isEqualTo(registry.find("2A004"));
        assertThat(registry.find("2B033").get().name()).isEqualTo("Bastia");
    }

    @Test
    void unknownAndNonCurrentCodesAreNotCommunes() {
        assertThat(registry.find("99999")).isEmpty();
        assertThat(registry.find("75115")).isEmpty(); // a municipal arrondissement of Paris
        assertThat(registry.currentCommuneOf("75115").get().code()).isEqualTo("75056");
        assertThat(registry.currentCommuneOf("69381").get().code()).isEqualTo("69123");
        assertThat(registry.currentCommuneOf("75056").get().code()).isEqualTo("75056");
        assertThat(registry.currentCommuneOf("99999")).isEmpty();
    }

    @Test
    void nationalPopulationIsTheSumOfTheCommunes() {
        long sum = registry.communes().map(Commune::population).sum().longValue();
        assertThat(registry.population()).isEqualTo(sum).isEqualTo(68_952_941L);
        assertThat(registry.all().population()).isEqualTo(sum);
    }

    @Test
    void uninhabitedTerritoriesHaveNoLegalPopulation() {
        Seq<Commune> without =
                registry.communes().filter(c -> c.legalPopulation().isEmpty());
        assertThat(without.map(Commune::code)).containsExactly("98411", "98412", "98413", "98414", "98415", "98901");
        assertThat(without.map(Commune::population).distinct()).containsExactly(0L);
        assertThat(registry.find("75056").get().legalPopulation().get()).isEqualTo(2_103_778L);
    }

    @Test
    void someIslandsBelongToNoEpci() {
        assertThat(registry.find("29083").get().epci()).isEmpty(); // Île-de-Sein
        assertThat(registry.communes().count(c -> c.epci().isEmpty())).isEqualTo(98);
    }

    @Test
    void givesTheCommunesOfAnEpciADepartementAndARegion() {
        Epci lyon = registry.epci("200046977").get();
        Territory metropole = registry.territoryOf(lyon);
        assertThat(metropole.size()).isEqualTo(58);
        assertThat(metropole.population()).isEqualTo(1_436_354);
        assertThat(metropole.communes().forAll(c -> c.epci().contains(lyon))).isTrue();

        assertThat(registry.territoryOf(registry.departement("45").get()).population())
                .isEqualTo(691_268);
        assertThat(registry.territoryOf(registry.departement("2a").get()).size())
                .isEqualTo(124);
        assertThat(registry.territoryOf(registry.region("24").get()).population())
                .isEqualTo(2_587_031);
        assertThat(registry.departement("975").get().zone()).isEqualTo(Zone.COM);
    }

    @Test
    void everyEpciCommuneIsInItsEpciTerritory() {
        int members =
                registry.epcis().map(e -> registry.territoryOf(e).size()).sum().intValue();
        assertThat(members).isEqualTo(34_969 - 98);
    }

    @Test
    void resolvesUserCodesIntoATerritory() {
        Validation<Seq<Problem>, Territory> t = registry.territory(List.of("2A004", " 2a017", "2B033"));
        assertThat(t.isValid()).isTrue();
        assertThat(t.get().population()).isEqualTo(76_320 + 1_749 + 46_867);
    }

    @Test
    void reportsEveryBadCodeAtOnce() {
        Validation<Seq<Problem>, Territory> t =
                registry.territory(List.of("75056", "7505", "99999", "75115", "75056", "2C001"));
        assertThat(t.isInvalid()).isTrue();
        assertThat(t.getError().map(Problem::code))
                .containsExactly(
                        "TERRITORY_MALFORMED_COMMUNE_CODE",
                        "TERRITORY_UNKNOWN_COMMUNE",
                        "TERRITORY_NOT_A_CURRENT_COMMUNE",
                        "TERRITORY_DUPLICATE_COMMUNE",
                        "TERRITORY_MALFORMED_COMMUNE_CODE");
        assertThat(t.getError().get(2).messageEn()).contains("75115", "75056 Paris", "municipal arrondissement");
        assertThat(t.getError().get(2).messageFr()).contains("arrondissement municipal de 75056 Paris");
        assertThat(t.getError().get(1).messageFr()).contains("99999", "position 3");
    }

    @Test
    void carriesTheAttributionTheLicenceAsksFor() {
        assertThat(registry.attribution())
                .isEqualTo("Source : INSEE, Code officiel géographique 2026 et populations légales, via "
                        + "@etalab/decoupage-administratif 6.0.0 (Licence Ouverte)");
    }
}
