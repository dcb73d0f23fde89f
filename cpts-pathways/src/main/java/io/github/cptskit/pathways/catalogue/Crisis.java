package io.github.cptskit.pathways.catalogue;

import static io.github.cptskit.pathways.catalogue.Build.t;

import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.vavr.collection.List;

/**
 * P7, réponse aux crises sanitaires graves (ACI avenant 2): the CPTS writes its crisis plan, keeps
 * watch (and runs exercises), receives an alert, activates its crisis cell, mobilises professionals,
 * responds, de-escalates, writes its lessons learnt (RETEX) and returns to watch. One instance
 * follows one CPTS's plan across crises; the subject reference is the CPTS's own id. The families of
 * risk come from the negotiation document of the mission (not a final text).
 */
public final class Crisis {
    private Crisis() {}

    /** @return P7 */
    public static Pathway pathway() {
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("crise-sanitaire", 1, "PLAN_A_REDIGER")
                .event(EventType.of("planRedige", "the crisis plan was written and shared with the ARS"))
                .event(EventType.of("exerciceRealise", "a crisis exercise took place"))
                .event(EventType.of(
                        "alerteRecue",
                        "an alert reached the CPTS",
                        Field.choice("source", "who alerted", "ARS", "MEMBRE", "AUTRE"),
                        Field.choice(
                                "risque",
                                "family of risk",
                                "ATTENTAT_AFFLUX_VICTIMES",
                                "EPIDEMIE_SAISONNIERE_CANICULE_FROID",
                                "AGENT_INFECTIEUX_EMERGENT",
                                "NRBC",
                                "RUPTURE_OFFRE_SOINS",
                                "AUTRE")))
                .event(EventType.of("fausseAlerte", "the alert needed no response"))
                .event(EventType.of("celluleActivee", "the crisis cell met"))
                .event(EventType.of(
                        "professionnelMobilise",
                        "a professional was mobilised",
                        Field.token("professionnel", "RPPS of the professional")))
                .event(EventType.of("reponseDeclenchee", "the response started"))
                .event(EventType.of("finCrise", "the crisis ended"))
                .event(EventType.of("desescaladeTerminee", "the means were stood down"))
                .event(EventType.of("retexProduit", "the lessons learnt were written"))
                .event(EventType.of("planArchive", "the plan was archived (the CPTS ended the mission)"))
                .transition(t("PLAN_A_REDIGER", "planRedige", "VEILLE"))
                .transition(t("VEILLE", "exerciceRealise", "VEILLE"))
                .transition(t("VEILLE", "alerteRecue", "ALERTE"))
                .transition(t("ALERTE", "fausseAlerte", "VEILLE"))
                .transition(t("ALERTE", "celluleActivee", "CELLULE_ACTIVEE"))
                .transition(t("CELLULE_ACTIVEE", "professionnelMobilise", "CELLULE_ACTIVEE"))
                .transition(t("CELLULE_ACTIVEE", "reponseDeclenchee", "REPONSE"))
                .transition(t("CELLULE_ACTIVEE", "finCrise", "DESESCALADE"))
                .transition(t("REPONSE", "professionnelMobilise", "REPONSE"))
                .transition(t("REPONSE", "finCrise", "DESESCALADE"))
                .transition(t("DESESCALADE", "desescaladeTerminee", "RETEX"))
                .transition(t("RETEX", "retexProduit", "VEILLE"))
                .transition(t("VEILLE", "planArchive", "ARCHIVE"));
        return new Pathway(
                "P7",
                "Réponse aux crises sanitaires graves",
                "Health crisis response",
                Level.TERRITORY,
                "Plan written, watch (with exercises), alert, crisis cell, response, de-escalation, RETEX,"
                        + " back to watch.",
                Build.checked(b.terminal("ARCHIVE")),
                List.empty(),
                List.of(Sources.CRISIS_AVENANT, Sources.CRISIS_GUIDE, Sources.CRISIS_RISKS));
    }
}
