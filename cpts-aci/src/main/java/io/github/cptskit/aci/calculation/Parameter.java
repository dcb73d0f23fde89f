package io.github.cptskit.aci.calculation;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.MissionKey;
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
        // The paths are the tariff's declarations' (io.github.cptskit.aci.tariff.Parameter).
        return switch (this) {
            case FONCTIONNEMENT -> Declared.FONCTIONNEMENT.path(band);
            case FIXED -> Declared.MISSION_FIXED.path(key(mission), band);
            case VARIABLE -> Declared.MISSION_VARIABLE.path(key(mission), band);
            case CEILING -> Declared.CEILING.path(band);
            case PRORATA_METHOD -> Declared.PRORATA.path();
            case MANDATORY -> Declared.MISSION_MANDATORY.path(key(mission));
            case START_MONTHS -> Declared.MISSION_START.path(key(mission));
        };
    }

    /**
     * The source of a mission's parameter that does not depend on the band, for any mission the rules
     * declare (a reform's own included).
     *
     * @param t the tariff
     * @param mission the mission
     * @return the sourced raw value
     */
    Sourced<String> source(Tariff t, MissionKey mission) {
        return switch (this) {
            case MANDATORY -> t.source(Declared.MISSION_MANDATORY, mission);
            case START_MONTHS -> t.source(Declared.MISSION_START, mission);
            default -> throw new IllegalStateException(this + " is not a parameter of a mission alone");
        };
    }

    /** The declarations of the tariff, under another name than this enum's. */
    private static final class Declared {
        static final io.github.cptskit.aci.tariff.Parameter<Long> FONCTIONNEMENT =
                io.github.cptskit.aci.tariff.Parameter.FONCTIONNEMENT;
        static final io.github.cptskit.aci.tariff.Parameter<Long> CEILING =
                io.github.cptskit.aci.tariff.Parameter.CEILING;
        static final io.github.cptskit.aci.tariff.Parameter<Long> MISSION_FIXED =
                io.github.cptskit.aci.tariff.Parameter.MISSION_FIXED;
        static final io.github.cptskit.aci.tariff.Parameter<Long> MISSION_VARIABLE =
                io.github.cptskit.aci.tariff.Parameter.MISSION_VARIABLE;
        static final io.github.cptskit.aci.tariff.Parameter<Boolean> MISSION_MANDATORY =
                io.github.cptskit.aci.tariff.Parameter.MISSION_MANDATORY;
        static final io.github.cptskit.aci.tariff.Parameter<Integer> MISSION_START =
                io.github.cptskit.aci.tariff.Parameter.MISSION_START;
        static final io.github.cptskit.aci.tariff.Parameter<io.github.cptskit.aci.tariff.ProRata> PRORATA =
                io.github.cptskit.aci.tariff.Parameter.PRORATA;

        private Declared() {}
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

    private static MissionKey key(@Nullable Mission mission) {
        return MissionKey.of(mission(mission));
    }

    private static Mission mission(@Nullable Mission mission) {
        if (mission == null) {
            throw new IllegalStateException("a per-mission parameter needs its mission");
        }
        return mission;
    }
}
