package io.github.cptskit.core.internal.law;

import io.github.cptskit.core.law.LegalReference;

/**
 * The fixed legal references that both a type of cpts-core and the catalogue of problems cite: the
 * type publishes its own ({@code Rpps.REFERENCE}…), the catalogue reads them here, so that neither
 * package imports the other (issue #24, item 9).
 */
public final class References {

    private References() {}

    /** {@code Adeli.REFERENCE}. */
    public static final LegalReference ADELI =
            LegalReference.of("ADELI (9 chiffres ; clé non documentée dans les sources)", "numéro ADELI");

    /** {@code Finess.REFERENCE}. */
    public static final LegalReference FINESS = LegalReference.of(
            "ANS, schéma des structures FINESS (data.gouv.fr, finessId ^[A-Za-z0-9]{9}$)", "identifiant FINESS");

    /** {@code Idnps.REFERENCE}. */
    public static final LegalReference IDNPS = LegalReference.of(
            "ANS, IG FHIR (PSIdNat.fsh) : 0 + ADELI, 8 + RPPS", "identifiant national des professionnels de santé");

    /** {@code InseeCode.REFERENCE}. */
    public static final LegalReference INSEE_CODE =
            LegalReference.of("INSEE, Code officiel géographique", "code commune");

    /** {@code Rna.REFERENCE}. */
    public static final LegalReference RNA = LegalReference.of(
            "associations.gouv.fr, le RNA (« débutant par W et composé de 9 chiffres »)", "numéro RNA");

    /** {@code Rpps.REFERENCE}. */
    public static final LegalReference RPPS = LegalReference.of(
            "ANS, FAQ RPPS (11 caractères numériques, le dernier étant la clé de Luhn)",
            "format de l'identifiant RPPS");

    /** {@code Siren.REFERENCE}. */
    public static final LegalReference SIREN = LegalReference.of(
            "INSEE, répertoire SIRENE (clé de Luhn ; python-stdnum stdnum/fr/siren.py)", "numéro SIREN");

    /** {@code Siret.REFERENCE}. */
    public static final LegalReference SIRET = LegalReference.of(
            "INSEE, répertoire SIRENE (clé de Luhn, exception La Poste ; python-stdnum stdnum/fr/siret.py)",
            "numéro SIRET");

    /** {@code Lifecycle.L1434_12}. */
    public static final LegalReference L1434_12 = LegalReference.of("Code de la santé publique", "art. L.1434-12");

    /** {@code CptsMission.REFERENCE}. */
    public static final LegalReference CPTS_MISSIONS = LegalReference.of(
                    "Code de la santé publique (ordonnance n° 2021-584 du 12 mai 2021)", "art. L.1434-12-2")
            .withDate(java.time.LocalDate.of(2021, 5, 12));

    /** {@code Profession.REFERENCE}. */
    public static final LegalReference PROFESSION_CODES = LegalReference.of(
            "ANS, Nomenclatures des objets de santé (NOS), TRE_G15-ProfessionSante v20250328, TRE_R95, TRE_R94",
            "codes de profession");
}
