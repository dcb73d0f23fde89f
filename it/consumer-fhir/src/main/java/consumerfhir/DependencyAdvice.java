package consumerfhir;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Checks the README's dependency advice for hosts that use HAPI FHIR beside cpts-pathways-jdbc, as
 * this project's pom follows it: the PostgreSQL driver stays at the version cptskit is tested with
 * although hapi-fhir-bom is imported (it manages 42.7.7), and commons-logging's classes come from one
 * jar only (jcl-over-slf4j), commons-logging being excluded from hapi-fhir-validation.
 */
public final class DependencyAdvice {
    private DependencyAdvice() {}

    public static void main(String[] args) throws Exception {
        String expected = args[0];
        // The driver is a run-time dependency of cpts-pathways-jdbc: read its version without compiling against it.
        String driver = (String) Class.forName("org.postgresql.util.DriverInfo")
                .getField("DRIVER_VERSION")
                .get(null);
        if (!driver.equals(expected)) {
            throw new AssertionError("PostgreSQL driver " + driver + " on the class path, " + expected
                    + " expected: pin it before importing hapi-fhir-bom");
        }
        ClassLoader loader = DependencyAdvice.class.getClassLoader();
        for (String c : List.of(
                "org/apache/commons/logging/LogFactory.class",
                "org/apache/commons/logging/Log.class",
                "org/apache/commons/logging/impl/NoOpLog.class",
                "org/apache/commons/logging/impl/SimpleLog.class",
                "org/apache/commons/logging/LogConfigurationException.class")) {
            List<URL> from = new ArrayList<>(Collections.list(loader.getResources(c)));
            if (from.size() != 1) {
                throw new AssertionError(c + " found " + from.size() + " times: " + from
                        + " (exclude commons-logging from hapi-fhir-validation)");
            }
        }
        // hapi-fhir-validation is really there (the exclusion did not drop it).
        Class.forName("org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator");
        System.out.println("dependency advice: PostgreSQL driver " + driver
                + ", commons-logging classes from one jar only");
    }
}
