module consumerfhir {
    requires io.github.cptskit.fhir;
}
