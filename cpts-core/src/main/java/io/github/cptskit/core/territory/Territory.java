package io.github.cptskit.core.territory;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.law.Sourced;
import io.vavr.collection.Array;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The territory of a CPTS: a set of current communes of the {@link CommuneRegistry}, with its
 * population (the sum of its communes' populations légales), the ACI size band of that population,
 * and the départements and regions it touches.
 *
 * <pre>{@code
 * CommuneRegistry registry = CommuneRegistry.bundled();
 * Territory t = registry.territory(List.of("2A004", "2A017")).get();
 * t.population();                              // sum of the two populations légales
 * t.sizeBandOn(LocalDate.of(2025, 1, 1));      // TAILLE_2, with its source and confidence
 * t.union(registry.territoryOf(registry.find("2A247").get().epci().get()));
 * }</pre>
 *
 * <p>A territory stores its communes as sorted registry positions, so membership is a binary search
 * and union a merge. This class is immutable and thread-safe.
 */
public final class Territory {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    private static final Territory EMPTY = new Territory(new int[0]);

    private final int[] indexes;
    private final long population;

    private Territory(int[] indexes) {
        this.indexes = indexes;
        long sum = 0;
        CommuneRegistry registry = CommuneRegistry.bundled();
        for (int i : indexes) {
            sum += registry.populationAt(i);
        }
        this.population = sum;
    }

    /** A territory from sorted, distinct registry positions that the caller hands over. */
    static Territory ofSortedIndexes(int[] indexes) {
        return indexes.length == 0 ? EMPTY : new Territory(indexes);
    }

    // Communes only come from the bundled registry, so a position always means the same commune.
    private static Commune commune(int index) {
        return CommuneRegistry.bundled().communeAt(index);
    }

    /**
     * The territory with no commune.
     *
     * @return the empty territory
     */
    public static Territory empty() {
        return EMPTY;
    }

    /**
     * The territory made of some communes; a commune given twice counts once.
     *
     * @param communes communes of the bundled registry
     * @return the territory
     */
    public static Territory of(Iterable<Commune> communes) {
        int[] indexes = new int[16];
        int n = 0;
        for (Commune c : communes) {
            if (n == indexes.length) {
                indexes = Arrays.copyOf(indexes, n * 2);
            }
            indexes[n++] = Objects.requireNonNull(c, "commune").index();
        }
        return ofSortedIndexes(sortedDistinct(indexes, n));
    }

    /**
     * The territory made of some communes.
     *
     * @param communes communes of the bundled registry
     * @return the territory
     */
    public static Territory of(Commune... communes) {
        return of(Arrays.asList(communes));
    }

    private static int[] sortedDistinct(int[] values, int n) {
        int[] a = Arrays.copyOf(values, n);
        Arrays.sort(a);
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (k == 0 || a[i] != a[k - 1]) {
                a[k++] = a[i];
            }
        }
        return k == a.length ? a : Arrays.copyOf(a, k);
    }

    /**
     * The communes, in code order.
     *
     * @return the communes
     */
    public IndexedSeq<Commune> communes() {
        Commune[] result = new Commune[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            result[i] = commune(indexes[i]);
        }
        return Array.of(result);
    }

    /**
     * The number of communes.
     *
     * @return 0 or more
     */
    public int size() {
        return indexes.length;
    }

    /**
     * Whether the territory has no commune.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return indexes.length == 0;
    }

    /**
     * The population of the territory: the sum of its communes' populations légales.
     *
     * @return the population
     */
    public long population() {
        return population;
    }

    /**
     * Whether a commune belongs to the territory.
     *
     * @param commune a commune
     * @return true if it does
     */
    public boolean contains(Commune commune) {
        return Arrays.binarySearch(indexes, commune.index()) >= 0;
    }

    /**
     * Whether every commune of another territory belongs to this one.
     *
     * @param other a territory
     * @return true if other is included in this
     */
    public boolean containsAll(Territory other) {
        return intersection(other).size() == other.size();
    }

    /**
     * The communes of this territory or of another.
     *
     * @param other a territory
     * @return the union
     */
    public Territory union(Territory other) {
        int[] a = indexes;
        int[] b = other.indexes;
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                out[n++] = a[i++];
            } else if (a[i] > b[j]) {
                out[n++] = b[j++];
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return ofSortedIndexes(n == out.length ? out : Arrays.copyOf(out, n));
    }

    /**
     * The communes of this territory that also belong to another: where two CPTS overlap.
     *
     * @param other a territory
     * @return the intersection
     */
    public Territory intersection(Territory other) {
        int[] a = indexes;
        int[] b = other.indexes;
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        return ofSortedIndexes(Arrays.copyOf(out, n));
    }

    /**
     * The ACI size band of the territory's population on a given scale.
     *
     * @param scale the thresholds
     * @return the band
     */
    public SizeBand sizeBand(SizeBandScale scale) {
        return scale.bandOf(population);
    }

    /**
     * The ACI size band of the territory's population by the scale bundled with cptskit for a day,
     * with that scale's source and confidence (the boundary rule is unconfirmed: see
     * {@link SizeBandScale}).
     *
     * @param day the day the band is wanted for
     * @return the band with its source, or none before the ACI came into force
     */
    public Option<Sourced<SizeBand>> sizeBandOn(LocalDate day) {
        return SizeBandScale.bundledAt(day)
                .map(s -> Sourced.of(s.value().bandOf(population), s.reference(), s.confidence()));
    }

    /**
     * The départements the territory touches, in code order.
     *
     * @return the départements
     */
    public Seq<Departement> departements() {
        return communes().map(Commune::departement).distinct().sortBy(Departement::code);
    }

    /**
     * The regions the territory touches, in code order.
     *
     * @return the regions
     */
    public Seq<Region> regions() {
        return departements().map(Departement::region).distinct().sortBy(Region::code);
    }

    /** The sorted registry positions; shared, never modified. */
    int[] indexes() {
        return indexes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Territory other && Arrays.equals(indexes, other.indexes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indexes);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Territory[")
                .append(indexes.length)
                .append(" communes, population ")
                .append(population);
        for (int i = 0; i < Math.min(indexes.length, 5); i++) {
            s.append(i == 0 ? ": " : ", ").append(commune(indexes[i]));
        }
        return s.append(indexes.length > 5 ? ", …]" : "]").toString();
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
     * {@link #sizeBandOn(LocalDate)} as an {@code Optional} (decision record 0004).
     *
     * @param day the day
     * @return the same value, or empty
     */
    public java.util.Optional<Sourced<SizeBand>> sizeBandOnOptional(LocalDate day) {
        return sizeBandOn(day).toJavaOptional();
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
     * {@link #regions()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Region> regionsList() {
        return regions().asJava();
    }
}
