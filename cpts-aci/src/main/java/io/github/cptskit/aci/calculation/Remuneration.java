package io.github.cptskit.aci.calculation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What the ACI pays a CPTS for one contract year: one {@link Line} per component, whose amounts add
 * up to the total to the cent, the payment schedule, and the warnings a reader must see (unconfirmed
 * or estimated figures used, missions started after their deadline).
 *
 * <p>Rounding rule: each line is computed exactly in rational cents and rounded half-up to the cent
 * once; the total is the sum of the rounded lines, so the lines always add up to it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scenarioId the scenario's identifier
 * @param yearStart the first day of the contract year
 * @param yearEnd the anniversary (first day after the year)
 * @param band the size band
 * @param ruleVersion the version of the rules used (the latest text in force at the start of the year)
 * @param lines the lines
 * @param total the total, EUR
 * @param schedule the payments, in date order; they add up to the total
 * @param warnings what the reader must know
 */
public record Remuneration(
        String scenarioId,
        LocalDate yearStart,
        LocalDate yearEnd,
        SizeBand band,
        String ruleVersion,
        Seq<Line> lines,
        MonetaryAmount total,
        Seq<Payment> schedule,
        Seq<Problem> warnings) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components and the invariants a reader relies on, so that a remuneration read from
     * JSON or built by hand is as sound as a calculated one: every amount in EUR, the lines and the
     * payments (when there is a schedule) adding up to the total, a year that ends after it starts.
     *
     * @param scenarioId the scenario's identifier
     * @param yearStart the first day of the contract year
     * @param yearEnd the anniversary (first day after the year)
     * @param band the size band
     * @param ruleVersion the version of the rules used (the latest text in force at the start of the year)
     * @param lines the lines
     * @param total the total, EUR
     * @param schedule the payments, in date order; they add up to the total
     * @param warnings what the reader must know
     * @throws NullPointerException naming the missing component
     * @throws IllegalArgumentException naming the broken invariant
     */
    public Remuneration {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(yearStart, "yearStart");
        Objects.requireNonNull(yearEnd, "yearEnd");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(warnings, "warnings");
        if (!yearEnd.isAfter(yearStart)) {
            throw new IllegalArgumentException("the year ends (" + yearEnd + ") before it starts (" + yearStart + ")");
        }
        BigDecimal expected = euros(total, "total");
        BigDecimal sumOfLines = lines.foldLeft(BigDecimal.ZERO, (s, l) -> s.add(euros(l.amount(), "line")));
        if (sumOfLines.compareTo(expected) != 0) {
            throw new IllegalArgumentException("the lines add up to " + sumOfLines.toPlainString()
                    + ", not to the total " + expected.toPlainString());
        }
        BigDecimal sumOfPayments = schedule.foldLeft(BigDecimal.ZERO, (s, p) -> s.add(euros(p.amount(), "payment")));
        if (!schedule.isEmpty() && sumOfPayments.compareTo(expected) != 0) {
            throw new IllegalArgumentException("the payments add up to " + sumOfPayments.toPlainString()
                    + ", not to the total " + expected.toPlainString());
        }
    }

    private static BigDecimal euros(MonetaryAmount amount, String what) {
        if (!Amounts.EUR.equals(amount.getCurrency())) {
            throw new IllegalArgumentException(
                    what + " in " + amount.getCurrency().getCurrencyCode() + ", not in EUR");
        }
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * The explanation of every euro, line by line with the legal references, for a terminal: its
     * words (headings, labels, formulas, confidences, payment labels) in French for a French locale
     * and in English for any other; the citations of sources are written as the rules hold them.
     *
     * @param locale French, or another language for English
     * @return the text
     */
    public String explain(Locale locale) {
        Texts texts = Texts.of(Objects.requireNonNull(locale, "locale"));
        StringBuilder sb = new StringBuilder();
        sb.append(texts.format(
                        "explain.header", scenarioId, yearStart, yearEnd.minusDays(1), band.number(), ruleVersion))
                .append('\n');
        for (Line l : lines) {
            sb.append("  ")
                    .append(texts.format("explain.line", l.label(locale), Amounts.format(l.amount())))
                    .append(l.usesUnconfirmedFigures() ? "  " + texts.format("explain.unconfirmed") : "")
                    .append('\n')
                    .append("      = ")
                    .append(l.formula(locale))
                    .append('\n');
            for (UsedParameter p : l.parameters()) {
                sb.append("      ")
                        .append(p.path())
                        .append(" = ")
                        .append(p.value().value())
                        .append(" [")
                        .append(texts.format(
                                "confidence." + p.value().confidence().name()))
                        .append("] ")
                        .append(p.value().reference().citation(locale))
                        .append('\n');
            }
        }
        sb.append("  ")
                .append(texts.format("explain.total", Amounts.format(total)))
                .append('\n');
        if (!schedule.isEmpty()) {
            sb.append("  ").append(texts.format("explain.schedule")).append('\n');
            for (Payment p : schedule) {
                sb.append("    ")
                        .append(p.date())
                        .append("  ")
                        .append(Amounts.format(p.amount()))
                        .append("  ")
                        .append(p.label(locale))
                        .append('\n');
            }
        }
        for (Problem w : warnings) {
            sb.append("  ! ").append(w.format(locale)).append('\n');
        }
        return sb.toString();
    }

    /**
     * {@link #lines()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Line> linesList() {
        return lines().asJava();
    }

    /**
     * {@link #schedule()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Payment> scheduleList() {
        return schedule().asJava();
    }

    /**
     * {@link #warnings()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Problem> warningsList() {
        return warnings().asJava();
    }
}
