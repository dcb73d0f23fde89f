package io.github.cptskit.pathways.catalogue;

/** What one instance of a pathway follows. */
public enum Level {
    /** One patient (a pseudonymous reference). */
    PATIENT,
    /** One call to the SAS or one encounter. */
    ENCOUNTER,
    /** One case brought to a concertation meeting. */
    CASE,
    /** One campaign of the territory. */
    CAMPAIGN,
    /** The CPTS itself (its crisis plan). */
    TERRITORY,
    /** One coordinating structure's project. */
    STRUCTURE
}
