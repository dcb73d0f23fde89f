package io.github.cptskit.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for cptskit's problems in a Spring MVC application, unless
 * {@code cpts.problems.enabled=false}: {@link CptsProblemDetails} and {@link CptsProblemHandler}.
 */
@AutoConfiguration(after = CptsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ProblemDetail.class, RestControllerAdvice.class})
@ConditionalOnProperty(prefix = "cpts.problems", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CptsProperties.class)
public class CptsWebAutoConfiguration {

    /**
     * @param properties the properties
     * @param metrics the metrics
     * @return how problems are written
     */
    @Bean
    @ConditionalOnMissingBean
    public CptsProblemDetails cptsProblemDetails(CptsProperties properties, CptsMetrics metrics) {
        return new CptsProblemDetails(
                properties.getProblems().getTypeBase(), properties.getProblems().getDefaultLanguage(), metrics);
    }

    /**
     * @param details how problems are written
     * @return the advice
     */
    @Bean
    @ConditionalOnMissingBean
    public CptsProblemHandler cptsProblemHandler(CptsProblemDetails details) {
        return new CptsProblemHandler(details);
    }
}
