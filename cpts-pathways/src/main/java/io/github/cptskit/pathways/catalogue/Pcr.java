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
import java.time.Period;
import java.util.Objects;

/**
 * P8 and P8b, parcours coordonnés renforcés (PCR, art. L.4012-1 CSP, created by the LFSS 2024): a
 * forfait-paid pathway whose types are set by arrêté.
 *
 * <p>P8, the structure level: every professional (or employer) and the coordinating structure sign
 * the project (R.162-131 CSS), it goes to the ARS and the CPAM, and the director general of the ARS
 * has two months to validate or oppose (R.162-134). What the ARS's silence means was not confirmed:
 * it is a parameter whose default, {@link Silence#UNKNOWN}, leaves the project waiting for an
 * explicit decision. The coordinating structure is one of the nine categories of D.162-34 CSS.
 *
 * <p>P8b, the patient level: a profile is determined, the patient is informed and consents, is
 * included, goes through care sequences, and leaves at the end, early, or when the maximum duration
 * is reached. The number of profiles, the maximum duration and whether a parcours is renewable belong
 * to each type's arrêté; the defaults are those of the draft "obésité complexe de l'adulte" arrêté (4
 * profiles, 2 years, not renewable), unconfirmed.
 */
public final class Pcr {
    private Pcr() {}

    /** What the ARS's silence after the decision delay means. */
    public enum Silence {
        /** Silence is validation: the project becomes active. */
        VALIDATION,
        /** Silence is opposition. */
        OPPOSITION,
        /** Not known: the project waits in {@code SILENCE_ARS} for an explicit decision. */
        UNKNOWN
    }

    /**
     * The parameters of P8.
     *
     * @param arsDelay the ARS's delay to validate or oppose (2 months)
     * @param silence what its silence means (unknown)
     */
    public record StructureParameters(Parameter<Period> arsDelay, Parameter<Silence> silence) {
        /**
         * Checks the components.
         *
         * @param arsDelay the ARS's delay to validate or oppose (2 months)
         * @param silence what its silence means (unknown)
         */
        public StructureParameters {
            Objects.requireNonNull(arsDelay, "arsDelay");
            Objects.requireNonNull(silence, "silence");
        }

        /** @return two months; silence unknown */
        public static StructureParameters defaults() {
            return new StructureParameters(
                    Parameter.of(
                            "arsDelay",
                            "delay of the ARS to validate or oppose the project",
                            Period.ofMonths(2),
                            Sources.PCR_PROJECT,
                            Confidence.CONFIRMED),
                    Parameter.of(
                            "silence",
                            "what the ARS's silence after the delay means (the excerpt of R.162-134 read stops there)",
                            Silence.UNKNOWN,
                            Sources.PCR_PROJECT,
                            Confidence.UNCONFIRMED));
        }

        /**
         * @param meaning what silence means, once read in the text
         * @param origin where it comes from
         * @return new parameters
         */
        public StructureParameters withSilence(Silence meaning, String origin) {
            return new StructureParameters(arsDelay, silence.override(meaning, origin));
        }
    }

    /**
     * The parameters of P8b, set by each PCR type's arrêté.
     *
     * @param type the PCR type
     * @param profiles the number of patient profiles
     * @param maximumDuration the maximum duration from inclusion
     * @param renewable whether a patient may be included again in the same type
     */
    public record PatientParameters(
            Parameter<String> type,
            Parameter<Integer> profiles,
            Parameter<Period> maximumDuration,
            Parameter<Boolean> renewable) {
        /**
         * Checks the components.
         *
         * @param type the PCR type
         * @param profiles the number of patient profiles
         * @param maximumDuration the maximum duration from inclusion
         * @param renewable whether a patient may be included again in the same type
         */
        public PatientParameters {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(profiles, "profiles");
            Objects.requireNonNull(maximumDuration, "maximumDuration");
            Objects.requireNonNull(renewable, "renewable");
        }

        /** @return the draft obesity arrêté: 4 profiles, 2 years, not renewable */
        public static PatientParameters defaults() {
            return new PatientParameters(
                    Parameter.of(
                            "type",
                            "the PCR type",
                            "obesite-complexe-adulte",
                            Sources.PCR_OBESITY_DRAFT,
                            Confidence.UNCONFIRMED),
                    Parameter.of("profiles", "patient profiles", 4, Sources.PCR_OBESITY_DRAFT, Confidence.UNCONFIRMED),
                    Parameter.of(
                            "maximumDuration",
                            "maximum duration from inclusion",
                            Period.ofYears(2),
                            Sources.PCR_OBESITY_DRAFT,
                            Confidence.UNCONFIRMED),
                    Parameter.of(
                            "renewable",
                            "whether a patient may be included again",
                            false,
                            Sources.PCR_OBESITY_DRAFT,
                            Confidence.UNCONFIRMED));
        }

        /**
         * The parameters of another PCR type, from its arrêté.
         *
         * @param typeName the type
         * @param profileCount its profiles
         * @param duration its maximum duration
         * @param canRenew whether it is renewable
         * @param origin the arrêté
         * @return new parameters
         */
        public PatientParameters forType(
                String typeName, int profileCount, Period duration, boolean canRenew, String origin) {
            return new PatientParameters(
                    type.override(typeName, origin),
                    profiles.override(profileCount, origin),
                    maximumDuration.override(duration, origin),
                    renewable.override(canRenew, origin));
        }
    }

