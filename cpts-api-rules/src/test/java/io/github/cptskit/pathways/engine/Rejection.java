package io.github.cptskit.pathways.engine;

/** Stands for cpts-pathways' Rejection in the checker's fixtures: the checker knows it by name. */
public final class Rejection {}
