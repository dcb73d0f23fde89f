/**
 * Problems reported instead of exceptions: everything in cptskit that checks input returns a Vavr
 * {@code Validation<Seq<Problem>, T>} carrying every {@link io.github.cptskit.core.problem.Problem},
 * each with a stable code, French and English messages and the legal reference behind it
 * (decision record 0004). {@link io.github.cptskit.core.problem.Results} reads such a result from
 * plain Java: the value or one {@link io.github.cptskit.core.problem.ProblemsException} carrying every
 * problem, an {@code Optional}, or a {@code java.util.List} of the problems.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.problem;

import org.jspecify.annotations.NullMarked;
