/**
 * Exact ACI remuneration: a {@link io.github.cptskit.aci.calculation.Scenario} (one CPTS-year) in, a
 * {@link io.github.cptskit.aci.calculation.Remuneration} out, with one explained line per component
 * adding up to the total to the cent, and its payment schedule.
 *
 * <p>The formula is written once, in integer cents; the explanation is that formula observed by a
 * tracer that records each parameter read and each amount (after OpenFisca's tracer), and the fast
 * path of simulations runs it with a tracer that does nothing. Explanations and payment labels are
 * written in French or English from the bundle {@code io/github/cptskit/aci/calculation/explanation}.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.aci.calculation;

import org.jspecify.annotations.NullMarked;
