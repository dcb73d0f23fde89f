module consumer {
    requires io.github.cptskit.aci;
    requires io.github.cptskit.pathways;
    requires io.github.cptskit.pathways.jdbc;
}
