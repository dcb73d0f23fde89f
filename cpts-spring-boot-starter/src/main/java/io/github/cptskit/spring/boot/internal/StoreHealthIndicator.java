package io.github.cptskit.spring.boot.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The PostgreSQL event store's health: a connection answers, and the tables are at the migration level
 * this application brought ({@code cpts_schema_version}).
 */
public final class StoreHealthIndicator extends AbstractHealthIndicator {
    private final DataSource dataSource;
    private final int expected;

    /**
     * @param dataSource the store's DataSource
     * @param expected the migration level the store had once migrated at start-up (0 when unknown)
     */
    public StoreHealthIndicator(DataSource dataSource, int expected) {
        super("cptskit event store health check failed");
        this.dataSource = dataSource;
        this.expected = expected;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.setQueryTimeout(5);
            int level;
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('cpts_schema_version') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    builder.down().withDetail("migration", "not migrated: no cpts_schema_version table");
                    return;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM cpts_schema_version")) {
                rs.next();
                level = rs.getInt(1);
            }
            builder.withDetail("migrationLevel", level);
            if (expected > 0) {
                builder.withDetail("expectedLevel", expected);
            }
            if (level == 0 || level < expected) {
                builder.down().withDetail("migration", "pending");
            } else {
                builder.up();
            }
        }
    }

    /**
     * The level of a migrated database.
     *
     * @param dataSource the DataSource
     * @return its {@code cpts_schema_version} level
     * @throws SQLException if the database refused
     */
    public static int level(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM cpts_schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
