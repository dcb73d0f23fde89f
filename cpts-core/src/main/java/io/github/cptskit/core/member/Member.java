package io.github.cptskit.core.member;

import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.legalform.Associate;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A member of a CPTS: a closed set of kinds, as CSP L.1434-12 lists them: health professionals
 * (possibly grouped in équipes de soins primaires), maisons de santé (MSP), centres de santé,
 * établissements de santé, médico-social (ESMS) and social actors, dispositifs d'appui à la
 * coordination (DAC), local authorities and patients' associations. Each says what identifies it
 * ({@link #key()}, used to find members listed twice); structures may declare their legal form and
 * associates, whose constitutive rules then apply (an MSP constituted as a SISA).
 *
 * <pre>{@code
 * Member gp = new Member.HealthProfessional(Idnps.parse("810002909371").get(), Profession.MEDECIN,
 *     List.of(Specialty.SM54), ExerciseMode.LIBERAL);
 * gp.isGeneralPractitioner(); // true
 * }</pre>
 */
public sealed interface Member {

    /**
     * The identifier that makes this member unique, e.g. {@code IDNPS:810002909371} or
     * {@code FINESS:750712184}.
     *
     * @return the key
     */
    String key();

    /**
     * Whether this member is a médecin généraliste (a médecin with specialty SM26, SM53 or SM54).
     *
     * @return true for GPs
     */
    default boolean isGeneralPractitioner() {
        return false;
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
        /** Checks the components. */
        public Constitution {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(associates, "associates");
        }
    }

    /**
     * A health professional, identified by their national identifier (RPPS or ADELI). No name or
     * birth date is needed, nor kept.
     *
     * @param id the national identifier
     * @param profession the profession
     * @param specialties the ordinal specialties
     * @param mode how they practise
     */
    record HealthProfessional(Idnps id, Profession profession, Seq<Specialty> specialties, ExerciseMode mode)
            implements Member {
        /** Checks the components. */
        public HealthProfessional {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(profession, "profession");
            Objects.requireNonNull(specialties, "specialties");
            Objects.requireNonNull(mode, "mode");
        }

        @Override
        public String key() {
            return "IDNPS:" + id.value();
        }

        @Override
        public boolean isGeneralPractitioner() {
            return profession == Profession.MEDECIN && specialties.exists(Specialty::isGeneralPractice);
        }

        /**
         * This professional as an associate of a structure.
         *
         * @return the associate
         */
        public Associate asAssociate() {
            return Associate.professional(profession);
        }
    }

    /**
     * A structure member: its kind, name, identifier and, if declared, its constitution.
     *
     * @param kind what kind of structure
     * @param name its name
     * @param id what identifies it
     * @param constitution its legal form and associates, if declared
     */
    record Structure(StructureKind kind, String name, StructureId id, Option<Constitution> constitution)
            implements Member {
        /** Checks the components. */
        public Structure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(constitution, "constitution");
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
            return new Structure(kind, name, id, Option.none());
        }

        /**
         * This structure with its legal form and associates.
         *
         * @param form the form
         * @param associates the associates
         * @return a new structure
         */
        public Structure constitutedAs(LegalForm form, Seq<Associate> associates) {
            return new Structure(kind, name, id, Option.of(new Constitution(form, List.ofAll(associates))));
        }

        @Override
        public String key() {
            return id.toString();
        }
    }
}
