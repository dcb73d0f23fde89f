package io.github.cptskit.aci.calculation;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.territory.SizeBand;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of the rules the remuneration reads: the one place where the calculator asks a
 * {@link Tariff} for a figure and names its path, so that the formula and its explanation cannot
 * disagree on where a figure comes from.
 *
 * <pre>{@code
 * long fixed = Parameter.FIXED.cents(tariff, Mission.ACCES, band);
 * Parameter.FIXED.path(Mission.ACCES, band); // "missions.acces.fixe.taille2"
 * }</pre>
 */
enum Parameter {
    /** The band's yearly fonctionnement (accord art. 8). */
    FONCTIONNEMENT,
    /** A mission's yearly fixed part for the band. */
    FIXED,
    /** A mission's yearly variable maximum for the band. */
    VARIABLE,
    /** The band's yearly ceiling. */
    CEILING,
    /** How partial years are pro-rated: read when a mission runs part of the year. */
    PRORATA_METHOD,
    /** Whether a mission is mandatory (socle). */
    MANDATORY,
    /** The months from signature a mandatory mission has to start. */
    START_MONTHS;

    /**
     * The path of the parameter in the rules.
     *
     * @param mission the mission, for per-mission parameters
     * @param band the band, for per-band parameters
     * @return for example {@code missions.acces.fixe.taille2}
     */
    String path(@Nullable Mission mission, SizeBand band) {
        String b = "taille" + band.number();
        return switch (this) {
            case FONCTIONNEMENT -> "fonctionnement." + b;
            case FIXED -> "missions." + key(mission) + ".fixe." + b;
            case VARIABLE -> "missions." + key(mission) + ".variable." + b;
            case CEILING -> "plafond." + b;
            case PRORATA_METHOD -> "paiement.prorata.methode";
            case MANDATORY -> "missions." + key(mission) + ".obligatoire";
            case START_MONTHS -> "missions." + key(mission) + ".demarrage.mois";
        };
    }

    /**
     * The value of an amount parameter, from the tariff's typed accessors.
     *
     * @param t the tariff
     * @param mission the mission, for fixed and variable parts
     * @param band the band
     * @return the cents
     */
    long cents(Tariff t, @Nullable Mission mission, SizeBand band) {
        return switch (this) {
            case FONCTIONNEMENT -> t.fonctionnementCents(band);
            case FIXED -> t.fixedCents(mission(mission), band);
            case VARIABLE -> t.variableCents(mission(mission), band);
            case CEILING -> t.ceilingCents(band);
            default -> throw new IllegalStateException(this + " is not an amount");
        };
    }

    /**
     * The value with its source and confidence, as the explanation shows it.
     *
     * @param t the tariff
     * @param mission the mission, for per-mission parameters
     * @param band the band
     * @return the sourced raw value
     */
    UsedParameter used(Tariff t, @Nullable Mission mission, SizeBand band) {
        String path = path(mission, band);
        return new UsedParameter(path, source(t, path));
    }

    /**
     * The source of a parameter of a mission that does not depend on the band.
     *
     * @param t the tariff
     * @param mission the mission
     * @return the sourced raw value
     */
    Sourced<String> source(Tariff t, Mission mission) {
        return source(t, path(mission, SizeBand.TAILLE_1));
    }

    private static Sourced<String> source(Tariff t, String path) {
        return t.source(path);
    }

    private static String key(@Nullable Mission mission) {
        return mission(mission).key();
    }

    private static Mission mission(@Nullable Mission mission) {
        if (mission == null) {
            throw new IllegalStateException("a per-mission parameter needs its mission");
        }
        return mission;
    }
}
