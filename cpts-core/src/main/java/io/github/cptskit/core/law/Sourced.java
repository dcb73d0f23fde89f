package io.github.cptskit.core.law;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A value together with where it comes from and how sure we are of it.
 *
 * <pre>{@code
 * Sourced<Long> threshold = Sourced.of(40_000L,
 *     LegalReference.of("ARS Hauts-de-France, financement de la CPTS", "tailles"),
 *     Confidence.CONFIRMED);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param value the value, not null
 * @param reference where it comes from
 * @param confidence how sure we are of it
 * @param <T> the type of the value
 */
public record Sourced<T>(T value, LegalReference reference, Confidence confidence) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param value the value, not null
     * @param reference where it comes from
     * @param confidence how sure we are of it
     */
    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(confidence, "confidence");
    }

    /**
     * Creates a sourced value.
     *
     * @param value the value
     * @param reference its source
     * @param confidence how sure we are of it
     * @param <T> the type of the value
     * @return the sourced value
     */
    public static <T> Sourced<T> of(T value, LegalReference reference, Confidence confidence) {
        return new Sourced<>(value, reference, confidence);
    }

    /**
     * A value the user supplied to replace a bundled one.
     *
     * @param value the value
     * @param origin where the user's value comes from, in domain terms (a contract, a file); the
     *     reference cites it with the note "valeur fournie par l'utilisateur"/"user-supplied value"
     * @param <T> the type of the value
     * @return the sourced value, with confidence {@link Confidence#USER_SUPPLIED}
     */
    public static <T> Sourced<T> userSupplied(T value, String origin) {
        return new Sourced<>(
                value,
                LegalReference.of(origin, "").withNote("valeur fournie par l'utilisateur", "user-supplied value"),
                Confidence.USER_SUPPLIED);
    }
}
