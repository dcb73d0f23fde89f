/**
 * Membership rules of a CPTS, evaluated as of a date, reporting every violation with its code,
 * messages and legal reference; composable with users' own rules.
 */
package io.github.cptskit.core.membership;
