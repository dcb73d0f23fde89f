package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.calculation.Scenario;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A CPTS that signed the ACI, as a national simulation needs it: its population (which sets its
 * size band), its region and its signature day. Its contract years, missions and achievements are
 * the simulation's business.
 *
 * <pre>{@code
 * Signatory s = new Signatory("SYN-0001", "84", 97_000, LocalDate.of(2020, 3, 1));
 * }</pre>
 *
 * @param id the identifier, unique within a portfolio
 * @param region the INSEE region code (may be empty when unknown)
 * @param population the population of its territory, at least 1
 * @param signature the day it signed the ACI, from {@link Scenario#ACCORD_IN_FORCE} to
 *     {@link Scenario#LAST_SIGNATURE}
 */
public record Signatory(String id, String region, long population, LocalDate signature) {

    /**
     * Checks the components.
     *
     * @param id the identifier, unique within a portfolio
     * @param region the INSEE region code (may be empty when unknown)
     * @param population the population of its territory, at least 1
     * @param signature the day it signed the ACI, from {@link Scenario#ACCORD_IN_FORCE} to {@link Scenario#LAST_SIGNATURE}
     */
    public Signatory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(signature, "signature");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank id");
        }
        if (population < 1) {
            throw new IllegalArgumentException(id + ": a population of at least 1 is expected: " + population);
        }
        if (signature.isBefore(Scenario.ACCORD_IN_FORCE) || signature.isAfter(Scenario.LAST_SIGNATURE)) {
            throw new IllegalArgumentException(id + ": signature outside the ACI's period: " + signature);
        }
    }
}
