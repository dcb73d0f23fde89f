/** A host exposing cptskit values as JSON, as an EHR backend would, on the module path. */
module consumerjson {
    requires io.github.cptskit.json;
    requires java.logging;
}
