package io.github.cptskit.core.territory;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * The territories of a set of CPTS, by name: what an ARS, the Assurance Maladie or a researcher
 * looks at to find communes claimed twice ({@link #overlaps()}) and the share of the population
 * covered by a CPTS, per département, per region and nationally.
 *
 * <pre>{@code
 * TerritoryPortfolio p = TerritoryPortfolio.empty()
 *         .with("CPTS du Grand Ajaccio", ajaccio)
 *         .with("CPTS Sud Corse", sud);
 * p.overlaps();            // communes in both
 * p.coverageByRegion();    // one Coverage per region
 * p.nationalCoverage();    // the whole registry
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TerritoryPortfolio {

    private static final TerritoryPortfolio EMPTY = new TerritoryPortfolio(LinkedHashMap.empty());

    private final Map<String, Territory> territories;

    private TerritoryPortfolio(Map<String, Territory> territories) {
        this.territories = territories;
    }

    /**
     * The portfolio with no CPTS.
     *
     * @return the empty portfolio
     */
    public static TerritoryPortfolio empty() {
        return EMPTY;
    }

    /**
     * A portfolio from territories by CPTS name, in the map's order.
     *
     * @param territories the territory of each CPTS
     * @return the portfolio
     */
    public static TerritoryPortfolio of(Map<String, Territory> territories) {
        return new TerritoryPortfolio(LinkedHashMap.ofEntries(Objects.requireNonNull(territories, "territories")));
    }

    /**
     * A portfolio from a {@code java.util.Map} of territories by CPTS name, in the map's iteration order
     * (decision record 0004).
     *
     * @param territories the territory of each CPTS
     * @return the portfolio
     */
    public static TerritoryPortfolio of(java.util.Map<String, Territory> territories) {
        return of(LinkedHashMap.ofAll(Objects.requireNonNull(territories, "territories")));
    }

    /**
     * This portfolio with one more CPTS, or with the territory of a CPTS of the same name replaced.
     *
     * @param name the CPTS's name
     * @param territory its territory
     * @return a new portfolio
     */
    public TerritoryPortfolio with(String name, Territory territory) {
        return new TerritoryPortfolio(
                territories.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(territory, "territory")));
    }

    /**
     * The territories by CPTS name.
     *
     * @return the territories, in insertion order
     */
    public Map<String, Territory> territories() {
        return territories;
    }

    /**
     * The communes covered by at least one CPTS.
     *
     * @return the union of all territories
     */
    public Territory covered() {
        return territories.values().foldLeft(Territory.empty(), Territory::union);
    }

    /**
     * Every commune claimed by two CPTS or more, in code order, with the names of the CPTS that
     * claim it.
     *
     * @return the overlaps, empty when territories are disjoint
     */
    public Seq<Overlap> overlaps() {
        CommuneRegistry registry = CommuneRegistry.bundled();
        int[] claims = new int[registry.size()];
        for (Territory t : territories.values()) {
            for (int i : t.indexes()) {
                claims[i]++;
            }
        }
        List<Overlap> result = List.empty();
        for (int i = claims.length - 1; i >= 0; i--) {
            if (claims[i] > 1) {
                Commune commune = registry.communeAt(i);
                Seq<String> names = territories
                        .filter(e -> e._2.contains(commune))
                        .map(Tuple2::_1)
                        .toList();
                result = result.prepend(new Overlap(commune, names));
            }
        }
        return result;
    }

    /**
     * The coverage of each département, in code order.
     *
     * @return one coverage per département of the registry
     */
    public Seq<Coverage> coverageByDepartement() {
        CommuneRegistry registry = CommuneRegistry.bundled();
        Tally tally = new Tally(registry.departements().size());
        tally.count(registry, coveredMask(registry), registry::departementIndexOf);
        return registry.departements()
                .zipWithIndex()
                .map(d -> tally.coverage(Coverage.Level.DEPARTEMENT, d._1.code(), d._1.name(), d._2));
    }

    /**
     * The coverage of each region, in code order.
     *
     * @return one coverage per region of the registry
     */
    public Seq<Coverage> coverageByRegion() {
        CommuneRegistry registry = CommuneRegistry.bundled();
        Tally tally = new Tally(registry.regions().size());
        tally.count(registry, coveredMask(registry), i -> registry.regionIndexOf(registry.departementIndexOf(i)));
        return registry.regions()
                .zipWithIndex()
                .map(r -> tally.coverage(Coverage.Level.REGION, r._1.code(), r._1.name(), r._2));
    }

    /**
     * The coverage of every commune of the registry, overseas collectivities included.
     *
     * @return the national coverage, code {@code FR}
     */
    public Coverage nationalCoverage() {
        return nationalCoverage("France", Zone.values());
    }

    /**
     * The coverage of the communes in some zones, such as metropolitan France and the DROM, where the
     * ACI applies.
     *
     * @param name a name for the area, such as "France métropolitaine et DROM"
     * @param zones the zones counted
     * @return the coverage, code {@code FR}
     */
    public Coverage nationalCoverage(String name, Zone... zones) {
        CommuneRegistry registry = CommuneRegistry.bundled();
        EnumSet<Zone> keep = EnumSet.noneOf(Zone.class);
        keep.addAll(Arrays.asList(zones));
        Tally tally = new Tally(2);
        tally.count(
                registry,
                coveredMask(registry),
                i -> keep.contains(registry.communeAt(i).departement().zone()) ? 0 : 1);
        return tally.coverage(Coverage.Level.NATIONAL, "FR", name, 0);
    }

    private boolean[] coveredMask(CommuneRegistry registry) {
        boolean[] covered = new boolean[registry.size()];
        for (Territory t : territories.values()) {
            for (int i : t.indexes()) {
                covered[i] = true;
            }
        }
        return covered;
    }

    /** Populations and commune counts per area, summed in one pass over the registry. */
    private static final class Tally {
        private final long[] covered;
        private final long[] population;
        private final int[] coveredCommunes;
        private final int[] communes;

        Tally(int areas) {
            covered = new long[areas];
            population = new long[areas];
            coveredCommunes = new int[areas];
            communes = new int[areas];
        }

        void count(CommuneRegistry registry, boolean[] mask, IntUnaryOperator areaOf) {
            for (int i = 0; i < mask.length; i++) {
                int area = areaOf.applyAsInt(i);
                long p = registry.communeAt(i).population();
                communes[area]++;
                population[area] += p;
                if (mask[i]) {
                    coveredCommunes[area]++;
                    covered[area] += p;
                }
            }
        }

        Coverage coverage(Coverage.Level level, String code, String name, int area) {
            return new Coverage(
                    level, code, name, covered[area], population[area], coveredCommunes[area], communes[area]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TerritoryPortfolio other && territories.equals(other.territories);
    }

    @Override
    public int hashCode() {
        return territories.hashCode();
    }

    @Override
    public String toString() {
        return "TerritoryPortfolio" + territories.keySet().mkString("[", ", ", "]");
    }

    /**
     * {@link #territories()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, Territory> territoriesMap() {
        return java.util.Collections.unmodifiableMap(territories().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * {@link #overlaps()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Overlap> overlapsList() {
        return overlaps().asJava();
    }

    /**
     * {@link #coverageByDepartement()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Coverage> coverageByDepartementList() {
        return coverageByDepartement().asJava();
    }

    /**
     * {@link #coverageByRegion()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Coverage> coverageByRegionList() {
        return coverageByRegion().asJava();
    }
}
