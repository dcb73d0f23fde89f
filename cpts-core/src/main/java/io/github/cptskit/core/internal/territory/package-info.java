/** Reads the bundled commune registry resource; not exported, may change in any release. */
package io.github.cptskit.core.internal.territory;
