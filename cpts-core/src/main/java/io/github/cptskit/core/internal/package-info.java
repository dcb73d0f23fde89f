/** Implementation details of cpts-core; not exported, may change in any release. */
package io.github.cptskit.core.internal;
