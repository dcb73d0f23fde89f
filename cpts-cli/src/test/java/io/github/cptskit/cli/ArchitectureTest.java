package io.github.cptskit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the published modules (issue #8): API packages never reach into another
 * module's internals, cpts-core depends on no other module, and money is never a double or a float.
 */
class ArchitectureTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.cptskit.core", "io.github.cptskit.aci", "io.github.cptskit.pathways");

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("io.github.cptskit.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.github.cptskit.aci..", "io.github.cptskit.pathways..", "io.github.cptskit.cli..")
                .check(LIBRARY);
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        noClasses()
                .that()
                .resideInAPackage("io.github.cptskit.aci..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.cptskit.core..internal..")
                .check(LIBRARY);
        noClasses()
                .that()
                .resideInAPackage("io.github.cptskit.pathways..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.github.cptskit.core..internal..", "io.github.cptskit.aci..internal..")
                .check(LIBRARY);
        noClasses()
                .that()
                .resideInAPackage("io.github.cptskit.pathways.jdbc..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.github.cptskit.pathways.internal..", "io.github.cptskit.core..internal..")
                .check(LIBRARY);
    }

    /**
     * No two packages of cpts-core import each other, directly or through others (issue #24, item 9:
     * the catalogue of problems and the identifier types it cites did).
     */
    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("io.github.cptskit.core.(**)")
                .should()
                .beFreeOfCycles()
                .check(LIBRARY);
    }

    @Test
    void theJdbcStoreIsChecked() {
        org.assertj.core.api.Assertions.assertThat(
                        LIBRARY.contain("io.github.cptskit.pathways.jdbc.PostgresEventStore"))
                .isTrue();
    }

    @Test
    void moneyIsNeverADoubleOrAFloat() {
        fields().that()
                .haveNameMatching("(?i).*(cents|amount|euros|money|total|ceiling|pass).*")
                .should()
                .notHaveRawType(double.class)
                .andShould()
                .notHaveRawType(float.class)
                .andShould()
                .notHaveRawType(Double.class)
                .andShould()
                .notHaveRawType(Float.class)
                .check(LIBRARY);
    }
}
