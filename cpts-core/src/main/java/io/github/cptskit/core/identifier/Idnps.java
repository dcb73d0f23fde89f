package io.github.cptskit.core.identifier;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.internal.identifier.IdentifierRules;
import io.github.cptskit.core.internal.law.References;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The national identifier of a health professional (<i>identifiant national PS</i>, IDNPS) used in
 * French FHIR profiles: {@code 8} followed by the RPPS number, or {@code 0} followed by the ADELI
 * number (ANS, PSIdNat). In FHIR it is an {@code Identifier} with system {@link #FHIR_SYSTEM} and
 * type code {@code IDNPS}.
 *
 * <pre>{@code
 * Idnps id = Idnps.parse("810002909371").get();
 * id.rpps();   // Some(10002909371)
 * Idnps.of(Rpps.of("10002909371")).value(); // "810002909371"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param professional the RPPS (right) or the ADELI number (left) behind the identifier
 */
public record Idnps(Either<Adeli, Rpps> professional) implements Comparable<Idnps> {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /** The FHIR identifier system of national professional identifiers (OID of the ANS). */
    public static final String FHIR_SYSTEM = "urn:oid:1.2.250.1.71.4.2.1";

    /** The FHIR identifier type code (FR Core, v2-0203). */
    public static final String FHIR_TYPE = "IDNPS";

    /** The source of the format. */
    public static final LegalReference REFERENCE = References.IDNPS;

    private static final IdentifierRules RULES = new IdentifierRules("IDNPS", 12, REFERENCE);

    /**
     * Checks the value.
     *
     * @param professional the RPPS (right) or the ADELI number (left) behind the identifier
     */
    public Idnps {
        Objects.requireNonNull(professional, "professional");
        Objects.requireNonNull(professional.fold(a -> a, r -> r), "professional's identifier");
    }

    /**
     * The identifier of an RPPS.
     *
     * @param rpps the RPPS
     * @return {@code 8} + the RPPS
     */
    public static Idnps of(Rpps rpps) {
        return new Idnps(Either.right(Objects.requireNonNull(rpps, "rpps")));
    }

    /**
     * The identifier of an ADELI number.
     *
     * @param adeli the ADELI number
     * @return {@code 0} + the ADELI number
     */
    public static Idnps of(Adeli adeli) {
        return new Idnps(Either.left(Objects.requireNonNull(adeli, "adeli")));
    }

    /**
     * Parses an IDNPS: {@code 8} + 11-digit RPPS or {@code 0} + 9-digit ADELI.
     *
     * @param text the input
     * @return the identifier, or every problem (codes {@code IDNPS_*} and those of the RPPS or ADELI)
     * @throws NullPointerException if {@code text} is null
     */
    public static Validation<Seq<Problem>, Idnps> parse(String text) {
        String v = IdentifierRules.normalise(Objects.requireNonNull(text, "text"));
        if (v.startsWith("8")) {
            return Rpps.parse(v.substring(1)).map(Idnps::of);
        }
        if (v.startsWith("0")) {
            return Adeli.parse(v.substring(1)).map(Idnps::of);
        }
        return Validation.invalid(List.of(RULES.problem("FORMAT", IdentifierRules.quoted(v))));
    }

    /**
     * The RPPS, if this identifier is one.
     *
     * @return the RPPS
     */
    public io.vavr.control.Option<Rpps> rpps() {
        return professional.toOption();
    }

    /**
     * The identifier as written in FHIR {@code Identifier.value}.
     *
     * @return {@code 8…} or {@code 0…}
     */
    public String value() {
        return professional.fold(a -> "0" + a.value(), r -> "8" + r.value());
    }

    @Override
    public int compareTo(Idnps o) {
        return value().compareTo(o.value());
    }

    @Override
    public String toString() {
        return value();
    }

    /**
     * {@link #rpps()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Rpps> rppsOptional() {
        return rpps().toJavaOptional();
    }
}
