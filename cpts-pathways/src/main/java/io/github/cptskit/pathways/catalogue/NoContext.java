package io.github.cptskit.pathways.catalogue;

/**
 * The context of the catalogue's definitions: none. Their guards read the facts they need (the
 * patient's médecin traitant, the doctor's SNP majorations this week, the signatures collected) from
 * the event's own data, so that the log shows why a transition was allowed and replays without the
 * host's database. Pass {@link #INSTANCE} to {@code decide}.
 */
public enum NoContext {
    /** The only value. */
    INSTANCE
}
