package io.github.cptskit.fhir;

import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;

/**
 * The identifier systems, code systems and extensions the FHIR resources of cptskit use, each declared
 * once. Where FR Core or the ANS publish one, it is theirs, with the source in its Javadoc:
 *
 * <ul>
 *   <li>FR Core ({@code Interop-Sante/hl7.fhir.fr.core}, {@code FRCoreOrganizationProfile.fsh},
 *       {@code FRCorePractitionerProfile.fsh}, code system {@code fr-core-cs-v2-0203}): SIREN and SIRET
 *       ({@code https://sirene.fr}), FINESS ({@code https://finess.esante.gouv.fr}), IDNPS
 *       ({@code urn:oid:1.2.250.1.71.4.2.1}), RPPS ({@code https://rpps.esante.gouv.fr}) and the
 *       identifier types {@code SIREN}, {@code SIRET}, {@code FINEJ}, {@code FINEG}, {@code IDNPS},
 *       {@code RPPS};
 *   <li>the ANS's Annuaire Santé IG ({@code ansforge/IG-fhir-annuaire}, examples {@code PP19DP-*.fsh}):
 *       the NOS code systems of professions (TRE_G15), ordinal specialties (TRE_R38) and exercise modes
 *       (TRE_R23), and the commune of an address (TRE_R13-CommuneOM in FR Core's {@code fr-core-address-insee-code});
 *       its profiles of Organization, Practitioner and PractitionerRole, claimed in {@code meta.profile};
 *   <li>the ANS terminologies ({@code ans.fr.terminologies} 1.12.0): the social professions (TRE_R94), the
 *       protected titles (TRE_R95), the category of a CPTS (TRE_R244 {@code 255}) and its ACI contract
 *       (TRE_R395 {@code ACI}).
 * </ul>
 *
 * <p>Neither publishes a system for the RNA (the register of associations), the kinds of CPTS member
 * structures, the roles in a CPTS, the pathways or the pseudonymous references of patients: cptskit
 * declares its own under {@link #CPTSKIT} (docs/fhir.md lists them).
 *
 * <pre>{@code
 * new Identifier().setSystem(FhirSystems.SIRENE).setValue("180035024")
 *     .setType(FhirSystems.identifierType(FhirSystems.TYPE_SIREN));
 * }</pre>
 */
public final class FhirSystems {
    private FhirSystems() {}

    /** FR Core's identifier types (HL7 v2 table 0203 for France), {@code fr-core-cs-v2-0203}. */
    public static final String IDENTIFIER_TYPE = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203";

    /** Identifier type of a SIREN (FR Core {@code fr-core-cs-v2-0203}). */
    public static final String TYPE_SIREN = "SIREN";
    /** Identifier type of a SIRET. */
    public static final String TYPE_SIRET = "SIRET";
    /** Identifier type of the FINESS of a legal entity (entité juridique). */
    public static final String TYPE_FINESS_EJ = "FINEJ";
    /** Identifier type of the FINESS of an establishment (entité géographique). */
    public static final String TYPE_FINESS_ET = "FINEG";
    /** Identifier type of the national professional identifier ({@link Idnps#FHIR_TYPE}). */
    public static final String TYPE_IDNPS = Idnps.FHIR_TYPE;
    /** Identifier type of an RPPS number. */
    public static final String TYPE_RPPS = "RPPS";

    /** SIREN and SIRET numbers (FR Core, slices {@code siren} and {@code siret}: told apart by their type). */
    public static final String SIRENE = "https://sirene.fr";
    /** FINESS numbers, EJ and ET (FR Core and the ANS Annuaire IG, slice {@code finess}). */
    public static final String FINESS = "https://finess.esante.gouv.fr";
    /** National professional identifiers, 8 + RPPS or 0 + ADELI (FR Core slice {@code idNatPs}). */
    public static final String IDNPS = Idnps.FHIR_SYSTEM;
    /** RPPS numbers (FR Core slice {@code rpps}). */
    public static final String RPPS = "https://rpps.esante.gouv.fr";

