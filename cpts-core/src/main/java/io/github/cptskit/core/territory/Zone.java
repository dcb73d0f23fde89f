package io.github.cptskit.core.territory;

/**
 * Where a département lies, as the Code officiel géographique groups them.
 *
 * <pre>{@code
 * CommuneRegistry.bundled().departement("974").get().zone(); // DROM
 * }</pre>
 */
public enum Zone {
    /** Metropolitan France, Corsica included. */
    METRO,
    /** The five overseas départements and regions (<i>DROM</i>): Guadeloupe, Martinique, Guyane, La Réunion, Mayotte. */
    DROM,
    /**
     * The overseas collectivities (<i>COM</i>) and other overseas territories that the COG codes like
     * départements (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, TAAF, Wallis-et-Futuna,
     * Polynésie française, Nouvelle-Calédonie, Clipperton).
     */
    COM
}
