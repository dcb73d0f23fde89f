/**
 * Legal forms of CPTS and of their member structures (association, SISA, SCIC, GIE), their
 * constitutive rules, and the dated rule of which forms a CPTS itself may take.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.legalform;

import org.jspecify.annotations.NullMarked;
