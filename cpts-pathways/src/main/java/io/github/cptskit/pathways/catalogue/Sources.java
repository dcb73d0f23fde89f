package io.github.cptskit.pathways.catalogue;

import io.github.cptskit.core.law.LegalReference;
import java.time.LocalDate;

/**
 * The texts the catalogue cites, as listed in the project's domain reference (pathways.md, §5). One
 * place, so that a corrected reference is corrected everywhere.
 */
final class Sources {
    private Sources() {}

    static final LegalReference NGAP_SNP = LegalReference.of(
                    "NGAP (JORFTEXT000047542123), majoration soins non programmés", "art. 14.1.3")
            .withUrl("https://www.legifrance.gouv.fr/jorf/texte_jo/JORFTEXT000047542123");
    static final LegalReference NGAP_IMT = LegalReference.of(
                    "NGAP (JORFTEXT000047542123), consultation d'inscription médecin traitant (IMT)", "art. 18.2")
            .withUrl("https://www.legifrance.gouv.fr/jorf/texte_jo/JORFTEXT000047542123");
    static final LegalReference SAS_INSTRUCTION = LegalReference.of(
                    "Instruction DGOS/R2/PF5/2022/270 relative au service d'accès aux soins", "")
            .withDate(LocalDate.of(2022, 12, 23))
            .withUrl("https://www.iledefrance.ars.sante.fr/service-dacces-aux-soins-sas-5?parent=15389");
    static final LegalReference SAS_OSNP = LegalReference.of("CPTS Bray-Bresle, service d'accès aux soins", "")
            .withNote(
                    "rôles de l'ARM, du régulateur et de l'OSNP (médecin traitant appelé d'abord)",
                    "roles of the ARM, régulateur, OSNP (MT called first)")
            .withUrl("https://cptsbraybresle.fr/action/soins-non-programmes-snp/service-dacces-aux-soins-sas");
    static final LegalReference MT_REGISTER = LegalReference.of("PAPS Hauts-de-France, missions des CPTS", "")
            .withNote(
                    "liste des patients sans médecin traitant, libre choix",
                    "register of patients without a médecin traitant, free choice")
            .withUrl(
                    "https://hauts-de-france.paps.sante.fr/quelles-sont-les-missions-des-cpts?parent=11865&rubrique=11862");
    static final LegalReference MT_PRIORITIES = LegalReference.of("CPTS Tarn Nord-Ouest, mission 1", "")
            .withNote("priorité aux ALD, aux plus de 70 ans, C2S/AME", "priority to ALD, over-70s, C2S/AME")
            .withUrl("https://cptstarnouest.site-sante.fr/missions/1001");
    static final LegalReference PAERPA = LegalReference.of("PAERPA, plan personnalisé de santé (PTA Var Ouest)", "")
            .withNote("déclencheurs, révisions à 3, 6 et 12 mois", "triggers, reviews at 3, 6 and 12 months")
            .withUrl("https://ptavarouest.sante-paca.fr/outils/plan-personnalise-de-sante-paerpa/");
    static final LegalReference FHIR_EPISODE = LegalReference.of("HL7 FHIR R4 EpisodeOfCare", "")
            .withNote(
                    "exemple de prise en charge (hospitalisation → onhold)",
                    "example intake workflow (hospital admission → onhold)")
            .withUrl("https://hl7.org/fhir/R4/episodeofcare.html");
    static final LegalReference PRADO_IC = LegalReference.of("PRADO insuffisance cardiaque (Assurance Maladie)", "")
            .withNote(
                    "médecin traitant sous 7 jours, cardiologue sous 2 mois",
                    "MT within 7 days, cardiologist within 2 months")
            .withUrl("https://studylibfr.com/doc/4468575/prado---insuffisance-cardiaque");
    static final LegalReference PRADO_IC_DURATION = LegalReference.of("AMSS42, PRADO insuffisance cardiaque", "")
            .withNote("accompagnement d'environ 6 mois", "accompaniment of about 6 months")
            .withUrl("https://www.amss42.fr/prevention-sante/le-retour-a-domicile/prado-insuffisance-cardiaque/");
    static final LegalReference MSP_CONCERTATION = LegalReference.of(
                    "ACI MSP, critère de concertation (Concours pluripro)", "")
            .withNote(
                    "au moins 6 réunions par an — une règle des MSP, pas des CPTS",
                    "at least 6 meetings a year — an MSP rule, not a CPTS one")
            .withUrl(
                    "https://www.concourspluripro.fr/exercice-pluriprofessionnel/msp/concertation-pluriprofessionnelle-en-maison-de-sante-qui-profitent");
    static final LegalReference HAS_PROTOCOLES = LegalReference.of(
                    "HAS, Comment élaborer et mettre en œuvre des protocoles pluriprofessionnels ?", "")
            .withDate(LocalDate.of(2015, 5, 4))
            .withUrl(
                    "https://has-sante.fr/jcms/c_2033014/fr/comment-elaborer-et-mettre-en-oeuvre-des-protocoles-pluriprofessionnels");
    static final LegalReference COOPERATION =
            LegalReference.of("Code de la santé publique", "art. L.4011-1 à L.4011-4-4");
    static final LegalReference CYSTITE = LegalReference.of(
                    "Arrêtés des 9 et 14 mars 2023, protocoles cystite (femmes 16–65 ans) et odynophagie (6–50 ans) en MSP, CDS ou CPTS",
                    "")
            .withUrl("https://www.lequotidiendupharmacien.fr/le-protocole-cystite-en-7-points");
    static final LegalReference PREVENTION = LegalReference.of(
                    "Accord conventionnel interprofessionnel CPTS (arrêté du 21 août 2019), mission prévention", "")
            .withDate(LocalDate.of(2019, 8, 21));
    static final LegalReference CRISIS_AVENANT = LegalReference.of(
                    "Avenant 2 à l'ACI CPTS, mission crises sanitaires graves", "")
            .withDate(LocalDate.of(2021, 12, 20))
            .withUrl(
                    "https://www.ameli.fr/orthophoniste/actualites/aci-signature-d-un-avenant-favorisant-l-exercice-coordonne-et-la-creation-de-cpts");
    static final LegalReference CRISIS_GUIDE = LegalReference.of(
                    "ARS PACA, guide méthodologique du plan de gestion de crise sanitaire des CPTS (orientations nationales de décembre 2022)",
                    "")
            .withUrl(
                    "https://paca.ars.sante.fr/guide-methodologique-delaboration-du-plan-de-gestion-de-crise-sanitaire-des-cpts");
    static final LegalReference CRISIS_RISKS = LegalReference.of(
                    "Le Généraliste, document de négociation de la mission crise", "")
            .withNote("5 familles de risques (texte non définitif)", "5 families of risks (not a final text)")
            .withUrl(
                    "https://www.legeneraliste.fr/actu-pro/vie-conventionnelle/les-cpts-pourraient-recevoir-jusqua-100-000-euros-pour-la-gestion-des-crises-sanitaires");
    static final LegalReference PCR_LAW = LegalReference.of(
                    "Code de la santé publique (art. 46 LFSS 2024)", "art. L.4012-1")
            .withDate(LocalDate.of(2023, 12, 26));
    static final LegalReference PCR_PROJECT = LegalReference.of(
                    "Décret n° 2024-1035 du 15 novembre 2024, Code de la sécurité sociale",
                    "art. R.162-131 à R.162-134")
            .withDate(LocalDate.of(2024, 11, 15))
            .withUrl("https://legal.tricoteuses.fr/articles/JORFARTI000050502247");
    static final LegalReference PCR_STRUCTURES = LegalReference.of(
                    "Décret du 30 avril 2025 (JO du 2 mai 2025), Code de la sécurité sociale", "art. D.162-34")
            .withDate(LocalDate.of(2025, 4, 30));
    static final LegalReference PCR_ARRETE = LegalReference.of("Code de la santé publique", "art. R.4012-1");
    static final LegalReference PCR_OBESITY_DRAFT = LegalReference.of(
                    "Projet d'arrêté, PCR « Obésité complexe de l'adulte » (KPS)", "")
            .withNote("février 2026 : non publié", "February 2026: not published")
            .withUrl(
                    "https://www.klesiaprosocial.fr/amp/you-go/c/0/i/94328749/sante-les-parcours-coordonnes-renforces-autour-du-patient-prennent-forme");
    static final LegalReference NOT_IN_THE_TEXTS = LegalReference.of("cptskit", "")
            .withNote(
                    "aucun chiffre dans les textes : valeur de travail, à remplacer par l'hébergeur",
                    "no figure found in the texts: a working default, to be replaced by the host");
}
