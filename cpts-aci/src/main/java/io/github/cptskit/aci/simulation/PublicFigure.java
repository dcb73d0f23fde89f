package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.core.law.Confidence;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A public figure of national ACI spending, with its source, as the simulation is calibrated on and
 * checked against (domain reference {@code aci.md} §6). The figures are payments made in the calendar
 * year ("sommes versées"), a {@link Basis#CASH} basis. Whether they include money outside the ACI
 * (FIR funding, support before signature) is not said by their sources: a simulation counts the
 * letter-of-intent support and the fonctionnement uplift as separate, switchable parts for that reason.
 *
 * @param year the calendar year
 * @param amountCents the amount in euro cents
 * @param quote what the source says
 * @param source who says it, where
 * @param citation a short form of the source for charts, e.g. {@code Sénat r25-032}
 * @param confidence how sure it is
 * @param role how the simulation uses it
 */
public record PublicFigure(
        int year, long amountCents, String quote, String source, String citation, Confidence confidence, Role role) {

    /** How a simulation uses a public figure. */
    public enum Role {
        /** Fitted by {@link Calibration}. */
        FIT,
        /** Left out of the fit, shown as an out-of-sample check. */
        HELD_OUT,
        /** Shown for context only (partisan or inconsistent source). */
        CONTEXT
    }

    /**
     * Checks the components.
     *
     * @param year the calendar year
     * @param amountCents the amount in euro cents
     * @param quote what the source says
     * @param source who says it, where
     * @param citation a short form of the source for charts, e.g. {@code Sénat r25-032}
     * @param confidence how sure it is
     * @param role how the simulation uses it
     */
    public PublicFigure {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(role, "role");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a positive amount is expected: " + amountCents);
        }
    }

    /**
     * The amount in EUR.
     *
     * @return the amount
     */
    public MonetaryAmount amount() {
        return Amounts.ofCents(amountCents);
    }

    /**
     * The public figures known to cptskit, from the domain reference {@code aci.md} §6.
     *
     * @return the figures, by year
     */
    public static Seq<PublicFigure> bundled() {
        String senat = "Sénat, rapport d'information r25-032 (2025), synthèse";
        return List.of(
                new PublicFigure(
                        2022,
                        10_580_000_000L,
                        "« Les sommes versées aux CPTS sont importantes : 105,8 et 121 millions d'euros, respectivement, en"
                                + " 2022 et 2023 »",
                        senat,
                        "Sénat r25-032",
                        Confidence.CONFIRMED,
                        Role.FIT),
                new PublicFigure(
                        2023, 12_100_000_000L, "same sentence", senat, "Sénat r25-032", Confidence.CONFIRMED, Role.FIT),
                new PublicFigure(
                        2024,
                        17_000_000_000L,
                        "« En 2024, 170 millions d'euros ont été investis dans ces organisations territoriales »",
                        "T. Fatôme, DG of the CNAM, via Concours pluripro (single secondary source)",
                        "DG CNAM, 1 source",
                        Confidence.UNCONFIRMED,
                        Role.HELD_OUT),
                new PublicFigure(
                        2024,
                        12_100_000_000L,
                        "« 624 contrats CPTS ont été signés au 30 septembre 2024, cela représente 121 millions d'euros"
                                + " d'[ACI] versés » (to 30 September 2024 only)",
                        "UFMLS via What's up Doc (single partisan source, unverified)",
                        "UFMLS, partisan, to 30 Sep",
                        Confidence.UNCONFIRMED,
                        Role.CONTEXT));
    }

    /**
     * {@link #bundled()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public static java.util.List<PublicFigure> bundledList() {
        return bundled().asJava();
    }
}
