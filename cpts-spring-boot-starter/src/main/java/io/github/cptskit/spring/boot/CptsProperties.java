package io.github.cptskit.spring.boot;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cpts.*} properties of the starter (metadata generated for IDEs).
 *
 * <pre>{@code
 * cpts.store.migrate=true
 * cpts.scheduler.poll-interval=30s
 * cpts.scheduler.threads=1
 * cpts.scheduler.batch=100
 * }</pre>
 */
@ConfigurationProperties(prefix = "cpts")
public class CptsProperties {
    private final Store store = new Store();
    private final Scheduler scheduler = new Scheduler();
    private final Problems problems = new Problems();
    private final Commands commands = new Commands();

    /** @return the event store's properties */
    public Store getStore() {
        return store;
    }

    /** @return the deadline scheduler's properties */
    public Scheduler getScheduler() {
        return scheduler;
    }

    /** @return the problem details' properties */
    public Problems getProblems() {
        return problems;
    }

    /** @return the pathway service's properties */
    public Commands getCommands() {
        return commands;
    }

    /** The PostgreSQL event store on the application's DataSource. */
    public static class Store {
        /** Whether to configure a PostgresEventStore on the application's DataSource. */
        private boolean enabled = true;

        /** Whether to create or upgrade the store's tables when the context starts. */
        private boolean migrate = true;

        /** @return whether the store is configured */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the store is configured */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return whether the tables are migrated at start-up */
        public boolean isMigrate() {
            return migrate;
        }

        /** @param migrate whether the tables are migrated at start-up */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }
    }

    /** The deadline scheduler, started and stopped with the application context. */
    public static class Scheduler {
        /** Whether to run the deadline scheduler in this process. */
        private boolean enabled = true;

        /** Threads of the scheduler's executor. */
        private int threads = 1;

        /** Delay between two runs of the scheduler. */
        private Duration pollInterval = Duration.ofSeconds(30);

        /** Instances handled per call to the store. */
        private int batch = 100;

        /** An expiry recorded later than this after its due instant counts as late (metrics, health). */
        private Duration lateAfter = Duration.ofMinutes(2);

        /** @return whether the scheduler runs */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the scheduler runs */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the executor's threads */
        public int getThreads() {
            return threads;
        }

        /** @param threads the executor's threads, 1 or more */
        public void setThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("cpts.scheduler.threads: 1 or more, not " + threads);
            }
            this.threads = threads;
        }

        /** @return the delay between two runs */
        public Duration getPollInterval() {
            return pollInterval;
        }

        /** @param pollInterval the delay between two runs, positive */
        public void setPollInterval(Duration pollInterval) {
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("cpts.scheduler.poll-interval: positive, not " + pollInterval);
            }
            this.pollInterval = pollInterval;
        }

        /** @return instances per call to the store */
        public int getBatch() {
            return batch;
        }

        /** @param batch instances per call to the store, 1 or more */
        public void setBatch(int batch) {
            if (batch < 1) {
                throw new IllegalArgumentException("cpts.scheduler.batch: 1 or more, not " + batch);
            }
            this.batch = batch;
        }

        /** @return the lateness from which an expiry is late */
        public Duration getLateAfter() {
            return lateAfter;
        }

        /** @param lateAfter the lateness from which an expiry is late */
        public void setLateAfter(Duration lateAfter) {
            this.lateAfter = lateAfter;
        }
    }

    /** RFC 9457 problem details for cptskit's problems. */
    public static class Problems {
        /** Whether ProblemsException becomes an RFC 9457 problem detail in Spring MVC. */
        private boolean enabled = true;

        /** Prefix of the problem detail's type; the problem's code follows it. */
        private String typeBase = "urn:cptskit:problem:";

        /** Language of the messages when the request's Accept-Language names neither French nor English. */
        private Locale defaultLanguage = Locale.ENGLISH;

        /** @return whether problem details are written */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether problem details are written */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the type's prefix */
        public String getTypeBase() {
            return typeBase;
        }

        /** @param typeBase the type's prefix */
        public void setTypeBase(String typeBase) {
            this.typeBase = typeBase;
        }

        /** @return the default language */
        public Locale getDefaultLanguage() {
            return defaultLanguage;
        }

        /** @param defaultLanguage the default language */
        public void setDefaultLanguage(Locale defaultLanguage) {
            this.defaultLanguage = defaultLanguage;
        }
    }

    /** The {@link PathwayService}. */
    public static class Commands {
        /** How many times a command is decided again after an APPEND_CONFLICT (another writer was first). */
        private int conflictRetries = 3;

        /** @return the retries after a conflict */
        public int getConflictRetries() {
            return conflictRetries;
        }

        /** @param conflictRetries the retries after a conflict, 0 or more */
        public void setConflictRetries(int conflictRetries) {
            if (conflictRetries < 0) {
                throw new IllegalArgumentException("cpts.commands.conflict-retries: 0 or more, not " + conflictRetries);
            }
            this.conflictRetries = conflictRetries;
        }
    }
}
