package io.github.cptskit.core.member;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.internal.ValueStyle;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A member of a CPTS: a closed set of kinds, as CSP L.1434-12 lists them: health professionals
 * (possibly grouped in équipes de soins primaires), maisons de santé (MSP), centres de santé,
 * établissements de santé, médico-social (ESMS) and social actors, dispositifs d'appui à la
 * coordination (DAC), local authorities and patients' associations. Each says what identifies it
 * ({@link #key()} and {@link #keys()}, used to find members listed twice); structures may carry
 * several identifiers (FINESS EJ and ET, SIRET) and declare their legal form and associates, whose
 * constitutive rules then apply (an MSP constituted as a SISA); a professional may be linked to the
 * structures or sites where they practise.
 *
 * <pre>{@code
 * Member.HealthProfessional gp = Member.HealthProfessional.of(Idnps.parse("810002909371").get(),
 *     Profession.MEDECIN, List.of(Specialty.SM54), ExerciseMode.LIBERAL);
 * gp.isGeneralPractitioner(); // true
 * }</pre>
 *
 * <p>Both variants are Immutables value types (decision record 0002): build them with {@code of} or
 * {@code builder()}, change them with the generated {@code with*} methods; their implementation
 * classes are hidden. They are immutable and thread-safe.
 */
public sealed interface Member permits Member.HealthProfessional, Member.Structure {

    /**
     * The identifier that makes this member unique, e.g. {@code IDNPS:810002909371} or
     * {@code FINESS:750712184}.
     *
     * @return the key
     */
    String key();

    /**
     * Every identifier of this member as a key: a member listed twice under any of them is a duplicate.
     *
     * @return the keys, {@link #key()} first
     */
    default Seq<String> keys() {
        return List.of(key());
    }

    /**
     * Whether this member is a médecin généraliste (a médecin with specialty SM26, SM53 or SM54).
     *
     * @return true for GPs
     */
    default boolean isGeneralPractitioner() {
        return false;
    }

    /**
     * This member as an associate of a legal entity (the CPTS's association, a SISA…): a health
     * professional as a natural person with their profession, a structure as a legal person.
     *
     * @return the associate
     */
    default Associate asAssociate() {
        return Associate.legalPerson();
    }

    /**
     * The legal form and associates the structure declared, if any.
     *
     * @return the form with its associates
     */
    default Option<Constitution> constitution() {
        return Option.none();
    }

    /**
     * A legal form with the associates or members it was constituted with.
     *
     * @param form the form
     * @param associates the associates
     */
    record Constitution(LegalForm form, Seq<Associate> associates) {
        /**
         * Checks the components.
         *
         * @param form the form
         * @param associates the associates
         */
        public Constitution {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(associates, "associates");
        }

        /**
         * {@link #associates()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
         *
         * @return the same elements
         */
        public java.util.List<Associate> associatesList() {
            return associates().asJava();
        }
    }

    /**
     * {@link #keys()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    default java.util.List<String> keysList() {
        return keys().asJava();
    }

    /**
     * {@link #constitution()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    default java.util.Optional<Constitution> constitutionOptional() {
        return constitution().toJavaOptional();
    }

    /**
     * A health professional, identified by their national identifier (RPPS or ADELI), with the
     * structures or sites where they practise. No name or birth date is needed, nor kept.
     */
    @Value.Immutable
    @ValueStyle
    abstract sealed class HealthProfessional implements Member, WithHealthProfessional
            permits ImmutableHealthProfessional {
        /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
        @JsonValue
        private Object jsonWithoutCptsModule() {
            throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
        }

        HealthProfessional() {}

        /**
         * The national identifier.
         *
         * @return the IDNPS
         */
        public abstract Idnps id();

        /**
         * The profession.
         *
         * @return the profession
         */
        public abstract Profession profession();

        /**
         * The ordinal specialties.
         *
         * @return the specialties, possibly none
         */
        @Value.Default
        public Seq<Specialty> specialties() {
            return List.empty();
        }

        /**
         * How they practise.
         *
         * @return the mode, {@code LIBERAL} unless set
         */
        @Value.Default
        public ExerciseMode mode() {
            return ExerciseMode.LIBERAL;
        }

        /**
         * The structures or sites where they practise (an MSP's FINESS ET, a centre de santé's SIRET…).
         *
         * @return the structures' identifiers, possibly none
         */
        @Value.Default
        public Seq<StructureId> practisesAt() {
            return List.empty();
        }

        /**
         * A professional.
         *
         * @param id the national identifier
         * @param profession the profession
         * @param specialties the ordinal specialties (a {@code java.util.List}, a Vavr {@code Seq}…)
         * @param mode how they practise
         * @return the professional
         */
        public static HealthProfessional of(
                Idnps id, Profession profession, Iterable<? extends Specialty> specialties, ExerciseMode mode) {
            return builder()
                    .id(Objects.requireNonNull(id, "id"))
                    .profession(Objects.requireNonNull(profession, "profession"))
                    .specialties(List.ofAll(Objects.requireNonNull(specialties, "specialties")))
                    .mode(Objects.requireNonNull(mode, "mode"))
                    .build();
        }

        /**
         * A builder.
         *
         * @return a new builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds a {@link HealthProfessional}; not thread-safe. */
        public static final class Builder extends ImmutableHealthProfessional.Builder {
            Builder() {}

            /**
             * Sets the specialties from any {@code Iterable}, a {@code java.util.List} as well as
             * a Vavr {@code Seq} (decision record 0004).
             *
             * @param specialties the specialties, in order
             * @return this builder
             */
            public Builder specialties(Iterable<? extends Specialty> specialties) {
                return specialties(List.<Specialty>ofAll(Objects.requireNonNull(specialties, "specialties")));
            }

            /**
             * Sets the structures and sites where they practise from any {@code Iterable}, a {@code java.util.List} as well as
             * a Vavr {@code Seq} (decision record 0004).
             *
             * @param practisesAt the structures and sites where they practise, in order
             * @return this builder
             */
            public Builder practisesAt(Iterable<? extends StructureId> practisesAt) {
                return practisesAt(List.<StructureId>ofAll(Objects.requireNonNull(practisesAt, "practisesAt")));
            }
        }

        /**
         * This professional practising at one more structure or site.
         *
         * @param site the structure's identifier
         * @return a new professional
         */
        public HealthProfessional practisingAt(StructureId site) {
            return withPractisesAt(practisesAt().append(Objects.requireNonNull(site, "site")));
        }

        @Override
        public String key() {
            return "IDNPS:" + id().value();
        }

        @Override
        public boolean isGeneralPractitioner() {
            return profession() == Profession.MEDECIN && specialties().exists(Specialty::isGeneralPractice);
        }

        /**
         * {@link #specialties()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
         *
         * @return the same elements
         */
        public java.util.List<Specialty> specialtiesList() {
            return specialties().asJava();
        }

        /**
         * {@link #practisesAt()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
         *
         * @return the same elements
         */
        public java.util.List<StructureId> practisesAtList() {
            return practisesAt().asJava();
        }

        /**
         * This professional as an associate of a structure.
         *
         * @return the associate
         */
        @Override
        public Associate asAssociate() {
            return Associate.professional(profession());
        }

        /**
         * This value with these specialties from any {@code Iterable}, a {@code java.util.List} as well as
         * a Vavr {@code Seq} (decision record 0004).
         *
         * @param specialties these specialties, in order
         * @return a new professional
         */
        public HealthProfessional withSpecialties(Iterable<? extends Specialty> specialties) {
            return withSpecialties(List.<Specialty>ofAll(Objects.requireNonNull(specialties, "specialties")));
        }

        /**
         * This value with these structures and sites where they practise from any {@code Iterable}, a {@code java.util.List} as well as
         * a Vavr {@code Seq} (decision record 0004).
         *
         * @param practisesAt these structures and sites where they practise, in order
         * @return a new professional
         */
        public HealthProfessional withPractisesAt(Iterable<? extends StructureId> practisesAt) {
            return withPractisesAt(List.<StructureId>ofAll(Objects.requireNonNull(practisesAt, "practisesAt")));
        }
    }

    /**
     * A structure member: its kind, name, identifiers (the first is its {@link #key()}: a FINESS EJ,
     * its FINESS ET, its SIRET…) and, if declared, its constitution.
     */
    @Value.Immutable
    @ValueStyle
    abstract sealed class Structure implements Member, WithStructure permits ImmutableStructure {
        /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
        @JsonValue
        private Object jsonWithoutCptsModule() {
            throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
        }

        Structure() {}

        /**
         * What kind of structure.
         *
         * @return the kind
         */
        public abstract StructureKind kind();

        /**
         * Its name.
         *
         * @return the name
         */
        public abstract String name();

        /**
         * Its identifiers, at least one; the first identifies it ({@link #id()}).
         *
         * @return the identifiers
         */
        public abstract Seq<StructureId> ids();

        /**
         * Its legal form and associates, if declared.
         *
         * @return the constitution
         */
        @Override
        @Value.Default
        public Option<Constitution> constitution() {
            return Option.none();
        }

        /** Checks that the structure has an identifier, and each only once. */
        @Value.Check
        protected void check() {
            if (ids().isEmpty()) {
                throw new IllegalArgumentException("a structure has at least one identifier");
            }
            if (ids().distinct().size() != ids().size()) {
                throw new IllegalArgumentException("an identifier listed twice: " + ids());
            }
        }

        /**
         * The identifier that identifies it: the first of {@link #ids()}.
         *
         * @return the identifier
         */
        public StructureId id() {
            return ids().head();
        }

        /**
         * A structure without a declared constitution.
         *
         * @param kind the kind
         * @param name the name
         * @param id the identifier
         * @return the structure
         */
        public static Structure of(StructureKind kind, String name, StructureId id) {
            return builder()
                    .kind(Objects.requireNonNull(kind, "kind"))
                    .name(Objects.requireNonNull(name, "name"))
                    .ids(List.of(Objects.requireNonNull(id, "id")))
                    .build();
        }

        /**
         * A builder.
         *
         * @return a new builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds a {@link Structure}; not thread-safe. */
        public static final class Builder extends ImmutableStructure.Builder {
            Builder() {}

            /**
             * Sets the identifiers, the first identifying it from any {@code Iterable}, a {@code java.util.List} as well as
             * a Vavr {@code Seq} (decision record 0004).
             *
             * @param ids the identifiers, the first identifying it, in order
             * @return this builder
             */
            public Builder ids(Iterable<? extends StructureId> ids) {
                return ids(List.<StructureId>ofAll(Objects.requireNonNull(ids, "ids")));
            }

            /**
             * Sets its legal form and associates (a java.util-friendly form of {@code constitution(Option.some(…))},
             * decision record 0004).
             *
             * @param constitution its legal form and associates
             * @return this builder
             */
            public Builder constitution(Constitution constitution) {
                return constitution(Option.some(Objects.requireNonNull(constitution, "constitution")));
            }
        }

        /**
         * This structure with one more identifier (its FINESS ET beside its FINESS EJ, its SIRET…).
         *
         * @param other the identifier
         * @return a new structure
         * @throws IllegalArgumentException if it already has this identifier
         */
        public Structure alsoIdentifiedBy(StructureId other) {
            return withIds(ids().append(Objects.requireNonNull(other, "other")));
        }

        /**
         * {@link #ids()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
         *
         * @return the same elements
         */
        public java.util.List<StructureId> idsList() {
            return ids().asJava();
        }

        /**
         * This structure with its legal form and associates.
         *
         * @param form the form
         * @param associates the associates
         * @return a new structure
         */
        public Structure constitutedAs(LegalForm form, Iterable<? extends Associate> associates) {
            return withConstitution(Option.of(new Constitution(
                    Objects.requireNonNull(form, "form"),
                    List.ofAll(Objects.requireNonNull(associates, "associates")))));
        }

        @Override
        public String key() {
            return id().registerKey();
        }

        @Override
        public Seq<String> keys() {
            return ids().map(StructureId::registerKey);
        }

        /**
         * This value with these identifiers, the first identifying it from any {@code Iterable}, a {@code java.util.List} as well as
         * a Vavr {@code Seq} (decision record 0004).
         *
         * @param ids these identifiers, the first identifying it, in order
         * @return a new structure
         */
        public Structure withIds(Iterable<? extends StructureId> ids) {
            return withIds(List.<StructureId>ofAll(Objects.requireNonNull(ids, "ids")));
        }

        /**
         * This value with its legal form and associates (a java.util-friendly form of {@code withConstitution(Option.some(…))},
         * decision record 0004).
         *
         * @param constitution its legal form and associates
         * @return a new structure
         */
        public Structure withConstitution(Constitution constitution) {
            return withConstitution(Option.some(Objects.requireNonNull(constitution, "constitution")));
        }
    }
}
