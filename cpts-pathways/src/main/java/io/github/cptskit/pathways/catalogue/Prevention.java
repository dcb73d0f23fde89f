package io.github.cptskit.pathways.catalogue;

import static io.github.cptskit.pathways.catalogue.Build.t;

import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.vavr.collection.List;

/**
 * P6, prévention: a campaign of the territory (planned, target population computed, run, closed,
 * evaluated) and, for each person of its target, an invitation pathway (invited, reminded, screened
 * or vaccinated, refused, lost to follow-up). Eligibility rules (age, sex, screening interval) belong
 * to each national programme and are applied by the host when it creates the person's instance; no
 * figure is encoded here.
 */
public final class Prevention {
    private Prevention() {}

    /** @return P6, the campaign level */
    public static Pathway campaign() {
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("prevention-campagne", 1, "PLANIFIEE")
                .event(EventType.of(
                        "cibleDefinie",
                        "the target population was computed",
                        Field.choice(
                                "theme",
                                "the campaign's theme",
                                "DEPISTAGE_SEIN",
                                "DEPISTAGE_COLORECTAL",
                                "DEPISTAGE_COL_UTERUS",
                                "VACCINATION",
                                "IATROGENIE",
                                "OBESITE",
                                "VIOLENCES_INTRAFAMILIALES",
                                "AUTRE"),
                        Field.integer("populationCible", "people targeted", 1, 10_000_000)))
                .event(EventType.of("campagneLancee", "invitations started"))
                .event(EventType.of("campagneClose", "the campaign ended"))
                .event(EventType.of(
                        "evaluationProduite",
                        "the campaign was evaluated",
                        Field.integer("personnesRealisees", "people screened or vaccinated", 0, 10_000_000)))
                .event(EventType.of("campagneAnnulee", "the campaign was called off"))
                .transition(t("PLANIFIEE", "cibleDefinie", "CIBLE_DEFINIE"))
                .transition(t("CIBLE_DEFINIE", "campagneLancee", "ACTIVE"))
                .transition(t("ACTIVE", "campagneClose", "CLOTUREE"))
                .transition(t("CLOTUREE", "evaluationProduite", "EVALUEE"))
                .transition(t("PLANIFIEE", "campagneAnnulee", "ANNULEE"))
                .transition(t("CIBLE_DEFINIE", "campagneAnnulee", "ANNULEE"));
        return new Pathway(
                "P6",
                "Campagne de prévention",
                "Prevention campaign",
                Level.CAMPAIGN,
                "A territory campaign is planned, its target computed, run, closed and evaluated.",
                Build.checked(b.terminal("EVALUEE", "ANNULEE")),
                List.empty(),
                List.of(Sources.PREVENTION));
    }

    /** @return P6b, the person level */
    public static Pathway person() {
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("prevention-personne", 1, "ELIGIBLE")
                .event(EventType.of(
                        "invitationEnvoyee", "the person was invited", Field.token("campagne", "the campaign's id")))
                .event(EventType.of("relanceEnvoyee", "the person was reminded"))
                .event(EventType.of("actePratique", "the screening or vaccination was done"))
                .event(EventType.of("refus", "the person declined"))
                .event(EventType.of("perduDeVue", "the person could not be reached"))
                .event(EventType.of(
                        "nonEligible",
                        "the person turned out not to be eligible",
                        Field.choice("motif", "why", "DEJA_A_JOUR", "SUIVI_SPECIALISE", "AUTRE")))
                .transition(t("ELIGIBLE", "invitationEnvoyee", "INVITE"))
                .transition(t("ELIGIBLE", "nonEligible", "EXCLU"))
                .transition(t("INVITE", "relanceEnvoyee", "RELANCE"))
                .transition(t("RELANCE", "relanceEnvoyee", "RELANCE"))
                .transition(t("INVITE", "actePratique", "REALISE"))
                .transition(t("RELANCE", "actePratique", "REALISE"))
                .transition(t("INVITE", "refus", "REFUS"))
                .transition(t("RELANCE", "refus", "REFUS"))
                .transition(t("INVITE", "nonEligible", "EXCLU"))
                .transition(t("RELANCE", "perduDeVue", "PERDU"));
        return new Pathway(
                "P6b",
                "Prévention : parcours de la personne",
                "Prevention: one person's invitation",
                Level.PATIENT,
                "A person of a campaign's target is invited, reminded, and screened or vaccinated, refuses,"
                        + " or is lost to follow-up.",
                Build.checked(b.terminal("REALISE", "REFUS", "PERDU", "EXCLU")),
                List.empty(),
                List.of(Sources.PREVENTION));
    }
}
