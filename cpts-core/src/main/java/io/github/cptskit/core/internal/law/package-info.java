/**
 * The fixed legal references of cpts-core's rules, in a package that depends on {@code law} alone, so
 * that the catalogue of problems and the types whose rules it cites need not import each other; not
 * exported.
 */
package io.github.cptskit.core.internal.law;
