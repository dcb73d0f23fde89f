package io.github.cptskit.core.territory;

import io.github.cptskit.core.internal.territory.CommuneTable;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Array;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The 34,969 current French communes of the Code officiel géographique 2026, with their populations
 * légales, départements, regions and EPCI, bundled in cpts-core.
 *
 * <p>Source : INSEE, Code officiel géographique 2026 et populations légales, via
 * {@code @etalab/decoupage-administratif} 6.0.0 (Licence Ouverte). The data is read from a resource of
 * the jar the first time {@link #bundled()} is called, once, and never changes afterwards. Codes and
 * names stay bytes until a commune is asked for (a binary search on the sorted codes, then the commune
 * is built once and kept), so that the first load stays short (cold start, issue #16). See {@code docs/data.md} for the source, its checksum and how the resource
 * is regenerated.
 *
 * <pre>{@code
 * CommuneRegistry registry = CommuneRegistry.bundled();
 * Commune paris = registry.find("75056").get();
 * Territory t = registry.territory(List.of("75056", "92012")).get();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommuneRegistry {

    private final String attribution;
    private final CommuneTable table;
    // Built on first use, one slot per commune: a commune is an immutable object with final fields, so
    // a racing thread may at worst build an equal twin (Commune equality is by code).
    private final Commune[] communes;
    private final Region[] regions;
    private final Map<String, Region> regionsByCode;
    private final Departement[] departements;
    private final Map<String, Departement> departementsByCode;
    private final Epci[] epcis;
    private final Map<String, Integer> epciIndexes;
    private final int[][] epciMembers;
    private final Map<String, Integer> formerIndexes;
    private final int[] formerKinds;
    private final int[] formerCurrents;
    private final String[] formerNames;
    private final long population;
    private final int[] communeDepartements;
    private final int[] departementRegions;

    // Plain loops and arrays, no lambda and no Vavr collection: this runs once, cold, on the first call.
    private CommuneRegistry(CommuneTable t) {
        attribution = t.header.lines().findFirst().orElse("");
        Zone[] zones = Zone.values();
        Epci.Kind[] kinds = Epci.Kind.values();

        regions = new Region[t.regionCodes.length];
        regionsByCode = new HashMap<>(capacity(regions.length));
        for (int i = 0; i < regions.length; i++) {
            regions[i] = new Region(t.regionCodes[i], t.regionNames[i]);
            regionsByCode.put(regions[i].code(), regions[i]);
        }
        departements = new Departement[t.departementCodes.length];
        departementsByCode = new HashMap<>(capacity(departements.length));
        for (int i = 0; i < departements.length; i++) {
            departements[i] = new Departement(
                    t.departementCodes[i],
                    t.departementNames[i],
                    regions[t.departementRegions[i]],
                    zones[t.departementZones[i]]);
            departementsByCode.put(departements[i].code(), departements[i]);
        }
        epcis = new Epci[t.epciSirens.length];
        epciIndexes = new HashMap<>(capacity(epcis.length));
        for (int i = 0; i < epcis.length; i++) {
            epcis[i] = new Epci(t.epciSirens[i], kinds[t.epciKinds[i]], t.epciNames[i]);
            epciIndexes.put(epcis[i].siren(), i);
        }

        table = t;
        int n = t.communeCount;
        communes = new Commune[n];
        int[] memberCounts = new int[epcis.length];
        long total = 0;
        int[] populations = t.communePopulations;
        int[] communeEpcis = t.communeEpcis;
        for (int i = 0; i < n; i++) {
            int e = communeEpcis[i];
            if (e != CommuneTable.NO_EPCI) {
                memberCounts[e]++;
            }
            total += Math.max(0, populations[i]);
        }
        if (total != t.totalPopulation) {
            throw new IllegalStateException(
                    "commune populations add up to " + total + ", the resource says " + t.totalPopulation);
        }
        population = total;
        // Communes are in code order, so each EPCI's member positions come out sorted.
        epciMembers = new int[epcis.length][];
        for (int e = 0; e < epcis.length; e++) {
            epciMembers[e] = new int[memberCounts[e]];
            memberCounts[e] = 0;
        }
        for (int i = 0; i < n; i++) {
            int e = t.communeEpcis[i];
            if (e != CommuneTable.NO_EPCI) {
                epciMembers[e][memberCounts[e]++] = i;
            }
        }

        formerIndexes = new HashMap<>(capacity(t.formerCodes.length));
        for (int i = 0; i < t.formerCodes.length; i++) {
            formerIndexes.put(t.formerCodes[i], i);
        }
        communeDepartements = t.communeDepartements;
        departementRegions = t.departementRegions;
        formerKinds = t.formerKinds;
        formerCurrents = t.formerCurrents;
        formerNames = t.formerNames;
    }

    private static int capacity(int size) {
        return size * 4 / 3 + 1;
    }

    /** Loads the registry on first use only; the JVM guarantees it happens once, thread-safely. */
    private static final class Holder {
        static final CommuneRegistry INSTANCE = load();
    }

    /** A fresh registry from the bundled resource: {@link #bundled()} keeps one; tests load their own. */
    static CommuneRegistry load() {
        return new CommuneRegistry(CommuneTable.load());
    }

    /**
     * The registry bundled with cptskit: COG 2026 and the populations légales it carries. Loaded on
     * the first call (about 35,000 rows from a 480 kB resource), then shared.
     *
     * @return the registry
     */
    public static CommuneRegistry bundled() {
        return Holder.INSTANCE;
    }

    /**
     * The commune with a current INSEE code. Surrounding spaces are ignored and the Corsican letters
     * may be in lower case.
     *
     * @param code an INSEE commune code, such as {@code 75056} or {@code 2A004}
     * @return the commune, or none if no current commune has this code
     */
    public Option<Commune> find(String code) {
        Commune c = byCode(normalise(java.util.Objects.requireNonNull(code, "code")));
        return c == null ? Option.none() : Option.some(c);
    }

    /** The commune with a normalised current code, or null. */
    private Commune byCode(String code) {
        int i = table.indexOfCode(code);
        return i < 0 ? null : communeAt(i);
    }

    /**
     * All current communes of this registry, in code order.
     *
     * @return the 34,969 communes of COG 2026 for the bundled registry
     */
    public IndexedSeq<Commune> communes() {
        // The bundled registry shares one view; any other registry gives its own communes.
        return this == Holder.INSTANCE ? AllCommunes.SEQ : Array.of(all(this));
    }

    private static Commune[] all(CommuneRegistry r) {
        Commune[] out = new Commune[r.communes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.communeAt(i);
        }
        return out;
    }

    /** The Vavr view of all communes, built on first use only so that loading needs no Vavr class. */
    private static final class AllCommunes {
        static final IndexedSeq<Commune> SEQ = Array.of(all(Holder.INSTANCE));
    }

    /**
     * The commune at a registry index; for territories.
     *
     * @param index 0 to the number of communes, excluded
     * @return the commune
     */
    Commune communeAt(int index) {
        Commune c = communes[index];
        if (c == null) {
            int e = table.communeEpcis[index];
            c = new Commune(
                    index,
                    table.communeCode(index),
                    table.communeName(index),
                    departements[table.communeDepartements[index]],
                    table.communePopulations[index],
                    e == CommuneTable.NO_EPCI ? null : epcis[e]);
            communes[index] = c;
        }
        return c;
    }

    /** The population of the commune at a registry position, without building the commune. */
    long populationAt(int index) {
        return Math.max(0, table.communePopulations[index]);
    }

    /** The position of the département of the commune at a registry position, in {@link #departements()}. */
    int departementIndexOf(int communeIndex) {
        return communeDepartements[communeIndex];
    }

    /** The position of the region of the département at a position, in {@link #regions()}. */
    int regionIndexOf(int departementIndex) {
        return departementRegions[departementIndex];
    }

    /**
     * The number of current communes.
     *
     * @return 34,969 for COG 2026
     */
    public int size() {
        return communes.length;
    }

    /**
     * The population of all communes together (France, overseas collectivities included).
     *
     * @return the total population
     */
    public long population() {
        return population;
    }

    /**
     * All regions, in code order.
     *
     * @return the regions
     */
    public Seq<Region> regions() {
        return Array.of(regions);
    }

    /**
     * The region with a code.
     *
     * @param code the INSEE region code, such as {@code 24}
     * @return the region, if any
     */
    public Option<Region> region(String code) {
        return Option.of(regionsByCode.get(code.strip()));
    }

    /**
     * All départements, in code order.
     *
     * @return the départements
     */
    public Seq<Departement> departements() {
        return Array.of(departements);
    }

    /**
     * The département with a code.
     *
     * @param code the INSEE département code, such as {@code 2A} or {@code 974}
     * @return the département, if any
     */
    public Option<Departement> departement(String code) {
        return Option.of(departementsByCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * All EPCI à fiscalité propre, in SIREN order.
     *
     * @return the 1,255 EPCI of 2026
     */
    public Seq<Epci> epcis() {
        return Array.of(epcis);
    }

    /**
     * The EPCI with a SIREN number.
     *
     * @param siren the EPCI's SIREN, 9 digits
     * @return the EPCI, if any
     */
    public Option<Epci> epci(String siren) {
        Integer i = epciIndexes.get(siren.strip());
        return i == null ? Option.none() : Option.some(epcis[i]);
    }

    /**
     * The communes of an EPCI, as a territory.
     *
     * @param epci an EPCI of this registry
     * @return its communes
     */
    public Territory territoryOf(Epci epci) {
        Integer i = epciIndexes.get(epci.siren());
        return i == null || !epcis[i].equals(epci)
                ? Territory.empty()
                : Territory.ofSortedIndexes(epciMembers[i].clone());
    }

    /**
     * The communes of a département, as a territory.
     *
     * @param departement a département
     * @return its communes
     */
    public Territory territoryOf(Departement departement) {
        return select(c -> c.departement().equals(departement));
    }

    /**
     * The communes of a region, as a territory.
     *
     * @param region a region
     * @return its communes
     */
    public Territory territoryOf(Region region) {
        return select(c -> c.region().equals(region));
    }

    /**
     * Every commune, as a territory.
     *
     * @return the whole registry
     */
    public Territory all() {
        int[] indexes = new int[communes.length];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        return Territory.ofSortedIndexes(indexes);
    }

    private Territory select(java.util.function.Predicate<Commune> keep) {
        int[] indexes = new int[communes.length];
        int n = 0;
        for (int i = 0; i < communes.length; i++) {
            if (keep.test(communeAt(i))) {
                indexes[n++] = i;
            }
        }
        return Territory.ofSortedIndexes(java.util.Arrays.copyOf(indexes, n));
    }

    /**
     * The current commune that a former or sub-municipal code now belongs to: a commune déléguée or
     * associée merged into a commune nouvelle, or a municipal arrondissement of Paris, Lyon or
     * Marseille. A current code gives its own commune.
     *
     * @param code an INSEE code, current or not
     * @return the current commune it belongs to, if the code is known at all
     */
    public Option<Commune> currentCommuneOf(String code) {
        String c = normalise(java.util.Objects.requireNonNull(code, "code"));
        Commune current = byCode(c);
        if (current != null) {
            return Option.some(current);
        }
        Integer former = formerIndexes.get(c);
        return former == null ? Option.none() : Option.some(communeAt(formerCurrents[former]));
    }

    /**
     * Resolves a list of INSEE codes typed by a user into a territory, reporting every code that is
     * malformed ({@code TERRITORY_MALFORMED_COMMUNE_CODE}), that is not a current commune
     * ({@code TERRITORY_UNKNOWN_COMMUNE}; a former commune or a municipal arrondissement is named with
     * the current commune to use instead, code {@code TERRITORY_NOT_A_CURRENT_COMMUNE}) or that is
     * listed twice ({@code TERRITORY_DUPLICATE_COMMUNE}).
     *
     * @param codes the codes, as typed
     * @return the territory, or every problem found
     */
    public Validation<Seq<Problem>, Territory> territory(Iterable<String> codes) {
        java.util.Objects.requireNonNull(codes, "codes");
        // JDK collections on the way: a valid list of codes loads no Vavr collection (cold start, issue #16).
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int[] found = new int[16];
        int n = 0;
        int position = 0;
        for (String raw : codes) {
            position++;
            String code = normalise(java.util.Objects.requireNonNull(raw, "code"));
            Problem problem = checkSyntax(raw, code, position);
            if (problem == null) {
                int index = table.indexOfCode(code);
                if (index < 0) {
                    problem = unknown(raw, code, position);
                } else if (!seen.add(code)) {
                    Commune commune = communeAt(index);
                    problem = Problem.error(
                            "TERRITORY_DUPLICATE_COMMUNE",
                            "commune " + commune + " listée deux fois (position " + position + ")",
                            "commune " + commune + " listed twice (position " + position + ")");
                } else {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = index;
                }
            }
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(List.ofAll(problems));
        }
        int[] indexes = java.util.Arrays.copyOf(found, n);
        java.util.Arrays.sort(indexes);
        return Validation.valid(Territory.ofSortedIndexes(indexes));
    }

    private static @Nullable Problem checkSyntax(String raw, String code, int position) {
        boolean ok = code.length() == 5;
        for (int i = 0; ok && i < 5; i++) {
            char c = code.charAt(i);
            ok = (c >= '0' && c <= '9') || (i == 1 && (c == 'A' || c == 'B') && code.charAt(0) == '2');
        }
        if (ok) {
            return null;
        }
        return (Problem.error(
                "TERRITORY_MALFORMED_COMMUNE_CODE",
                "code commune INSEE mal formé en position " + position + " : « " + raw
                        + " » (attendu : 5 caractères, chiffres, ou 2A/2B suivi de 3 chiffres)",
                "malformed INSEE commune code at position " + position + ": \"" + raw
                        + "\" (expected 5 characters: digits, or 2A/2B followed by 3 digits)"));
    }

    private Problem unknown(String raw, String code, int position) {
        Integer former = formerIndexes.get(code);
        if (former != null) {
            Commune current = communeAt(formerCurrents[former]);
            String name = formerNames[former];
            String kindFr = switch (formerKinds[former]) {
                case 0 -> "commune déléguée de";
                case 1 -> "commune associée de";
                default -> "arrondissement municipal de";
            };
            String kindEn = switch (formerKinds[former]) {
                case 0 -> "a commune déléguée (merged commune) of";
                case 1 -> "a commune associée of";
                default -> "a municipal arrondissement of";
            };
            return Problem.error(
                    "TERRITORY_NOT_A_CURRENT_COMMUNE",
                    code + " (" + name + ", position " + position + ") n'est pas une commune actuelle : " + kindFr + " "
                            + current + " au COG 2026 ; utilisez " + current.code(),
                    code + " (" + name + ", position " + position + ") is not a current commune: it is " + kindEn + " "
                            + current + " in COG 2026; use " + current.code());
        }
        return Problem.error(
                "TERRITORY_UNKNOWN_COMMUNE",
                "aucune commune actuelle (COG 2026) n'a le code « " + raw.strip() + " » (position " + position + ")",
                "no current commune (COG 2026) has the code \"" + raw.strip() + "\" (position " + position + ")");
    }

    private static String normalise(String code) {
        return code.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The attribution the licence of the data asks for, to show wherever the data is shown.
     *
     * @return "Source : INSEE, Code officiel géographique 2026 et populations légales, via
     *     {@code @etalab/decoupage-administratif} 6.0.0 (Licence Ouverte)" and what generated the resource
     */
    public String attribution() {
        return attribution;
    }

    @Override
    public String toString() {
        return "CommuneRegistry[" + communes.length + " communes, " + attribution + "]";
    }

    /**
     * {@link #find(String)} as an {@code Optional} (decision record 0004).
     *
     * @param code the code
     * @return the same value, or empty
     */
    public java.util.Optional<Commune> findOptional(String code) {
        return find(code).toJavaOptional();
    }

    /**
     * {@link #communes()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Commune> communesList() {
        return communes().asJava();
    }

    /**
     * {@link #regions()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Region> regionsList() {
        return regions().asJava();
    }

    /**
     * {@link #region(String)} as an {@code Optional} (decision record 0004).
     *
     * @param code the code
     * @return the same value, or empty
     */
    public java.util.Optional<Region> regionOptional(String code) {
        return region(code).toJavaOptional();
    }

    /**
     * {@link #departements()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Departement> departementsList() {
        return departements().asJava();
    }

    /**
     * {@link #departement(String)} as an {@code Optional} (decision record 0004).
     *
     * @param code the code
     * @return the same value, or empty
     */
    public java.util.Optional<Departement> departementOptional(String code) {
        return departement(code).toJavaOptional();
    }

    /**
     * {@link #epcis()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Epci> epcisList() {
        return epcis().asJava();
    }

    /**
     * {@link #epci(String)} as an {@code Optional} (decision record 0004).
     *
     * @param siren the SIREN of the EPCI
     * @return the same value, or empty
     */
    public java.util.Optional<Epci> epciOptional(String siren) {
        return epci(siren).toJavaOptional();
    }

    /**
     * {@link #currentCommuneOf(String)} as an {@code Optional} (decision record 0004).
     *
     * @param code the code
     * @return the same value, or empty
     */
    public java.util.Optional<Commune> currentCommuneOfOptional(String code) {
        return currentCommuneOf(code).toJavaOptional();
    }
}
