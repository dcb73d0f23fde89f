package io.github.cptskit.spring.boot;

import java.util.Objects;

/**
 * A command or a read named a pathway or an instance that does not exist: an HTTP 404 in the problem
 * details the starter writes. Its message names the pathway or instance id only (never a patient).
 */
public final class UnknownInstanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what what was not found, e.g. {@code instance p2-0001 of P2} */
    public UnknownInstanceException(String what) {
        super("no " + Objects.requireNonNull(what, "what"));
    }
}
