package io.github.cptskit.aci.budget;

import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The cap on what a CPTS may pay each of its member professionals: one <i>plafond annuel de la
 * sécurité sociale</i> (PASS) per professional per calendar year, indemnités and rémunérations
 * together (CSP art. D.1434-44, created by décret n° 2022-375 of 16 March 2022). The PASS is data,
 * one value per calendar year fixed by a yearly arrêté: 2022 to 2026 are bundled from the arrêtés
 * ({@code CONFIRMED}), 2019 to 2021 ship {@code UNCONFIRMED} (see {@code pass.tsv}), and
 * {@link #withPass} replaces or adds any year. A year whose PASS is neither bundled nor supplied is
 * the coded problem {@code PAYMENT_CAP_NO_PASS}: the previous year's value is never used in its place
 * (a later year's PASS is not known until its arrêté is published).
 *
 * <pre>{@code
 * Seq<Problem> over = PaymentCap.bundled().check(2024, payments);
 * // "professional 10002909371 received 50,000.00 € in 2024, above 1 PASS (46,368.00 €)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentCap {

    /** The article that sets the cap. */
    public static final LegalReference D_1434_44 = LegalReference.of(
                    "Code de la santé publique (décret n° 2022-375 du 16 mars 2022)", "art. D.1434-44")
            .withDate(LocalDate.of(2022, 3, 16));

    /** The first year the cap applies (the décret of 16 March 2022). */
    public static final int FIRST_YEAR = 2022;

    private final EffectiveDated<Long> pass;

    private PaymentCap(EffectiveDated<Long> pass) {
        this.pass = pass;
    }

    /**
     * The cap with the bundled PASS series.
     *
     * @return the cap
     */
    public static PaymentCap bundled() {
        return Bundled.CAP;
    }

    private static final class Bundled {
        static final PaymentCap CAP = new PaymentCap(load());
    }

    /**
     * A cap with a PASS series of the caller's (each year's value effective on 1 January).
     *
     * @param pass the PASS per year, in cents
     * @return the cap
     */
    public static PaymentCap of(EffectiveDated<Long> pass) {
        return new PaymentCap(Objects.requireNonNull(pass, "pass"));
    }

    /**
     * The PASS series used, in cents.
     *
     * @return the dated PASS
     */
    public EffectiveDated<Long> pass() {
        return pass;
    }

    /**
     * The PASS of a calendar year, bundled or supplied: only a value set for that very year, never an
     * earlier year's value.
     *
     * @param year the calendar year
     * @return the PASS in cents with its source, or none if neither bundled nor supplied
     */
    public Option<Sourced<Long>> passOf(int year) {
        return pass.steps().get(LocalDate.of(year, 1, 1)).flatMap(o -> o);
    }

    /**
     * This cap with a user's value of the PASS for a year.
     *
     * @param year the calendar year
     * @param euros the PASS, whole euros
     * @return a new cap
     */
    public PaymentCap withPass(int year, long euros) {
        if (euros <= 0) {
            throw new IllegalArgumentException("a PASS is positive: " + euros);
        }
        return new PaymentCap(pass.from(LocalDate.of(year, 1, 1), Sourced.userSupplied(euros * 100, "PASS " + year)));
    }

    /**
     * Checks a year's payments: every professional paid more than one PASS in the year is reported
     * with the amounts.
     *
     * @param year the calendar year
     * @param payments the payments (those outside the year are ignored; a {@code java.util.List}, a Vavr {@code Seq}…)
     * @return the problems: {@code PAYMENT_CAP_EXCEEDED} errors, a {@code PAYMENT_CAP_UNCONFIRMED_PASS}
     *     warning when the PASS used is unconfirmed, {@code PAYMENT_CAP_NO_PASS} when the year's PASS is
     *     neither bundled nor supplied, a {@code PAYMENT_CAP_CURRENCY} error for each payment of the year
     *     not in euros (amounts read from a host's accounting are data: such a payment is left out of
     *     the sums, never converted); empty before 2022, when the rule did not exist
     */
    public Seq<Problem> check(int year, Iterable<? extends MemberPayment> payments) {
        Seq<MemberPayment> all = List.ofAll(Objects.requireNonNull(payments, "payments"));
        if (year < FIRST_YEAR) {
            return List.empty();
        }
        Seq<Problem> currency = all.filter(p -> p.date().getYear() == year && !euros(p))
                .map(p -> Problem.of(
                                AciProblem.PAYMENT_CAP_CURRENCY,
                                p.professional(),
                                p.date(),
                                p.amount()
                                        .getNumber()
                                        .numberValueExact(java.math.BigDecimal.class)
                                        .toPlainString(),
                                p.amount().getCurrency().getCurrencyCode())
                        .withReference(D_1434_44));
        Seq<MemberPayment> paid = all.filter(PaymentCap::euros);
        Option<Sourced<Long>> cap = passOf(year);
        if (cap.isEmpty()) {
            Option<LocalDate> last = pass.effectiveDates().lastOption();
            String known = last.map(d -> String.valueOf(d.getYear())).getOrElse("-");
            return currency.prepend(
                    Problem.of(AciProblem.PAYMENT_CAP_NO_PASS, year, known).withReference(D_1434_44));
        }
        Sourced<Long> c = cap.get();
        TreeMap<String, Long> perProfessional = TreeMap.empty();
        for (MemberPayment p : paid) {
            if (p.date().getYear() == year) {
                perProfessional = perProfessional.put(p.professional(), Amounts.cents(p.amount()), Long::sum);
            }
        }
        Seq<Problem> problems = currency;
        if (c.confidence().needsWarning()) {
            problems = problems.append(Problem.of(AciProblem.PAYMENT_CAP_UNCONFIRMED_PASS, year, euros(c.value()))
                    .withReference(c.reference()));
        }
        for (var e : perProfessional) {
            if (e._2 > c.value()) {
                problems = problems.append(
                        Problem.of(AciProblem.PAYMENT_CAP_EXCEEDED, e._1, euros(e._2), year, euros(c.value()))
                                .withReference(D_1434_44));
            }
        }
        return problems;
    }

    private static boolean euros(MemberPayment p) {
        return "EUR".equals(p.amount().getCurrency().getCurrencyCode());
    }

    private static String euros(long cents) {
        return Amounts.format(Amounts.ofCents(cents));
    }

    private static EffectiveDated<Long> load() {
        EffectiveDated<Long> result = EffectiveDated.empty();
        try (InputStream in = PaymentCap.class.getResourceAsStream("pass.tsv")) {
            BufferedReader r = new BufferedReader(
                    new InputStreamReader(Objects.requireNonNull(in, "pass.tsv"), StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                result = result.from(
                        LocalDate.parse(f[0]),
                        Sourced.of(
                                Long.parseLong(f[1]) * 100,
                                LegalReference.of(f[3], "plafond annuel de la sécurité sociale"),
                                Confidence.valueOf(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /**
     * {@link #passOf(int)} as an {@code Optional} (decision record 0004).
     *
     * @param year the calendar year
     * @return the same value, or empty
     */
    public java.util.Optional<Sourced<Long>> passOfOptional(int year) {
        return passOf(year).toJavaOptional();
    }

    /**
     * {@link #check(int,Iterable)} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @param year the calendar year
     * @param payments the payments
     * @return the same elements
     */
    public java.util.List<Problem> checkList(int year, Iterable<? extends MemberPayment> payments) {
        return check(year, payments).asJava();
    }
}
