package io.github.cptskit.aci.calculation;

import java.math.BigDecimal;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Conversions between the exact cents cptskit computes with and {@link MonetaryAmount}s in EUR.
 *
 * <pre>{@code
 * MonetaryAmount a = Amounts.ofCents(6_000_000); // EUR 60000.00
 * long c = Amounts.cents(a);                     // 6000000
 * }</pre>
 */
public final class Amounts {

    /**
     * Moneta's logger, held so that its level stays set: Moneta logs "Using custom MathContext" at INFO
     * on first use, which a library's user did not ask for. A host that configured this logger keeps
     * its own level.
     */
    private static final Logger MONETA_LOG = quiet(Logger.getLogger("org.javamoney.moneta"));

    /** The euro, looked up once (Moneta's string lookup is slow). */
    public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private static Logger quiet(Logger log) {
        if (log.getLevel() == null) {
            log.setLevel(Level.WARNING);
        }
        return log;
    }

    private Amounts() {}

    /**
     * An amount in EUR from cents.
     *
     * @param cents the cents
     * @return the amount, scale 2
     */
    public static MonetaryAmount ofCents(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), EUR);
    }

    /**
     * Bootstraps Moneta (its service providers, the EUR currency, an amount and its number) so that
     * the first remuneration does not pay for it. {@code TariffRules.bundled()} runs it on a daemon
     * thread while it reads the rule files, which overlaps the two on a machine with two cores or more
     * (cold start, issue #16); the thread inherits the caller's context class loader. Calling it again
     * costs nothing.
     */
    public static void warmUp() {
        cents(ofCents(1));
    }

    /**
     * The cents of an amount in EUR with at most two decimals.
     *
     * @param amount the amount
     * @return the cents
     * @throws IllegalArgumentException if the amount is not in EUR or has fractions of a cent
     */
    public static long cents(MonetaryAmount amount) {
        if (!EUR.equals(amount.getCurrency())) {
            throw new IllegalArgumentException("amounts are in EUR: " + amount);
        }
        BigDecimal cents = amount.getNumber().numberValue(BigDecimal.class).movePointRight(2);
        try {
            return cents.longValueExact();
        } catch (ArithmeticException e) {
            // fractions of a cent, or beyond what a long holds: the caller's amount, not a bug of ours
            throw new IllegalArgumentException("amount is not a whole number of cents: " + amount, e);
        }
    }

    /**
     * An amount as French accounting writes it, e.g. {@code 60 000,00 €}.
     *
     * @param amount the amount
     * @return the text
     */
    public static String format(MonetaryAmount amount) {
        return format(amount.getNumber().numberValue(BigDecimal.class).setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    /** As {@link #format(MonetaryAmount)}, from cents: explanations write many amounts, without making a Money of each. */
    static String formatCents(long cents) {
        return format(BigDecimal.valueOf(cents, 2));
    }

    private static String format(BigDecimal v) {
        String plain = v.abs().toPlainString();
        return (v.signum() < 0 ? "-" : "") + grouped(plain.substring(0, plain.length() - 3)) + ","
                + plain.substring(plain.length() - 2) + " €";
    }

    /** Digits grouped by thousands with a no-break space, as French accounting writes them. */
    static String grouped(String digits) {
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('\u00a0');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
