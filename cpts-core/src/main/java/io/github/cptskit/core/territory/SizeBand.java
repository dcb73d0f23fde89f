package io.github.cptskit.core.territory;

/**
 * The four ACI size bands (<i>tailles</i>) of a CPTS, by the population of its territory. The ACI
 * (<i>Accord Conventionnel Interprofessionnel</i>, the agreement under which the Assurance Maladie
 * funds CPTS) scales every amount by band. Which populations fall in which band is dated data: see
 * {@link SizeBandScale}.
 */
public enum SizeBand {
    /** Taille 1: fewer than 40,000 inhabitants. */
    TAILLE_1,
    /** Taille 2: 40,000 to 80,000 inhabitants. */
    TAILLE_2,
    /** Taille 3: 80,000 to 175,000 inhabitants. */
    TAILLE_3,
    /** Taille 4: more than 175,000 inhabitants. */
    TAILLE_4;

    /**
     * The band's number, 1 to 4, as the texts write it.
     *
     * @return the number
     */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * The band of a number.
     *
     * @param n 1 to 4
     * @return the band
     * @throws IllegalArgumentException outside 1 to 4
     */
    public static SizeBand ofNumber(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("size bands are numbered 1 to 4: " + n);
        }
        return values()[n - 1];
    }
}
