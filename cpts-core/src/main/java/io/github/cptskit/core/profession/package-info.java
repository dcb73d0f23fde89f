/**
 * Professions of a CPTS's members with their ANS codes (TRE_G15, TRE_R95, TRE_R94), ordinal
 * specialties (TRE_R38, three codes for general practice) and exercise modes.
 */
package io.github.cptskit.core.profession;
