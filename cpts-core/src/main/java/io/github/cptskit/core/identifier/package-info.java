/**
 * Identifiers of French health professionals, structures and places, parsed strictly with every
 * problem reported at once: {@link io.github.cptskit.core.identifier.Rpps},
 * {@link io.github.cptskit.core.identifier.Adeli}, {@link io.github.cptskit.core.identifier.Idnps},
 * {@link io.github.cptskit.core.identifier.Siren}, {@link io.github.cptskit.core.identifier.Siret},
 * {@link io.github.cptskit.core.identifier.Finess}, {@link io.github.cptskit.core.identifier.Rna},
 * {@link io.github.cptskit.core.identifier.InseeCode}.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.identifier;

import org.jspecify.annotations.NullMarked;
