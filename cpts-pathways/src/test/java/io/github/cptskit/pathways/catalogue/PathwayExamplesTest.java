package io.github.cptskit.pathways.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.pathways.engine.Event;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Each catalogue pathway's documented happy path and its side exits. */
class PathwayExamplesTest {

    private static final String[] ELIGIBLE_ALD = {
        "residentTerritoire", "true", "mtDeclare", "false", "ald", "true", "plus70ans", "false", "c2sAme", "false"
    };

    @Test
    void p1FindsAMedecinTraitantAndBillsTheImtForAldOnly() {
        Walk w = Walk.of(AccesMedecinTraitant.pathway())
                .in("SIGNALE")
                .then("eligibiliteEvaluee", ELIGIBLE_ALD)
                .in("EN_ATTENTE");
        assertThat(w.log().map(Event::type)).containsExactly("eligibiliteEvaluee", "inscritListeAttente");
        assertThat(AccesMedecinTraitant.priority(w.log().head())).isEqualTo(AccesMedecinTraitant.Priority.ALD);
        w.then("medecinIdentifie", "medecin", "10003456789")
                .then("propositionRefusee", "par", "MEDECIN")
                .in("EN_ATTENTE")
                .then("medecinIdentifie", "medecin", "10004567890")
                .then("propositionRefusee", "par", "PATIENT")
                .in("REFUSE_PATIENT")
                .then("nouvelleRecherche")
                .then("medecinIdentifie", "medecin", "10005678901")
                .then("propositionAcceptee")
                .then("declarationMtEnregistree", "medecin", "10005678901")
                .in("MT_DECLARE");
        assertThat(w.refused("imtFacturee", "ald", "false").guards()).containsExactly("imtOnlyForAld");
        w.then("imtFacturee", "ald", "true").then("dossierClos").in("CLOS");
    }

    @Test
    void p1RefusesPatientsOutsideTheTerritoryOrWithAnMtAndRanksPriorities() {
        Walk w = Walk.of(AccesMedecinTraitant.pathway());
        assertThat(w.refused(
                                "eligibiliteEvaluee",
                                "residentTerritoire",
                                "false",
                                "mtDeclare",
                                "true",
                                "ald",
                                "false",
                                "plus70ans",
                                "false",
                                "c2sAme",
                                "false")
                        .guards())
                .containsExactly("residesInTerritory", "noDeclaredMt");
        w.then("annulation", "motif", "NON_ELIGIBLE").in("ANNULE");
        Event e = io.github.cptskit.pathways.engine.TestEvents.event(
                1,
                "eligibiliteEvaluee",
                Walk.T0,
                Walk.PATIENT,
                io.vavr.collection.TreeMap.of("ald", "false", "plus70ans", "true", "c2sAme", "true"));
        assertThat(AccesMedecinTraitant.priority(e)).isEqualTo(AccesMedecinTraitant.Priority.PLUS_70_ANS);
        assertThat(AccesMedecinTraitant.priority(e.with("plus70ans", "false")))
                .isEqualTo(AccesMedecinTraitant.Priority.C2S_AME);
        assertThat(AccesMedecinTraitant.priority(e.with("plus70ans", "false").with("c2sAme", "false")))
                .isEqualTo(AccesMedecinTraitant.Priority.NON_PRIORITAIRE);
    }

