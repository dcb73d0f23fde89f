package io.github.cptskit.aci.tariff;

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
            return Option.some(Problem.error(
                    "TARIFF_UNKNOWN_PARAMETER",
                    "paramètre inconnu : " + path + (near == null ? "" : " (vouliez-vous dire " + near + " ?)"),
                    "unknown parameter: " + path + (near == null ? "" : " (did you mean " + near + "?)")));
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
                    return bad(
                            path,
                            raw,
                            "un montant en euros positif, au centime près, au plus 100 000 000",
                            "a non-negative amount in euros, to the cent, at most 100,000,000");
                }
            }
            case MONTHS -> {
                BigDecimal d = decimal(v);
                if (d == null
                        || d.signum() < 0
                        || d.stripTrailingZeros().scale() > 0
                        || d.compareTo(BigDecimal.valueOf(600)) > 0) {
                    return bad(path, raw, "un nombre entier de mois", "a whole number of months");
                }
            }
            case FLAG -> {
                if (!v.equals("0") && !v.equals("1") && !v.equals("true") && !v.equals("false")) {
                    return bad(path, raw, "0 ou 1", "0 or 1");
                }
            }
            case PERCENT -> {
                BigDecimal d = decimal(v);
                if (d == null
                        || d.signum() < 0
                        || d.compareTo(BigDecimal.valueOf(100)) > 0
                        || d.stripTrailingZeros().scale() > 0) {
                    return bad(path, raw, "un pourcentage entier de 0 à 100", "a whole percentage from 0 to 100");
                }
            }
            case POPULATION -> {
                BigDecimal d = decimal(v);
                if (d == null
                        || d.signum() <= 0
                        || d.stripTrailingZeros().scale() > 0
                        || d.compareTo(BigDecimal.valueOf(100_000_000L)) > 0) {
                    return bad(path, raw, "un nombre entier d'habitants", "a whole number of inhabitants");
                }
            }
            case PRORATA -> {
                try {
                    ProRata.valueOf(v);
                } catch (IllegalArgumentException e) {
                    return bad(path, raw, "JOURS_CALENDAIRES ou MOIS", "JOURS_CALENDAIRES or MOIS");
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

    private static Option<Problem> bad(String path, String raw, String expectedFr, String expectedEn) {
        return Option.some(Problem.error(
                "TARIFF_BAD_VALUE",
                "valeur invalide pour " + path + " : « " + raw + " » (attendu : " + expectedFr + ")",
                "invalid value for " + path + ": \"" + raw + "\" (expected " + expectedEn + ")"));
    }
}
