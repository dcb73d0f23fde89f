/**
 * cptskit JSON: the Jackson module for the types of cpts-core, cpts-aci and cpts-pathways.
 */
module io.github.cptskit.json {
    requires transitive io.github.cptskit.aci;
    requires transitive io.github.cptskit.pathways;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires static org.jspecify;
    // compile time only: javadoc reads the Immutables annotations of cpts-core's class files
    requires static org.immutables.value.annotations;

    exports io.github.cptskit.json;
    exports io.github.cptskit.json.problem;

    provides com.fasterxml.jackson.databind.Module with
            io.github.cptskit.json.CptsModule;
}
