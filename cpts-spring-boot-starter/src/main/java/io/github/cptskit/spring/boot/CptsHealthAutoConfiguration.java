package io.github.cptskit.spring.boot;

import io.github.cptskit.pathways.jdbc.PostgresEventStore;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.spring.boot.internal.MeteredEventStore;
import io.github.cptskit.spring.boot.internal.SchedulerHealthIndicator;
import io.github.cptskit.spring.boot.internal.StoreHealthIndicator;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health indicators: {@code cptsStore} (connectivity and migration level of the PostgreSQL
 * store) and {@code cptsScheduler} (the deadline scheduler runs, and its lag). Each is switched off by
 * {@code management.health.cpts-store.enabled=false} / {@code management.health.cpts-scheduler.enabled=false}.
 */
@AutoConfiguration(after = CptsServicesAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@EnableConfigurationProperties(CptsProperties.class)
public class CptsHealthAutoConfiguration {

    private static boolean postgres(EventStore store) {
        EventStore s = store instanceof MeteredEventStore m ? m.delegate() : store;
        return s instanceof PostgresEventStore;
    }

    /**
     * @param store the store
     * @param dataSource the DataSource
     * @param properties the properties
     * @return the store's health, when the store is the PostgreSQL one on the DataSource
     * @throws SQLException if the level cannot be read
     */
    @Bean
    @ConditionalOnBean({EventStore.class, DataSource.class})
    @ConditionalOnMissingBean(name = "cptsStoreHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("cpts-store")
    public HealthIndicator cptsStoreHealthIndicator(
            EventStore store, ObjectProvider<DataSource> dataSource, CptsProperties properties) throws SQLException {
        DataSource ds = dataSource.getIfUnique();
        if (!postgres(store) || ds == null) {
            return () -> org.springframework.boot.actuate.health.Health.unknown()
                    .withDetail("store", store.getClass().getSimpleName())
                    .build();
        }
        int expected = properties.getStore().isMigrate() ? StoreHealthIndicator.level(ds) : 0;
        return new StoreHealthIndicator(ds, expected);
    }

    /**
     * @param scheduler the scheduler
     * @param store the store
     * @param dataSource the DataSource
     * @param clock the clock
     * @param properties the properties
     * @return the scheduler's health
     */
    @Bean
    @ConditionalOnBean(DeadlineSchedulerLifecycle.class)
    @ConditionalOnMissingBean(name = "cptsSchedulerHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("cpts-scheduler")
    public HealthIndicator cptsSchedulerHealthIndicator(
            DeadlineSchedulerLifecycle scheduler,
            EventStore store,
            ObjectProvider<DataSource> dataSource,
            Clock clock,
            CptsProperties properties) {
        DataSource ds = postgres(store) ? dataSource.getIfUnique() : null;
        return new SchedulerHealthIndicator(
                scheduler, ds, clock, properties.getScheduler().getLateAfter());
    }
}
