/**
 * Members of a CPTS: health professionals and structures, with what identifies each.
 *
 * <p>Null-marked (JSpecify): no parameter or result is null; a {@code null} argument to a public
 * method fails fast with a {@link NullPointerException} naming the parameter.
 */
@NullMarked
package io.github.cptskit.core.member;

import org.jspecify.annotations.NullMarked;
