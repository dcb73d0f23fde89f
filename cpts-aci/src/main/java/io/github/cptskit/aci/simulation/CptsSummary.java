package io.github.cptskit.aci.simulation;

import java.util.Objects;

/**
 * One CPTS's amount in one calendar year for one component and mission, summarised over the draws: a
 * row of {@link SimulationResult#byCpts()}.
 *
 * <p>Components are those of {@link SimulationResult#COMPONENTS}; the fixed and variable parts come one
 * row per mission, the other components (fonctionnement, uplift, ceiling cap, letter of intent) with
 * an empty mission. The rows of a year add up to the national total of each draw, so their means add
 * up to the national mean (to rounding of each mean to the cent).
 *
 * <pre>{@code
 * for (CptsSummary row : result.byCpts()) {
 *     if (row.cpts().equals("CPTS-0001") && row.year() == 2025) {
 *         System.out.println(row.component() + " " + row.mission() + " " + row.summary().p50());
 *     }
 * }
 * }</pre>
 *
 * @param cpts the signatory's id
 * @param region the signatory's region code
 * @param year the calendar year
 * @param component the component ({@link SimulationResult#COMPONENTS})
 * @param mission the mission's key for the fixed and variable parts, else empty
 * @param summary mean, P5, P50 and P95 over the draws, in cents
 */
public record CptsSummary(String cpts, String region, int year, String component, String mission, Summary summary) {

    /**
     * Checks that no part is null and that the component is known.
     *
     * @param cpts the signatory's id
     * @param region the signatory's region code
     * @param year the calendar year
     * @param component the component ({@link SimulationResult#COMPONENTS})
     * @param mission the mission's key for the fixed and variable parts, else empty
     * @param summary mean, P5, P50 and P95 over the draws, in cents
     */
    public CptsSummary {
        Objects.requireNonNull(cpts, "cpts");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(summary, "summary");
        if (!SimulationResult.COMPONENTS.contains(component)) {
            throw new IllegalArgumentException("unknown component: " + component);
        }
    }
}
