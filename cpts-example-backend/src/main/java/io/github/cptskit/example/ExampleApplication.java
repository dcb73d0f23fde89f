package io.github.cptskit.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small backend on cpts-spring-boot-starter: validate a CPTS, compute a remuneration with its
 * explanation, run pathway instances on the PostgreSQL event store, read their FHIR Task. Not published;
 * docs/host.md walks through it, docs/api/example-backend.openapi.json is its contract.
 *
 * <pre>{@code
 * java -jar cpts-example-backend.jar --spring.datasource.url=jdbc:postgresql://localhost/cpts
 * }</pre>
 */
@SpringBootApplication
public class ExampleApplication {
    /** @param args Spring Boot's arguments */
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
