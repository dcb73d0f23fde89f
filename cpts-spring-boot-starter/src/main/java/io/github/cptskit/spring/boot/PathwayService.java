package io.github.cptskit.spring.boot;

import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.store.EventStore;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The glue every host writes around the engine and the store: read an instance's events, replay them,
 * decide a command, append the decision, and on {@code APPEND_CONFLICT} (another writer was first) read,
 * replay and decide again, up to {@code cpts.commands.conflict-retries} times. Thread-safe; the starter
 * declares one on the application's {@link EventStore}, {@link PathwayRegistry} and {@link Clock}.
 *
 * <pre>{@code
 * Decision d = Rejection.orElseThrow(pathways.send("P2", id, Command.of("regule", author, Map.of("decision", "RDV"))));
 * }</pre>
 *
 * <p>Refusals are {@link Rejection}s (the starter's problem details turn {@code Rejection.orElseThrow}'s
 * exception into an HTTP 409 or 422); an unknown pathway or instance is an
 * {@link UnknownInstanceException}.
 */
public final class PathwayService {
    private static final Logger LOG = LoggerFactory.getLogger(PathwayService.class);

    private final EventStore store;
    private final PathwayRegistry pathways;
    private final Clock clock;
    private final CptsMetrics metrics;
    private final int retries;

    /**
     * @param store the store
     * @param pathways the pathways
     * @param clock the clock stamping events
     * @param metrics where refusals are counted by code
     * @param conflictRetries how many times a command is decided again after a conflict
     */
    public PathwayService(
            EventStore store, PathwayRegistry pathways, Clock clock, CptsMetrics metrics, int conflictRetries) {
        this.store = Objects.requireNonNull(store, "store");
        this.pathways = Objects.requireNonNull(pathways, "pathways");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        if (conflictRetries < 0) {
            throw new IllegalArgumentException("conflictRetries: 0 or more");
        }
        this.retries = conflictRetries;
    }

    /**
     * An instance as stored.
     *
     * @param pathway its pathway
     * @param state the state after its events
     * @param events its events, in order
     */
    public record Instance(Pathway pathway, InstanceState state, List<Event> events) {
        /** Checks the components and copies the events. */
        public Instance {
            Objects.requireNonNull(pathway, "pathway");
            Objects.requireNonNull(state, "state");
            events = List.copyOf(events);
        }
    }

    private Pathway pathway(String codeOrId) {
        return pathways.find(Objects.requireNonNull(codeOrId, "pathway"))
                .orElseThrow(() -> new UnknownInstanceException("pathway " + codeOrId));
    }

    /**
     * Starts an instance with its first command: the instance exists once the command's events are
     * stored. An id already taken is the rejection {@code APPEND_CONFLICT}.
     *
     * @param pathway the pathway's code or id
     * @param instance the new instance's id
     * @param patient the pseudonymous patient
     * @param first the first command
     * @return the decision appended, or the refusal
     * @throws UnknownInstanceException if the pathway is not registered
     */
    public Either<Rejection, Decision> start(String pathway, InstanceId instance, PatientRef patient, Command first) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(first, "first");
        Pathway p = pathway(pathway);
        Engine<NoContext> engine = p.engine();
        return appendOrRefuse(engine.decide(engine.start(instance, patient), first, NoContext.INSTANCE, clock));
    }

    /**
     * Sends a command to a running instance: read, replay, decide, append, again after a conflict.
     *
     * @param pathway the pathway's code or id
     * @param instance the instance
     * @param command the command
     * @return the decision appended, or the refusal (the last conflict when every retry conflicted)
     * @throws UnknownInstanceException if the pathway or the instance is unknown
     */
    public Either<Rejection, Decision> send(String pathway, InstanceId instance, Command command) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(command, "command");
        Pathway p = pathway(pathway);
        Engine<NoContext> engine = p.engine();
        Either<Rejection, Decision> outcome = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            InstanceState s = engine.replay(events(p, instance));
            outcome = appendOrRefuse(engine.decide(s, command, NoContext.INSTANCE, clock));
            if (outcome.isRight()
                    || !EventStore.CONFLICT.equals(outcome.getLeft().code())) {
                return outcome;
            }
            LOG.debug("conflict on a {} instance, deciding again (attempt {})", p.code(), attempt + 1);
        }
        return outcome;
    }

    private Either<Rejection, Decision> appendOrRefuse(Either<Rejection, Decision> decided) {
        if (decided.isLeft()) {
            decided.getLeft().allProblems().forEach(problem -> metrics.problem(problem.code()));
            return decided;
        }
        Decision d = decided.get();
        Either<Rejection, InstanceState> appended = store.append(d);
        if (appended.isLeft()) {
            metrics.problem(appended.getLeft().code());
            return Either.left(appended.getLeft());
        }
        return Either.right(d);
    }

    private List<Event> events(Pathway p, InstanceId instance) {
        List<Event> events;
        try (Stream<Event> s = store.read(instance)) {
            events = s.toList();
        }
        if (events.isEmpty()) {
            throw new UnknownInstanceException("instance " + instance.value() + " of " + p.code());
        }
        return events;
    }

    /**
     * Reads an instance.
     *
     * @param pathway the pathway's code or id
     * @param instance the instance
     * @return the instance, its state and its events
     * @throws UnknownInstanceException if the pathway or the instance is unknown
     */
    public Instance read(String pathway, InstanceId instance) {
        Objects.requireNonNull(instance, "instance");
        Pathway p = pathway(pathway);
        List<Event> events = events(p, instance);
        return new Instance(p, p.engine().replay(events), events);
    }

    @Override
    public String toString() {
        return "PathwayService(" + pathways + ", " + retries + " retries)";
    }
}
