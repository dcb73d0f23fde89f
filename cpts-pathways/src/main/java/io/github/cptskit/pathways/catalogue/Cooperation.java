package io.github.cptskit.pathways.catalogue;

import static io.github.cptskit.pathways.catalogue.Build.data;
import static io.github.cptskit.pathways.catalogue.Build.guard;
import static io.github.cptskit.pathways.catalogue.Build.number;
import static io.github.cptskit.pathways.catalogue.Build.t;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * P5, protocole de coopération (art. 51 HPST, now L.4011-1 et seq. CSP) for one encounter: a nurse
 * (the délégué) sees a patient under a national protocol delegated by the doctor (the délégant).
 * Eligibility is checked (the protocol's age range, no exclusion criterion, a trained delegate, a
 * team declared to the ARS); an exclusion refers the patient to the doctor (raised automatically),
 * otherwise the patient consents, is treated, and the delegate informs the médecin traitant.
 */
public final class Cooperation {
    private Cooperation() {}

    /**
     * The parameters of P5.
     *
     * @param ageRanges the age range of each protocol, in years, inclusive
     */
    public record Parameters(Parameter<Map<String, Tuple2<Integer, Integer>>> ageRanges) {
        /**
         * Checks the components.
         *
         * @param ageRanges the age range of each protocol, in years, inclusive
         */
        public Parameters {
            Objects.requireNonNull(ageRanges, "ageRanges");
        }

        /** @return cystite 16–65, odynophagie 6–50 */
        public static Parameters defaults() {
            return new Parameters(Parameter.of(
                    "ageRanges",
                    "age range of each national protocol, in years, inclusive",
                    LinkedHashMap.of("CYSTITE", new Tuple2<>(16, 65), "ODYNOPHAGIE", new Tuple2<>(6, 50)),
                    Sources.CYSTITE,
                    Confidence.CONFIRMED));
        }
    }

    /** @return P5 with the default parameters */
    public static Pathway pathway() {
        return pathway(Parameters.defaults());
    }

    /**
     * @param p the parameters
     * @return P5 built with them
     */
    public static Pathway pathway(Parameters p) {
        Map<String, Tuple2<Integer, Integer>> ranges = p.ageRanges().get();
        String[] protocols = ranges.keySet().toJavaArray(String[]::new);
        String[] exclusions = {
            "GROSSESSE", "FIEVRE", "ANOMALIE_URINAIRE", "IMMUNODEPRESSION", "RECIDIVE", "HORS_CRITERES", "AUTRE"
        };
        Field exclusion = Field.choice(
                "exclusion",
                "exclusion criterion found",
                List.of(exclusions).prepend("AUCUNE").toJavaArray(String[]::new));
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("cooperation", 1, "PRESENTATION")
                .event(EventType.of(
                        "eligibiliteVerifiee",
                        "the delegate checked eligibility",
                        Field.choice("protocole", "national protocol", protocols),
                        Field.integer("age", "the patient's age in years", 0, 130),
                        exclusion,
                        Field.bool("delegueForme", "the delegate has the protocol's training"),
                        Field.bool("equipeDeclaree", "the team is declared to the ARS")))
                .event(EventType.of("orienteMedecin", "the patient was referred to the doctor (raised)"))
                .event(EventType.of("consentement", "the patient agreed to delegated care"))
                .event(EventType.of("refusConsentement", "the patient asked for the doctor"))
                .event(EventType.of(
                        "critereExclusion",
                        "an exclusion criterion appeared during the encounter",
                        Field.choice("exclusion", "exclusion criterion found", exclusions)))
                .event(EventType.of("traitementDelivre", "the delegate treated the patient"))
                .event(EventType.of("informationMtEnvoyee", "the delegate informed the médecin traitant"))
                .transition(t("PRESENTATION", "eligibiliteVerifiee", "ELIGIBLE")
                        .when("exclusion", "AUCUNE")
                        .guardedBy(guard(
                                "ageInProtocolRange",
                                e -> ranges.get(data(e, "protocole"))
                                        .exists(r -> number(e, "age") >= r._1 && number(e, "age") <= r._2)))
                        .guardedBy(guard(
                                "delegateTrained", e -> data(e, "delegueForme").equals("true")))
                        .guardedBy(guard(
                                "teamDeclaredToArs",
                                e -> data(e, "equipeDeclaree").equals("true"))))
                .transition(t("PRESENTATION", "eligibiliteVerifiee", "EXCLU")
                        .when("exclusion", exclusions)
                        .raising("orienteMedecin"))
                .transition(t("EXCLU", "orienteMedecin", "ORIENTE_MEDECIN"))
                .transition(t("ELIGIBLE", "consentement", "CONSENTI"))
                .transition(t("ELIGIBLE", "refusConsentement", "ORIENTE_MEDECIN"))
                .transition(t("CONSENTI", "critereExclusion", "EXCLU").raising("orienteMedecin"))
                .transition(t("CONSENTI", "traitementDelivre", "TRAITE"))
                .transition(t("TRAITE", "informationMtEnvoyee", "MT_INFORME"));
        return new Pathway(
                "P5",
                "Protocole de coopération",
                "Delegated care under a coopération protocol",
                Level.ENCOUNTER,
                "The delegate checks eligibility (age range, exclusions, training, team declared to the ARS);"
                        + " an exclusion refers the patient to the doctor; otherwise consent, treatment, and the"
                        + " médecin traitant is informed.",
                Build.checked(b.terminal("ORIENTE_MEDECIN", "MT_INFORME")),
                List.of(p.ageRanges()),
                List.of(Sources.COOPERATION, Sources.CYSTITE));
    }
}
