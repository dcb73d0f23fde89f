/**
 * Monte Carlo simulation of ACI spending over a portfolio of CPTS, for researchers: distributions of
 * achievement, a seed, draws, results by size band and region, and reforms side by side.
 */
package io.github.cptskit.aci.simulation;
