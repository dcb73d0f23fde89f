package io.github.cptskit.core.legalform;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.ProfessionCategory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The legal forms that CPTS and their member structures take: the association (loi 1901, or the
 * local law of Alsace-Moselle), the SISA (<i>société interprofessionnelle de soins ambulatoires</i>,
 * the usual form of a maison de santé), the SCIC (<i>société coopérative d'intérêt collectif</i>) and
 * the GIE (<i>groupement d'intérêt économique</i>). Each knows its constitutive rules and checks a
 * list of associates against them, reporting every problem with the article behind it. Which forms a
 * CPTS itself may take on a date is {@link CptsLegalForms}.
 *
 * <pre>{@code
 * Seq<Problem> p = LegalForm.SISA.checkConstitution(List.of(
 *     Associate.professional(Profession.MEDECIN), Associate.professional(Profession.INFIRMIER)));
 * // SISA_MEDECINS: "2 médecins required among the associates of a SISA, found 1"
 * }</pre>
 */
public sealed interface LegalForm permits LegalForm.Association, LegalForm.Sisa, LegalForm.Scic, LegalForm.Gie {

    /** An association under the loi du 1er juillet 1901. */
    Association ASSOCIATION_1901 = new Association(false);
    /** An association under the local law of Bas-Rhin, Haut-Rhin and Moselle. */
    Association ASSOCIATION_ALSACE_MOSELLE = new Association(true);
    /** A SISA. */
    Sisa SISA = new Sisa();
    /** A SCIC. */
    Scic SCIC = new Scic();
    /** A GIE. */
    Gie GIE = new Gie();

    /**
     * The law the form is governed by.
     *
     * @return the reference
     */
    LegalReference reference();

    /**
     * Whether this is one of the association forms, the only ones a CPTS may take since 2022.
     *
     * @return true for associations
     */
    default boolean isAssociation() {
        return this instanceof Association;
    }

    /**
     * Checks the associates or members against the form's constitutive rules.
     *
     * @param associates the associates
     * @return every problem, empty if the constitution is valid
     */
    Seq<Problem> checkConstitution(Seq<Associate> associates);

    /**
     * {@link #checkConstitution(Seq)} for any {@code Iterable}, such as a {@code java.util.List}
     * (decision record 0004).
     *
     * @param associates the associates
     * @return every problem, empty if the constitution meets the form's rules
     */
    default Seq<Problem> checkConstitution(Iterable<? extends Associate> associates) {
        return checkConstitution(List.<Associate>ofAll(java.util.Objects.requireNonNull(associates, "associates")));
    }

    /**
     * {@link #checkConstitution(Seq)} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @param associates the associates
     * @return the same elements
     */
    default java.util.List<Problem> checkConstitutionList(Iterable<? extends Associate> associates) {
        return checkConstitution(associates).asJava();
    }

    /**
     * The association: loi 1901 (« deux ou plusieurs personnes », art. 1) or the local law of
     * Bas-Rhin, Haut-Rhin and Moselle (code civil local, art. 21 à 79-3). A local-law association is
     * possible only where its seat is in one of these départements ({@link #LOCAL_LAW_DEPARTEMENTS};
     * CSP L.1434-12-1 says so for a CPTS), is entered in the register of the tribunal of its seat, not
     * in the RNA, and its registration needs at least {@link #LOCAL_LAW_MINIMUM_MEMBERS seven members}:
     * the statutes are signed by seven members at least, « nombre minimum pour que l'association puisse
     * être inscrite » (associations.gouv.fr, « Les associations inscrites d'Alsace-Moselle »; the
     * provision is the code civil local's art. 56, the former BGB § 56 kept in force, whose text was
     * not read in a stored source: the figure is confirmed by the ministry's page and a second site,
     * the article number by secondary sources only).
     *
     * @param alsaceMoselle true for the local-law variant, whose associations have no RNA number
     */
    record Association(boolean alsaceMoselle) implements LegalForm {
        /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
        @JsonValue
        private Object jsonWithoutCptsModule() {
            throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
        }

        /** The départements whose associations may be under the local law: Moselle, Bas-Rhin, Haut-Rhin. */
        public static final io.vavr.collection.Set<String> LOCAL_LAW_DEPARTEMENTS =
                io.vavr.collection.TreeSet.of("57", "67", "68");

        /** The fewest members for the registration of a local-law association (7), with its source. */
        public static final io.github.cptskit.core.law.Sourced<Integer> LOCAL_LAW_MINIMUM_MEMBERS =
                io.github.cptskit.core.law.Sourced.of(
                        7,
                        LegalReference.of(
                                "Code civil local d'Alsace-Moselle, art. 56 (BGB § 56 maintenu) — « signés par sept"
                                        + " membres au moins (nombre minimum pour que l'association puisse être"
                                        + " inscrite) », associations.gouv.fr, Les associations inscrites"
                                        + " d'Alsace-Moselle",
                                "art. 56"),
                        io.github.cptskit.core.law.Confidence.CONFIRMED);

        @Override
        public LegalReference reference() {
            return alsaceMoselle
                    ? LegalReference.of("Code civil local d'Alsace-Moselle", "art. 21 à 79-3")
                    : LegalReference.of("Loi du 1er juillet 1901 relative au contrat d'association", "art. 1");
        }

        /**
         * Whether an association of this form may have its seat in a département.
         *
         * @param departement the INSEE code of the département of the seat, e.g. {@code 67}
         * @return always true for loi 1901; for the local law, true only in 57, 67 and 68
         */
        public boolean allowsSeatIn(String departement) {
            java.util.Objects.requireNonNull(departement, "departement");
            return !alsaceMoselle || LOCAL_LAW_DEPARTEMENTS.contains(departement);
        }

        @Override
        public Seq<Problem> checkConstitution(Seq<Associate> associates) {
            java.util.Objects.requireNonNull(associates, "associates");
            if (alsaceMoselle) {
                int minimum = LOCAL_LAW_MINIMUM_MEMBERS.value();
                return associates.size() < minimum
                        ? List.of(Problem.of(CoreProblem.ASSOCIATION_LOCAL_LAW_MEMBERS, minimum, associates.size())
                                .withReference(LOCAL_LAW_MINIMUM_MEMBERS.reference()))
                        : List.empty();
            }
            if (associates.size() < 2) {
                return List.of(Problem.of(CoreProblem.ASSOCIATION_MEMBERS, associates.size())
                        .withReference(reference()));
            }
            return List.empty();
        }

        @Override
        public String toString() {
            return alsaceMoselle ? "association (droit local Alsace-Moselle)" : "association loi 1901";
        }
    }

    /**
     * The SISA (CSP L.4041-1 et seq., loi n° 2011-940): associates are natural persons who practise a
     * <i>profession médicale</i> (médecin, chirurgien-dentiste, sage-femme: {@link
     * Profession#isProfessionMedicale()}), an auxiliaire médical profession ({@link
     * Profession#isAuxiliaireMedical()}: book III, titles I to VII only) or pharmacie (L.4041-1); among
     * them at least two médecins and one auxiliaire médical (L.4041-4 I).
     */
    record Sisa() implements LegalForm {
        /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
        @JsonValue
        private Object jsonWithoutCptsModule() {
            throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
        }

        @Override
        public LegalReference reference() {
            return LegalReference.of("Code de la santé publique", "art. L.4041-1 à L.4041-4");
        }

        @Override
        public Seq<Problem> checkConstitution(Seq<Associate> associates) {
            List<Problem> problems = List.empty();
            int i = 0;
            for (Associate a : associates) {
                i++;
                boolean allowed = a.naturalPerson()
                        && a.profession()
                                .exists(p -> p.isProfessionMedicale()
                                        || p.category() == ProfessionCategory.PHARMACIEN
                                        || p.isAuxiliaireMedical());
                if (!allowed) {
                    final int n = i;
                    problems = problems.append(a.profession()
                            .map(p -> Problem.of(CoreProblem.SISA_ASSOCIATE_PROFESSION, n, p.label()))
                            .getOrElse(() -> Problem.of(CoreProblem.SISA_ASSOCIATE, n)));
                }
            }
            long medecins = associates.count(
                    a -> a.naturalPerson() && a.profession().exists(p -> p.category() == ProfessionCategory.MEDECIN));
            long auxiliaires =
                    associates.count(a -> a.naturalPerson() && a.profession().exists(p -> p.isAuxiliaireMedical()));
            if (medecins < 2) {
                problems = problems.append(Problem.of(CoreProblem.SISA_MEDECINS, medecins));
            }
            if (auxiliaires < 1) {
                problems = problems.append(Problem.of(CoreProblem.SISA_AUXILIAIRE));
            }
            return problems;
        }

        @Override
        public String toString() {
            return "SISA";
        }
    }

    /**
     * The SCIC (loi n° 47-1775 du 10 septembre 1947, titre II ter): at least three categories of
     * associates, among them the beneficiaries and the employees (or producers when there are none);
     * public bodies together hold at most 50 % of the capital (art. 19 septies, since the loi ESS of
     * 31 July 2014).
     */
    record Scic() implements LegalForm {
        /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
        @JsonValue
        private Object jsonWithoutCptsModule() {
            throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
        }

        @Override
        public LegalReference reference() {
            return LegalReference.of("Loi n° 47-1775 du 10 septembre 1947", "art. 19 quinquies à 19 sexdecies");
        }

        @Override
        public Seq<Problem> checkConstitution(Seq<Associate> associates) {
            List<Problem> problems = List.empty();
            var categories = associates.flatMap(Associate::scicCategory).distinct();
            if (categories.size() < 3) {
                problems = problems.append(Problem.of(CoreProblem.SCIC_CATEGORIES, categories.size()));
            }
            if (!categories.contains(ScicCategory.BENEFICIAIRES)) {
                problems = problems.append(Problem.of(CoreProblem.SCIC_BENEFICIAIRES));
            }
            if (!categories.contains(ScicCategory.SALARIES) && !categories.contains(ScicCategory.PRODUCTEURS)) {
                problems = problems.append(Problem.of(CoreProblem.SCIC_SALARIES));
            }
            long publicShare = associates
                    .filter(Associate::publicBody)
                    .map(Associate::capitalPartsPerMillion)
                    .map(Integer::longValue)
                    .sum()
                    .longValue();
            if (publicShare > 500_000) {
                problems = problems.append(Problem.of(CoreProblem.SCIC_PUBLIC_CAPITAL, publicShare / 10_000.0));
            }
            return problems;
        }

        @Override
        public String toString() {
            return "SCIC";
        }
    }

    /**
     * The GIE (Code de commerce L.251-1 et seq.): two or more natural or legal persons (the French
     * wording was read only in a mirror of an equivalent code: unconfirmed), jointly liable for its
     * debts on their own assets unless agreed otherwise with the creditor (L.251-6).
     */
    record Gie() implements LegalForm {
        /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
        @JsonValue
        private Object jsonWithoutCptsModule() {
            throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
        }

        /** The article on the members' liability. */
        public static final LegalReference LIABILITY = LegalReference.of("Code de commerce", "art. L.251-6");

        @Override
        public LegalReference reference() {
            return LegalReference.of("Code de commerce", "art. L.251-1 et suivants");
        }

        /**
         * Whether members answer for the GIE's debts jointly and on their own assets (L.251-6).
         *
         * @return always true, unless a creditor agreed otherwise
         */
        public boolean jointLiability() {
            return true;
        }

        @Override
        public Seq<Problem> checkConstitution(Seq<Associate> associates) {
            if (associates.size() < 2) {
                return List.of(
                        Problem.of(CoreProblem.GIE_MEMBERS, associates.size()).withReference(reference()));
            }
            return List.empty();
        }

        @Override
        public String toString() {
            return "GIE";
        }
    }
}
