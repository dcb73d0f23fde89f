package io.github.cptskit.example;

import io.github.cptskit.json.CptsDocument;
import io.github.cptskit.spring.boot.CptsProblemDetails;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's metadata, the CPTS document's own JSON Schema (cpts-json's
 * {@link CptsDocument#SCHEMA}, draft 2020-12) as the schema {@code CptsDocument} that the validation
 * endpoint's body refers to, and the starter's problem details' ({@link CptsProblemDetails#SCHEMA}) as
 * {@code ProblemDetail}: the schemas the reader and the starter are tested against, not copies.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenApiCustomizer cptsOpenApi() {
        return api -> {
            api.info(new Info()
                    .title("cptskit example backend")
                    .version("1")
                    .description("A backend on cpts-spring-boot-starter: validate a CPTS, compute an ACI "
                            + "remuneration, run care-pathway instances on a PostgreSQL event store. Errors are RFC "
                            + "9457 problem details (application/problem+json) whose `code` and `problems[].code` "
                            + "are cptskit's stable codes (docs/problems.md); messages follow Accept-Language "
                            + "(French or English).")
                    .license(new License().name("Apache-2.0")));
            api.getComponents().addSchemas("CptsDocument", schema(CptsDocument.class, CptsDocument.SCHEMA));
            // Spring's ProblemDetail class holds its extension members in a map; the JSON has them at the top.
            api.getComponents()
                    .addSchemas("ProblemDetail", schema(CptsProblemDetails.class, CptsProblemDetails.SCHEMA));
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema schema(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return Json31.mapper().readValue(in, Schema.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
