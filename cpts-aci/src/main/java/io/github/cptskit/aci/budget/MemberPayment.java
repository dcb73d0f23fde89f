package io.github.cptskit.aci.budget;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A payment by a CPTS to one of its member professionals: an <i>indemnité</i> (compensation for lost
 * income) or a <i>rémunération</i> for taking part in its public-service missions (CSP D.1434-44).
 * The professional is identified by the caller's own reference (an RPPS, an internal id): cptskit
 * needs nothing else about them.
 *
 * @param professional the caller's reference of the professional
 * @param date the day of the payment
 * @param amount the amount, EUR
 */
public record MemberPayment(String professional, LocalDate date, MonetaryAmount amount) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param professional the caller's reference of the professional
     * @param date the day of the payment
     * @param amount the amount, EUR
     */
    public MemberPayment {
        Objects.requireNonNull(professional, "professional");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
