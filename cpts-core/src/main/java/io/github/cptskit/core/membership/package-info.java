/**
 * Membership rules of a CPTS, evaluated as of a date, reporting every violation with its code,
 * messages and legal reference; composable with users' own rules.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.membership;

import org.jspecify.annotations.NullMarked;