    /** FR Core's organisation types ({@code LEGAL-ENTITY}, {@code GEOGRAPHICAL-ENTITY}), {@code fr-core-cs-v2-3307}. */
    public static final String ORGANIZATION_TYPE = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-3307";
    /** The code of a legal entity in {@link #ORGANIZATION_TYPE}. */
    public static final String LEGAL_ENTITY = "LEGAL-ENTITY";

    /** TRE_G15-ProfessionSante, the health professions (as {@link Profession.Nomenclature#TRE_G15}). */
    public static final String PROFESSION =
            Profession.Nomenclature.TRE_G15.system().get();
    /** TRE_R38-SpecialiteOrdinale, the ordinal specialties ({@link Specialty#SYSTEM}). */
    public static final String SPECIALTY = Specialty.SYSTEM;
    /** TRE_R23-ModeExercice: {@code L} libéral, {@code S} salarié (ANS Annuaire IG, PractitionerRole.code). */
    public static final String EXERCISE_MODE =
            "https://mos.esante.gouv.fr/NOS/TRE_R23-ModeExercice/FHIR/TRE-R23-ModeExercice";
    /**
     * TRE_R13-CommuneOM, the INSEE code of a commune, overseas ones included (OID 1.2.250.1.213.2.23): the
     * code system FR Core's {@code fr-core-address-insee-code} requires (its value set
     * {@code fr-core-vs-insee-code}, FR Core 2.2.0-ballot-2, and FR Core's examples). The ANS Annuaire IG's
     * examples write {@code TRE_R13-Commune}, which that required binding refuses; reading accepts both.
     */
    public static final String COMMUNE = "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM";
    /** FR Core's extension of an address carrying the INSEE code of its commune. */
    public static final String ADDRESS_INSEE_CODE =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code";
    /** The core R4 extension of an organisation's period of activity (FR Core slice {@code usePeriod}). */
    public static final String ORGANIZATION_PERIOD = "http://hl7.org/fhir/StructureDefinition/organization-period";

    /**
     * TRE_R94-ProfessionSocial, the social professions (assistant de service social, code {@code 41}): the
     * ANS NOS code system's URL ({@code ^url} of the ANS terminologies' {@code TRE_R94-ProfessionSocial},
     * OID 1.2.250.1.213.1.6.1.4; included in {@code JDV_J106-EnsembleProfession-RASS}, ans.fr.terminologies).
     */
    public static final String PROFESSION_SOCIAL =
            "https://mos.esante.gouv.fr/NOS/TRE_R94-ProfessionSocial/FHIR/TRE-R94-ProfessionSocial";
    /**
     * TRE_R95-UsagerTitre, the protected titles (ostéopathe {@code 71}, psychothérapeute {@code 72},
     * psychologue {@code 93}…): the ANS NOS code system's URL (included in
     * {@code JDV_J106-EnsembleProfession-RASS}, ans.fr.terminologies; the Annuaire IG's {@code professionR95}).
     */
    public static final String USAGER_TITRE =
            "https://mos.esante.gouv.fr/NOS/TRE_R95-UsagerTitre/FHIR/TRE-R95-UsagerTitre";
    /**
     * TRE_R244-CategorieOrganisation, the ANS's categories of organisations (OID 1.2.250.1.213.3.3.39;
     * ans.fr.terminologies 1.12.0, e.g. in {@code JDV_J238-TypeOffre-ROR}).
     */
    public static final String ORGANIZATION_CATEGORY =
            "https://mos.esante.gouv.fr/NOS/TRE_R244-CategorieOrganisation/FHIR/TRE-R244-CategorieOrganisation";
    /** The code of a CPTS in {@link #ORGANIZATION_CATEGORY}: "Communauté Professionnelle Territoriale de Santé (CPTS)". */
    public static final String CATEGORY_CPTS = "255";
    /** The display of {@link #CATEGORY_CPTS} in TRE_R244. */
    public static final String CATEGORY_CPTS_DISPLAY = "Communauté Professionnelle Territoriale de Santé (CPTS)";
    /**
     * TRE_R395-Engagement, the engagements FINESS+ associates with structures (ans.fr.terminologies 1.12.0,
     * CodeSystem {@code tre-r395-engagement}, OID 1.2.250.1.213.1.6.1.376).
     */
    public static final String ENGAGEMENT = "https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r395-engagement";
    /** The code of the CPTS's ACI contract in {@link #ENGAGEMENT} (the contrat tripartite CPTS/AM/ARS). */
    public static final String ENGAGEMENT_ACI = "ACI";
    /** The display of {@link #ENGAGEMENT_ACI} in TRE_R395, as the ANS writes it. */
    public static final String ENGAGEMENT_ACI_DISPLAY = "Contrat tripartie CPTS/AM/ARS pour rémunération ACI";

