package io.github.cptskit.pathways.engine;

import java.util.Objects;

/**
 * Why a command was refused: a stable code, French and English messages, and the guard that refused
 * (empty when no transition exists). Refusals are values, never exceptions.
 *
 * @param code the code, e.g. {@code TRANSITION_NOT_ALLOWED}, {@code GUARD_REFUSED}, {@code STALE_VERSION}
 * @param messageFr the message in French
 * @param messageEn the message in English
 * @param guard the name of the guard that refused, or empty
 */
public record Rejection(String code, String messageFr, String messageEn, String guard) {
    /** Checks the components. */
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(guard, "guard");
    }
}
