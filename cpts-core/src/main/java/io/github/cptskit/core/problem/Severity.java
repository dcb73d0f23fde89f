package io.github.cptskit.core.problem;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The input cannot be accepted, or the CPTS does not meet a rule in force. */
    ERROR,
    /** Accepted, but a person should look at it (a deadline ahead, an overlap, an unconfirmed figure). */
    WARNING
}
