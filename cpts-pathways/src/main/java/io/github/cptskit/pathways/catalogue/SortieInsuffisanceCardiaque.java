package io.github.cptskit.pathways.catalogue;

import static io.github.cptskit.pathways.catalogue.Build.t;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.pathways.engine.Deadline;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.vavr.collection.List;
import java.time.Period;
import java.util.Objects;

/**
 * P3a, sortie d'hospitalisation pour insuffisance cardiaque (PRADO-like): the hospital signals the
 * patient, the Assurance Maladie's adviser (CAM) visits before discharge and books the appointments;
 * at discharge three deadlines start: médecin traitant within 7 days, cardiologist within 2 months,
 * end of the programme after about 6 months. A missed appointment deadline is recorded without
 * ending the follow-up (read models count them); a new hospitalisation pauses the follow-up and the
 * next discharge restarts the 7-day MT deadline.
 */
public final class SortieInsuffisanceCardiaque {
    private SortieInsuffisanceCardiaque() {}

    /**
     * The parameters of P3a.
     *
     * @param mtDelay the médecin traitant consultation after discharge (7 days)
     * @param cardiologistDelay the cardiologist consultation after discharge (2 months)
     * @param programme the length of the follow-up after discharge (about 6 months)
     */
    public record Parameters(
            Parameter<Period> mtDelay, Parameter<Period> cardiologistDelay, Parameter<Period> programme) {
        /**
         * Checks the components.
         *
         * @param mtDelay the médecin traitant consultation after discharge (7 days)
         * @param cardiologistDelay the cardiologist consultation after discharge (2 months)
         * @param programme the length of the follow-up after discharge (about 6 months)
         */
        public Parameters {
            Objects.requireNonNull(mtDelay, "mtDelay");
            Objects.requireNonNull(cardiologistDelay, "cardiologistDelay");
            Objects.requireNonNull(programme, "programme");
        }

        /** @return 7 days, 2 months, 6 months */
        public static Parameters defaults() {
            return new Parameters(
                    Parameter.of(
                            "mtDelay",
                            "médecin traitant consultation after discharge",
                            Period.ofDays(7),
                            Sources.PRADO_IC,
                            Confidence.CONFIRMED),
                    Parameter.of(
                            "cardiologistDelay",
                            "cardiologist consultation after discharge",
                            Period.ofMonths(2),
                            Sources.PRADO_IC,
                            Confidence.CONFIRMED),
                    Parameter.of(
                            "programme",
                            "length of the follow-up after discharge: about 6 months; 2 months is reported for some stages",
                            Period.ofMonths(6),
                            Sources.PRADO_IC_DURATION,
                            Confidence.UNCONFIRMED));
        }

        /**
         * @param length the programme's length for this patient's stage
         * @param origin where it comes from
         * @return new parameters
         */
        public Parameters withProgramme(Period length, String origin) {
            return new Parameters(mtDelay, cardiologistDelay, programme.override(length, origin));
        }
    }

    /** @return P3a with the default parameters */
    public static Pathway pathway() {
        return pathway(Parameters.defaults());
    }

    /**
     * @param p the parameters
     * @return P3a built with them
     */
    public static Pathway pathway(Parameters p) {
        Deadline mt = Deadline.of("mt", p.mtDelay().get(), "delaiMtDepasse");
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("sortie-ic", 1, "SIGNALE_PAR_HOPITAL")
                .event(EventType.of(
                        "visiteCam",
                        "the CAM visited the patient, who agreed to the programme",
                        Field.choice("stadeNyha", "NYHA class", "I", "II", "III", "IV")
                                .optional()))
                .event(EventType.of("rdvPlanifies", "the MT and cardiologist appointments were booked"))
                .event(EventType.of("sortieHopital", "the patient left hospital"))
                .event(EventType.of("rdvMtRealise", "the médecin traitant saw the patient"))
                .event(EventType.of("rdvCardioRealise", "the cardiologist saw the patient"))
                .event(EventType.of("seanceIde", "a nurse's follow-up session took place"))
                .event(EventType.of("delaiMtDepasse", "the MT consultation delay expired"))
                .event(EventType.of("delaiCardioDepasse", "the cardiologist consultation delay expired"))
                .event(EventType.of("finProgramme", "the programme reached its length"))
                .event(EventType.of("rehospitalise", "the patient was admitted to hospital again"))
                .event(EventType.of("refus", "the patient declined the programme"))
                .event(EventType.of(
                        "sortie",
                        "the patient left the programme early",
                        Field.choice("motif", "why", "DEMANDE_PATIENT", "DECES", "ENTREE_EHPAD", "AUTRE")))
                .transition(t("SIGNALE_PAR_HOPITAL", "visiteCam", "VISITE_CAM"))
                .transition(t("SIGNALE_PAR_HOPITAL", "refus", "NON_INCLUS"))
                .transition(t("VISITE_CAM", "refus", "NON_INCLUS"))
                .transition(t("VISITE_CAM", "rdvPlanifies", "RDV_PLANIFIES"))
                .transition(t("RDV_PLANIFIES", "sortieHopital", "SUIVI")
                        .starting(mt)
                        .starting(Deadline.of("cardio", p.cardiologistDelay().get(), "delaiCardioDepasse"))
                        .starting(Deadline.of("programme", p.programme().get(), "finProgramme")))
                .transition(t("SUIVI", "rdvMtRealise", "SUIVI").cancelling("mt"))
                .transition(t("SUIVI", "rdvCardioRealise", "SUIVI").cancelling("cardio"))
                .transition(t("SUIVI", "seanceIde", "SUIVI"))
                .transition(t("SUIVI", "rehospitalise", "REHOSPITALISE").cancelling("mt"))
                .transition(t("REHOSPITALISE", "sortieHopital", "SUIVI").starting(mt))
                .transition(t("SUIVI", "finProgramme", "TERMINE"))
                .transition(t("REHOSPITALISE", "finProgramme", "TERMINE"))
                .transition(t("RDV_PLANIFIES", "sortie", "SORTI"))
                .transition(t("SUIVI", "sortie", "SORTI"))
                .transition(t("REHOSPITALISE", "sortie", "SORTI"));
        return new Pathway(
                "P3a",
                "Sortie d'hospitalisation insuffisance cardiaque",
                "Discharge after heart failure",
                Level.PATIENT,
                "Signalled by the hospital, visited by the CAM, appointments booked; from discharge, the"
                        + " médecin traitant within 7 days, the cardiologist within 2 months, follow-up for about 6 months.",
                Build.checked(b.terminal("TERMINE", "NON_INCLUS", "SORTI")),
                List.of(p.mtDelay(), p.cardiologistDelay(), p.programme()),
                List.of(Sources.PRADO_IC, Sources.PRADO_IC_DURATION));
    }
}