    /** @return P8 with the default parameters */
    public static Pathway structure() {
        return structure(StructureParameters.defaults());
    }

    /**
     * @param p the parameters
     * @return P8 built with them
     */
    public static Pathway structure(StructureParameters p) {
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("pcr-structure", 1, "PROJET_REDIGE")
                .event(EventType.of(
                        "signatureRecueillie",
                        "a professional or employer signed",
                        Field.token("signataire", "RPPS, FINESS or SIRET of the signatory")))
                .event(EventType.of(
                        "projetSigne",
                        "the project is signed",
                        Field.choice(
                                "structureCoordinatrice",
                                "category of the coordinating structure (D.162-34 CSS)",
                                "ETABLISSEMENT_SANTE",
                                "ESMS",
                                "CENTRE_SANTE",
                                "MSP_SISA",
                                "EQUIPE_SOINS_SPECIALISES",
                                "CPTS",
                                "DAC",
                                "MDPH",
                                "PMI"),
                        Field.integer("signatures", "signatures collected", 0, 100_000),
                        Field.integer(
                                "signatairesAttendus", "professionals, employers and structure expected", 1, 100_000)))
                .event(EventType.of("transmisArsCpam", "the project was sent to the ARS and the CPAM"))
                .event(EventType.of(
                        "decisionArs",
                        "the director general of the ARS decided",
                        Field.choice("decision", "decision", "VALIDE", "OPPOSE")))
                .event(EventType.of("delaiDecisionArsEcoule", "the ARS's delay expired without decision"))
                .event(EventType.of("parcoursActive", "the pathway opened to patients (raised)"))
                .event(EventType.of("projetModifie", "the project is being amended"))
                .event(EventType.of("parcoursArrete", "the pathway was stopped"))
                .event(EventType.of("projetAbandonne", "the project was abandoned"))
                .transition(t("PROJET_REDIGE", "signatureRecueillie", "PROJET_REDIGE"))
                .transition(t("PROJET_REDIGE", "projetSigne", "SIGNE")
                        .guardedBy(guard(
                                "everyoneSigned", e -> number(e, "signatures") >= number(e, "signatairesAttendus"))))
                .transition(t("SIGNE", "transmisArsCpam", "TRANSMIS")
                        .starting(Deadline.of("decisionArs", p.arsDelay().get(), "delaiDecisionArsEcoule")))
                .transition(t("TRANSMIS", "decisionArs", "VALIDE")
                        .when("decision", "VALIDE")
                        .cancelling("decisionArs")
                        .raising("parcoursActive"))
                .transition(t("TRANSMIS", "decisionArs", "OPPOSE").when("decision", "OPPOSE"))
                .transition(t("VALIDE", "parcoursActive", "ACTIF"))
                .transition(t("ACTIF", "projetModifie", "PROJET_REDIGE"))
                .transition(t("ACTIF", "parcoursArrete", "ARRETE"))
                .transition(t("PROJET_REDIGE", "projetAbandonne", "ABANDONNE"))
                .transition(t("SIGNE", "projetAbandonne", "ABANDONNE"));
        switch (p.silence().get()) {
            case VALIDATION:
                b = b.transition(
                        t("TRANSMIS", "delaiDecisionArsEcoule", "VALIDE").raising("parcoursActive"));
                break;
            case OPPOSITION:
                b = b.transition(t("TRANSMIS", "delaiDecisionArsEcoule", "OPPOSE"));
                break;
            default:
                b = b.transition(t("TRANSMIS", "delaiDecisionArsEcoule", "SILENCE_ARS"))
                        .transition(t("SILENCE_ARS", "decisionArs", "VALIDE")
                                .when("decision", "VALIDE")
                                .raising("parcoursActive"))
                        .transition(t("SILENCE_ARS", "decisionArs", "OPPOSE").when("decision", "OPPOSE"));
        }
        return new Pathway(
                "P8",
                "Parcours coordonné renforcé : projet de la structure",
                "Reinforced coordinated pathway: the structure's project",
                Level.STRUCTURE,
                "Every professional and the coordinating structure sign, the project goes to the ARS and the"
                        + " CPAM, the ARS validates or opposes within two months; validation opens the pathway.",
                Build.checked(b.terminal("OPPOSE", "ARRETE", "ABANDONNE")),
                List.of(p.arsDelay(), p.silence()),
                List.of(Sources.PCR_LAW, Sources.PCR_PROJECT, Sources.PCR_STRUCTURES));
    }

