/**
 * cptskit FHIR: the CPTS, its members, pathways and indicators as FHIR R4 resources of HAPI FHIR, with
 * the identifier and code systems of FR Core and the ANS, and the import of the Annuaire Santé.
 *
 * <p>HAPI FHIR's jars are automatic modules (they have no module descriptor): their names come from
 * the jar file names.
 */
module io.github.cptskit.fhir {
    requires static org.jspecify;
    requires static org.immutables.value.annotations;
    requires transitive io.github.cptskit.pathways;
    requires transitive hapi.fhir.base;
    requires transitive hapi.fhir.structures.r4;
    requires transitive org.hl7.fhir.r4;
    requires transitive org.hl7.fhir.utilities;
    requires com.fasterxml.jackson.core;

    exports io.github.cptskit.fhir;
    exports io.github.cptskit.fhir.annuaire;
    exports io.github.cptskit.fhir.problem;
}
