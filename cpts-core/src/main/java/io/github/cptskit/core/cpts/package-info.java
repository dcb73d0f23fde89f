/** The CPTS aggregate: legal entity, territory, members and roles, projet de santé, dated lifecycle. */
package io.github.cptskit.core.cpts;
