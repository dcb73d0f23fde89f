package io.github.cptskit.aci.simulation;

/**
 * How a simulation dates money to calendar years. The ACI's public totals are payments made in the
 * year ("sommes versées", Sénat r25-032), so {@link #CASH} is the basis to compare with them; over a
 * horizon where every contract has ended, the three bases give the same total (money is conserved,
 * only its dating differs).
 */
public enum Basis {
    /**
     * Payments dated by the schedule of accord art. 9.1: fonctionnement at signature then at each
     * anniversary (75 % advance, balance after the yearly review), 75 % of each mission's fixed part when
     * it starts and the balance after the review, variable parts after the review.
     */
    CASH,
    /** Each contract year's amounts spread over the calendar days it covers. */
    ACCRUAL,
    /** Each contract year's amounts booked, in full, to the calendar year in which it starts. */
    CONTRACT_YEAR;

    /**
     * The basis named in lower case with dashes, as on the command line.
     *
     * @param name {@code cash}, {@code accrual} or {@code contract-year}
     * @return the basis, or none
     */
    public static io.vavr.control.Option<Basis> ofName(String name) {
        java.util.Objects.requireNonNull(name, "name");
        for (Basis b : values()) {
            if (b.cliName().equals(name)) {
                return io.vavr.control.Option.some(b);
            }
        }
        return io.vavr.control.Option.none();
    }

    /**
     * The name on the command line.
     *
     * @return e.g. {@code contract-year}
     */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * {@link #ofName(String)} as an {@code Optional} (decision record 0004).
     *
     * @param name {@code cash}, {@code accrual} or {@code contract-year}
     * @return the same value, or empty
     */
    public static java.util.Optional<Basis> ofNameOptional(String name) {
        return ofName(name).toJavaOptional();
    }
}
