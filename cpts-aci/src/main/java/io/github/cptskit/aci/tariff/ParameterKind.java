package io.github.cptskit.aci.tariff;

import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.control.Option;
import java.math.BigDecimal;

/** The type of a parameter, from its path, and how its raw value is checked and read. */
enum ParameterKind {
    AMOUNT,
    MONTHS,
    FLAG,
    PERCENT,
    PRORATA,
    POPULATION;

    // Keeps every intermediate product of the cent arithmetic within a long.
    private static final BigDecimal MAX_EUROS = BigDecimal.valueOf(100_000_000L);

    /**
     * Every parameter path a rule text may set: the ones {@code TariffBuilder} reads. A path outside
     * this set would be read by nothing, so it is refused wherever rules are changed.
     */
    static final java.util.Set<String> KNOWN = known();

    private static java.util.Set<String> known() {
        java.util.Set<String> k = new java.util.TreeSet<>();
        for (io.github.cptskit.core.territory.SizeBand b : io.github.cptskit.core.territory.SizeBand.values()) {
            k.add("fonctionnement.taille" + b.number());
            k.add("plafond.taille" + b.number());
            for (Mission m : Mission.values()) {
                k.add("missions." + m.key() + ".fixe.taille" + b.number());
                k.add("missions." + m.key() + ".variable.taille" + b.number());
            }
        }
        for (Mission m : Mission.values()) {
            k.add("missions." + m.key() + ".obligatoire");
            k.add("missions." + m.key() + ".demarrage.mois");
            k.add("missions." + m.key() + ".deploiement.mois");
        }
        for (int b = 2; b <= 4; b++) {
            k.add(THRESHOLD_PREFIX + b);
        }
        k.add("paiement.avance.pourcentage");
        k.add("paiement.prorata.methode");
        return java.util.Collections.unmodifiableSet(k);
    }

    /** Checks a path and its raw value: unknown (with the nearest known path) or malformed. */
    static Option<Problem> checkParameter(String path, String raw) {
        if (!KNOWN.contains(path)) {
            String near = io.github.cptskit.core.problem.NearestName.of(path, KNOWN);
            return Option.some(
                    near == null
                            ? Problem.of(AciProblem.TARIFF_UNKNOWN_PARAMETER, path)
                            : Problem.of(AciProblem.TARIFF_UNKNOWN_PARAMETER_NEAR, path, near));
        }
        return of(path).check(path, raw);
    }

    /**
     * Size-band thresholds set by a text ({@code tailles.seuil.taille2} is the population from which
     * taille 2 begins): a reform can move them from its effective date.
     */
    static final String THRESHOLD_PREFIX = "tailles.seuil.taille";

    static ParameterKind of(String path) {
        if (path.startsWith(THRESHOLD_PREFIX)) {
            return POPULATION;
        }
        if (path.endsWith(".mois")) {
            return MONTHS;
        }
        if (path.endsWith(".obligatoire")) {
            return FLAG;
        }
        if (path.endsWith(".pourcentage")) {
            return PERCENT;
        }
        if (path.endsWith(".methode")) {
            return PRORATA;
        }
        return AMOUNT;
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
                BigDecimal d = decimal(v);
                if (d == null
                        || d.signum() < 0
                        || d.stripTrailingZeros().scale() > 0
                        || d.compareTo(BigDecimal.valueOf(600)) > 0) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_MONTHS, path, raw);
                }
            }
            case FLAG -> {
                if (!v.equals("0") && !v.equals("1") && !v.equals("true") && !v.equals("false")) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_SWITCH, path, raw);
                }
            }
            case PERCENT -> {
                BigDecimal d = decimal(v);
                if (d == null
                        || d.signum() < 0
                        || d.compareTo(BigDecimal.valueOf(100)) > 0
                        || d.stripTrailingZeros().scale() > 0) {
                    return bad(AciProblem.TARIFF_BAD_VALUE_PERCENTAGE, path, raw);
                }
            }
            case POPULATION -> {
                BigDecimal d = decimal(v);
                if (d == null
                        || d.signum() <= 0
                        || d.stripTrailingZeros().scale() > 0
                        || d.compareTo(BigDecimal.valueOf(100_000_000L)) > 0) {
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

    /** Reads a value already checked. */
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
