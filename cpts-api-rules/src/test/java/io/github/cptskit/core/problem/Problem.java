package io.github.cptskit.core.problem;

/** Stands for cpts-core's Problem in the checker's fixtures: the checker knows it by name. */
public final class Problem {}
