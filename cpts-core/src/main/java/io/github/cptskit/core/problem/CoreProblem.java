package io.github.cptskit.core.problem;

import io.github.cptskit.core.internal.law.References;
import io.github.cptskit.core.law.LegalReference;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The catalogue of cpts-core's problems: every problem this module reports, with its stable code, severity and fixed legal
 * reference; the French and English messages are in {@code io/github/cptskit/core/problem/messages_fr.properties} and
 * {@code messages_en.properties} under the constant's name. docs/problems.md lists them all.
 *
 * <pre>{@code
 * Problem p = Problem.of(CoreProblem.ACHIEVEMENT_OUT_OF_RANGE, ...);
 * p.code(); // "ACHIEVEMENT_OUT_OF_RANGE"
 * }</pre>
 */
public enum CoreProblem implements ProblemCode {
    /** an achievement rate lies between 0 and 1: {0} */
    ACHIEVEMENT_OUT_OF_RANGE(Spec.error()),
    /** unreadable achievement rate: "{0}" (expected a number between 0 and 1, or a percentage) */
    ACHIEVEMENT_SYNTAX(Spec.error()),
    /** achievement rate of {0} characters (at most {1}) */
    ACHIEVEMENT_TOO_LONG(Spec.error()),
    /** the ACI is signed on {0}, before the legal entity was constituted ({1}) */
    ACI_BEFORE_CONSTITUTION(Spec.error().withReference(() -> Refs.CSP_ACI_SIGNATURE)),
    /** the ACI is signed without a constituted legal entity (legal form and SIREN) */
    ACI_WITHOUT_LEGAL_ENTITY(Spec.error().withReference(() -> Refs.CSP_ACI_SIGNATURE)),
    /** ADELI number: character '{0}' at position {1} ({2} expected) */
    ADELI_CHARACTER(Spec.error().withReference(() -> References.ADELI)),
    /** ADELI number: 9 characters expected (9 digits), found {0}: "{1}" */
    ADELI_LENGTH(Spec.error().withReference(() -> References.ADELI)),
    /** the registration of a local-law association (Alsace-Moselle) needs at least {0} members, found {1} */
    ASSOCIATION_LOCAL_LAW_MEMBERS(Spec.error()),
    /** an association brings together at least 2 persons, found {0} */
    ASSOCIATION_MEMBERS(Spec.error()),
    /** a CPTS is an association (loi 1901 or Alsace-Moselle local law), not a {0} */
    CPTS_LEGAL_FORM(Spec.error()),
    /** a CPTS is an association (loi 1901 or Alsace-Moselle local law), not a {0} (end of transition unconfirmed) */
    CPTS_LEGAL_FORM_UNCONFIRMED_END(Spec.error().withCode("CPTS_LEGAL_FORM")),
    /** a CPTS constituted as a {0} must become an association by 14 May 2022 */
    CPTS_LEGAL_FORM_TRANSITION(Spec.warning()),
    /** local-law association (code civil local, art. 21 to 79-3) with its seat in {0} ({1}): only with a seat in Moselle (57), Bas-Rhin (67) or Haut-Rhin (68) */
    CPTS_LOCAL_LAW_SEAT(Spec.error().withReference(() -> Refs.CSP_L1434_12_1)),
    /** published or registered on {0}, before the constitution ({1}) */
    CPTS_REGISTERED_BEFORE_CONSTITUTION(Spec.error()),
    /** a local-law association is entered in the tribunal's register, not in the RNA: RNA number {0} unexpected */
    CPTS_RNA_LOCAL_LAW(Spec.warning().withReference(() -> References.RNA)),
    /** local-law association without a known seat: it is possible only with a seat in Moselle, Bas-Rhin or Haut-Rhin */
    CPTS_SEAT_UNKNOWN(Spec.warning().withReference(() -> Refs.CSP_L1434_12_1)),
    /** SIRET {0} does not belong to SIREN {1} */
    CPTS_SIRET_OF_ANOTHER_SIREN(Spec.error()),
    /** SIRETs without a SIREN: the SIREN is the first 9 digits of the SIRET */
    CPTS_SIRET_WITHOUT_SIREN(Spec.error().withReference(() -> References.SIRET)),
    /** FINESS number: character '{0}' at position {1} ({2} expected) */
    FINESS_CHARACTER(Spec.error().withReference(() -> References.FINESS)),
    /** FINESS number: "{0}" does not start with a département (01 to 95 but 20, 2A, 2B, 97, 98) */
    FINESS_FORMAT(Spec.error().withReference(() -> References.FINESS)),
    /** FINESS number {0}: prefix "{1}" accepted, but no source found confirms how FINESS writes Corsica (2A, 2B), the overseas départements (970 followed by the département's digit in public lists) or the Pacific (98) */
    FINESS_PREFIX_UNCONFIRMED(Spec.warning().withReference(() -> References.FINESS)),
    /** FINESS number: 9 characters expected (département + 7 characters), found {0}: "{1}" */
    FINESS_LENGTH(Spec.error().withReference(() -> References.FINESS)),
    /** a GIE brings together at least 2 persons, found {0} */
    GIE_MEMBERS(Spec.error()),
    /** IDNPS "{0}": prefix 8 (RPPS) or 0 (ADELI) expected */
    IDNPS_FORMAT(Spec.error().withReference(() -> References.IDNPS)),
    /** no indicator to combine */
    INDICATORS_EMPTY(Spec.error()),
    /** INSEE code: character '{0}' at position {1} ({2} expected) */
    INSEE_CHARACTER(Spec.error().withReference(() -> References.INSEE_CODE)),
    /** INSEE code: "{0}" does not start with an existing département */
    INSEE_FORMAT(Spec.error().withReference(() -> References.INSEE_CODE)),
    /** INSEE code: 5 characters expected (département + commune), found {0}: "{1}" */
    INSEE_LENGTH(Spec.error().withReference(() -> References.INSEE_CODE)),
    /** stage {0} on {1}, before the previous stage ({2}) */
    LIFECYCLE_DATE(Spec.error()),
    /** ARS objection on {0}: the two months ended on {1}; the projet has been deemed approved since {2} */
    LIFECYCLE_OBJECTION_LATE(Spec.error().withReference(() -> References.L1434_12)),
    /** cannot go from {0} to {1} (on {2}) */
    LIFECYCLE_ORDER(Spec.error()),
    /** member listed more than once: {0} */
    MEMBER_DUPLICATE(Spec.error()),
    /** unknown mission "{0}" (expected: {1}) */
    MISSION_UNKNOWN(Spec.error().withReference(() -> References.CPTS_MISSIONS)),
    /** at least one médecin généraliste (SM26, SM53 or SM54) is expected among the members, found 0 */
    NO_GENERAL_PRACTITIONER(Spec.error().withReference(() -> Refs.GENERAL_PRACTITIONER)),
    /** unknown profession code in {0}: "{1}" */
    PROFESSION_UNKNOWN(Spec.error().withReference(() -> References.PROFESSION_CODES)),
    /** RNA number: character '{0}' at position {1} ({2} expected) */
    RNA_CHARACTER(Spec.error().withReference(() -> References.RNA)),
    /** RNA number: 10 characters expected (W + 9 digits or letters), found {0}: "{1}" */
    RNA_LENGTH(Spec.error().withReference(() -> References.RNA)),
    /** RPPS number: character '{0}' at position {1} ({2} expected) */
    RPPS_CHARACTER(Spec.error().withReference(() -> References.RPPS)),
    /** invalid check digit (Luhn) for RPPS number {0} */
    RPPS_KEY(Spec.error().withReference(() -> References.RPPS)),
    /** RPPS number: 11 characters expected (RPPS number), found {0}: "{1}" */
    RPPS_LENGTH(Spec.error().withReference(() -> References.RPPS)),
    /** a SCIC counts beneficiaries among its associates */
    SCIC_BENEFICIAIRES(Spec.error().withReference(() -> Refs.SCIC_SEPTIES)),
    /** 3 categories of associates required in a SCIC, found {0} */
    SCIC_CATEGORIES(Spec.error().withReference(() -> Refs.SCIC_SEPTIES)),
    /** public bodies hold {0} % of the capital, more than 50 % */
    SCIC_PUBLIC_CAPITAL(Spec.error().withReference(() -> Refs.SCIC_SEPTIES)),
    /** a SCIC counts employees (or, failing them, producers) among its associates */
    SCIC_SALARIES(Spec.error().withReference(() -> Refs.SCIC_SEPTIES)),
    /** SIREN number: character '{0}' at position {1} ({2} expected) */
    SIREN_CHARACTER(Spec.error().withReference(() -> References.SIREN)),
    /** invalid check digit (Luhn) for SIREN number {0} */
    SIREN_KEY(Spec.error().withReference(() -> References.SIREN)),
    /** SIREN number: 9 characters expected (SIREN number), found {0}: "{1}" */
    SIREN_LENGTH(Spec.error().withReference(() -> References.SIREN)),
    /** SIRET number: character '{0}' at position {1} ({2} expected) */
    SIRET_CHARACTER(Spec.error().withReference(() -> References.SIRET)),
    /** invalid check digit (Luhn) for SIRET number {0} */
    SIRET_KEY(Spec.error().withReference(() -> References.SIRET)),
    /** SIRET number: 14 characters expected (SIREN + NIC), found {0}: "{1}" */
    SIRET_LENGTH(Spec.error().withReference(() -> References.SIRET)),
    /** associate #{0} is not a natural person practising a profession médicale (médecin, chirurgien-dentiste, sage-femme), an auxiliaire médical profession or pharmacie */
    SISA_ASSOCIATE(Spec.error().withReference(() -> Refs.CSP_L4041_1)),
    /** associate #{0} ({1}) is not a natural person practising a profession médicale (médecin, chirurgien-dentiste, sage-femme), an auxiliaire médical profession or pharmacie */
    SISA_ASSOCIATE_PROFESSION(Spec.error().withCode("SISA_ASSOCIATE").withReference(() -> Refs.CSP_L4041_1)),
    /** 1 auxiliaire médical required among the associates of a SISA, found 0 */
    SISA_AUXILIAIRE(Spec.error().withReference(() -> Refs.CSP_L4041_4)),
    /** 2 médecins required among the associates of a SISA, found {0} */
    SISA_MEDECINS(Spec.error().withReference(() -> Refs.CSP_L4041_4)),
    /** commune {0} listed twice (position {1}) */
    TERRITORY_DUPLICATE_COMMUNE(Spec.error()),
    /** the CPTS's territory is empty */
    TERRITORY_EMPTY(Spec.error().withReference(() -> References.L1434_12)),
    /** malformed INSEE commune code at position {0}: "{1}" (expected 5 characters: digits, or 2A/2B followed by 3 digits) */
    TERRITORY_MALFORMED_COMMUNE_CODE(Spec.error()),
    /** {0} ({1}, position {2}) is not a current commune: it is a commune déléguée (merged commune) of {3} in COG 2026; use {4} */
    TERRITORY_NOT_A_CURRENT_COMMUNE(Spec.error()),
    /** {0} ({1}, position {2}) is not a current commune: it is a municipal arrondissement of {3} in COG 2026; use {4} */
    TERRITORY_NOT_A_CURRENT_COMMUNE_ARRONDISSEMENT(Spec.error().withCode("TERRITORY_NOT_A_CURRENT_COMMUNE")),
    /** {0} ({1}, position {2}) is not a current commune: it is a commune associée of {3} in COG 2026; use {4} */
    TERRITORY_NOT_A_CURRENT_COMMUNE_ASSOCIEE(Spec.error().withCode("TERRITORY_NOT_A_CURRENT_COMMUNE")),
    /** the CPTS's territory has no inhabitant (population légale 0): no population to serve */
    TERRITORY_NO_POPULATION(Spec.error().withReference(() -> References.L1434_12)),
    /** communes shared with "{0}": {1} */
    TERRITORY_OVERLAP(Spec.warning().withReference(() -> References.L1434_12)),
    /** no current commune (COG 2026) has the code "{0}" (position {1}) */
    TERRITORY_UNKNOWN_COMMUNE(Spec.error());

