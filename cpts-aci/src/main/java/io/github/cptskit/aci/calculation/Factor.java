package io.github.cptskit.aci.calculation;

import io.vavr.collection.Seq;
import java.util.Locale;
import java.util.Objects;

/**
 * One factor of a {@link Line}'s formula, as the calculation used it: kept as numbers so that the
 * formula reads in the reader's language ({@link Line#formula(Locale)}). A line's factors, in
 * order, are its formula: {@code [AMOUNT 2000000, ACHIEVEMENT 250000, DAYS 183/365]} reads
 * "20 000,00 € × achievement 0.25 × 183/365 days" in English and "20 000,00 € × réalisation 0,25 ×
 * 183/365 jours" in French.
 *
 * <pre>{@code
 * Factor days = new Factor(Factor.Kind.DAYS, 183, 365);
 * days.text(Locale.FRENCH); // "183/365 jours"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what the factor is
 * @param value its number: cents, parts per million, days, months or inhabitants (see {@link Kind})
 * @param of the second number of {@link Kind#DAYS}, {@link Kind#MONTHS} and {@link Kind#EXCESS}, 0
 *     for the other kinds
 */
public record Factor(Kind kind, long value, long of) {

    /** What a factor is. */
    public enum Kind {
        /** A yearly amount of the rules, {@code value} in cents. */
        AMOUNT,
        /** The achievement of the indicators, {@code value} in parts per million. */
        ACHIEVEMENT,
        /** The pro rata in calendar days: {@code value} days of the mission over the {@code of} days of the year. */
        DAYS,
        /** The pro rata in months: {@code value} months of the mission over {@code of} (12). */
        MONTHS,
        /** The population that chose the size band, {@code value} inhabitants. */
        POPULATION,
        /** As {@link #POPULATION}, the band read on a size-band scale that is not confirmed. */
        POPULATION_UNCONFIRMED_SCALE,
        /** The part of a total ({@code value} cents) above the ceiling ({@code of} cents). */
        EXCESS
    }

    /**
     * Checks the numbers: none negative, a pro rata over a positive whole, an excess over its ceiling.
     *
     * @param kind what the factor is
     * @param value its number: cents, parts per million, days, months or inhabitants (see {@link Kind})
     * @param of the second number of {@link Kind#DAYS}, {@link Kind#MONTHS} and {@link Kind#EXCESS}, 0 for the other kinds
     */
    public Factor {
        Objects.requireNonNull(kind, "kind");
        boolean ratio = kind == Kind.DAYS || kind == Kind.MONTHS;
        boolean ok = value >= 0
                && of >= 0
                && switch (kind) {
                    case DAYS, MONTHS -> of > 0 && value <= of;
                    case EXCESS -> value > of;
                    default -> of == 0;
                };
        if (!ok) {
            throw new IllegalArgumentException(kind + " " + value + (ratio ? "/" : " of ") + of + " is not a factor");
        }
    }

    /**
     * The factor in the reader's language, without the sign that joins it to the previous one.
     *
     * @param locale French, or another language for English
     * @return for example {@code achievement 0.58}, {@code réalisation 0,58}, {@code 275/365 days}
     */
    public String text(Locale locale) {
        return text(Texts.of(Objects.requireNonNull(locale, "locale")));
    }

    private String text(Texts texts) {
        return switch (kind) {
            case AMOUNT -> euros(value);
            case ACHIEVEMENT -> texts.format("factor.achievement", texts.decimal(value, 6));
            case DAYS -> texts.format("factor.days", value, of);
            case MONTHS -> texts.format("factor.months", value, of);
            case POPULATION -> texts.format("factor.population", texts.integer(value));
            case POPULATION_UNCONFIRMED_SCALE ->
                texts.format("factor.population.unconfirmedScale", texts.integer(value));
            case EXCESS -> "−(" + euros(value) + " − " + euros(of) + ")";
        };
    }

    /**
     * Factors written as one formula: multiplied ({@code ×}), the population in brackets after the
     * amount it chose.
     *
     * @param factors the factors, in order
     * @param locale the reader's locale
     * @return for example {@code 20 000,00 € × 183/365 days}
     */
    static String formula(Seq<Factor> factors, Locale locale) {
        Texts texts = Texts.of(locale);
        StringBuilder sb = new StringBuilder();
        for (Factor f : factors) {
            if (sb.length() > 0) {
                sb.append(f.kind == Kind.POPULATION || f.kind == Kind.POPULATION_UNCONFIRMED_SCALE ? " " : " × ");
            }
            sb.append(f.text(texts));
        }
        return sb.toString();
    }

    private static String euros(long cents) {
        return Amounts.formatCents(cents);
    }
}
