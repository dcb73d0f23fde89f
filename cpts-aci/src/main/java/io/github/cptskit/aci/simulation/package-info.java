/**
 * Monte Carlo simulation of ACI spending over a portfolio of CPTS, for researchers: distributions of
 * achievement, a seed, draws, results by size band and region, and reforms side by side.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.aci.simulation;

import org.jspecify.annotations.NullMarked;
