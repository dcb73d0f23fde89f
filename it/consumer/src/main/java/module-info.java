module consumer {
    requires io.github.cptskit.aci;
}
