/**
 * The shared vocabulary of indicators: an {@link io.github.cptskit.core.indicator.Achievement} rate
 * is what pathway read models produce and what ACI variable parts are paid on.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.indicator;

import org.jspecify.annotations.NullMarked;
