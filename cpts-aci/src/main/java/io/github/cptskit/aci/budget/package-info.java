/**
 * Checks on a CPTS's own budget: the cap of one PASS per member professional per year on what the
 * CPTS pays them (CSP D.1434-44).
 */
package io.github.cptskit.aci.budget;
