package io.github.cptskit.benchmarks;

import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.store.Definitions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the store's checks of an append cost ({@code Definitions.check}, issue #27 item 2), next to
 * the decision they check: a P2 regulation (one event with one choice datum), decided, then checked.
 * The checks run on every append, in memory and on PostgreSQL, before the database is asked.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreCheckBenchmark {
    private Engine<NoContext> p2;
    private InstanceState state;
    private Command command;
    private Clock clock;
    private Definitions definitions;
    private Decision decision;

    /** A P2 instance after triage; the regulation decided once. */
    @Setup
    public void setUp() {
        p2 = Catalogue.find("P2").get().engine();
        clock = Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC);
        ActorRef author = new ActorRef("usr-4411");
        InstanceState start = p2.start(
                new InstanceId("p2-bench"), PatientRef.parse("pat-7f3a9c").get());
        state = p2.decide(
                        start,
                        Command.of("trieParArm", author).with("orientation", "REGULATION_MG"),
                        NoContext.INSTANCE,
                        clock)
                .get()
                .state();
        command = Command.of("regule", author).with("decision", "RDV");
        definitions = Definitions.bundled();
        decision = p2.decide(state, command, NoContext.INSTANCE, clock).get();
    }

    /** @return the decision, as a host makes it */
    @Benchmark
    public Object decide() {
        return p2.decide(state, command, NoContext.INSTANCE, clock);
    }

    /** @return the store's check of that decision */
    @Benchmark
    public Object check() {
        return definitions.check(decision);
    }
}
