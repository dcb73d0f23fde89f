package io.github.cptskit.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachineContext;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The SNP pathway (P2) walked through its appointment branch: triage, regulation, the médecin
 * traitant asked, an effecteur booked, the consultation, the SNP majoration (guarded: effecteur is
 * not the MT) and the report: 7 transitions, in cptskit, Spring Statemachine 4.0 and stateless4j.
 * Scores are transitions per second ({@code @OperationsPerInvocation(7)}), on one thread.
 *
 * <ul>
 *   <li>{@code cptskit}: {@code decide} (data checked against the event schema, route, guards, event
 *       stamped) then {@code append} (the fold), from a fresh instance state.
 *   <li>{@code stateless4j}: a new {@code StateMachine} on the shared config, then {@code fire}
 *       (stateless4j 2.6.0, which logs nothing).
 *   <li>{@code springStatemachine}: one machine reset to the initial state (building one per instance
 *       costs far more), then {@code sendEvent} of a message, blocking on the reactive result.
 * </ul>
 *
 * <p>{@code replayMillionEvents}: the state of 142,858 instances rebuilt from their stored logs,
 * 1,000,006 events folded (target: under 100 ms).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PathwayBenchmark {

    private static final String[] STATES = {
        "APPEL_RECU", "REGULATION_MG", "RDV_A_TROUVER", "RECHERCHE_EFFECTEUR", "RDV_EFFECTEUR", "CONSULTEE", "CLOS"
    };
    private static final String[] PEER_EVENTS = {
        "trieRegulation",
        "reguleRdv",
        "mtIndisponible",
        "creneauReserve",
        "consultationRealisee",
        "majoration",
        "compteRendu"
    };

    private Definition<NoContext> snp;
    private Clock clock;
    private PatientRef patient;
    private String[] types;
    private List<TreeMap<String, String>> data;
    private StateMachineConfig<String, String> statelessConfig;
    private org.springframework.statemachine.StateMachine<String, String> spring;
    private StateMachineContext<String, String> springInitial;
    private String effecteur;
    private String medecinTraitant;
    private List<Seq<Event>> logs;

    @Setup
    public void setUp() throws Exception {
        // Spring Statemachine logs through commons-logging to java.util.logging: production runs at WARNING.
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(java.util.logging.Level.WARNING);
        }
        snp = Catalogue.find("P2").get().definition();
        clock = Clock.fixed(Instant.parse("2025-03-03T08:00:00Z"), ZoneOffset.UTC);
        patient = PatientRef.parse("pat-7f3a9c").get();
        types = new String[] {
            "trieParArm",
            "regule",
            "mtSollicite",
            "creneauReserve",
            "consultationRealisee",
            "majorationSnpFacturee",
            "compteRenduTransmis"
        };
        data = List.of(
                TreeMap.of("orientation", "REGULATION_MG"),
                TreeMap.of("decision", "RDV"),
                TreeMap.of("reponse", "INDISPONIBLE"),
                TreeMap.of("effecteur", "10002222222"),
                TreeMap.of("effecteur", "10002222222"),
                TreeMap.of("effecteur", "10002222222", "medecinTraitant", "10003333333", "majorationsSemaine", "4"),
                TreeMap.empty());
        effecteur = "10002222222";
        medecinTraitant = "10003333333";

        statelessConfig = new StateMachineConfig<>();
        for (int i = 0; i < PEER_EVENTS.length; i++) {
            if (PEER_EVENTS[i].equals("majoration")) {
                statelessConfig
                        .configure(STATES[i])
                        .permitReentryIf("majoration", () -> !effecteur.equals(medecinTraitant));
                statelessConfig.configure(STATES[i]).permit("compteRendu", STATES[i + 1]);
                i++;
            } else {
                statelessConfig.configure(STATES[i]).permit(PEER_EVENTS[i], STATES[i + 1]);
            }
        }

        StateMachineBuilder.Builder<String, String> b = StateMachineBuilder.builder();
        b.configureConfiguration().withConfiguration().autoStartup(false);
        b.configureStates()
                .withStates()
                .initial(STATES[0])
                .states(java.util.Set.of(STATES))
                .end("CLOS");
        var t = b.configureTransitions();
        for (int i = 0; i < 5; i++) {
            t = t.withExternal()
                    .source(STATES[i])
                    .target(STATES[i + 1])
                    .event(PEER_EVENTS[i])
                    .and();
        }
        t.withInternal()
                .source("CONSULTEE")
                .event("majoration")
                .guard(ctx -> !ctx.getMessageHeaders()
                        .get("effecteur")
                        .equals(ctx.getMessageHeaders().get("mt")))
                .and()
                .withExternal()
                .source("CONSULTEE")
                .target("CLOS")
                .event("compteRendu");
        spring = b.build();
        spring.startReactively().block();
        springInitial = new DefaultStateMachineContext<>(STATES[0], null, null, null);

        logs = new ArrayList<>();
        // As a host reads them back from storage: fresh Event objects, not the ones decide returned
        // (those remember their transition, which would spare replay its routing).
        Seq<Event> one = walk(snp.start()).map(e -> new Event(e.type(), e.at(), e.patient(), e.data()));
        for (int i = 0; i < 142_858; i++) {
            logs.add(one);
        }
    }

    private Seq<Event> walk(InstanceState start) {
        io.vavr.collection.List<Event> log = io.vavr.collection.List.empty();
        InstanceState s = start;
        for (int i = 0; i < types.length; i++) {
            Seq<Event> e = snp.decide(types[i], patient, data.get(i), s, NoContext.INSTANCE, clock)
                    .get();
            s = snp.append(s, s.version(), e).get();
            log = log.appendAll(e);
        }
        if (!s.state().equals("CLOS")) {
            throw new IllegalStateException(s.toString());
        }
        return log;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(7)
    public InstanceState cptskit() {
        InstanceState s = snp.start();
        for (int i = 0; i < 7; i++) {
            Seq<Event> e = snp.decide(types[i], patient, data.get(i), s, NoContext.INSTANCE, clock)
                    .get();
            s = snp.append(s, s.version(), e).get();
        }
        return s;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(7)
    public String stateless4j() {
        StateMachine<String, String> sm = new StateMachine<>(STATES[0], statelessConfig);
        for (String e : PEER_EVENTS) {
            sm.fire(e);
        }
        return sm.getState();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(7)
    public String springStatemachine() {
        spring.stopReactively().block();
        spring.getStateMachineAccessor()
                .doWithAllRegions(
                        a -> a.resetStateMachineReactively(springInitial).block());
        spring.startReactively().block();
        for (String e : PEER_EVENTS) {
            spring.sendEvent(Mono.just(MessageBuilder.withPayload(e)
                            .setHeader("effecteur", effecteur)
                            .setHeader("mt", medecinTraitant)
                            .build()))
                    .blockLast();
        }
        return spring.getState().getId();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void replayMillionEvents(Blackhole bh) {
        for (Seq<Event> log : logs) {
            bh.consume(snp.replay(log));
        }
    }
}
