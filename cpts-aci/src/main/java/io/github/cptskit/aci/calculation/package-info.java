/**
 * Exact ACI remuneration: a {@link io.github.cptskit.aci.calculation.Scenario} (one CPTS-year) in, a
 * {@link io.github.cptskit.aci.calculation.Remuneration} out, with one explained line per component
 * adding up to the total to the cent, and its payment schedule.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.aci.calculation;

import org.jspecify.annotations.NullMarked;
