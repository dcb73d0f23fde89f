/**
 * Checks on a CPTS's own budget: the cap of one PASS per member professional per year on what the
 * CPTS pays them (CSP D.1434-44).
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.aci.budget;

import org.jspecify.annotations.NullMarked;
