/**
 * The shared vocabulary of indicators: an {@link io.github.cptskit.core.indicator.Achievement} rate
 * is what pathway read models produce and what ACI variable parts are paid on.
 */
package io.github.cptskit.core.indicator;
