package io.github.cptskit.spring.boot;

import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.spring.boot.internal.MeteredEventStore;
import io.github.cptskit.spring.boot.internal.MicrometerCptsMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters for cptskit, when Micrometer is on the class path and the application has a
 * {@link MeterRegistry} (Spring Boot Actuator gives one): {@link CptsMetrics} as meters, and every
 * {@link EventStore} bean wrapped so that its appends, conflicts and deadlines are measured (inject
 * the store as {@code EventStore}: the bean is the measuring wrapper).
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"
        })
@ConditionalOnClass(MeterRegistry.class)
@EnableConfigurationProperties(CptsProperties.class)
public class CptsMetricsAutoConfiguration {

    /**
     * @param registry the application's registry
     * @return the meters
     */
    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    @ConditionalOnMissingBean
    public CptsMetrics cptsMetrics(MeterRegistry registry) {
        return new MicrometerCptsMetrics(registry);
    }

    /**
     * @param metrics the metrics (resolved when the first store is created)
     * @param properties the properties
     * @return the post-processor that wraps event stores
     */
    @Bean
    public static BeanPostProcessor cptsEventStoreMetrics(
            ObjectProvider<CptsMetrics> metrics, ObjectProvider<CptsProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof EventStore store && !(bean instanceof MeteredEventStore)) {
                    CptsMetrics m = metrics.getIfAvailable(() -> CptsMetrics.NONE);
                    if (m != CptsMetrics.NONE) {
                        return new MeteredEventStore(
                                store, m, properties.getObject().getScheduler().getLateAfter());
                    }
                }
                return bean;
            }
        };
    }
}
