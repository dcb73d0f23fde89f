package io.github.cptskit.aci.simulation;

import io.github.cptskit.core.law.Confidence;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter of the national simulation model that is not an ACI figure: how CPTS behave (mean
 * achievement, uptake of optional missions, start delays), how the Assurance Maladie pays (review
 * delay), and money outside the contract (letter-of-intent support, fonctionnement uplift). Each has
 * a central value and, when uncertain, a range the simulation draws it from: below the central value
 * uniformly between {@code low} and {@code central} with probability ½, above it uniformly between
 * {@code central} and {@code high} with probability ½ (a two-piece uniform whose median is the
 * central value). A point ({@code low == central == high}) is certain.
 *
 * <pre>{@code
 * ModelParameter lag = ModelParameters.bundled().get("paiement.revue.delai.mois");
 * lag.valueAt(0.5); // the central value, 4 months
 * }</pre>
 *
 * @param name the dotted name, e.g. {@code realisation.moyenne}
 * @param kind what values it takes
 * @param low the lowest value
 * @param central the central value
 * @param high the highest value
 * @param unit the unit, e.g. {@code rate}, {@code months}, {@code EUR}
 * @param confidence how sure the central value is
 * @param source where the value and its range come from
 * @param description what it means, in one sentence
 */
public record ModelParameter(
        String name,
        Kind kind,
        double low,
        double central,
        double high,
        String unit,
        Confidence confidence,
        String source,
        String description) {

    /** What values a parameter takes. */
    public enum Kind {
        /** Any real number in its range. */
        CONTINUOUS,
        /** A whole number (months, years); draws are rounded half-up. */
        INTEGER,
        /** 0 (off) or 1 (on); never drawn. */
        SWITCH,
        /** A day, stored as its epoch day; never drawn. */
        DATE
    }

    /**
     * Checks the order of the values and the kind's constraints.
     *
     * @param name the dotted name, e.g. {@code realisation.moyenne}
     * @param kind what values it takes
     * @param low the lowest value
     * @param central the central value
     * @param high the highest value
     * @param unit the unit, e.g. {@code rate}, {@code months}, {@code EUR}
     * @param confidence how sure the central value is
     * @param source where the value and its range come from
     * @param description what it means, in one sentence
     */
    public ModelParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        if (!(Double.isFinite(low) && Double.isFinite(central) && Double.isFinite(high))) {
            throw new IllegalArgumentException(name + ": values must be finite");
        }
        if (!(low <= central && central <= high)) {
            throw new IllegalArgumentException(
                    name + ": low <= central <= high expected: " + low + ", " + central + ", " + high);
        }
        if ((kind == Kind.SWITCH || kind == Kind.DATE) && (low != central || high != central)) {
            throw new IllegalArgumentException(name + ": a " + kind + " has no range");
        }
        if (kind == Kind.SWITCH && central != 0 && central != 1) {
            throw new IllegalArgumentException(name + ": a switch is 0 or 1");
        }
    }

    /**
     * Whether the simulation draws this parameter.
     *
     * @return true if its range is not a point
     */
    public boolean uncertain() {
        return low < high;
    }

    /**
     * The value at a quantile of its distribution.
     *
     * @param u the quantile, 0 to 1 (½ gives the central value)
     * @return the value, rounded for whole-number kinds
     */
    public double valueAt(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("a quantile between 0 and 1 is expected: " + u);
        }
        double v = u < 0.5 ? low + 2 * u * (central - low) : central + (2 * u - 1) * (high - central);
        return kind == Kind.INTEGER ? Math.floor(v + 0.5) : v;
    }

    /**
     * This parameter fixed at a value.
     *
     * @param value the value
     * @return a certain parameter
     */
    public ModelParameter at(double value) {
        return new ModelParameter(name, kind, value, value, value, unit, Confidence.USER_SUPPLIED, "user", description);
    }

    /**
     * This parameter at its central value, certain.
     *
     * @return the collapsed parameter
     */
    public ModelParameter collapsed() {
        return new ModelParameter(name, kind, central, central, central, unit, confidence, source, description);
    }

    /**
     * A value as written in files and outputs: a date for {@link Kind#DATE}, a plain number otherwise.
     *
     * @param value the value
     * @return its text
     */
    public String format(double value) {
        if (kind == Kind.DATE) {
            return LocalDate.ofEpochDay((long) value).toString();
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * A value as written to a file: a date for {@link Kind#DATE}, otherwise the shortest decimal that
     * reads back to the same double.
     *
     * @param value the value
     * @return its text, exact
     */
    public String exact(double value) {
        if (kind == Kind.DATE) {
            return LocalDate.ofEpochDay((long) value).toString();
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return name + "=" + format(central) + (uncertain() ? " [" + format(low) + ", " + format(high) + "]" : "") + " "
                + unit + " (" + confidence + ")";
    }
}
