package io.github.cptskit.spring.boot;

import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.json.CptsModule;
import io.github.cptskit.pathways.fhir.FhirMapping;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The bundled data and rules of cptskit as beans, each replaced by a bean of the host's of the same type:
 * the commune registry (COG 2026), the ACI tariff rules and their calculator, the membership rules, the
 * pathways' FHIR status table, the pathway catalogue, a UTC clock, and {@link CptsModule}, which Spring
 * Boot's {@code JacksonAutoConfiguration} registers on the application's {@code ObjectMapper}.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class, after = CptsMetricsAutoConfiguration.class)
@EnableConfigurationProperties(CptsProperties.class)
public class CptsAutoConfiguration {

    /** @return the bundled communes (INSEE COG 2026) */
    @Bean
    @ConditionalOnMissingBean
    public CommuneRegistry cptsCommuneRegistry() {
        return CommuneRegistry.bundled();
    }

    /**
     * @param registry the communes territories are read with
     * @return the Jackson module, registered on the application's ObjectMapper by Spring Boot
     */
    @Bean
    @ConditionalOnMissingBean
    public CptsModule cptsModule(CommuneRegistry registry) {
        return new CptsModule(registry);
    }

    /** @return the bundled ACI rules (accord 2019, avenant 2) */
    @Bean
    @ConditionalOnMissingBean
    public TariffRules cptsTariffRules() {
        return TariffRules.bundled();
    }

    /**
     * @param rules the ACI rules
     * @return their calculator
     */
    @Bean
    @ConditionalOnMissingBean
    public RemunerationCalculator cptsRemunerationCalculator(TariffRules rules) {
        return RemunerationCalculator.of(rules);
    }

    /**
     * @param calculator the calculator
     * @param metrics the metrics
     * @return the calculator, counted
     */
    @Bean
    @ConditionalOnMissingBean
    public RemunerationService cptsRemunerationService(RemunerationCalculator calculator, CptsMetrics metrics) {
        return new RemunerationService(calculator, metrics);
    }

    /** @return the standard membership and constitution rules */
    @Bean
    @ConditionalOnMissingBean
    public RuleSet cptsRuleSet() {
        return RuleSet.standard();
    }

    /** @return the FHIR R4 statuses of the catalogue's states */
    @Bean
    @ConditionalOnMissingBean
    public FhirMapping cptsFhirMapping() {
        return FhirMapping.bundled();
    }

    /** @return the catalogue's pathways P1 … P8b */
    @Bean
    @ConditionalOnMissingBean
    public PathwayRegistry cptsPathwayRegistry() {
        return PathwayRegistry.bundled();
    }

    /** @return the clock that stamps events and decides what is due */
    @Bean
    @ConditionalOnMissingBean
    public Clock cptsClock() {
        return Clock.systemUTC();
    }

    /** @return no metrics, when Micrometer is absent (replaced by {@link CptsMetricsAutoConfiguration}'s) */
    @Bean
    @ConditionalOnMissingBean
    public CptsMetrics cptsMetrics() {
        return CptsMetrics.NONE;
    }
}
