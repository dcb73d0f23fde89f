/**
 * Professions of a CPTS's members with their ANS codes (TRE_G15, TRE_R95, TRE_R94), ordinal
 * specialties (TRE_R38, three codes for general practice) and exercise modes.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.profession;

import org.jspecify.annotations.NullMarked;
