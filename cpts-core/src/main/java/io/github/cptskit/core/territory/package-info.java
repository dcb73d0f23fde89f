/**
 * Territories of CPTS, built from the real INSEE communes, and the ACI size bands of their
 * populations.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.territory;

import org.jspecify.annotations.NullMarked;
