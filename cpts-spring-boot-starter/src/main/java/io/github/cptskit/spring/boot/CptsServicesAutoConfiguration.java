package io.github.cptskit.spring.boot;

import io.github.cptskit.pathways.store.EventStore;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * On whichever {@link EventStore} the application has (the starter's or its own): the
 * {@link PathwayService} and, unless {@code cpts.scheduler.enabled=false}, the
 * {@link DeadlineSchedulerLifecycle}.
 */
@AutoConfiguration(after = CptsStoreAutoConfiguration.class)
@ConditionalOnBean(EventStore.class)
@EnableConfigurationProperties(CptsProperties.class)
public class CptsServicesAutoConfiguration {

    /**
     * @param store the store
     * @param pathways the pathways
     * @param clock the clock
     * @param metrics the metrics
     * @param properties the properties
     * @return the service
     */
    @Bean
    @ConditionalOnMissingBean
    public PathwayService cptsPathwayService(
            EventStore store, PathwayRegistry pathways, Clock clock, CptsMetrics metrics, CptsProperties properties) {
        return new PathwayService(
                store, pathways, clock, metrics, properties.getCommands().getConflictRetries());
    }

    /**
     * @param store the store
     * @param pathways the pathways
     * @param clock the clock
     * @param properties the properties
     * @return the scheduler, started with the context
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "cpts.scheduler", name = "enabled", matchIfMissing = true)
    public DeadlineSchedulerLifecycle cptsDeadlineScheduler(
            EventStore store, PathwayRegistry pathways, Clock clock, CptsProperties properties) {
        CptsProperties.Scheduler s = properties.getScheduler();
        return new DeadlineSchedulerLifecycle(
                store, pathways, clock, s.getThreads(), s.getPollInterval(), s.getBatch());
    }
}
