/**
 * The CPTS as FHIR R4 resources: {@link io.github.cptskit.fhir.CptsFhir} maps the domain to HAPI
 * FHIR's R4 structures and back, with the systems of {@link io.github.cptskit.fhir.FhirSystems}.
 */
@NullMarked
package io.github.cptskit.fhir;

import org.jspecify.annotations.NullMarked;
