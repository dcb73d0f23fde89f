/**
 * The catalogue of the problems cpts-json reports ({@link io.github.cptskit.json.problem.JsonProblem}).
 */
@NullMarked
package io.github.cptskit.json.problem;

import org.jspecify.annotations.NullMarked;
