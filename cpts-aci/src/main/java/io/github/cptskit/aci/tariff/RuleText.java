package io.github.cptskit.aci.tariff;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.law.Sourced;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One legal text of the ACI (the accord of 2019, an avenant) or a user's own layer (their contract's
 * real figures, a reform), as the parameters it sets from its effective date. Rule files hold one
 * text each; {@link TariffRules} stacks them in date order.
 *
 * <pre>{@code
 * RuleText reform = RuleText.of("reform-2027", "Réforme simulée", LocalDate.of(2027, 1, 1),
 *     HashMap.of("fonctionnement.taille1", Sourced.userSupplied("60000", "reform")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param version a short identifier, e.g. {@code accord-2019}, {@code avenant-2}
 * @param title the full title of the text
 * @param effective the first day its parameters apply
 * @param url where the text can be read, if known
 * @param parameters the raw value of each parameter path it sets, with source and confidence
 * @param ranges for estimated or unconfirmed amounts, the range the true figure is believed to lie in
 *     (docs/aci-estimates.md says how wide and why); simulations draw figures within it
 */
public record RuleText(
        String version,
        String title,
        LocalDate effective,
        Option<String> url,
        Map<String, Sourced<String>> parameters,
        Map<String, ValueRange> ranges) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components: every range belongs to a parameter the text sets.
     *
     * @param version a short identifier, e.g. {@code accord-2019}, {@code avenant-2}
     * @param title the full title of the text
     * @param effective the first day its parameters apply
     * @param url where the text can be read, if known
     * @param parameters the raw value of each parameter path it sets, with source and confidence
     * @param ranges for estimated or unconfirmed amounts, the range the true figure is believed to lie in (docs/aci-estimates.md says how wide and why); simulations draw figures within it
     */
    public RuleText {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(ranges, "ranges");
        for (String path : ranges.keySet()) {
            if (!parameters.containsKey(path)) {
                throw new IllegalArgumentException("a range for a parameter the text does not set: " + path);
            }
        }
    }

    /**
     * A text without ranges.
     *
     * @param version the identifier
     * @param title the title
     * @param effective the effective date
     * @param url where the text can be read
     * @param parameters the parameters it sets
     */
    public RuleText(
            String version,
            String title,
            LocalDate effective,
            Option<String> url,
            Map<String, Sourced<String>> parameters) {
        this(version, title, effective, url, parameters, io.vavr.collection.HashMap.empty());
    }

    /**
     * A text without address.
     *
     * @param version the identifier
     * @param title the title
     * @param effective the effective date
     * @param parameters the parameters it sets
     * @return the text
     */
    public static RuleText of(
            String version, String title, LocalDate effective, Map<String, Sourced<String>> parameters) {
        return new RuleText(version, title, effective, Option.none(), parameters);
    }

    /**
     * {@link #url()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<String> urlOptional() {
        return url().toJavaOptional();
    }

    /**
     * {@link #parameters()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, Sourced<String>> parametersMap() {
        return java.util.Collections.unmodifiableMap(parameters().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * {@link #ranges()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<String, ValueRange> rangesMap() {
        return java.util.Collections.unmodifiableMap(ranges().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }

    /**
     * A text without address, its parameters given as a {@code java.util.Map} (decision record 0004).
     *
     * @param version the identifier
     * @param title the title
     * @param effective the effective date
     * @param parameters the parameters it sets
     * @return the text
     */
    public static RuleText of(
            String version, String title, LocalDate effective, java.util.Map<String, Sourced<String>> parameters) {
        return of(
                version,
                title,
                effective,
                io.vavr.collection.LinkedHashMap.ofAll(Objects.requireNonNull(parameters, "parameters")));
    }
}
