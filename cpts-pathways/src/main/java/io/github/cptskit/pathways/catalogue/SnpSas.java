package io.github.cptskit.pathways.catalogue;

import static io.github.cptskit.pathways.catalogue.Build.data;
import static io.github.cptskit.pathways.catalogue.Build.guard;
import static io.github.cptskit.pathways.catalogue.Build.number;
import static io.github.cptskit.pathways.catalogue.Build.t;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.vavr.collection.List;
import java.time.Duration;
import java.util.Objects;

/**
 * P2, soins non programmés through the SAS (service d'accès aux soins): an assistant de régulation
 * médicale (ARM) triages the call, a régulateur decides (advice, teleconsultation, emergency
 * department, or an appointment), the OSNP (opérateur de soins non programmés) asks the patient's
 * médecin traitant first and otherwise books an effecteur, and the consultation must happen within
 * the consultation delay (48 h, a parameter) or the pathway fails.
 *
 * <p>The SNP majoration (NGAP art. 14.1.3) is billable after a consultation only when the effecteur
 * is not the patient's médecin traitant (guard {@code effecteurNotMt}) and the doctor has billed
 * fewer than the weekly cap (20) this week (guard {@code underWeeklyCap}, on the count the host
 * records in the event). The "within 48 h, requested by the régulateur" conditions hold by
 * construction: the consultation is reached only from a regulated appointment before the deadline.
 */
public final class SnpSas {
    private SnpSas() {}

    /**
     * The parameters of P2.
     *
     * @param consultationDelay the delay between regulation and consultation (48 h)
     * @param weeklyCap the SNP majorations a doctor may bill per week (20)
     */
    public record Parameters(Parameter<Duration> consultationDelay, Parameter<Integer> weeklyCap) {
        /**
         * Checks the components.
         *
         * @param consultationDelay the delay between regulation and consultation (48 h)
         * @param weeklyCap the SNP majorations a doctor may bill per week (20)
         */
        public Parameters {
            Objects.requireNonNull(consultationDelay, "consultationDelay");
            Objects.requireNonNull(weeklyCap, "weeklyCap");
        }

        /** @return 48 hours and 20 a week, as the national texts say */
        public static Parameters defaults() {
            return new Parameters(
                    Parameter.of(
                            "consultationDelay",
                            "delay from regulation to consultation; some CPTS contracts say 24 h or the same day",
                            Duration.ofHours(48),
                            Sources.SAS_INSTRUCTION,
                            Confidence.CONFIRMED),
                    Parameter.of(
                            "weeklyCap",
                            "SNP majorations one doctor may bill per week",
                            20,
                            Sources.NGAP_SNP,
                            Confidence.CONFIRMED));
        }

        /**
         * @param delay the delay of the CPTS's contract
         * @param origin where it comes from
         * @return new parameters
         */
        public Parameters withConsultationDelay(Duration delay, String origin) {
            return new Parameters(consultationDelay.override(delay, origin), weeklyCap);
        }
    }

    /** @return P2 with the default parameters */
    public static Pathway pathway() {
        return pathway(Parameters.defaults());
    }

