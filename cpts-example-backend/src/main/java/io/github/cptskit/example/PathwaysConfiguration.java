package io.github.cptskit.example;

import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.catalogue.SnpSas;
import io.github.cptskit.spring.boot.PathwayRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a host replaces the starter's {@link PathwayRegistry}: with {@code example.p2.consultation-delay}
 * set (a CPTS contract's own delay, or seconds in the load test so that deadlines fall due during it),
 * the catalogue with P2 built with that delay instead of the 48 hours of the SAS instruction.
 */
@Configuration(proxyBeanMethods = false)
class PathwaysConfiguration {

    @Bean
    @ConditionalOnProperty("example.p2.consultation-delay")
    PathwayRegistry pathways(
            @org.springframework.beans.factory.annotation.Value("${example.p2.consultation-delay}") Duration delay) {
        Pathway p2 = SnpSas.pathway(
                SnpSas.Parameters.defaults().withConsultationDelay(delay, "example.p2.consultation-delay"));
        List<Pathway> all = Catalogue.allList().stream()
                .map(p -> p.id().equals(p2.id()) ? p2 : p)
                .toList();
        return PathwayRegistry.of(all);
    }
}
