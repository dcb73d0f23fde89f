/**
 * cptskit pathways: event-sourced care-pathway state machines for the missions of a CPTS.
 */
module io.github.cptskit.pathways {
    requires static com.fasterxml.jackson.annotation;
    requires transitive io.github.cptskit.core;

    exports io.github.cptskit.pathways.engine;
    exports io.github.cptskit.pathways.catalogue;
    exports io.github.cptskit.pathways.fhir;
    exports io.github.cptskit.pathways.indicator;
    exports io.github.cptskit.pathways.codec;
    exports io.github.cptskit.pathways.store;
    exports io.github.cptskit.pathways.problem;
}
