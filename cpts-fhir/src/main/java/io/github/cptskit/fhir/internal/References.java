package io.github.cptskit.fhir.internal;

import io.github.cptskit.core.law.LegalReference;

/**
 * The references cpts-fhir's problems cite, declared here once so that the problem catalogue does not
 * import the packages whose problems it lists (no package loop between {@code problem} and
 * {@code annuaire}).
 */
public final class References {
    private References() {}

    /** The format of the Annuaire Santé's open extractions, the reference of the import's problems. */
    public static final LegalReference PS_LIBRE_ACCES = LegalReference.of(
            "ANS, annuaire.sante.fr, extractions en libre accès : PS_LibreAcces (Personne_activite, SavoirFaire,"
                    + " Dipl_AutExerc ; UTF-8, « | »)",
            "format de l'extraction des professionnels");
}
