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
 * Associate partner = Associate.builder().naturalPerson(true).profession(Profession.INFIRMIER).build();
 * }</pre>
 *
 * <p>A member of a CPTS gives its associate with {@code member.asAssociate()} (a professional with
 * their profession, a structure as a legal person): {@code Associate.of(Member)} would make this
 * package and {@code member} import each other.
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

    /**
     * Checks the components.
     *
     * @param naturalPerson true for a natural person
     * @param profession the profession of a natural person, if any
     * @param scicCategory the SCIC category of associates, if any
     * @param publicBody true for a collectivité territoriale, its groupement or an établissement public territorial
     * @param capitalPartsPerMillion the share of the capital held, in millionths (0 if not relevant)
     * @deprecated five positional components are easy to swap: use {@link #builder()} or the factories
     *     ({@link #professional}, {@link #person}, {@link #legalPerson}); kept because a record's
     *     canonical constructor cannot be hidden.
     */
    @Deprecated
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

    /**
     * A natural person practising a profession: the same as {@link #professional(Profession)}, under the
     * name a reader guesses.
     *
     * @param profession the profession
     * @return the associate
     */
    public static Associate of(Profession profession) {
        return professional(Objects.requireNonNull(profession, "profession"));
    }

    /**
     * A builder, starting from a legal person without a profession, category, public status or share.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@link #profession()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Profession> professionOptional() {
        return profession.toJavaOptional();
    }

    /**
     * {@link #scicCategory()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<ScicCategory> scicCategoryOptional() {
        return scicCategory.toJavaOptional();
    }

    /**
     * Builds an {@link Associate} by naming each component; not thread-safe.
     *
     * <pre>{@code
     * Associate.builder().naturalPerson(true).profession(Profession.MEDECIN).capitalPartsPerMillion(250_000).build();
     * }</pre>
     */
    public static final class Builder {
        private boolean naturalPerson;
        private Option<Profession> profession = Option.none();
        private Option<ScicCategory> scicCategory = Option.none();
        private boolean publicBody;
        private int capitalPartsPerMillion;

        private Builder() {}

        /**
         * Sets whether the associate is a natural person.
         *
         * @param naturalPerson true for a natural person
         * @return this builder
         */
        public Builder naturalPerson(boolean naturalPerson) {
            this.naturalPerson = naturalPerson;
            return this;
        }

        /**
         * Sets the profession of a natural person.
         *
         * @param profession the profession
         * @return this builder
         */
        public Builder profession(Profession profession) {
            this.profession = Option.some(Objects.requireNonNull(profession, "profession"));
            return this;
        }

        /**
         * Sets the SCIC category.
         *
         * @param scicCategory the category
         * @return this builder
         */
        public Builder scicCategory(ScicCategory scicCategory) {
            this.scicCategory = Option.some(Objects.requireNonNull(scicCategory, "scicCategory"));
            return this;
        }

        /**
         * Sets whether the associate is a public body.
         *
         * @param publicBody true for a collectivité territoriale, its groupement or an établissement public
         *     territorial
         * @return this builder
         */
        public Builder publicBody(boolean publicBody) {
            this.publicBody = publicBody;
            return this;
        }

        /**
         * Sets the share of the capital.
         *
         * @param capitalPartsPerMillion the share in millionths, 0 to 1,000,000
         * @return this builder
         */
        public Builder capitalPartsPerMillion(int capitalPartsPerMillion) {
            this.capitalPartsPerMillion = capitalPartsPerMillion;
            return this;
        }

        /**
         * The associate.
         *
         * @return the associate
         * @throws IllegalArgumentException if the share is not between 0 and 1,000,000
         */
        @SuppressWarnings("deprecation")
        public Associate build() {
            return new Associate(naturalPerson, profession, scicCategory, publicBody, capitalPartsPerMillion);
        }
    }
}
