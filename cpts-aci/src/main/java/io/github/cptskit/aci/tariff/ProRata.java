package io.github.cptskit.aci.tariff;

/**
 * How an amount is pro-rated over part of a contract year (a mission that starts during the year).
 * The accord says the fixed part is paid <i>prorata temporis</i> up to the contract's anniversary; in
 * days or in months was found in no source, so this is a parameter ({@code paiement.prorata.methode})
 * whose bundled value, calendar days, is flagged as an estimate.
 */
public enum ProRata {
    /** Days of the year the mission runs over the days of the contract year. */
    JOURS_CALENDAIRES,
    /** Whole months the mission runs (started months count as whole) over twelve. */
    MOIS
}
