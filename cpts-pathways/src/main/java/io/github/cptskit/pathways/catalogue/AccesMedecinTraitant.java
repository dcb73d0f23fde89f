package io.github.cptskit.pathways.catalogue;

import static io.github.cptskit.pathways.catalogue.Build.data;
import static io.github.cptskit.pathways.catalogue.Build.guard;
import static io.github.cptskit.pathways.catalogue.Build.t;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.engine.Transition;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Period;
import java.util.Objects;

/**
 * P1, accès au médecin traitant: a patient without a médecin traitant (MT, the GP declared to the
 * Assurance Maladie as the patient's regular doctor) is registered by the CPTS, qualified (lives on
 * the territory, has no declared MT, priority category), waits, is offered a doctor among the
 * members, accepts or refuses (the patient's free choice), and the declaration closes the case.
 *
 * <p>Rules: priority goes to patients in ALD (affection de longue durée), over 70, or covered by the
 * C2S or the AME ({@link #priority}); the IMT consultation (NGAP art. 18.2) can be billed only for an
 * ALD patient (guard {@code imtOnlyForAld}). No regulatory deadline exists for finding an MT: the
 * follow-up reminder is an optional parameter, absent by default.
 */
public final class AccesMedecinTraitant {
    private AccesMedecinTraitant() {}

    /** The priority categories, in the order a CPTS serves them. */
    public enum Priority {
        /** Affection de longue durée. */
        ALD,
        /** Aged over 70. */
        PLUS_70_ANS,
        /** Covered by the complémentaire santé solidaire or the aide médicale de l'État. */
        C2S_AME,
        /** None of the above. */
        NON_PRIORITAIRE
    }

    /**
     * The parameters of P1.
     *
     * @param followUp the delay after which a waiting patient is to be contacted again, if the CPTS
     *     sets one (none by default: no text sets it)
     */
    public record Parameters(Parameter<Option<Period>> followUp) {
        /**
         * Checks the components.
         *
         * @param followUp the delay after which a waiting patient is to be contacted again, if the CPTS sets one (none by default: no text sets it)
         */
        public Parameters {
            Objects.requireNonNull(followUp, "followUp");
        }

        /** @return no follow-up reminder */
        public static Parameters defaults() {
            return new Parameters(Parameter.of(
                    "followUp",
                    "delay after which a waiting patient is contacted again; none by default",
                    Option.none(),
                    Sources.NOT_IN_THE_TEXTS,
                    Confidence.UNCONFIRMED));
        }

        /**
         * @param delay the CPTS's own follow-up delay
         * @param origin where it comes from
         * @return new parameters
         */
        public Parameters withFollowUp(Period delay, String origin) {
            return new Parameters(followUp.override(Option.some(delay), origin));
        }
    }

    /**
     * The priority of a patient from the qualification event.
     *
     * @param eligibility an {@code eligibiliteEvaluee} event
     * @return the first category that applies
     */
    public static Priority priority(Event eligibility) {
        if (data(eligibility, "ald").equals("true")) {
            return Priority.ALD;
        }
        if (data(eligibility, "plus70ans").equals("true")) {
            return Priority.PLUS_70_ANS;
        }
        return data(eligibility, "c2sAme").equals("true") ? Priority.C2S_AME : Priority.NON_PRIORITAIRE;
    }

    /** @return P1 with the default parameters */
    public static Pathway pathway() {
        return pathway(Parameters.defaults());
    }

