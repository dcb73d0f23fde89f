package io.github.cptskit.aci.calculation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.Seq;
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

    /** Checks the components. */
    public Remuneration {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * The explanation of every euro, line by line with the legal references, for a terminal.
     *
     * @param locale French or English
     * @return the text
     */
    public String explain(Locale locale) {
        boolean fr = "fr".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(fr ? "Rémunération ACI de " : "ACI remuneration of ")
                .append(scenarioId)
                .append(fr ? ", année de contrat du " : ", contract year from ")
                .append(yearStart)
                .append(fr ? " au " : " to ")
                .append(yearEnd.minusDays(1))
                .append(fr ? ", taille " : ", size band ")
                .append(band.number())
                .append(fr ? ", règles " : ", rules ")
                .append(ruleVersion)
                .append('\n');
        for (Line l : lines) {
            sb.append("  ")
                    .append(l.label(locale))
                    .append(": ")
                    .append(Amounts.format(l.amount()))
                    .append(
                            l.usesUnconfirmedFigures()
                                    ? (fr ? "  [chiffre non confirmé]" : "  [unconfirmed figure]")
                                    : "")
                    .append('\n')
                    .append("      = ")
                    .append(l.formula())
                    .append('\n');
            for (UsedParameter p : l.parameters()) {
                sb.append("      ")
                        .append(p.path())
                        .append(" = ")
                        .append(p.value().value())
                        .append(" [")
                        .append(p.value().confidence())
                        .append("] ")
                        .append(p.value().reference().citation())
                        .append('\n');
            }
        }
        sb.append(fr ? "  Total : " : "  Total: ").append(Amounts.format(total)).append('\n');
        if (!schedule.isEmpty()) {
            sb.append(fr ? "  Échéancier :\n" : "  Payment schedule:\n");
            for (Payment p : schedule) {
                sb.append("    ")
                        .append(p.date())
                        .append("  ")
                        .append(Amounts.format(p.amount()))
                        .append("  ")
                        .append(p.label())
                        .append('\n');
            }
        }
        for (Problem w : warnings) {
            sb.append("  ! ").append(w.format(locale)).append('\n');
        }
        return sb.toString();
    }
}
