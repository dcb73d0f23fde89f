/** The starter's internals: not an API. */
@NullMarked
package io.github.cptskit.spring.boot.internal;

import org.jspecify.annotations.NullMarked;