    /**
     * @param p the parameters
     * @return P1 built with them
     */
    public static Pathway pathway(Parameters p) {
        Transition<NoContext> waiting = t("QUALIFIE", "inscritListeAttente", "EN_ATTENTE");
        Transition<NoContext> remind = t("EN_ATTENTE", "relanceEchue", "EN_ATTENTE");
        for (Period delay : p.followUp().get()) {
            waiting = waiting.starting(Deadline.of("relance", delay, "relanceEchue"));
            remind = remind.starting(Deadline.of("relance", delay, "relanceEchue"));
        }
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("acces-mt", 1, "SIGNALE")
                .event(EventType.of(
                        "eligibiliteEvaluee",
                        "the coordinator qualified the request",
                        Field.bool("residentTerritoire", "the patient lives on the CPTS's territory"),
                        Field.bool("mtDeclare", "the patient already has a declared médecin traitant"),
                        Field.bool("ald", "the patient is in ALD"),
                        Field.bool("plus70ans", "the patient is over 70"),
                        Field.bool("c2sAme", "the patient is covered by the C2S or the AME")))
                .event(EventType.of("inscritListeAttente", "the patient joined the waiting list (raised)"))
                .event(EventType.of(
                        "medecinIdentifie",
                        "a member GP agreed to be offered",
                        Field.token("medecin", "RPPS of the GP offered")))
                .event(EventType.of("propositionAcceptee", "the patient accepted the doctor offered"))
                .event(EventType.of(
                        "propositionRefusee",
                        "the proposal was refused",
                        Field.choice("par", "who refused", "PATIENT", "MEDECIN")))
                .event(EventType.of("nouvelleRecherche", "the patient asked for another proposal"))
                .event(EventType.of(
                        "declarationMtEnregistree",
                        "the médecin traitant declaration was recorded",
                        Field.token("medecin", "RPPS of the médecin traitant")))
                .event(EventType.of(
                        "imtFacturee", "the IMT consultation was billed", Field.bool("ald", "the patient is in ALD")))
                .event(EventType.of("dossierClos", "the coordinator closed the case"))
                .event(EventType.of(
                        "annulation",
                        "the request was withdrawn",
                        Field.choice(
                                "motif",
                                "why",
                                "NON_ELIGIBLE",
                                "PATIENT_PARTI",
                                "MT_TROUVE_PAR_AILLEURS",
                                "DECES",
                                "AUTRE")))
                .event(EventType.of("relanceEchue", "the follow-up delay expired"))
                .transition(t("SIGNALE", "eligibiliteEvaluee", "QUALIFIE")
                        .guardedBy(guard(
                                "residesInTerritory",
                                e -> data(e, "residentTerritoire").equals("true")))
                        .guardedBy(
                                guard("noDeclaredMt", e -> data(e, "mtDeclare").equals("false")))
                        .raising("inscritListeAttente"))
                .transition(waiting)
                .transition(t("EN_ATTENTE", "medecinIdentifie", "PROPOSE"))
                .transition(t("PROPOSE", "propositionAcceptee", "ACCEPTE"))
                .transition(t("PROPOSE", "propositionRefusee", "EN_ATTENTE").when("par", "MEDECIN"))
                .transition(t("PROPOSE", "propositionRefusee", "REFUSE_PATIENT").when("par", "PATIENT"))
                .transition(t("REFUSE_PATIENT", "nouvelleRecherche", "EN_ATTENTE"))
                .transition(
                        t("ACCEPTE", "declarationMtEnregistree", "MT_DECLARE").cancelling("relance"))
                .transition(t("MT_DECLARE", "imtFacturee", "MT_DECLARE")
                        .guardedBy(guard("imtOnlyForAld", e -> data(e, "ald").equals("true"))))
                .transition(t("MT_DECLARE", "dossierClos", "CLOS"));
        if (p.followUp().get().isDefined()) {
            b = b.transition(remind);
        }
        for (String s : List.of("SIGNALE", "EN_ATTENTE", "PROPOSE", "ACCEPTE", "REFUSE_PATIENT")) {
            b = b.transition(t(s, "annulation", "ANNULE"));
        }
        return new Pathway(
                "P1",
                "Accès au médecin traitant",
                "Finding a médecin traitant",
                Level.PATIENT,
                "A patient without a médecin traitant is registered, qualified (territory, no declared MT,"
                        + " priority ALD / over 70 / C2S-AME), offered a member GP and free to accept or refuse;"
                        + " the MT declaration closes the case. The IMT consultation is billable for ALD patients only.",
                Build.checked(b.terminal("CLOS", "ANNULE")),
                List.of(p.followUp()),
                List.of(Sources.MT_REGISTER, Sources.MT_PRIORITIES, Sources.NGAP_IMT));
    }
}
