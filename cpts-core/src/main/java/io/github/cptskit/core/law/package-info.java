/**
 * Law as data: legal references, confidence flags and effective-dated parameters, in the manner of
 * OpenFisca. Every figure cptskit uses is a {@link io.github.cptskit.core.law.EffectiveDated} value
 * whose steps carry a {@link io.github.cptskit.core.law.LegalReference} and a
 * {@link io.github.cptskit.core.law.Confidence}; the formulas that use them are code.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.law;

import org.jspecify.annotations.NullMarked;
