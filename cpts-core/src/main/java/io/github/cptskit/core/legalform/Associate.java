package io.github.cptskit.core.legalform;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.profession.Profession;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A member or associate of a legal entity, as much as its constitutive rules need to know: whether
 * it is a natural person, its profession, its SCIC category, whether it is a public body and its
 * share of the capital.
 *
 * <pre>{@code
 * Associate gp = Associate.professional(Profession.MEDECIN);
 * Associate town = Associate.legalPerson().asPublicBody().withCapitalShare(300_000); // 30 %
 * }</pre>
 *
 * @param naturalPerson true for a natural person
 * @param profession the profession of a natural person, if any
 * @param scicCategory the SCIC category of associates, if any
 * @param publicBody true for a collectivité territoriale, its groupement or an établissement public territorial
 * @param capitalPartsPerMillion the share of the capital held, in millionths (0 if not relevant)
 */
public record Associate(
        boolean naturalPerson,
        Option<Profession> profession,
        Option<ScicCategory> scicCategory,
        boolean publicBody,
        int capitalPartsPerMillion) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /** Checks the components. */
    public Associate {
        Objects.requireNonNull(profession, "profession");
        Objects.requireNonNull(scicCategory, "scicCategory");
        if (capitalPartsPerMillion < 0 || capitalPartsPerMillion > 1_000_000) {
            throw new IllegalArgumentException("a capital share lies between 0 and 1: " + capitalPartsPerMillion);
        }
    }

    /**
     * A natural person practising a profession.
     *
     * @param profession the profession
     * @return the associate
     */
    public static Associate professional(Profession profession) {
        return new Associate(true, Option.of(profession), Option.none(), false, 0);
    }

    /**
     * A natural person without a health profession.
     *
     * @return the associate
     */
    public static Associate person() {
        return new Associate(true, Option.none(), Option.none(), false, 0);
    }

    /**
     * A legal person (a company, an association, a local authority…).
     *
     * @return the associate
     */
    public static Associate legalPerson() {
        return new Associate(false, Option.none(), Option.none(), false, 0);
    }

    /**
     * This associate as a public body (collectivité territoriale, groupement, établissement public territorial).
     *
     * @return a new associate
     */
    public Associate asPublicBody() {
        return new Associate(naturalPerson, profession, scicCategory, true, capitalPartsPerMillion);
    }

    /**
     * This associate in a SCIC category.
     *
     * @param category the category
     * @return a new associate
     */
    public Associate inCategory(ScicCategory category) {
        return new Associate(naturalPerson, profession, Option.of(category), publicBody, capitalPartsPerMillion);
    }

    /**
     * This associate with a share of the capital.
     *
     * @param partsPerMillion the share in millionths
     * @return a new associate
     */
    public Associate withCapitalShare(int partsPerMillion) {
        return new Associate(naturalPerson, profession, scicCategory, publicBody, partsPerMillion);
    }
}
