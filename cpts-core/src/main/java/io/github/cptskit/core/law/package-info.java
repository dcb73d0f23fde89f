/**
 * Law as data: legal references, confidence flags and effective-dated parameters, in the manner of
 * OpenFisca. Every figure cptskit uses is a {@link io.github.cptskit.core.law.EffectiveDated} value
 * whose steps carry a {@link io.github.cptskit.core.law.LegalReference} and a
 * {@link io.github.cptskit.core.law.Confidence}; the formulas that use them are code.
 */
package io.github.cptskit.core.law;
