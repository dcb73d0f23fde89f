package io.github.cptskit.spring.boot;

import io.github.cptskit.pathways.jdbc.PostgresEventStore;
import io.github.cptskit.pathways.store.EventStore;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store: without an {@link EventStore} bean of the host's, a {@link PostgresEventStore} on the
 * application's {@link DataSource}, migrated at start-up unless {@code cpts.store.migrate=false}
 * ({@code cpts.store.enabled=false} leaves the store to the host).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, CptsAutoConfiguration.class})
@EnableConfigurationProperties(CptsProperties.class)
public class CptsStoreAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(CptsStoreAutoConfiguration.class);

    /** The PostgreSQL store on the application's DataSource. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(PostgresEventStore.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnProperty(prefix = "cpts.store", name = "enabled", matchIfMissing = true)
    static class Postgres {
        /**
         * @param dataSource the application's DataSource
         * @param properties the properties
         * @param metrics told what the store does
         * @return the store, migrated unless {@code cpts.store.migrate=false}
         */
        @Bean
        @ConditionalOnMissingBean(EventStore.class)
        EventStore cptsEventStore(DataSource dataSource, CptsProperties properties, CptsMetrics metrics) {
            // the store's hooks: parked streams, refused appends and erasures become meters
            PostgresEventStore store = PostgresEventStore.of(dataSource).withListener(metrics);
            if (properties.getStore().isMigrate()) {
                int applied = store.migrate();
                LOG.info("cptskit event store migrated: {} migration(s) applied", applied);
            } else {
                LOG.info("cptskit event store: migration at start-up disabled (cpts.store.migrate=false)");
            }
            return store;
        }
    }
}
