package io.github.cptskit.aci.tariff;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The range an estimated or unconfirmed figure is believed to lie in, declared beside the figure in
 * a rule file ({@code "range": [low, high]}). The figure itself (the central value) lies within it.
 * Simulations draw the figure from the range; a calculation always uses the central value.
 *
 * <pre>{@code
 * ValueRange r = ValueRange.of("18916", "28374");
 * }</pre>
 *
 * @param low the lowest plausible value
 * @param high the highest plausible value, at least low
 */
public record ValueRange(BigDecimal low, BigDecimal high) {

    /**
     * Checks the order.
     *
     * @param low the lowest plausible value
     * @param high the highest plausible value, at least low
     */
    public ValueRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("low above high: " + low + " > " + high);
        }
    }

    /**
     * A range from two decimal texts.
     *
     * @param low the lowest value
     * @param high the highest value
     * @return the range
     * @throws NumberFormatException if a text is not a decimal
     */
    public static ValueRange of(String low, String high) {
        return new ValueRange(new BigDecimal(low), new BigDecimal(high));
    }

    /**
     * Whether a value lies within the range, bounds included.
     *
     * @param value the value
     * @return true if low ≤ value ≤ high
     */
    public boolean contains(BigDecimal value) {
        return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
    }

    @Override
    public String toString() {
        return "[" + low.toPlainString() + ", " + high.toPlainString() + "]";
    }
}
