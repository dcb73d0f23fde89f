package io.github.cptskit.aci.calculation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.aci.tariff.Mission;
import io.vavr.collection.List;
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
 * <p>The calculator's lines carry their formula as {@link Factor}s, the numbers the calculation used,
 * so that {@link #formula(Locale)} writes it in French or English; {@link #formula()} is the English
 * text. A line made from a text alone ({@link #Line(Component, Option, MonetaryAmount, String, Seq)})
 * has no factors and its formula reads the same in every language.
 *
 * <pre>{@code
 * Line l = remuneration.lines().get(3);
 * l.formula();               // "18 916,00 € × 184/365 days"
 * l.formula(Locale.FRENCH);  // "18 916,00 € × 184/365 jours"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param component the component
 * @param mission the mission, for fixed and variable parts
 * @param amount the amount, EUR, scale 2
 * @param formula the calculation with its values in English, e.g. {@code 37 833,00 € × 245/366 days}
 * @param parameters the parameters used, with source and confidence
 * @param factors the formula's factors, in order; empty for a line made from a text
 */
public record Line(
        Component component,
        Option<Mission> mission,
        MonetaryAmount amount,
        String formula,
        Seq<UsedParameter> parameters,
        Seq<Factor> factors) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the factors are given and the formula is not their English text
     *
     * @param component the component
     * @param mission the mission, for fixed and variable parts
     * @param amount the amount, EUR, scale 2
     * @param formula the calculation with its values in English, e.g. {@code 37 833,00 € × 245/366 days}
     * @param parameters the parameters used, with source and confidence
     * @param factors the formula's factors, in order; empty for a line made from a text
     */
    public Line {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(factors, "factors");
        if (!factors.isEmpty() && !formula.equals(Factor.formula(factors, Locale.ENGLISH))) {
            throw new IllegalArgumentException("formula \"" + formula + "\" is not the text of its factors " + factors);
        }
    }

    /**
     * A line whose formula is a text, without factors (the form of cptskit 0.x).
     *
     * @param component the component
     * @param mission the mission, for fixed and variable parts
     * @param amount the amount, EUR, scale 2
     * @param formula the calculation with its values
     * @param parameters the parameters used, with source and confidence
     */
    public Line(
            Component component,
            Option<Mission> mission,
            MonetaryAmount amount,
            String formula,
            Seq<UsedParameter> parameters) {
        this(component, mission, amount, formula, parameters, List.empty());
    }

    /** A line of the calculator: its formula is its factors. */
    static Line traced(
            Component component,
            Option<Mission> mission,
            MonetaryAmount amount,
            Seq<Factor> factors,
            Seq<UsedParameter> parameters) {
        return new Line(component, mission, amount, Factor.formula(factors, Locale.ENGLISH), parameters, factors);
    }

    /**
     * The formula in the reader's language.
     *
     * @param locale French, or another language for English
     * @return for example {@code 18 916,00 € × réalisation 0,5 × 184/365 jours}; the text of a line
     *     without factors
     */
    public String formula(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return factors.isEmpty() ? formula : Factor.formula(factors, locale);
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
        return Texts.of(Objects.requireNonNull(locale, "locale"))
                .format(
                        "line." + component.name(),
                        mission.map(m -> m.label(locale)).getOrElse(""));
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
     * {@link #parameters()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<UsedParameter> parametersList() {
        return parameters().asJava();
    }

    /**
     * {@link #factors()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Factor> factorsList() {
        return factors().asJava();
    }
}