    private final Spec spec;

    CoreProblem(Spec spec) {
        this.spec = spec;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** {@inheritDoc} Loaded by this module: a named module's bundles are its own. */
    @Override
    public ResourceBundle messages(Locale locale) {
        return Catalogue.messages(bundle(), locale, (name, language) -> ResourceBundle.getBundle(name, language));
    }

    /** The fixed references of the entries above, read only when a problem is made. */
    private static final class Refs {
        static final LegalReference CSP_L4041_1 = LegalReference.of("Code de la santé publique", "art. L.4041-1");
        static final LegalReference CSP_L4041_4 = LegalReference.of("Code de la santé publique", "art. L.4041-4 I");
        static final LegalReference SCIC_SEPTIES =
                LegalReference.of("Loi n° 47-1775 du 10 septembre 1947", "art. 19 septies");
        static final LegalReference CSP_L1434_12_1 = LegalReference.of(
                "Code de la santé publique (ordonnance n° 2021-584 du 12 mai 2021)", "art. L.1434-12-1");
        static final LegalReference CSP_ACI_SIGNATURE =
                LegalReference.of("Code de la santé publique", "art. L.1434-12-1 et L.1434-12-2");
        // A business rule, not a legal one: the only sources are a vendor's guide and a trade site.
        static final LegalReference GENERAL_PRACTITIONER = LegalReference.of("Guide des CPTS de CGM (et Acteur.fr)", "")
                .withNote(
                        "règle métier, pas une règle légale : présentée comme obligatoire, mais absente du CSP"
                                + " (L.1434-12, L.1434-12-1, D.1434-44) et des textes de l'ACI consultés",
                        "business rule, not a legal one: stated as mandatory, but NOT found in CSP L.1434-12,"
                                + " L.1434-12-1, D.1434-44 nor the ACI texts retrieved");

        private Refs() {}
    }
}
