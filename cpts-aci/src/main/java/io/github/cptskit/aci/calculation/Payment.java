package io.github.cptskit.aci.calculation;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One payment of a {@link Remuneration}'s schedule: when, what, how much.
 *
 * @param date the day it is due
 * @param label what is paid, e.g. {@code advance 75 % acces.fixe}
 * @param amount the amount, EUR
 */
public record Payment(LocalDate date, String label, MonetaryAmount amount) {
    /** Checks the components. */
    public Payment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }
}
