package io.github.cptskit.core.territory;

import io.github.cptskit.core.internal.SizeBandData;
import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.law.Sourced;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The population thresholds that separate the ACI size bands, and which band a population exactly on
 * a threshold belongs to.
 *
 * <p>The thresholds (40,000, 80,000 and 175,000 inhabitants) are confirmed by two or more sources
 * (ACI CPTS of 20 June 2019, as published by the ARS Hauts-de-France). Which band holds a population
 * of exactly 40,000, 80,000 or 175,000 was found in no source: the bundled scale assumes the lower
 * bound is inclusive (40,000 is taille 2) and is flagged {@code UNCONFIRMED} for that reason; pass your own scale
 * when you know better.
 *
 * <pre>{@code
 * SizeBandScale scale = SizeBandScale.bundled().at(LocalDate.of(2025, 1, 1)).get().value();
 * scale.bandOf(82_000); // TAILLE_3
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param taille2From the smallest population of taille 2 (the threshold between bands 1 and 2)
 * @param taille3From the threshold between bands 2 and 3
 * @param taille4From the threshold between bands 3 and 4
 * @param boundary which band a population exactly on a threshold belongs to
 */
public record SizeBandScale(long taille2From, long taille3From, long taille4From, Boundary boundary) {

    /** Which side of a threshold a population exactly equal to it falls on. */
    public enum Boundary {
        /** A population equal to a threshold belongs to the upper band (40,000 is taille 2). */
        LOWER_BOUND_INCLUSIVE,
        /** A population equal to a threshold belongs to the lower band (40,000 is taille 1). */
        UPPER_BOUND_INCLUSIVE
    }

    /** Checks that thresholds are positive and increasing. */
    public SizeBandScale {
        if (taille2From <= 0 || taille3From <= taille2From || taille4From <= taille3From) {
            throw new IllegalArgumentException("size band thresholds must be positive and increasing: " + taille2From
                    + ", " + taille3From + ", " + taille4From);
        }
        java.util.Objects.requireNonNull(boundary, "boundary");
    }

    /**
     * The band of a population.
     *
     * @param population the population of the territory, 0 or more
     * @return the band
     */
    public SizeBand bandOf(long population) {
        if (population < 0) {
            throw new IllegalArgumentException("a population is never negative: " + population);
        }
        int above = 0;
        for (long threshold : new long[] {taille2From, taille3From, taille4From}) {
            if (population > threshold || (population == threshold && boundary == Boundary.LOWER_BOUND_INCLUSIVE)) {
                above++;
            }
        }
        return SizeBand.values()[above];
    }

    /**
     * The scale bundled with cptskit, dated: the scale of the ACI of 2019, unchanged by the avenants
     * the reference documents.
     *
     * @return the dated scale, each step with its source and confidence
     */
    public static EffectiveDated<SizeBandScale> bundled() {
        return SizeBandData.BUNDLED;
    }

    /**
     * The bundled scale in force on a day.
     *
     * @param day the day
     * @return the scale with its source, or none before the ACI came into force
     */
    public static Option<Sourced<SizeBandScale>> bundledAt(LocalDate day) {
        return bundled().at(day);
    }
}
