/**
 * The pathway engine: immutable versioned {@link io.github.cptskit.pathways.engine.Definition}s
 * that fold events into {@link io.github.cptskit.pathways.engine.InstanceState}s and decide commands
 * into events or {@link io.github.cptskit.pathways.engine.Rejection}s, with deadlines and optimistic
 * concurrency, and Mermaid/DOT diagrams.
 */
package io.github.cptskit.pathways.engine;