    /**
     * @param p the parameters
     * @return P2 built with them
     */
    public static Pathway pathway(Parameters p) {
        int cap = p.weeklyCap().get();
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("snp-sas", 1, "APPEL_RECU")
                .event(EventType.of(
                        "trieParArm",
                        "the ARM triaged the call",
                        Field.choice(
                                "orientation",
                                "life-threatening or for the GP régulateur",
                                "URGENCE_VITALE",
                                "REGULATION_MG")))
                .event(EventType.of(
                        "regule",
                        "the régulateur decided",
                        Field.choice("decision", "outcome", "CONSEIL", "TELECONSULTATION", "URGENCES", "RDV"),
                        Field.token("regulateur", "RPPS of the régulateur").optional()))
                .event(EventType.of(
                        "mtSollicite",
                        "the OSNP asked the patient's médecin traitant",
                        Field.choice("reponse", "the MT's answer", "DISPONIBLE", "INDISPONIBLE", "SANS_MT")))
                .event(EventType.of(
                        "creneauReserve",
                        "the OSNP booked an effecteur's slot",
                        Field.token("effecteur", "RPPS of the effecteur")))
                .event(EventType.of(
                        "consultationRealisee",
                        "the consultation took place",
                        Field.token("effecteur", "RPPS of the doctor who saw the patient")))
                .event(EventType.of("rdvNonHonore", "the patient did not come"))
                .event(EventType.of("delaiConsultationDepasse", "the consultation delay expired"))
                .event(EventType.of(
                        "majorationSnpFacturee",
                        "the SNP majoration was billed",
                        Field.token("effecteur", "RPPS of the effecteur"),
                        Field.token("medecinTraitant", "RPPS of the patient's médecin traitant, if any")
                                .optional(),
                        Field.integer(
                                "majorationsSemaine",
                                "SNP majorations the effecteur already billed this week (host's count)",
                                0,
                                100_000)))
                .event(EventType.of("compteRenduTransmis", "the report reached the médecin traitant"))
                .transition(t("APPEL_RECU", "trieParArm", "URGENCE_VITALE").when("orientation", "URGENCE_VITALE"))
                .transition(t("APPEL_RECU", "trieParArm", "REGULATION_MG").when("orientation", "REGULATION_MG"))
                .transition(t("REGULATION_MG", "regule", "CONSEIL").when("decision", "CONSEIL"))
                .transition(t("REGULATION_MG", "regule", "TELECONSULTATION").when("decision", "TELECONSULTATION"))
                .transition(t("REGULATION_MG", "regule", "ORIENTE_URGENCES").when("decision", "URGENCES"))
                .transition(t("REGULATION_MG", "regule", "RDV_A_TROUVER")
                        .when("decision", "RDV")
                        .starting(Deadline.of(
                                "consultation", p.consultationDelay().get(), "delaiConsultationDepasse")))
                // The OSNP always asks the médecin traitant first: no other way out of RDV_A_TROUVER.
                .transition(t("RDV_A_TROUVER", "mtSollicite", "RDV_CHEZ_MT").when("reponse", "DISPONIBLE"))
                .transition(t("RDV_A_TROUVER", "mtSollicite", "RECHERCHE_EFFECTEUR")
                        .when("reponse", "INDISPONIBLE", "SANS_MT"))
                .transition(t("RECHERCHE_EFFECTEUR", "creneauReserve", "RDV_EFFECTEUR"))
                .transition(
                        t("RDV_CHEZ_MT", "consultationRealisee", "CONSULTEE").cancelling("consultation"))
                .transition(
                        t("RDV_EFFECTEUR", "consultationRealisee", "CONSULTEE").cancelling("consultation"))
                .transition(t("RDV_CHEZ_MT", "rdvNonHonore", "NON_HONORE"))
                .transition(t("RDV_EFFECTEUR", "rdvNonHonore", "NON_HONORE"))
                .transition(t("CONSULTEE", "majorationSnpFacturee", "CONSULTEE")
                        .guardedBy(guard(
                                "effecteurNotMt", e -> !data(e, "effecteur").equals(data(e, "medecinTraitant"))))
                        .guardedBy(guard("underWeeklyCap", e -> number(e, "majorationsSemaine") < cap)))
                .transition(t("CONSULTEE", "compteRenduTransmis", "CLOS"));
        for (String s : List.of("RDV_A_TROUVER", "RECHERCHE_EFFECTEUR", "RDV_CHEZ_MT", "RDV_EFFECTEUR")) {
            b = b.transition(t(s, "delaiConsultationDepasse", "ECHEC_DELAI"));
        }
        return new Pathway(
                "P2",
                "Soins non programmés via le SAS",
                "Same-day care through the SAS",
                Level.ENCOUNTER,
                "ARM triage, regulation by a GP régulateur, the médecin traitant asked first, then an effecteur;"
                        + " the consultation must happen within the consultation delay after regulation. The SNP"
                        + " majoration needs an effecteur who is not the MT and fewer than the weekly cap this week.",
                Build.checked(b.terminal(
                        "URGENCE_VITALE",
                        "CONSEIL",
                        "TELECONSULTATION",
                        "ORIENTE_URGENCES",
                        "NON_HONORE",
                        "ECHEC_DELAI",
                        "CLOS")),
                List.of(p.consultationDelay(), p.weeklyCap()),
                List.of(Sources.SAS_INSTRUCTION, Sources.SAS_OSNP, Sources.NGAP_SNP));
    }
}
