/**
 * Territories of CPTS, built from the real INSEE communes, and the ACI size bands of their
 * populations.
 */
package io.github.cptskit.core.territory;
