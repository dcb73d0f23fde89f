/** Shared checks of the identifier types; not exported. */
package io.github.cptskit.core.internal.identifier;
