package io.github.cptskit.aci.calculation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.aci.tariff.Mission;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One line of a {@link Remuneration}: a component (fonctionnement, or a mission's fixed or variable
 * part), its amount in EUR to the cent, and its explanation: the formula with the values put in, the
 * parameters used with their sources, and the rule version.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param component the component
 * @param mission the mission, for fixed and variable parts
 * @param amount the amount, EUR, scale 2
 * @param formula the calculation with its values, e.g. {@code 37 833,00 € × 245/366 days}
 * @param parameters the parameters used, with source and confidence
 */
public record Line(
        Component component,
        Option<Mission> mission,
        MonetaryAmount amount,
        String formula,
        Seq<UsedParameter> parameters) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /** Checks the components. */
    public Line {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * A short label: {@code fonctionnement}, {@code acces.fixe}, {@code acces.variable}.
     *
     * @return the label
     */
    public String key() {
        return switch (component) {
            case FONCTIONNEMENT -> "fonctionnement";
            case FIXED -> mission.get().key() + ".fixe";
            case VARIABLE -> mission.get().key() + ".variable";
            case CEILING_CAP -> "plafond";
        };
    }

    /**
     * Whether the line relies on a figure that is unconfirmed or estimated.
     *
     * @return true if any parameter used needs a warning
     */
    public boolean usesUnconfirmedFigures() {
        return parameters.exists(p -> p.value().confidence().needsWarning());
    }

    /**
     * The label of the line for a reader.
     *
     * @param locale the reader's locale
     * @return for example "Accès aux soins — part fixe"
     */
    public String label(Locale locale) {
        boolean fr = "fr".equals(locale.getLanguage());
        return switch (component) {
            case FONCTIONNEMENT -> fr ? "Fonctionnement" : "Operating budget (fonctionnement)";
            case FIXED -> mission.get().label(locale) + (fr ? " — part fixe" : " — fixed part");
            case VARIABLE -> mission.get().label(locale) + (fr ? " — part variable" : " — variable part");
            case CEILING_CAP -> fr ? "Écrêtement au plafond annuel" : "Cap at the yearly ceiling";
        };
    }
}
