package io.github.cptskit.aci.tariff;

import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The type of an ACI parameter's value: how a rule file's raw value is checked and read. Each
 * {@link Parameter} declares its kind once.
 *
 * <pre>{@code
 * Parameter.ADVANCE_PERCENT.kind(); // PERCENT
 * ParameterKind.PERCENT.unit(Locale.FRENCH); // "%"
 * }</pre>
 */
public enum ParameterKind {
    /** Euros, non-negative, to the cent, at most 100,000,000 (read in cents). */
    AMOUNT("€", "€"),
    /** A whole number of months, 0 to 600. */
    MONTHS("mois", "months"),
    /** A whole number of years, 1 to 50. */
    YEARS("ans", "years"),
    /** 0 or 1 ({@code true} or {@code false}). */
    FLAG("0/1", "0/1"),
    /** A whole percentage, 0 to 100. */
    PERCENT("%", "%"),
    /** A {@link ProRata} method's name. */
    PRORATA("méthode", "method"),
    /** A whole number of inhabitants, 1 to 100,000,000. */
    POPULATION("habitants", "inhabitants");

    // Keeps every intermediate product of the cent arithmetic within a long.
    private static final BigDecimal MAX_EUROS = BigDecimal.valueOf(100_000_000L);

    private final String unitFr;
    private final String unitEn;

    ParameterKind(String unitFr, String unitEn) {
        this.unitFr = unitFr;
        this.unitEn = unitEn;
    }

    /**
     * The unit of the values, as written in rule files.
     *
     * @param locale French or other (English)
     * @return for example {@code €}, {@code mois}
     */
    public String unit(Locale locale) {
        return "fr".equals(java.util.Objects.requireNonNull(locale, "locale").getLanguage()) ? unitFr : unitEn;
    }

    /**
     * Checks a path and its raw value, as every way of changing rules checks it: unknown (naming the
     * nearest known path, among the paths of the given missions) or malformed.
     */
    static Option<Problem> checkParameter(String path, String raw, java.util.Set<MissionKey> missions) {
        Option<Parameter.Slot> slot = Parameter.slotOf(path, missions);
        if (slot.isEmpty()) {
            String near = io.github.cptskit.core.problem.NearestName.of(path, Parameter.paths(missions));
            return Option.some(
                    near == null
                            ? Problem.of(AciProblem.TARIFF_UNKNOWN_PARAMETER, path)
                            : Problem.of(AciProblem.TARIFF_UNKNOWN_PARAMETER_NEAR, path, near));
        }
        return slot.get().parameter().kind().check(path, raw);
    }

    /** The kind of a known path (none for an unknown one). */
    static Option<ParameterKind> ofPath(String path) {
        return Parameter.slotOf(path, null).map(s -> s.parameter().kind());
    }

    /** The kind of a path as declared; {@link #AMOUNT} for a path no declaration matches. */
    static ParameterKind of(String path) {
        return ofPath(path).getOrElse(AMOUNT);
    }

    /** Checks a raw value; none if it is well formed. */
    Option<Problem> check(String path, String raw) {
        String v = raw.strip();
        switch (this) {
            case AMOUNT -> {
                BigDecimal d = decimal(v);
                if (d == null || d.signum() < 0 || d.stripTrailingZeros().scale() > 2 || d.compareTo(MAX_EUROS) > 0) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_AMOUNT, path, raw);
                }
            }
            case MONTHS -> {
                if (!whole(v, 0, 600)) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_MONTHS, path, raw);
                }
            }
            case YEARS -> {
                if (!whole(v, 1, 50)) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_YEARS, path, raw);
                }
            }
            case FLAG -> {
                if (!v.equals("0") && !v.equals("1") && !v.equals("true") && !v.equals("false")) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_SWITCH, path, raw);
                }
            }
            case PERCENT -> {
                if (!whole(v, 0, 100)) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_PERCENTAGE, path, raw);
                }
            }
            case POPULATION -> {
                if (!whole(v, 1, 100_000_000L)) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_INHABITANTS, path, raw);
                }
            }
            case PRORATA -> {
                try {
                    ProRata.valueOf(v);
                } catch (IllegalArgumentException e) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_PRORATA_METHOD, path, raw);
                }
            }
        }
        return Option.none();
    }

    /** A value already checked, as a long: cents, a whole number, 0/1, or the pro rata's ordinal. */
    long encode(String raw) {
        String v = raw.strip();
        return switch (this) {
            case AMOUNT -> decimal(v).movePointRight(2).longValueExact();
            case FLAG -> flag(v) ? 1 : 0;
            case PRORATA -> ProRata.valueOf(v).ordinal();
            default -> decimal(v).longValueExact();
        };
    }

    /** Reads an amount already checked. */
    long cents(String raw) {
        return decimal(raw.strip()).movePointRight(2).longValueExact();
    }

    static int integer(String raw) {
        return decimal(raw.strip()).intValueExact();
    }

    static boolean flag(String raw) {
        String v = raw.strip();
        return v.equals("1") || v.equals("true");
    }

    private static boolean whole(String v, long min, long max) {
        BigDecimal d = decimal(v);
        return d != null
                && d.stripTrailingZeros().scale() <= 0
                && d.compareTo(BigDecimal.valueOf(min)) >= 0
                && d.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static BigDecimal decimal(String v) {
        if (v.isEmpty() || v.length() > 30) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Option<Problem> bad(AciProblem entry, String path, String raw) {
        return Option.some(Problem.of(entry, path, raw));
    }
}
