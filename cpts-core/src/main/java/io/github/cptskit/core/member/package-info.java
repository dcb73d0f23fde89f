/** Members of a CPTS: health professionals and structures, with what identifies each. */
package io.github.cptskit.core.member;
