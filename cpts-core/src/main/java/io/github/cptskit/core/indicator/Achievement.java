package io.github.cptskit.core.indicator;

import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How far an indicator's target was reached: a rate in [0, 1], kept exactly to the millionth.
 *
 * <p>This is the type through which the modules meet without depending on each other: the pathway
 * indicators of {@code cpts-pathways} produce it from event logs, and the variable parts of the ACI in
 * {@code cpts-aci} are paid in proportion to it.
 *
 * <pre>{@code
 * Achievement a = Achievement.ofFraction(37, 50).get(); // 0.74
 * Achievement b = Achievement.parse("0.8").get();
 * Achievement.parse("1.2");                             // Invalid: ACHIEVEMENT_OUT_OF_RANGE
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param partsPerMillion the rate in millionths, 0 to 1,000,000
 */
public record Achievement(int partsPerMillion) implements Comparable<Achievement> {

    /** The scale: one million parts make a full achievement. */
    public static final int SCALE = 1_000_000;

    /**
     * The longest text {@link #parse} reads: a rate written to the millionth needs far fewer characters,
     * and a longer one would cost time quadratic in its length (issue #27).
     */
    public static final int MAX_TEXT_LENGTH = 32;

    /** No achievement at all. */
    public static final Achievement NONE = new Achievement(0);

    /** The target fully reached. */
    public static final Achievement FULL = new Achievement(SCALE);

    /**
     * Checks the range.
     *
     * @param partsPerMillion the rate in millionths, 0 to 1,000,000
     */
    public Achievement {
        if (partsPerMillion < 0 || partsPerMillion > SCALE) {
            throw new IllegalArgumentException("an achievement is between 0 and 1: " + partsPerMillion + " ppm");
        }
    }

    /**
     * An achievement from a rate, rounded half-up to the millionth.
     *
     * @param rate the rate, between 0 and 1
     * @return the achievement, or the problem {@code ACHIEVEMENT_OUT_OF_RANGE}
     */
    public static Validation<Seq<Problem>, Achievement> of(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            return invalid(outOfRange(rate.toPlainString()));
        }
        return Validation.valid(new Achievement(
                rate.movePointRight(6).setScale(0, RoundingMode.HALF_UP).intValueExact()));
    }

    /**
     * An achievement from a count of successes out of a count of cases, such as patients who found a
     * médecin traitant out of those registered. With no case at all the achievement is none.
     *
     * @param numerator the successes, 0 or more
     * @param denominator the cases, at least the successes
     * @return the achievement, or the problem {@code ACHIEVEMENT_OUT_OF_RANGE}
     */
    public static Validation<Seq<Problem>, Achievement> ofFraction(long numerator, long denominator) {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            return invalid(outOfRange(numerator + "/" + denominator));
        }
        if (denominator == 0) {
            return Validation.valid(NONE);
        }
        return of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP));
    }

    /**
     * Parses a rate written as a decimal ({@code 0.75}, {@code 0,75}) or a percentage ({@code 75%}).
     *
     * @param text the rate
     * @return the achievement, or the problem {@code ACHIEVEMENT_SYNTAX}, {@code ACHIEVEMENT_TOO_LONG} (more than
     *     {@value #MAX_TEXT_LENGTH} characters) or {@code ACHIEVEMENT_OUT_OF_RANGE}
     */
    public static Validation<Seq<Problem>, Achievement> parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            String stripped = text.strip();
            if (stripped.length() > MAX_TEXT_LENGTH) {
                return invalid(Problem.of(CoreProblem.ACHIEVEMENT_TOO_LONG, stripped.length(), MAX_TEXT_LENGTH));
            }
        }
        String t = text.strip().replace(',', '.');
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).strip();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            return invalid(Problem.of(CoreProblem.ACHIEVEMENT_SYNTAX, text));
        }
        // Exponents far from a rate's range (1e999999999, 1e-999999999, 1e-2147483647%) would make
        // BigDecimal write a billion digits or overflow its scale: such values are settled by their
        // order of magnitude, the position of their first digit (found by fuzzing, issue #8).
        long magnitude = (long) value.precision() - value.scale() - (percent ? 2 : 0);
        if (value.signum() == 0) {
            return Validation.valid(NONE);
        }
        if (magnitude > 2 || magnitude < -8) {
            // at least 10 (or below 1e-8, which rounds to no achievement at all)
            return value.signum() > 0 && magnitude < 0 ? Validation.valid(NONE) : invalid(outOfRange(text.strip()));
        }
        return of(percent ? value.movePointLeft(2) : value);
    }

    /**
     * The rate as a decimal between 0 and 1.
     *
     * @return the rate, scale 6
     */
    public BigDecimal rate() {
        return BigDecimal.valueOf(partsPerMillion, 6);
    }

    private static Problem outOfRange(String value) {
        return Problem.of(CoreProblem.ACHIEVEMENT_OUT_OF_RANGE, value);
    }

    @Override
    public int compareTo(Achievement o) {
        return Integer.compare(partsPerMillion, o.partsPerMillion);
    }

    @Override
    public String toString() {
        return rate().stripTrailingZeros().toPlainString();
    }

    private static <T> Validation<Seq<Problem>, T> invalid(Problem p) {
        return Validation.invalid(io.vavr.collection.List.of(p));
    }
}
