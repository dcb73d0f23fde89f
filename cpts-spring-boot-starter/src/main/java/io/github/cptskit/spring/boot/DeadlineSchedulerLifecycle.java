package io.github.cptskit.spring.boot;

import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.store.DeadlineScheduler;
import io.github.cptskit.pathways.store.EventStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link DeadlineScheduler} while the application context runs: started after every bean is
 * ready (the store migrated), stopped before the store and the DataSource close, on an executor of its
 * own ({@code cpts.scheduler.threads} threads named {@code cpts-deadlines-N}). Each run's outcome is
 * logged (DEBUG, INFO when something fired, WARN on failure) and kept for the health indicator.
 *
 * <pre>{@code
 * lifecycle.lastRun();   // when the last run ended, and whether it failed
 * }</pre>
 */
public final class DeadlineSchedulerLifecycle implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSchedulerLifecycle.class);

    private final DeadlineScheduler<NoContext> scheduler;
    private final int threads;
    private final Duration every;
    private final Clock clock;
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> task;
    private volatile Instant started;
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile int consecutiveFailures;

    /**
     * @param store the store
     * @param pathways the pathways whose deadlines it expires
     * @param clock the clock
     * @param threads the executor's threads
     * @param every the delay between runs
     * @param batch instances per call to the store
     */
    public DeadlineSchedulerLifecycle(
            EventStore store, PathwayRegistry pathways, Clock clock, int threads, Duration every, int batch) {
        this.scheduler = DeadlineScheduler.of(store, pathways.definitions(), NoContext.INSTANCE, clock)
                .withBatch(batch);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.threads = threads;
        this.every = Objects.requireNonNull(every, "every");
    }

    @Override
    public synchronized void start() {
        if (task != null) {
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "cpts-deadlines-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(threads, factory);
        ex.setRemoveOnCancelPolicy(true);
        executor = ex;
        started = clock.instant();
        task = scheduler.start(
                executor,
                every,
                fired -> {
                    lastSuccess = clock.instant();
                    consecutiveFailures = 0;
                    if (fired.events() > 0 || !fired.rejections().isEmpty()) {
                        LOG.info(
                                "deadlines: {} instances, {} expiries appended, {} refused",
                                fired.instances(),
                                fired.events(),
                                fired.rejections().size());
                    } else {
                        LOG.debug("deadlines: nothing due");
                    }
                },
                error -> {
                    lastFailure = clock.instant();
                    consecutiveFailures++;
                    LOG.warn(
                            "deadline scheduler run failed ({} in a row), next run in {}",
                            consecutiveFailures,
                            every,
                            error);
                });
        LOG.info("deadline scheduler started: every {}, {} thread(s), {}", every, threads, scheduler);
    }

    @Override
    public synchronized void stop() {
        if (task == null) {
            return;
        }
        task.cancel(false);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("deadline scheduler did not stop within 30 s: interrupting it");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        task = null;
        executor = null;
        LOG.info("deadline scheduler stopped");
    }

    @Override
    public synchronized boolean isRunning() {
        return task != null;
    }

    /** Stops early, starts late: after the store and DataSource, before web traffic ends. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    /**
     * What the health indicator reads.
     *
     * @param running whether the scheduler runs
     * @param every the delay between runs
     * @param started when it started
     * @param lastSuccess when the last successful run ended
     * @param lastFailure when the last failed run ended
     * @param consecutiveFailures failed runs since the last success
     */
    public record Status(
            boolean running,
            Duration every,
            Optional<Instant> started,
            Optional<Instant> lastSuccess,
            Optional<Instant> lastFailure,
            int consecutiveFailures) {}

    /** @return the scheduler's status now */
    public Status status() {
        return new Status(
                isRunning(),
                every,
                Optional.ofNullable(started),
                Optional.ofNullable(lastSuccess),
                Optional.ofNullable(lastFailure),
                consecutiveFailures);
    }

    /**
     * Runs once now, on the caller's thread (tests, an admin endpoint).
     *
     * @return what was done
     */
    public EventStore.Fired runOnce() {
        return scheduler.runOnce();
    }
}
