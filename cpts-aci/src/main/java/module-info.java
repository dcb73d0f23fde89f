/**
 * cptskit ACI: the Accord Conventionnel Interprofessionnel CPTS as dated rules, exact remuneration
 * with explanations, payment schedules and funding simulations.
 */
module io.github.cptskit.aci {
    requires static com.fasterxml.jackson.annotation;
    requires transitive io.github.cptskit.core;
    requires static org.jspecify;
    requires static org.immutables.value.annotations;
    requires transitive java.money;
    requires org.javamoney.moneta;
    requires com.fasterxml.jackson.core;
    requires java.logging;

    exports io.github.cptskit.aci.tariff;
    exports io.github.cptskit.aci.calculation;
    exports io.github.cptskit.aci.simulation;
    exports io.github.cptskit.aci.budget;
    exports io.github.cptskit.aci.problem;
}
