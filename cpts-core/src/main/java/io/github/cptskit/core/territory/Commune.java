package io.github.cptskit.core.territory;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.control.Option;

/**
 * A current French commune of the Code officiel géographique 2026, with its population légale as
 * published by INSEE and the EPCI it belongs to. Communes come from the {@link CommuneRegistry};
 * there is no public constructor.
 *
 * <pre>{@code
 * Commune ajaccio = CommuneRegistry.bundled().find("2A004").get();
 * ajaccio.name();                   // "Ajaccio"
 * ajaccio.departement().code();     // "2A"
 * ajaccio.population();             // its population légale
 * }</pre>
 *
 * <p>Two communes are equal when their INSEE codes are equal: within one registry the code
 * identifies the commune. Communes are ordered by code. This class is immutable and thread-safe.
 */
public final class Commune implements Comparable<Commune> {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    private final int index;
    private final String code;
    private final String name;
    private final Departement departement;
    private final int population; // -1: none published
    private final Epci epci; // null: no EPCI; never exposed as null

    Commune(int index, String code, String name, Departement departement, int population, Epci epci) {
        this.index = index;
        this.code = code;
        this.name = name;
        this.departement = departement;
        this.population = population;
        this.epci = epci;
    }

    /** The position of this commune in the registry, used by territories as a compact key. */
    int index() {
        return index;
    }

    /**
     * The INSEE code of the commune (5 characters, such as {@code 75056}, {@code 2A004} or
     * {@code 97411}).
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The commune's official name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The département the commune belongs to.
     *
     * @return the département
     */
    public Departement departement() {
        return departement;
    }

    /**
     * The code of the commune's département, such as {@code 2A}.
     *
     * @return the département code
     */
    public String departementCode() {
        return departement.code();
    }

    /**
     * The region the commune belongs to.
     *
     * @return the region
     */
    public Region region() {
        return departement.region();
    }

    /**
     * The code of the commune's region.
     *
     * @return the region code
     */
    public String regionCode() {
        return departement.region().code();
    }

    /**
     * The commune's population légale (population municipale) as INSEE publishes it, or 0 for the six
     * uninhabited territories for which INSEE publishes none (the five districts of the TAAF, 98411 to
     * 98415, and Clipperton, 98901): see {@link #legalPopulation()}.
     *
     * @return the population, 0 or more
     */
    public long population() {
        return Math.max(population, 0);
    }

    /**
     * The population légale, or none when INSEE publishes none for this commune.
     *
     * @return the population if published
     */
    public Option<Long> legalPopulation() {
        return population < 0 ? Option.none() : Option.some((long) population);
    }

    /**
     * The EPCI à fiscalité propre the commune belongs to; none for the 98 communes that belong to
     * none (four single-commune islands of Brittany and Vendée, and the overseas collectivities).
     *
     * @return the EPCI, if any
     */
    public Option<Epci> epci() {
        return Option.of(epci);
    }

    @Override
    public int compareTo(Commune o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commune other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }

    /**
     * {@link #legalPopulation()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Long> legalPopulationOptional() {
        return legalPopulation().toJavaOptional();
    }

    /**
     * {@link #epci()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Epci> epciOptional() {
        return epci().toJavaOptional();
    }
}