    /** The base of the ANS Annuaire Santé IG's canonical URLs ({@code ans.fhir.fr.annuaire}). */
    public static final String ANNUAIRE = "https://interop.esante.gouv.fr/ig/fhir/annuaire/";
    /**
     * The ANS Annuaire IG's Organization profile ({@code as-organization}, derived from FR Core's
     * {@code fr-core-organization-etablissement}), claimed in {@code meta.profile} of every Organization.
     */
    public static final String PROFILE_ORGANIZATION = ANNUAIRE + "StructureDefinition/as-organization";
    /** The ANS Annuaire IG's Practitioner profile ({@code as-practitioner}, from FR Core's {@code fr-core-practitioner}). */
    public static final String PROFILE_PRACTITIONER = ANNUAIRE + "StructureDefinition/as-practitioner";
    /** The ANS Annuaire IG's PractitionerRole profile ({@code as-practitionerrole}, from {@code fr-core-practitioner-role}). */
    public static final String PROFILE_PRACTITIONER_ROLE = ANNUAIRE + "StructureDefinition/as-practitionerrole";

    /** The base of the systems cptskit declares where FR Core and the ANS have none. */
    public static final String CPTSKIT = "https://cptskit.github.io/fhir/";
    /** RNA numbers of associations loi 1901: no FR Core or ANS system exists, so this one is cptskit's. */
    public static final String RNA = CPTSKIT + "sid/rna";
    /** The kinds of organisations of a CPTS: {@code CPTS} and the names of {@code StructureKind}. */
    public static final String ORGANIZATION_KIND = CPTSKIT + "CodeSystem/organization-kind";
    /** The code of a CPTS in {@link #ORGANIZATION_KIND}. */
    public static final String KIND_CPTS = "CPTS";
    /** The roles in a CPTS: the names of {@code Role} ({@code PRESIDENT}, {@code MEMBRE}…). */
    public static final String CPTS_ROLE = CPTSKIT + "CodeSystem/cpts-role";
    /** The catalogue's pathways, by definition id ({@code snp-sas}…). */
    public static final String PATHWAY = CPTSKIT + "CodeSystem/pathway";
    /** The states of the catalogue's pathways, as {@code Task.businessStatus} ({@code pathwayId/STATE}). */
    public static final String PATHWAY_STATE = CPTSKIT + "CodeSystem/pathway-state";
    /** The event types of the pathways, as the code of a step's {@code Task}. */
    public static final String PATHWAY_EVENT = CPTSKIT + "CodeSystem/pathway-event";
    /** Pathway instance ids ({@code InstanceId}). */
    public static final String PATHWAY_INSTANCE = CPTSKIT + "sid/pathway-instance";
    /** The host's pseudonymous patient references ({@code PatientRef}): never a NIR, a name or a birth date. */
    public static final String PATIENT_PSEUDONYM = CPTSKIT + "sid/patient-pseudonym";
    /** The host's pseudonymous actor references ({@code ActorRef}). */
    public static final String ACTOR_PSEUDONYM = CPTSKIT + "sid/actor-pseudonym";
    /** The base of the canonical URLs of the ACI indicators of a contract ({@code MeasureReport.measure}). */
    public static final String MEASURE = CPTSKIT + "Measure/";
}
