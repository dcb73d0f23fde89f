package io.github.cptskit.cli;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;

/** Bad input from the user: reported as its problems, exit code 2, never a stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Seq<Problem> problems;

    UserError(Seq<Problem> problems) {
        super(problems.mkString("; "), null, false, false);
        this.problems = problems;
    }

    Seq<Problem> problems() {
        return problems;
    }
}
