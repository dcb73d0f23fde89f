module consumer {
    requires io.github.cptskit.aci;
    requires io.github.cptskit.pathways;
}
