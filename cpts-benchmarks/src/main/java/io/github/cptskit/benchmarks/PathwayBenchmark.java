package io.github.cptskit.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.triggers.TriggerWithParameters1;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *   <li>{@code cptskit}: {@code Engine.decide} of a {@code Command} (data checked against the event
 *       schema, route, guards, the event numbered, identified with a version 7 UUID and stamped), the
 *       next state taken from the {@code Decision}, from a fresh instance state.
 *   <li>{@code stateless4j}: a new {@code StateMachine} on the shared config, then {@code fire}
 *       (stateless4j 2.6.0, which logs nothing): the bare machine, no data, no record.
 *   <li>{@code stateless4jEqualWork}: stateless4j doing what cptskit does: a parameterised trigger
 *       carrying the event's data, the same data checks written by hand (declared fields only,
 *       choices, tokens, no NIR, bounded integers), the same two guards on the majoration, and an
 *       event (type, instant, patient, data) appended to the instance's list per transition.
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
    private Engine<NoContext> engine;
    private InstanceId instance;
    private Command[] commands;
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
    private StateMachineConfig<String, String> equalConfig;
    private List<TriggerWithParameters1<Map<String, String>, String>> triggers;
    private PeerField[][] peerFields;
    private List<Map<String, String>> peerData;
    /** What the guards of the equal-work machine read: stateless4j guards do not see the trigger's arguments. */
    private Map<String, String> firing;

    /** One declared datum of an event, as a stateless4j user would check it. */
    record PeerField(String name, Field.Kind kind, boolean required, Set<String> choices, long min, long max) {}

    /** The record a stateless4j user appends per transition. */
    record PeerEvent(String type, Instant at, String patient, Map<String, String> data) {}

    @Setup
    public void setUp() throws Exception {
        // Spring Statemachine logs through commons-logging to java.util.logging: production runs at WARNING.
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(java.util.logging.Level.WARNING);
        }
        snp = Catalogue.find("P2").get().definition();
        engine = snp.engine();
        instance = new InstanceId("p2-bench-0001");
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
        ActorRef author = new ActorRef("usr-4411");
        commands = new Command[types.length];
        for (int i = 0; i < types.length; i++) {
            commands[i] = Command.of(types[i], author, data.get(i));
        }
        setUpEqualWork();

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
        Seq<Event> one = walk(engine.start(instance, patient))
                .map(e -> new Event(
                        e.instance(),
                        e.sequence(),
                        e.id(),
                        e.type(),
                        e.at(),
                        e.recordedAt(),
                        e.patient(),
                        e.author(),
                        e.data()));
        for (int i = 0; i < 142_858; i++) {
            logs.add(one);
        }
    }

    private void setUpEqualWork() {
        equalConfig = new StateMachineConfig<>();
        triggers = new ArrayList<>();
        peerFields = new PeerField[types.length][];
        peerData = new ArrayList<>();
        for (int i = 0; i < PEER_EVENTS.length; i++) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            TriggerWithParameters1<Map<String, String>, String> t =
                    equalConfig.setTriggerParameters(PEER_EVENTS[i], (Class) Map.class);
            triggers.add(t);
            EventType type = snp.eventTypes().get(types[i]).get();
            peerFields[i] = type.fields()
                    .map(f -> new PeerField(
                            f.name(),
                            f.kind(),
                            f.required(),
                            new HashSet<>(f.choices().toJavaSet()),
                            f.min(),
                            f.max()))
                    .toJavaArray(PeerField[]::new);
            peerData.add(new HashMap<>(data.get(i).toJavaMap()));
        }
        for (int i = 0; i < PEER_EVENTS.length; i++) {
            if (PEER_EVENTS[i].equals("majoration")) {
                equalConfig
                        .configure(STATES[i])
                        .permitReentryIf(
                                "majoration",
                                () -> !firing.get("effecteur").equals(firing.get("medecinTraitant"))
                                        && Long.parseLong(firing.get("majorationsSemaine")) < 20);
                equalConfig.configure(STATES[i]).permit("compteRendu", STATES[i + 1]);
                i++;
            } else {
                equalConfig.configure(STATES[i]).permit(PEER_EVENTS[i], STATES[i + 1]);
            }
        }
    }

    /** The data checks of the event type, hand-written. */
    private static boolean valid(PeerField[] fields, Map<String, String> d) {
        int present = 0;
        for (PeerField f : fields) {
            String v = d.get(f.name());
            if (v == null) {
                if (f.required()) {
                    return false;
                }
                continue;
            }
            present++;
            boolean ok = switch (f.kind()) {
                case CHOICE -> f.choices().contains(v);
                case TOKEN -> token(v) && !nirShaped(v);
                case INTEGER -> integer(v, f.min(), f.max());
                case BOOLEAN -> v.equals("true") || v.equals("false");
                default -> token(v);
            };
            if (!ok) {
                return false;
            }
        }
        return present == d.size();
    }

    private static boolean token(String v) {
        int n = v.length();
        if (n == 0 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char x = v.charAt(i);
            if (!(Character.isLetterOrDigit(x) || x == '_' || x == '.' || x == ':' || x == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean nirShaped(String v) {
        int digits = 0;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                digits++;
            }
        }
        return (digits == 13 || digits == 15) && (v.charAt(0) == '1' || v.charAt(0) == '2');
    }

    private static boolean integer(String v, long min, long max) {
        if (v.isEmpty() || v.length() > 18) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (!Character.isDigit(v.charAt(i)) && !(i == 0 && v.charAt(i) == '-')) {
                return false;
            }
        }
        long x = Long.parseLong(v);
        return x >= min && x <= max;
    }

    private Seq<Event> walk(InstanceState start) {
        io.vavr.collection.List<Event> log = io.vavr.collection.List.empty();
        InstanceState s = start;
        for (int i = 0; i < types.length; i++) {
            Decision d =
                    engine.decide(s, commands[i], NoContext.INSTANCE, clock).get();
            s = d.state();
            log = log.appendAll(d.events());
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
        InstanceState s = engine.start(instance, patient);
        for (int i = 0; i < 7; i++) {
            s = engine.decide(s, commands[i], NoContext.INSTANCE, clock).get().state();
        }
        return s;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(7)
    public List<PeerEvent> stateless4jEqualWork() {
        StateMachine<String, String> sm = new StateMachine<>(STATES[0], equalConfig);
        ArrayList<PeerEvent> log = new ArrayList<>(8);
        for (int i = 0; i < 7; i++) {
            Map<String, String> d = peerData.get(i);
            if (!valid(peerFields[i], d)) {
                throw new IllegalStateException("invalid data for " + PEER_EVENTS[i]);
            }
            firing = d;
            sm.fire(triggers.get(i), d);
            log.add(new PeerEvent(PEER_EVENTS[i], clock.instant(), patient.value(), d));
        }
        if (!sm.getState().equals("CLOS")) {
            throw new IllegalStateException(sm.getState());
        }
        return log;
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
            bh.consume(engine.replay(log));
        }
    }
}
