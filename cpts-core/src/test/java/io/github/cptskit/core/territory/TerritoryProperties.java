package io.github.cptskit.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TerritoryProperties {

    private static final CommuneRegistry REGISTRY = CommuneRegistry.bundled();

    /** A random subset of the registry, possibly with repeats, as communes. */
    private static Gen<List<Commune>> communes(int max) {
        return lists().of(integers().between(0, REGISTRY.size() - 1))
                .ofSizeBetween(0, max)
                .map(l -> l.stream().map(i -> REGISTRY.communes().get(i)).toList());
    }

    @Test
    void populationIsTheSumOfItsDistinctCommunes() {
        qt().forAll(communes(300)).checkAssert(cs -> {
            Territory t = Territory.of(cs);
            long expected =
                    HashSet.ofAll(cs).toList().map(Commune::population).sum().longValue();
            assertThat(t.population()).isEqualTo(expected);
            assertThat(t.size()).isEqualTo(HashSet.ofAll(cs).size());
            assertThat(cs.stream().allMatch(t::contains)).isTrue();
        });
    }

    @Test
    void unionPopulationIsAtMostTheSumAndAtLeastEachPart() {
        qt().forAll(communes(200), communes(200)).checkAssert((x, y) -> {
            Territory a = Territory.of(x);
            Territory b = Territory.of(y);
            Territory u = a.union(b);
            assertThat(u.population()).isLessThanOrEqualTo(a.population() + b.population());
            assertThat(u.population()).isGreaterThanOrEqualTo(Math.max(a.population(), b.population()));
            assertThat(u.population() + a.intersection(b).population()).isEqualTo(a.population() + b.population());
            assertThat(u.containsAll(a) && u.containsAll(b)).isTrue();
            assertThat(u).isEqualTo(b.union(a));
        });
    }

    @Test
    void overlapsAreExactlyTheCommunesClaimedTwice() {
        qt().withExamples(200)
                .forAll(communes(150), communes(150), communes(150))
                .checkAssert((x, y, z) -> {
                    Map<String, Territory> ts = io.vavr.collection.LinkedHashMap.of(
                            "x", Territory.of(x), "y", Territory.of(y), "z", Territory.of(z));
                    TerritoryPortfolio p = TerritoryPortfolio.of(ts);
                    Map<Commune, Seq<String>> claims = HashMap.empty();
                    for (var e : ts) {
                        for (Commune c : e._2.communes()) {
                            claims = claims.put(
                                    c, claims.get(c).getOrElse(Vector.empty()).append(e._1));
                        }
                    }
                    Map<Commune, Seq<String>> expected = claims.filter(e -> e._2.size() >= 2);
                    Seq<Overlap> overlaps = p.overlaps();
                    assertThat(overlaps.size()).isEqualTo(expected.size());
                    for (Overlap o : overlaps) {
                        assertThat(o.claimants().toList())
                                .isEqualTo(expected.get(o.commune()).get().toList());
                    }
                });
    }

    @Test
    void coverageRatesLieBetweenZeroAndOne() {
        qt().withExamples(20).forAll(communes(2_000), communes(2_000)).checkAssert((x, y) -> {
            TerritoryPortfolio p =
                    TerritoryPortfolio.empty().with("x", Territory.of(x)).with("y", Territory.of(y));
            Seq<Coverage> all =
                    p.coverageByRegion().appendAll(p.coverageByDepartement()).append(p.nationalCoverage());
            for (Coverage c : all) {
                assertThat(c.rate()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                assertThat(c.coveredPopulation()).isBetween(0L, c.population());
            }
            assertThat(p.nationalCoverage().coveredPopulation())
                    .isEqualTo(p.covered().population());
            long byRegion =
                    p.coverageByRegion().map(Coverage::coveredPopulation).sum().longValue();
            assertThat(byRegion).isEqualTo(p.covered().population());
        });
    }
}
