/**
 * The import of the Annuaire Santé: a streaming reader of the public extraction of professionals'
 * activities ({@link io.github.cptskit.fhir.annuaire.PsLibreAcces}) and of FHIR bundles of
 * practitioners.
 */
@NullMarked
package io.github.cptskit.fhir.annuaire;

import org.jspecify.annotations.NullMarked;
