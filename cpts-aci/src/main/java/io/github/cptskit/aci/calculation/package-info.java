/**
 * Exact ACI remuneration: a {@link io.github.cptskit.aci.calculation.Scenario} (one CPTS-year) in, a
 * {@link io.github.cptskit.aci.calculation.Remuneration} out, with one explained line per component
 * adding up to the total to the cent, and its payment schedule.
 */
package io.github.cptskit.aci.calculation;
