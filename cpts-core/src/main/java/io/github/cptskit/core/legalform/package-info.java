/**
 * Legal forms of CPTS and of their member structures (association, SISA, SCIC, GIE), their
 * constitutive rules, and the dated rule of which forms a CPTS itself may take.
 */
package io.github.cptskit.core.legalform;
