/**
 * Problems reported instead of exceptions: every parser and validator of cptskit returns Vavr
 * {@code Validation}/{@code Either} values carrying {@link io.github.cptskit.core.problem.Problem}s,
 * each with a stable code, French and English messages and the legal reference behind it.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.problem;

import org.jspecify.annotations.NullMarked;