    /** @return P8b with the default parameters */
    public static Pathway patient() {
        return patient(PatientParameters.defaults());
    }

    /**
     * @param p the parameters
     * @return P8b built with them
     */
    public static Pathway patient(PatientParameters p) {
        int profiles = p.profiles().get();
        boolean renewable = p.renewable().get();
        Definition.Builder<NoContext> b = Definition.<NoContext>builder("pcr-patient", 1, "ELIGIBILITE")
                .event(EventType.of(
                        "profilDetermine",
                        "the patient's profile was determined",
                        Field.integer("profil", "profile number in the type's arrêté", 1, 99)))
                .event(EventType.of("nonEligible", "the patient is not eligible"))
                .event(EventType.of("patientInforme", "the patient was informed, data sharing included"))
                .event(EventType.of("consentementRecueilli", "the patient consented"))
                .event(EventType.of("refus", "the patient declined"))
                .event(EventType.of(
                        "inclusion",
                        "the patient was included",
                        Field.bool("dejaInclusCeType", "the patient was included in this type before")))
                .event(EventType.of(
                        "sequenceDemarree",
                        "a care sequence started",
                        Field.integer("sequence", "sequence number", 1, 99)))
                .event(EventType.of("sequenceTerminee", "the care sequence ended"))
                .event(EventType.of("parcoursTermine", "the pathway was completed"))
                .event(EventType.of("dureeMaximaleAtteinte", "the maximum duration was reached"))
                .event(EventType.of(
                        "sortie",
                        "the patient left early",
                        Field.choice("motif", "why", "DEMANDE_PATIENT", "DEMENAGEMENT", "DECES", "AUTRE")))
                .transition(t("ELIGIBILITE", "profilDetermine", "PROFIL_DETERMINE")
                        .guardedBy(guard("knownProfile", e -> number(e, "profil") <= profiles)))
                .transition(t("ELIGIBILITE", "nonEligible", "NON_INCLUS"))
                .transition(t("PROFIL_DETERMINE", "patientInforme", "INFORME"))
                .transition(t("INFORME", "consentementRecueilli", "CONSENTI"))
                .transition(t("INFORME", "refus", "NON_INCLUS"))
                .transition(t("CONSENTI", "inclusion", "INCLUS")
                        .guardedBy(guard(
                                "notRenewable",
                                e -> renewable || data(e, "dejaInclusCeType").equals("false")))
                        .starting(
                                Deadline.of("dureeMaximale", p.maximumDuration().get(), "dureeMaximaleAtteinte")))
                .transition(t("INCLUS", "sequenceDemarree", "EN_SEQUENCE"))
                .transition(t("EN_SEQUENCE", "sequenceTerminee", "INCLUS"))
                .transition(t("INCLUS", "parcoursTermine", "TERMINE"))
                .transition(t("INCLUS", "dureeMaximaleAtteinte", "TERMINE"))
                .transition(t("EN_SEQUENCE", "dureeMaximaleAtteinte", "TERMINE"))
                .transition(t("INCLUS", "sortie", "SORTIE_ANTICIPEE"))
                .transition(t("EN_SEQUENCE", "sortie", "SORTIE_ANTICIPEE"));
        return new Pathway(
                "P8b",
                "Parcours coordonné renforcé : parcours du patient",
                "Reinforced coordinated pathway: the patient's pathway",
                Level.PATIENT,
                "Profile, information, consent, inclusion, care sequences, end at completion, early exit or"
                        + " the maximum duration; profiles, duration and renewal are the type's parameters.",
                Build.checked(b.terminal("TERMINE", "SORTIE_ANTICIPEE", "NON_INCLUS")),
                List.of(p.type(), p.profiles(), p.maximumDuration(), p.renewable()),
                List.of(Sources.PCR_LAW, Sources.PCR_ARRETE, Sources.PCR_OBESITY_DRAFT));
    }
}
