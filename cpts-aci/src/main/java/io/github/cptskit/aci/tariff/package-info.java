/**
 * The ACI tariff as dated data: {@link io.github.cptskit.aci.tariff.TariffRules} stacks the legal
 * texts (accord 2019, avenant 2, a user's own layer) and gives the typed
 * {@link io.github.cptskit.aci.tariff.Tariff} in force on any day; every figure keeps its source and
 * confidence. Each parameter is declared once, as a typed key
 * ({@link io.github.cptskit.aci.tariff.Parameter}); missions are data
 * ({@link io.github.cptskit.aci.tariff.MissionKey}).
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.aci.tariff;

import org.jspecify.annotations.NullMarked;
