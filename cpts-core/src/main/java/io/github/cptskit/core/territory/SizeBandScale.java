package io.github.cptskit.core.territory;

import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.law.Sourced;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The population thresholds that separate the ACI size bands, and, for each threshold, which band a
 * population exactly on it belongs to.
 *
 * <p>The thresholds (40,000, 80,000 and 175,000 inhabitants) are confirmed by two or more sources
 * (ACI CPTS of 20 June 2019, as published by the ARS Hauts-de-France). The bundled scale follows the
 * text at its two explicit ends:
 * <ul>
 *   <li>taille 1 is « moins de 40 000 habitants », so 40,000 is taille 2
 *       ({@link Boundary#LOWER_BOUND_INCLUSIVE} at 40,000);
 *   <li>taille 4 is « plus de 175 000 », so 175,000 is taille 3 ({@link Boundary#UPPER_BOUND_INCLUSIVE}
 *       at 175,000);
 *   <li>the 80,000 boundary is ambiguous (« 40 000 à 80 000 », « 80 000 à 175 000 »): cptskit
 *       <b>chooses</b> 80,000 as taille 2, reading the ranges as closed at their top as the taille 3
 *       range is at 175,000. No source settles it, so the bundled scale is flagged {@code UNCONFIRMED};
 *       pass your own scale when you know better.
 * </ul>
 *
 * <pre>{@code
 * SizeBandScale scale = SizeBandScale.bundled().at(LocalDate.of(2025, 1, 1)).get().value();
 * scale.bandOf(39_999);  // TAILLE_1
 * scale.bandOf(40_000);  // TAILLE_2
 * scale.bandOf(80_000);  // TAILLE_2 (chosen, unconfirmed)
 * scale.bandOf(175_000); // TAILLE_3
 * scale.bandOf(175_001); // TAILLE_4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param taille2From the threshold between bands 1 and 2
 * @param boundary2 which band a population exactly equal to {@code taille2From} belongs to
 * @param taille3From the threshold between bands 2 and 3
 * @param boundary3 which band a population exactly equal to {@code taille3From} belongs to
 * @param taille4From the threshold between bands 3 and 4
 * @param boundary4 which band a population exactly equal to {@code taille4From} belongs to
 */
public record SizeBandScale(
        long taille2From,
        Boundary boundary2,
        long taille3From,
        Boundary boundary3,
        long taille4From,
        Boundary boundary4) {

    /** Which side of a threshold a population exactly equal to it falls on. */
    public enum Boundary {
        /** A population equal to the threshold belongs to the upper band (40,000 is taille 2). */
        LOWER_BOUND_INCLUSIVE,
        /** A population equal to the threshold belongs to the lower band (175,000 is taille 3). */
        UPPER_BOUND_INCLUSIVE
    }

    /**
     * Checks that thresholds are positive and increasing.
     *
     * @param taille2From the threshold between bands 1 and 2
     * @param boundary2 which band a population exactly equal to {@code taille2From} belongs to
     * @param taille3From the threshold between bands 2 and 3
     * @param boundary3 which band a population exactly equal to {@code taille3From} belongs to
     * @param taille4From the threshold between bands 3 and 4
     * @param boundary4 which band a population exactly equal to {@code taille4From} belongs to
     */
    public SizeBandScale {
        if (taille2From <= 0 || taille3From <= taille2From || taille4From <= taille3From) {
            throw new IllegalArgumentException("size band thresholds must be positive and increasing: " + taille2From
                    + ", " + taille3From + ", " + taille4From);
        }
        java.util.Objects.requireNonNull(boundary2, "boundary2");
        java.util.Objects.requireNonNull(boundary3, "boundary3");
        java.util.Objects.requireNonNull(boundary4, "boundary4");
    }

    /**
     * A scale with the same boundary rule at every threshold.
     *
     * @param taille2From the threshold between bands 1 and 2
     * @param taille3From the threshold between bands 2 and 3
     * @param taille4From the threshold between bands 3 and 4
     * @param boundary which band a population exactly on any threshold belongs to
     */
    public SizeBandScale(long taille2From, long taille3From, long taille4From, Boundary boundary) {
        this(taille2From, boundary, taille3From, boundary, taille4From, boundary);
    }

    /**
     * The band of a population.
     *
     * @param population the population of the territory, 0 or more
     * @return the band
     * @throws IllegalArgumentException if the population is negative
     */
    public SizeBand bandOf(long population) {
        if (population < 0) {
            throw new IllegalArgumentException("a population is never negative: " + population);
        }
        int above = (above(population, taille2From, boundary2) ? 1 : 0)
                + (above(population, taille3From, boundary3) ? 1 : 0)
                + (above(population, taille4From, boundary4) ? 1 : 0);
        return SizeBand.values()[above];
    }

    private static boolean above(long population, long threshold, Boundary boundary) {
        return population > threshold || (population == threshold && boundary == Boundary.LOWER_BOUND_INCLUSIVE);
    }

    /**
     * The scale bundled with cptskit, dated: the scale of the ACI of 2019, unchanged by the avenants
     * the reference documents.
     *
     * @return the dated scale, each step with its source and confidence
     */
    public static EffectiveDated<SizeBandScale> bundled() {
        return Bundled.SCALE;
    }

    /**
     * The bundled scale in force on a day.
     *
     * @param day the day
     * @return the scale with its source, or none before the ACI came into force
     */
    public static Option<Sourced<SizeBandScale>> bundledAt(LocalDate day) {
        return bundled().at(java.util.Objects.requireNonNull(day, "day"));
    }

    /**
     * {@link #bundledAt(LocalDate)} as an {@code Optional} (decision record 0004).
     *
     * @param day the day
     * @return the same value, or empty
     */
    public static java.util.Optional<Sourced<SizeBandScale>> bundledAtOptional(LocalDate day) {
        return bundledAt(day).toJavaOptional();
    }

    /** Reads the bundled scale from {@code size-bands.tsv}, once (on first use). */
    private static final class Bundled {
        static final EffectiveDated<SizeBandScale> SCALE = load();

        private static EffectiveDated<SizeBandScale> load() {
            EffectiveDated<SizeBandScale> result = EffectiveDated.empty();
            try (java.io.InputStream in = SizeBandScale.class.getResourceAsStream("size-bands.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("size-bands.tsv missing from cpts-core");
                }
                java.io.BufferedReader reader = new java.io.BufferedReader(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    SizeBandScale scale = new SizeBandScale(
                            Long.parseLong(f[1]),
                            Boundary.valueOf(f[2]),
                            Long.parseLong(f[3]),
                            Boundary.valueOf(f[4]),
                            Long.parseLong(f[5]),
                            Boundary.valueOf(f[6]));
                    io.github.cptskit.core.law.LegalReference ref = io.github.cptskit.core.law.LegalReference.of(
                                    f[8], f[9])
                            .withDate(LocalDate.parse(f[10]));
                    result = result.from(
                            LocalDate.parse(f[0]),
                            Sourced.of(scale, ref, io.github.cptskit.core.law.Confidence.valueOf(f[7])));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return result;
        }
    }
}
