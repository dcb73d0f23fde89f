/**
 * cptskit core: the CPTS domain shared by every other module.
 *
 * <p>Exported packages are the API; {@code internal} packages are implementation details that may
 * change in any release.
 */
module io.github.cptskit.core {
    requires static com.fasterxml.jackson.annotation;
    requires static org.immutables.value.annotations;
    requires static org.jspecify;
    requires transitive io.vavr;

    exports io.github.cptskit.core.law;
    exports io.github.cptskit.core.problem;
    exports io.github.cptskit.core.indicator;
    exports io.github.cptskit.core.territory;
    exports io.github.cptskit.core.identifier;
    exports io.github.cptskit.core.profession;
    exports io.github.cptskit.core.legalform;
    exports io.github.cptskit.core.member;
    exports io.github.cptskit.core.cpts;
    exports io.github.cptskit.core.membership;
}
