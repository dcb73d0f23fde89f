/**
 * The ACI tariff as dated data: {@link io.github.cptskit.aci.tariff.TariffRules} stacks the legal
 * texts (accord 2019, avenant 2, a user's own layer) and gives the typed
 * {@link io.github.cptskit.aci.tariff.Tariff} in force on any day; every figure keeps its source and
 * confidence.
 */
package io.github.cptskit.aci.tariff;
