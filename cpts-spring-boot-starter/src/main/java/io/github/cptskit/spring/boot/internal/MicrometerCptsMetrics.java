package io.github.cptskit.spring.boot.internal;

import io.github.cptskit.spring.boot.CptsMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** {@link CptsMetrics} as Micrometer meters; tags are pathway ids, outcomes and problem codes only. */
public final class MicrometerCptsMetrics implements CptsMetrics {
    private final MeterRegistry registry;

    /** @param registry the application's registry */
    public MicrometerCptsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    private Counter appends(String pathway, String outcome) {
        return Counter.builder("cpts.store.appends")
                .description("Appends to the event store, by outcome (appended, conflict, failed)")
                .tag("pathway", pathway)
                .tag("outcome", outcome)
                .register(registry);
    }

    private Timer latency(String pathway, String outcome) {
        return Timer.builder("cpts.store.append.latency")
                .description("Time of an append to the event store")
                .tag("pathway", pathway)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }

    @Override
    public void appended(String pathway, int events, Duration latency) {
        appends(pathway, "appended").increment();
        latency(pathway, "appended").record(latency);
        Counter.builder("cpts.store.events")
                .description("Events written to the event store")
                .tag("pathway", pathway)
                .register(registry)
                .increment(events);
    }

    @Override
    public void conflict(String pathway, Duration latency) {
        appends(pathway, "conflict").increment();
        latency(pathway, "conflict").record(latency);
    }

    @Override
    public void appendFailed(String pathway) {
        appends(pathway, "failed").increment();
    }

    @Override
    public void deadlineDue(String pathway) {
        Counter.builder("cpts.deadlines.due")
                .description("Instances with a due deadline claimed by the scheduler")
                .tag("pathway", pathway)
                .register(registry)
                .increment();
    }

    @Override
    public void deadlineFired(String pathway, Duration lateness, boolean late) {
        Counter.builder("cpts.deadlines.fired")
                .description("Deadline expiries appended by the scheduler")
                .tag("pathway", pathway)
                .register(registry)
                .increment();
        Timer.builder("cpts.deadlines.lateness")
                .description("How long after its due instant an expiry was recorded")
                .tag("pathway", pathway)
                .register(registry)
                .record(lateness);
        if (late) {
            Counter.builder("cpts.deadlines.late")
                    .description("Expiries recorded later than cpts.scheduler.late-after after they fell due")
                    .tag("pathway", pathway)
                    .register(registry)
                    .increment();
        }
    }

    @Override
    public void deadlineRefused(String code) {
        Counter.builder("cpts.deadlines.refused")
                .description("Due instances whose expiry was refused (retried later)")
                .tag("code", code)
                .register(registry)
                .increment();
    }

    @Override
    public void remuneration(boolean computed) {
        Counter.builder("cpts.remunerations")
                .description("ACI remunerations calculated, or refused for the scenario's problems")
                .tag("outcome", computed ? "computed" : "refused")
                .register(registry)
                .increment();
    }

    @Override
    public void problem(String code) {
        Counter.builder("cpts.problems")
                .description("Problems reported, by stable code")
                .tag("code", code)
                .register(registry)
                .increment();
    }
}
