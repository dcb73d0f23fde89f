/**
 * The CPTS aggregate: legal entity, territory, members and roles, projet de santé, dated lifecycle.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.cpts;

import org.jspecify.annotations.NullMarked;
