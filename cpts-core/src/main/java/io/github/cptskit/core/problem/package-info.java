/**
 * Problems reported instead of exceptions: every parser and validator of cptskit returns Vavr
 * {@code Validation}/{@code Either} values carrying {@link io.github.cptskit.core.problem.Problem}s,
 * each with a stable code, French and English messages and the legal reference behind it.
 */
package io.github.cptskit.core.problem;