    @Test
    void p1FollowUpIsOptionalAndRestartsEachTime() {
        assertThat(AccesMedecinTraitant.pathway().definition().deadlines()).isEmpty();
        Pathway withFollowUp = AccesMedecinTraitant.pathway(
                AccesMedecinTraitant.Parameters.defaults().withFollowUp(Period.ofDays(30), "contrat CPTS art. 4"));
        assertThat(withFollowUp.parameters().head().value().confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        Walk w = Walk.of(withFollowUp).then("eligibiliteEvaluee", ELIGIBLE_ALD);
        Instant first = w.state().deadlines().get("relance").get().dueAt();
        w.at(first).expireDue().in("EN_ATTENTE");
        assertThat(w.state().deadlines().get("relance").get().dueAt()).isAfter(first);
    }

    @Test
    void p2SasAppointmentWithAnEffecteurAndTheSnpMajoration() {
        Walk w = Walk.of(SnpSas.pathway())
                .then("trieParArm", "orientation", "REGULATION_MG")
                .then("regule", "decision", "RDV", "regulateur", "10001111111")
                .in("RDV_A_TROUVER");
        assertThat(w.state().deadlines().get("consultation").get().dueAt())
                .isEqualTo(Walk.T0.plus(Duration.ofHours(2 + 48)));
        assertThat(w.refused("creneauReserve", "effecteur", "10002222222").code())
                .as("the médecin traitant is asked first")
                .isEqualTo("TRANSITION_NOT_ALLOWED");
        w.then("mtSollicite", "reponse", "INDISPONIBLE")
                .then("creneauReserve", "effecteur", "10002222222")
                .then("consultationRealisee", "effecteur", "10002222222")
                .in("CONSULTEE");
        assertThat(w.state().deadlines()).isEmpty();
        assertThat(w.refused(
                                "majorationSnpFacturee",
                                "effecteur",
                                "10002222222",
                                "medecinTraitant",
                                "10002222222",
                                "majorationsSemaine",
                                "20")
                        .guards())
                .containsExactly("effecteurNotMt", "underWeeklyCap");
        w.then(
                        "majorationSnpFacturee",
                        "effecteur",
                        "10002222222",
                        "medecinTraitant",
                        "10003333333",
                        "majorationsSemaine",
                        "19")
                .then("compteRenduTransmis")
                .in("CLOS");
    }

    @Test
    void p2SideExits() {
        Walk.of(SnpSas.pathway())
                .then("trieParArm", "orientation", "URGENCE_VITALE")
                .in("URGENCE_VITALE");
        for (String[] d : new String[][] {
            {"CONSEIL", "CONSEIL"}, {"TELECONSULTATION", "TELECONSULTATION"}, {"URGENCES", "ORIENTE_URGENCES"}
        }) {
            Walk.of(SnpSas.pathway())
                    .then("trieParArm", "orientation", "REGULATION_MG")
                    .then("regule", "decision", d[0])
                    .in(d[1]);
        }
        Walk late = Walk.of(SnpSas.pathway())
                .then("trieParArm", "orientation", "REGULATION_MG")
                .then("regule", "decision", "RDV")
                .then("mtSollicite", "reponse", "DISPONIBLE")
                .in("RDV_CHEZ_MT")
                .after(Duration.ofHours(47));
        assertThat(late.refused("consultationRealisee", "effecteur", "10002222222")
                        .code())
                .isEqualTo("DEADLINE_OVERDUE");
        late.expireDue().in("ECHEC_DELAI");
        Walk.of(SnpSas.pathway())
                .then("trieParArm", "orientation", "REGULATION_MG")
                .then("regule", "decision", "RDV")
                .then("mtSollicite", "reponse", "SANS_MT")
                .then("creneauReserve", "effecteur", "10002222222")
                .then("rdvNonHonore")
                .in("NON_HONORE");
    }

    @Test
    void p2DelayIsAParameterForContractsThatSay24Hours() {
        Pathway p = SnpSas.pathway(
                SnpSas.Parameters.defaults().withConsultationDelay(Duration.ofHours(24), "contrat CPTS"));
        Walk w = Walk.of(p).then("trieParArm", "orientation", "REGULATION_MG").then("regule", "decision", "RDV");
        assertThat(w.state().deadlines().get("consultation").get().dueAt())
                .isEqualTo(Walk.T0.plus(Duration.ofHours(2 + 24)));
    }

    @Test
    void p3ReviewsAt3612MonthsAndSuspendsOnHospitalisation() {
        Walk w = Walk.of(ParcoursChronique.pathway())
                .then("proposeAuPatient", "pathologie", "INSUFFISANCE_CARDIAQUE", "critere", "TROIS_PATHOLOGIES")
                .then("consentementRecueilli")
                .then("planRedige")
                .then("planValide")
                .in("ACTIF");
        Instant validated = w.now();
        assertThat(w.state().deadlines().keySet()).containsExactlyInAnyOrder("revueP3M", "revueP6M", "revueP12M");
        assertThat(w.at(validated.plus(Duration.ofDays(93)))
                        .refused("hospitalise")
                        .messageEn())
                .as("only the deadline that has passed is named")
                .startsWith("deadlines have expired: append first ")
                .contains("echeanceRevueP3M")
                .doesNotContain("RevueP6M", "RevueP12M");
        w.at(validated.plus(Duration.ofDays(93))).expireDue().in("REEVALUATION");
        w.then("reevaluationFaite", "decision", "POURSUITE")
                .then("hospitalise")
                .in("SUSPENDU")
                .at(validated.plus(Duration.ofDays(185)))
                .expireDue()
                .in("SUSPENDU")
                .then("retourDomicile")
                .in("REEVALUATION")
                .then("reevaluationFaite", "decision", "NOUVEAU_PLAN")
                .in("PLAN_ETABLI");
        assertThat(w.state().deadlines()).isEmpty();
        w.then("planValide").in("ACTIF").then("sortie", "motif", "DEMENAGEMENT").in("SORTI");
    }

    @Test
    void p3aTracksTheSevenDayAndTwoMonthAppointments() {
        Walk w = Walk.of(SortieInsuffisanceCardiaque.pathway())
                .then("visiteCam", "stadeNyha", "III")
                .then("rdvPlanifies")
                .then("sortieHopital")
                .in("SUIVI");
        Instant discharge = w.now();
        assertThat(w.state().deadlines().get("mt").get().dueAt()).isEqualTo(discharge.plus(Duration.ofDays(7)));
        w.after(Duration.ofDays(5))
                .then("rdvMtRealise")
                .after(Duration.ofDays(70))
                .expireDue();
        assertThat(w.log().map(Event::type)).contains("delaiCardioDepasse").doesNotContain("delaiMtDepasse");
        w.in("SUIVI").then("rehospitalise").then("sortieHopital").in("SUIVI");
        w.at(discharge.plus(Duration.ofDays(200))).expireDue().in("TERMINE");
        assertThat(w.log().map(Event::type)).contains("delaiMtDepasse", "finProgramme");
        Walk.of(SortieInsuffisanceCardiaque.pathway()).then("refus").in("NON_INCLUS");
    }

    @Test
    void p4CaseConference() {
        Walk w = Walk.of(Rcp.pathway()).then("casInscrit", "reunion", "rcp-2025-03");
        assertThat(w.refused("reunionTenue", "reunion", "rcp-2025-03", "date", "2025-03-10", "professions", "1")
                        .guards())
                .containsExactly("pluriProfessional");
        assertThat(w.refused("reunionTenue", "reunion", "rcp-2025-03", "date", "2025-02-30", "professions", "3")
                        .problems()
                        .map(io.github.cptskit.core.problem.Problem::code))
                .containsExactly("EVENT_DATA_INVALID");
        w.then("reunionTenue", "reunion", "rcp-2025-03", "date", "2025-03-10", "professions", "3")
                .then("reporte", "reunion", "rcp-2025-04")
                .in("INSCRIT")
                .then("reunionTenue", "reunion", "rcp-2025-04", "date", "2025-04-07", "professions", "4")
                .then("decisionTracee")
                .then("actionsAssignees", "nombre", "2")
                .then("actionsTerminees")
                .in("SUIVI_CLOS");
        Walk retired = Walk.of(Rcp.pathway()).then("casRetire").in("RETIRE");
        assertThat(Rcp.pathway().definition().isTerminal("RETIRE")).isTrue();
        assertThat(retired.refused("casInscrit", "reunion", "rcp-2025-05").code())
                .isEqualTo("INSTANCE_TERMINATED");
    }

    @Test
    void p3ReviewDelaysAreTheCptsOwnWhenGiven() {
        Pathway own = ParcoursChronique.pathway(ParcoursChronique.Parameters.defaults()
                .withReviews(List.of(Period.ofMonths(2), Period.ofMonths(9)), "projet de santé de la CPTS"));
        assertThat(own.parameters().single().value().confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        Walk w = Walk.of(own)
                .then("proposeAuPatient", "pathologie", "INSUFFISANCE_CARDIAQUE", "critere", "TROIS_PATHOLOGIES")
                .then("consentementRecueilli")
                .then("planRedige")
                .then("planValide")
                .in("ACTIF");
        assertThat(w.state().deadlines().keySet()).containsExactlyInAnyOrder("revueP2M", "revueP9M");
        w.at(w.now().plus(Duration.ofDays(58))).expireDue().in("ACTIF");
        w.at(w.now().plus(Duration.ofDays(4))).expireDue().in("REEVALUATION");
    }

    @Test
    void p3aProgrammeLengthIsAnOverridableUnconfirmedFigure() {
        Parameter<Period> programme =
                SortieInsuffisanceCardiaque.Parameters.defaults().programme();
        assertThat(programme.value().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        Pathway twoMonths = SortieInsuffisanceCardiaque.pathway(SortieInsuffisanceCardiaque.Parameters.defaults()
                .withProgramme(Period.ofMonths(2), "stade NYHA II, protocole du service"));
        Walk w = Walk.of(twoMonths)
                .then("visiteCam", "stadeNyha", "II")
                .then("rdvPlanifies")
                .then("sortieHopital");
        Instant discharge = w.now();
        w.after(Duration.ofDays(3))
                .then("rdvMtRealise")
                .after(Duration.ofDays(30))
                .then("rdvCardioRealise");
        w.at(discharge.plus(Duration.ofDays(58))).expireDue().in("SUIVI");
        w.at(discharge.plus(Duration.ofDays(62))).expireDue().in("TERMINE");
        assertThat(w.log().map(Event::type)).endsWith("finProgramme");
    }

    @Test
    void p4MeetingsTargetIsTheContractsWhenGiven() {
        Rcp.Parameters contract = Rcp.Parameters.defaults().withMeetingsPerYear(10, "contrat ACI de la CPTS");
        assertThat(contract.meetingsPerYear().get()).isEqualTo(10);
        assertThat(contract.meetingsPerYear().value().confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        assertThat(contract.minimumProfessions())
                .isEqualTo(Rcp.Parameters.defaults().minimumProfessions());
        Pathway p4 = Rcp.pathway(contract);
        assertThat(p4.parameters().map(p -> (Object) p.get())).containsExactly(2, 10);
        assertThat(p4).hasToString("P4 rcp v1 — " + p4.titleFr());
    }

    private static String[] cystitis(int age, boolean trained) {
        return new String[] {
            "protocole",
            "CYSTITE",
            "age",
            Integer.toString(age),
            "exclusion",
            "AUCUNE",
            "delegueForme",
            Boolean.toString(trained),
            "equipeDeclaree",
            "true"
        };
    }

    @Test
    void p5AgeRangesAreInclusiveAndEachGuardRefusesOnItsOwn() {
        for (int age : new int[] {16, 65}) {
            Walk.of(Cooperation.pathway())
                    .then("eligibiliteVerifiee", cystitis(age, true))
                    .in("ELIGIBLE");
        }
        for (int age : new int[] {15, 66}) {
            assertThat(Walk.of(Cooperation.pathway())
                            .refused("eligibiliteVerifiee", cystitis(age, true))
                            .guards())
                    .as("age " + age)
                    .containsExactly("ageInProtocolRange");
        }
        assertThat(Walk.of(Cooperation.pathway())
                        .refused("eligibiliteVerifiee", cystitis(30, false))
                        .guards())
                .containsExactly("delegateTrained");
        String[] undeclared = cystitis(30, true);
        undeclared[undeclared.length - 1] = "false";
        assertThat(Walk.of(Cooperation.pathway())
                        .refused("eligibiliteVerifiee", undeclared)
                        .guards())
                .containsExactly("teamDeclaredToArs");
    }

    @Test
    void p5ExclusionRefersToTheDoctorAutomatically() {
        Walk excluded = Walk.of(Cooperation.pathway())
                .then(
                        "eligibiliteVerifiee",
                        "protocole",
                        "CYSTITE",
                        "age",
                        "34",
                        "exclusion",
                        "FIEVRE",
                        "delegueForme",
                        "true",
                        "equipeDeclaree",
                        "true")
                .in("ORIENTE_MEDECIN");
        assertThat(excluded.log().map(Event::type)).containsExactly("eligibiliteVerifiee", "orienteMedecin");
        Walk w = Walk.of(Cooperation.pathway());
        assertThat(w.refused(
                                "eligibiliteVerifiee",
                                "protocole",
                                "CYSTITE",
                                "age",
                                "70",
                                "exclusion",
                                "AUCUNE",
                                "delegueForme",
                                "false",
                                "equipeDeclaree",
                                "true")
                        .guards())
                .containsExactly("ageInProtocolRange", "delegateTrained");
        w.then(
                        "eligibiliteVerifiee",
                        "protocole",
                        "ODYNOPHAGIE",
                        "age",
                        "12",
                        "exclusion",
                        "AUCUNE",
                        "delegueForme",
                        "true",
                        "equipeDeclaree",
                        "true")
                .then("consentement")
                .then("traitementDelivre")
                .then("informationMtEnvoyee")
                .in("MT_INFORME");
    }

    @Test
    void p6CampaignAndPerson() {
        Walk.of(Prevention.campaign())
                .then("cibleDefinie", "theme", "DEPISTAGE_COLORECTAL", "populationCible", "5400")
                .then("campagneLancee")
                .then("campagneClose")
                .then("evaluationProduite", "personnesRealisees", "1620")
                .in("EVALUEE");
        Walk.of(Prevention.campaign()).then("campagneAnnulee").in("ANNULEE");
        Walk.of(Prevention.person())
                .then("invitationEnvoyee", "campagne", "crc-2025")
                .then("relanceEnvoyee")
                .then("actePratique")
                .in("REALISE");
        Walk.of(Prevention.person())
                .then("invitationEnvoyee", "campagne", "crc-2025")
                .then("relanceEnvoyee")
                .then("perduDeVue")
                .in("PERDU");
    }

    @Test
    void p7CrisisLoopsBackToWatch() {
        Walk.of(Crisis.pathway())
                .then("planRedige")
                .then("exerciceRealise")
                .then("alerteRecue", "source", "ARS", "risque", "EPIDEMIE_SAISONNIERE_CANICULE_FROID")
                .then("celluleActivee")
                .then("professionnelMobilise", "professionnel", "10001111111")
                .then("reponseDeclenchee")
                .then("finCrise")
                .then("desescaladeTerminee")
                .then("retexProduit")
                .in("VEILLE")
                .then("alerteRecue", "source", "MEMBRE", "risque", "NRBC")
                .then("fausseAlerte")
                .then("planArchive")
                .in("ARCHIVE");
    }

    @Test
    void p8ProjectNeedsEverySignatureAndTheArsDecision() {
        Walk w = Walk.of(Pcr.structure()).then("signatureRecueillie", "signataire", "10001111111");
        assertThat(w.refused(
                                "projetSigne",
                                "structureCoordinatrice",
                                "CPTS",
                                "signatures",
                                "11",
                                "signatairesAttendus",
                                "12")
                        .guards())
                .containsExactly("everyoneSigned");
        w.then("projetSigne", "structureCoordinatrice", "CPTS", "signatures", "12", "signatairesAttendus", "12")
                .then("transmisArsCpam")
                .in("TRANSMIS");
        Instant sent = w.now();
        assertThat(w.state().deadlines().get("decisionArs").get().dueAt())
                .isEqualTo(sent.atZone(java.time.ZoneId.of("Europe/Paris"))
                        .plusMonths(2)
                        .toInstant());
        Walk decided = Walk.of(Pcr.structure())
                .then(
                        "projetSigne",
                        "structureCoordinatrice",
                        "MSP_SISA",
                        "signatures",
                        "3",
                        "signatairesAttendus",
                        "3")
                .then("transmisArsCpam")
                .then("decisionArs", "decision", "VALIDE")
                .in("ACTIF");
        assertThat(decided.log().map(Event::type).takeRight(2)).containsExactly("decisionArs", "parcoursActive");
        w.after(Duration.ofDays(62)).expireDue().in("SILENCE_ARS").then("decisionArs", "decision", "OPPOSE");
        w.in("OPPOSE");
    }

    @Test
    void p8SilenceIsAParameter() {
        Pathway tacit = Pcr.structure(Pcr.StructureParameters.defaults()
                .withSilence(Pcr.Silence.VALIDATION, "R.162-134 CSS read on Légifrance"));
        Walk w = Walk.of(tacit)
                .then("projetSigne", "structureCoordinatrice", "DAC", "signatures", "5", "signatairesAttendus", "5")
                .then("transmisArsCpam")
                .after(Duration.ofDays(62))
                .expireDue()
                .in("ACTIF");
        assertThat(w.log().map(Event::type).takeRight(2)).containsExactly("delaiDecisionArsEcoule", "parcoursActive");
        Pathway rejection =
                Pcr.structure(Pcr.StructureParameters.defaults().withSilence(Pcr.Silence.OPPOSITION, "R.162-134"));
        Walk.of(rejection)
                .then("projetSigne", "structureCoordinatrice", "DAC", "signatures", "5", "signatairesAttendus", "5")
                .then("transmisArsCpam")
                .after(Duration.ofDays(62))
                .expireDue()
                .in("OPPOSE");
    }

    @Test
    void p8bPatientPathwayEndsAtTheMaximumDuration() {
        Walk w = Walk.of(Pcr.patient());
        assertThat(w.refused("profilDetermine", "profil", "5").guards()).containsExactly("knownProfile");
        w.then("profilDetermine", "profil", "2").then("patientInforme").then("consentementRecueilli");
        assertThat(w.refused("inclusion", "dejaInclusCeType", "true").guards()).containsExactly("notRenewable");
        w.then("inclusion", "dejaInclusCeType", "false")
                .then("sequenceDemarree", "sequence", "1")
                .then("sequenceTerminee")
                .then("sequenceDemarree", "sequence", "2")
                .in("EN_SEQUENCE")
                .after(Duration.ofDays(731))
                .expireDue()
                .in("TERMINE");
        Pathway renewable = Pcr.patient(Pcr.PatientParameters.defaults()
                .forType("addictions", 3, Period.ofYears(1), true, "arrêté PCR addictions (host's reading)"));
        Walk.of(renewable)
                .then("profilDetermine", "profil", "3")
                .then("patientInforme")
                .then("consentementRecueilli")
                .then("inclusion", "dejaInclusCeType", "true")
                .then("sortie", "motif", "DEMENAGEMENT")
                .in("SORTIE_ANTICIPEE");
        assertThat(renewable.parameters().map(p -> p.value().confidence()).distinct())
                .containsExactly(Confidence.USER_SUPPLIED);
    }

    @Test
    void catalogueListsElevenPathwaysWithUniqueIdsAndCodes() {
        assertThat(Catalogue.all().map(Pathway::code))
                .containsExactly("P1", "P2", "P3", "P3a", "P4", "P5", "P6", "P6b", "P7", "P8", "P8b");
        assertThat(Catalogue.all().map(Pathway::id).distinct()).hasSize(11);
        assertThat(Catalogue.find("p2").get().id()).isEqualTo("snp-sas");
        assertThat(Catalogue.find("pcr-patient").get().code()).isEqualTo("P8b");
        assertThat(Catalogue.find("P9")).isEmpty();
        assertThat(Catalogue.all().filter(p -> p.sources().isEmpty())).isEmpty();
        // Every unconfirmed figure is visible as such.
        assertThat(Catalogue.all()
                        .flatMap(Pathway::parameters)
                        .filter(p -> p.value().confidence() == Confidence.UNCONFIRMED)
                        .map(Parameter::name))
                .containsExactlyInAnyOrder(
                        "followUp",
                        "programme",
                        "minimumProfessions",
                        "meetingsPerYear",
                        "silence",
                        "type",
                        "profiles",
                        "maximumDuration",
                        "renewable");
        assertThat(List.of(SnpSas.Parameters.defaults().consultationDelay().toString()))
                .containsExactly(
                        "consultationDelay = PT48H (CONFIRMED, Instruction DGOS/R2/PF5/2022/270 relative au service d'accès aux soins (2022-12-23))");
    }
}
