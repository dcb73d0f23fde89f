package io.github.cptskit.core.territory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How much of an area's population the CPTS of a {@link TerritoryPortfolio} cover: the covered
 * population over the area's population, as an exact fraction and as a rate. This is the figure
 * published nationally for each region and département ("98 % in Centre-Val de Loire, 7 % in
 * Corse").
 *
 * <pre>{@code
 * Coverage c = portfolio.coverageByRegion().find(r -> r.code().equals("94")).get();
 * c.coveredPopulation(); // inhabitants of Corsican communes in some CPTS territory
 * c.percent();           // e.g. 7.2
 * }</pre>
 *
 * <p>A commune counts once however many CPTS claim it. An area with no population (the TAAF and
 * Clipperton) has a rate of 0. This class is immutable and thread-safe.
 *
 * @param level national, region or département
 * @param code the area's INSEE code ({@code FR} for the national figure)
 * @param name the area's name
 * @param coveredPopulation the population of the area's communes inside some CPTS territory
 * @param population the population of all the area's communes
 * @param coveredCommunes the number of the area's communes inside some CPTS territory
 * @param communes the number of the area's communes
 */
public record Coverage(
        Level level,
        String code,
        String name,
        long coveredPopulation,
        long population,
        int coveredCommunes,
        int communes) {

    /** The level of the area a coverage is computed for. */
    public enum Level {
        /** Every commune of the registry, or a selection of zones. */
        NATIONAL,
        /** A region. */
        REGION,
        /** A département. */
        DEPARTEMENT
    }

    /**
     * Checks the components.
     *
     * @param level national, region or département
     * @param code the area's INSEE code ({@code FR} for the national figure)
     * @param name the area's name
     * @param coveredPopulation the population of the area's communes inside some CPTS territory
     * @param population the population of all the area's communes
     * @param coveredCommunes the number of the area's communes inside some CPTS territory
     * @param communes the number of the area's communes
     */
    public Coverage {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (coveredPopulation < 0 || coveredPopulation > population) {
            throw new IllegalArgumentException(
                    "covered population must lie in [0, population]: " + coveredPopulation + "/" + population);
        }
        if (coveredCommunes < 0 || coveredCommunes > communes) {
            throw new IllegalArgumentException(
                    "covered communes must lie in [0, communes]: " + coveredCommunes + "/" + communes);
        }
    }

    /**
     * The covered share of the population, rounded half-even to 6 decimals (use
     * {@link #coveredPopulation()} and {@link #population()} for the exact fraction).
     *
     * @return the rate, between 0 and 1
     */
    public BigDecimal rate() {
        return rate(6);
    }

    /**
     * The covered share of the population, rounded half-even to some decimals.
     *
     * @param scale the number of decimals
     * @return the rate, between 0 and 1
     */
    public BigDecimal rate(int scale) {
        if (population == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return BigDecimal.valueOf(coveredPopulation)
                .divide(BigDecimal.valueOf(population), scale, RoundingMode.HALF_EVEN);
    }

    /**
     * The covered share as a percentage with one decimal, as published figures show it.
     *
     * @return the percentage, between 0 and 100
     */
    public BigDecimal percent() {
        return rate(3).movePointRight(2).setScale(1, RoundingMode.UNNECESSARY);
    }

    @Override
    public String toString() {
        return level + " " + code + " " + name + ": " + coveredPopulation + "/" + population + " (" + percent() + " %)";
    }
}
