package io.github.cptskit.aci.calculation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.aci.internal.ValueStyle;
import io.github.cptskit.aci.tariff.Mission;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One payment of a {@link Remuneration}'s schedule, structured: what kind of payment, for which
 * mission, for which contract year, when, how much, and which share of the year's part it is. The
 * label is derived from them ({@link #label()}).
 *
 * <p>When each kind is paid (accord art. 9.1; Sénat report r25-032): the fonctionnement in full at
 * signature in the first contract year, then a 75 % advance at the start of each later year and the
 * balance at its anniversary; the fixed part of a mission as a 75 % advance (pro-rated) from the
 * mission's start and the balance at the anniversary; the variable part after the yearly review of
 * the indicators, at the anniversary. {@link Kind#LETTER_OF_INTENT} is the pre-ACI support after an
 * ARS letter of intent (avenant 2), which the calculator does not produce.
 *
 * <pre>{@code
 * Payment p = r.schedule().head();
 * p.kind();    // FONCTIONNEMENT
 * p.date();    // the signature
 * p.amount();  // EUR 50000.00
 * p.label();   // "fonctionnement"
 * }</pre>
 *
 * <p>An Immutables value type (decision record 0002), built with {@link #of} or {@link #builder()}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Payment implements WithPayment {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /** What a payment pays. */
    public enum Kind {
        /** The year's fonctionnement paid in full (first contract year, at signature). */
        FONCTIONNEMENT,
        /** The advance on the year's fonctionnement, at the start of the contract year. */
        FONCTIONNEMENT_ADVANCE,
        /** The balance of the year's fonctionnement, at the anniversary. */
        FONCTIONNEMENT_BALANCE,
        /** A mission's fixed part paid in full. */
        FIXED,
        /** The advance on a mission's fixed part, from its start. */
        FIXED_ADVANCE,
        /** The balance of a mission's fixed part, at the anniversary. */
        FIXED_BALANCE,
        /** A mission's variable part, after the indicators are assessed. */
        VARIABLE,
        /** The support paid after an ARS letter of intent, before the ACI (avenant 2). */
        LETTER_OF_INTENT,
        /**
         * The part of the year above its size band's ceiling, deducted from the balance at the
         * anniversary: a negative amount, present only when the ceiling binds.
         */
        CEILING_CAP;

        /**
         * Whether payments of this kind belong to a mission.
         *
         * @return true for the fixed and variable parts
         */
        public boolean perMission() {
            return this == FIXED || this == FIXED_ADVANCE || this == FIXED_BALANCE || this == VARIABLE;
        }
    }

    Payment() {}

    /**
     * What it pays.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * The mission, for a fixed or variable part.
     *
     * @return the mission, none for fonctionnement and letter-of-intent payments
     */
    @Value.Default
    public Option<Mission> mission() {
        return Option.none();
    }

    /**
     * The contract year it belongs to (0 for a letter-of-intent payment, before the contract).
     *
     * @return the year
     */
    public abstract int contractYear();

    /**
     * The day it is due.
     *
     * @return the day
     */
    public abstract LocalDate date();

    /**
     * The amount, EUR.
     *
     * @return the amount
     */
    public abstract MonetaryAmount amount();

    /**
     * The share of the year's part this payment is, in percent: 100 for a payment in full, the
     * advance rate for an advance, the rest for a balance.
     *
     * @return 1 to 100
     */
    @Value.Default
    public int sharePercent() {
        return 100;
    }

    /** Checks that the mission is given exactly for per-mission kinds, and the amount is in EUR. */
    @Value.Check
    protected void check() {
        if (kind().perMission() != mission().isDefined()) {
            throw new IllegalArgumentException(
                    kind() + (kind().perMission() ? " needs a mission" : " has no mission: " + mission()));
        }
        if (contractYear() < 0 || sharePercent() < 0 || sharePercent() > 100) {
            throw new IllegalArgumentException(
                    "contract year " + contractYear() + ", share " + sharePercent() + " % out of range");
        }
        if (!"EUR".equals(amount().getCurrency().getCurrencyCode())) {
            throw new IllegalArgumentException("a payment is in EUR: " + amount());
        }
    }

    /**
     * What is paid, in English, derived from the kind, mission and share: for example
     * {@code fonctionnement}, {@code advance 75 % acces.fixe}, {@code balance acces.fixe},
     * {@code variable acces (after the indicators are assessed)}.
     *
     * @return the label
     */
    @Value.Derived
    @Value.Auxiliary
    public String label() {
        return label(Locale.ENGLISH);
    }

    /**
     * What is paid, in French or English.
     *
     * @param locale French or other (English)
     * @return the label
     */
    public String label(Locale locale) {
        return Texts.of(Objects.requireNonNull(locale, "locale"))
                .format(
                        "payment." + kind().name(),
                        sharePercent(),
                        mission().map(Mission::key).getOrElse(""));
    }

    /**
     * A payment in full of its part.
     *
     * @param kind what it pays
     * @param mission the mission, for fixed and variable parts
     * @param contractYear the contract year
     * @param date the day it is due
     * @param amount the amount, EUR
     * @return the payment
     */
    public static Payment of(
            Kind kind, Option<Mission> mission, int contractYear, LocalDate date, MonetaryAmount amount) {
        return builder()
                .kind(Objects.requireNonNull(kind, "kind"))
                .mission(Objects.requireNonNull(mission, "mission"))
                .contractYear(contractYear)
                .date(Objects.requireNonNull(date, "date"))
                .amount(Objects.requireNonNull(amount, "amount"))
                .build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Payment}; not thread-safe. */
    public static final class Builder extends ImmutablePayment.Builder {
        Builder() {}

        /**
         * Sets the mission, for a fixed or variable part (a java.util-friendly form of {@code mission(Option.some(…))},
         * decision record 0004).
         *
         * @param mission the mission, for a fixed or variable part
         * @return this builder
         */
        public Builder mission(Mission mission) {
            return mission(Option.some(Objects.requireNonNull(mission, "mission")));
        }
    }

    /**
     * {@link #mission()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Mission> missionOptional() {
        return mission().toJavaOptional();
    }

    /**
     * This value with the mission, for a fixed or variable part (a java.util-friendly form of {@code withMission(Option.some(…))},
     * decision record 0004).
     *
     * @param mission the mission, for a fixed or variable part
     * @return a new payment
     */
    public Payment withMission(Mission mission) {
        return withMission(Option.some(Objects.requireNonNull(mission, "mission")));
    }

    /**
     * A payment in full of a mission's part (a java.util-friendly form of {@code of(kind, Option.some(mission), …)},
     * decision record 0004).
     *
     * @param kind what it pays
     * @param mission the mission
     * @param contractYear the contract year
     * @param date the day it is due
     * @param amount the amount, EUR
     * @return the payment
     */
    public static Payment of(Kind kind, Mission mission, int contractYear, LocalDate date, MonetaryAmount amount) {
        return of(kind, Option.some(Objects.requireNonNull(mission, "mission")), contractYear, date, amount);
    }
}
