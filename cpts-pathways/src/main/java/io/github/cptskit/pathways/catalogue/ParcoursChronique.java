package io.github.cptskit.pathways.catalogue;

import static io.github.cptskit.pathways.catalogue.Build.t;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.engine.Transition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Period;
import java.util.Objects;

/**
 * P3, parcours chronique pluriprofessionnel (heart failure, COPD, diabetes, frail elderly): a patient
 * spotted on a PAERPA-style criterion is offered the pathway, consents, a personalised plan is
 * written and validated, and the plan is reviewed at 3, 6 and 12 months after validation (the
 * reviews are a parameter). A hospitalisation suspends the plan; the return home triggers a review,
 * as in FHIR's EpisodeOfCare intake workflow. A review that falls due while the plan is suspended is
 * recorded, and the return home brings the review anyway.
 */
public final class ParcoursChronique {
    private ParcoursChronique() {}

    /**
     * The parameters of P3.
     *
     * @param reviews the review deadlines after the plan is validated (3, 6 and 12 months)
     */
    public record Parameters(Parameter<Seq<Period>> reviews) {
        /**
         * Checks the components.
         *
         * @param reviews the review deadlines after the plan is validated (3, 6 and 12 months)
         */
        public Parameters {
            Objects.requireNonNull(reviews, "reviews");
        }

        /** @return reviews at 3, 6 and 12 months (PAERPA) */
        public static Parameters defaults() {
            return new Parameters(Parameter.of(
                    "reviews",
                    "reviews of the personalised plan after its validation",
                    List.of(Period.ofMonths(3), Period.ofMonths(6), Period.ofMonths(12)),
                    Sources.PAERPA,
                    Confidence.CONFIRMED));
        }

        /**
         * @param delays the CPTS's own review delays
         * @param origin where they come from
         * @return new parameters
         */
        public Parameters withReviews(Seq<Period> delays, String origin) {
            return new Parameters(reviews.override(delays, origin));
        }

        /**
         * These parameters with the CPTS's own review delays from any {@code Iterable}, a
         * {@code java.util.List} as well as a Vavr {@code Seq} (decision record 0004).
         *
         * @param delays the CPTS's own review delays
         * @param origin where they come from
         * @return new parameters
         */
        public Parameters withReviews(Iterable<? extends Period> delays, String origin) {
            return withReviews(List.<Period>ofAll(Objects.requireNonNull(delays, "delays")), origin);
        }
    }

    /**
     * The deadline kind of a review.
     *
     * @param delay the review's delay
     * @return e.g. {@code revueP3M}
     */
    public static String reviewKind(Period delay) {
        return "revue" + delay;
    }

    /** @return P3 with the default parameters */
    public static Pathway pathway() {
        return pathway(Parameters.defaults());
    }

    /**
     * @param p the parameters
     * @return P3 built with them
     */
    public static Pathway pathway(Parameters p) {
        Seq<Period> reviews = p.reviews().get().distinct();
        Transition<NoContext> validate = t("PLAN_ETABLI", "planValide", "ACTIF");
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("parcours-chronique", 1, "REPERE")
                .event(EventType.of(
                        "proposeAuPatient",
                        "the pathway was offered to the patient",
                        Field.choice(
                                "pathologie",
                                "the condition followed",
                                "INSUFFISANCE_CARDIAQUE",
                                "BPCO",
                                "DIABETE",
                                "POLYPATHOLOGIE",
                                "AUTRE"),
                        Field.choice(
                                "critere",
                                "the PAERPA criterion that spotted the patient",
                                "HOSPITALISATION_URGENCE_6_MOIS",
                                "TROIS_PATHOLOGIES",
                                "DIX_MEDICAMENTS",
                                "MOBILITE_CHUTE",
                                "TROUBLES_COGNITIFS_HUMEUR_ADDICTION",
                                "SOCIO_ECONOMIQUE",
                                "AUTRE")))
                .event(EventType.of("consentementRecueilli", "the patient agreed"))
                .event(EventType.of("planRedige", "the personalised plan was written"))
                .event(EventType.of("planValide", "the plan was validated with the patient"))
                .event(EventType.of("hospitalise", "the patient was admitted to hospital"))
                .event(EventType.of("retourDomicile", "the patient came home"))
                .event(EventType.of(
                        "reevaluationFaite",
                        "the team reviewed the plan",
                        Field.choice("decision", "what the review decided", "POURSUITE", "NOUVEAU_PLAN", "FIN")))
                .event(EventType.of(
                        "sortie",
                        "the patient left the pathway",
                        Field.choice("motif", "why", "REFUS", "DEMENAGEMENT", "DECES", "ENTREE_EHPAD", "AUTRE")))
                .transition(t("REPERE", "proposeAuPatient", "PROPOSE"))
                .transition(t("PROPOSE", "consentementRecueilli", "CONSENTI"))
                .transition(t("CONSENTI", "planRedige", "PLAN_ETABLI"));
        for (Period r : reviews) {
            String kind = reviewKind(r);
            validate = validate.starting(Deadline.of(kind, r, "echeance" + capitalised(kind)));
            b = b.event(EventType.of("echeance" + capitalised(kind), "review " + r + " after validation fell due"))
                    .transition(t("ACTIF", "echeance" + capitalised(kind), "REEVALUATION"));
        }
        b = b.transition(validate)
                .transition(t("ACTIF", "hospitalise", "SUSPENDU"))
                .transition(t("REEVALUATION", "hospitalise", "SUSPENDU"))
                .transition(t("SUSPENDU", "retourDomicile", "REEVALUATION"))
                .transition(t("REEVALUATION", "reevaluationFaite", "ACTIF").when("decision", "POURSUITE"))
                .transition(t("REEVALUATION", "reevaluationFaite", "PLAN_ETABLI")
                        .when("decision", "NOUVEAU_PLAN")
                        .cancelling(reviews.map(ParcoursChronique::reviewKind).toJavaArray(String[]::new)))
                .transition(t("REEVALUATION", "reevaluationFaite", "TERMINE").when("decision", "FIN"));
        for (String s : List.of("REPERE", "PROPOSE", "CONSENTI", "PLAN_ETABLI", "ACTIF", "SUSPENDU", "REEVALUATION")) {
            b = b.transition(t(s, "sortie", "SORTI"));
        }
        return new Pathway(
                "P3",
                "Parcours chronique pluriprofessionnel",
                "Multi-professional chronic care pathway",
                Level.PATIENT,
                "Spotted on a PAERPA criterion, offered, consented, planned; the plan is reviewed at fixed"
                        + " delays after validation; a hospitalisation suspends it and the return home brings a review.",
                Build.checked(b.terminal("TERMINE", "SORTI")),
                List.of(p.reviews()),
                List.of(Sources.PAERPA, Sources.FHIR_EPISODE));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
