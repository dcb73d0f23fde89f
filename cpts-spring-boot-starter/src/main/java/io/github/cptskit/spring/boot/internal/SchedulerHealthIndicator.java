package io.github.cptskit.spring.boot.internal;

import io.github.cptskit.spring.boot.DeadlineSchedulerLifecycle;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The deadline scheduler's health: it runs, its last runs did not all fail, and (on the PostgreSQL store)
 * its lag: how long the oldest due deadline of {@code cpts_deadline} has been waiting. DOWN when it is not
 * running, after three failed runs in a row, or when the lag exceeds the poll interval plus
 * {@code cpts.scheduler.late-after}.
 */
public final class SchedulerHealthIndicator extends AbstractHealthIndicator {
    private final DeadlineSchedulerLifecycle scheduler;
    private final @Nullable DataSource dataSource;
    private final Clock clock;
    private final Duration lateAfter;

    /**
     * @param scheduler the scheduler
     * @param dataSource the PostgreSQL store's DataSource, or null for another store
     * @param clock the clock
     * @param lateAfter the lateness tolerated beyond the poll interval
     */
    public SchedulerHealthIndicator(
            DeadlineSchedulerLifecycle scheduler, @Nullable DataSource dataSource, Clock clock, Duration lateAfter) {
        super("cptskit deadline scheduler health check failed");
        this.scheduler = scheduler;
        this.dataSource = dataSource;
        this.clock = clock;
        this.lateAfter = lateAfter;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DeadlineSchedulerLifecycle.Status s = scheduler.status();
        Instant now = clock.instant();
        builder.withDetail("running", s.running())
                .withDetail("pollInterval", s.every().toString());
        s.lastSuccess().ifPresent(t -> builder.withDetail("lastSuccess", t.toString()));
        s.lastFailure().ifPresent(t -> builder.withDetail("lastFailure", t.toString()));
        builder.withDetail("consecutiveFailures", s.consecutiveFailures());
        boolean down = !s.running() || s.consecutiveFailures() >= 3;
        if (dataSource != null) {
            try (Connection c = dataSource.getConnection();
                    Statement st = c.createStatement()) {
                st.setQueryTimeout(5);
                try (ResultSet rs =
                        st.executeQuery("SELECT count(*), min(due_at) FROM cpts_deadline WHERE due_at <= now()")) {
                    rs.next();
                    long overdue = rs.getLong(1);
                    Timestamp oldest = rs.getTimestamp(2);
                    Duration lag = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
                    if (lag.isNegative()) {
                        lag = Duration.ZERO;
                    }
                    builder.withDetail("dueNow", overdue).withDetail("lag", lag.toString());
                    if (lag.compareTo(s.every().plus(lateAfter)) > 0) {
                        down = true;
                    }
                }
            }
        }
        if (down) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
