package io.github.cptskit.core.law;

/**
 * How sure cptskit is of a legal figure or rule, following the tags of the project's sourced domain
 * reference.
 *
 * <p>Every dated parameter carries one. Results computed from anything but {@link #CONFIRMED}
 * figures say so in their explanation, so that a guess is never presented as law.
 */
public enum Confidence {
    /** Read in an official text, or in two or more independent secondary sources. */
    CONFIRMED,
    /** Seen in a single secondary source, or in sources that disagree: check before relying on it. */
    UNCONFIRMED,
    /**
     * Found in no source: an estimate computed by a documented method so that simulations run out of
     * the box. Never the law; replace it with the real figure.
     */
    ESTIMATE,
    /** Supplied by the user (their own contract, a reform), replacing the bundled figure. */
    USER_SUPPLIED;

    /**
     * Whether a result using a figure of this confidence must warn its reader.
     *
     * @return true for {@link #UNCONFIRMED} and {@link #ESTIMATE}
     */
    public boolean needsWarning() {
        return this == UNCONFIRMED || this == ESTIMATE;
    }
}
