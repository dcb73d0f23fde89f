package io.github.cptskit.pathways.store;

import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Engine;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Appends the expiries of due deadlines, from the store's deadline index, so that deadlines fire after
 * a restart. At least once: an instance whose expiries were being appended when the process died is
 * handed out again; its expiry is then appended once in effect, because {@link Engine#expire} on the
 * replayed state is idempotent and the store's append is guarded by the expected version. Several
 * processes can run one on the same database: the store hands each instance to one of them at a time.
 * No thread of its own: the host gives the executor.
 *
 * <p>A scheduler works for its store's {@link EventStore#tenant() tenant}: a host with several tenants
 * runs one per tenant's store. An instance whose stream cannot be replayed (an event missing or out of
 * sequence) is {@linkplain Parked parked} by the store, and the run goes on with the others.
 *
 * <pre>{@code
 * DeadlineScheduler<NoContext> scheduler =
 *     DeadlineScheduler.of(store, Catalogue.all().map(Pathway::definition), NoContext.INSTANCE, Clock.systemUTC());
 * scheduler.start(executor, Duration.ofMinutes(1), fired -> {}, error -> log.warn("deadlines", error));
 * }</pre>
 *
 * @param <C> the context type of the definitions
 */
public final class DeadlineScheduler<C> {
    private final EventStore store;
    private final Map<String, Engine<C>> engines;
    private final C context;
    private final Clock clock;
    private final ActorRef author;
    private final int batch;
    private final EventStoreListener listener;

    private DeadlineScheduler(
            EventStore store,
            Map<String, Engine<C>> engines,
            C context,
            Clock clock,
            ActorRef author,
            int batch,
            EventStoreListener listener) {
        this.store = store;
        this.engines = engines;
        this.context = context;
        this.clock = clock;
        this.author = author;
        this.batch = batch;
        this.listener = listener;
    }

    /**
     * @param store the store
     * @param definitions every definition (id and version) instances may be pinned to
     * @param context the context given to guards
     * @param clock the clock giving now
     * @param <C> the context type
     * @return a scheduler recording its expiries as {@link ActorRef#SCHEDULER}, 100 instances a batch
     */
    public static <C> DeadlineScheduler<C> of(
            EventStore store, Iterable<? extends Definition<C>> definitions, C context, Clock clock) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(definitions, "definitions");
        Objects.requireNonNull(clock, "clock");
        Map<String, Engine<C>> engines = new HashMap<>();
        for (Definition<C> d : definitions) {
            engines.put(key(d.id(), d.version()), d.engine());
        }
        return new DeadlineScheduler<>(
                store, Map.copyOf(engines), context, clock, ActorRef.SCHEDULER, 100, EventStoreListener.NONE);
    }

    private static String key(String id, int version) {
        return id + " v" + version;
    }

    /**
     * @param a the author of the expiries
     * @return this scheduler recording as another author
     */
    public DeadlineScheduler<C> withAuthor(ActorRef a) {
        return new DeadlineScheduler<>(
                store, engines, context, clock, Objects.requireNonNull(a, "author"), batch, listener);
    }

    /**
     * @param n instances handled per call to the store, 1 or more
     * @return this scheduler with another batch size
     */
    public DeadlineScheduler<C> withBatch(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("batch: 1 or more");
        }
        return new DeadlineScheduler<>(store, engines, context, clock, author, n, listener);
    }

    /**
     * @param l told of each run ({@link EventStoreListener#run}); the store tells the expiries
     * @return this scheduler telling it
     */
    public DeadlineScheduler<C> withListener(EventStoreListener l) {
        return new DeadlineScheduler<>(store, engines, context, clock, author, batch, EventStoreListener.guarded(l));
    }

    /** @return the tenant this scheduler works for: its store's */
    public Tenant tenant() {
        return store.tenant();
    }

    /**
     * Appends the expiries of every deadline due now, batch after batch.
     *
     * @return what was done
     * @throws EventStoreException if the storage failed (what was committed stays; the rest is handed
     *     out again at the next run)
     */
    public EventStore.Fired runOnce() {
        long start = System.nanoTime();
        Instant now = clock.instant();
        EventStore.Fired total = EventStore.Fired.NONE;
        while (true) {
            EventStore.Fired f = store.fireDue(now, batch, this::expire);
            total = total.plus(f);
            if (f.instances() < batch) {
                listener.run(store.tenant(), total, Duration.ofNanos(System.nanoTime() - start));
                return total;
            }
        }
    }

    private Either<Rejection, Decision> expire(EventStore.DueInstance due) {
        Engine<C> engine = engines.get(key(due.pathway(), due.version()));
        if (engine == null) {
            return Either.left(Rejection.of(PathwaysProblem.PATHWAY_UNKNOWN, key(due.pathway(), due.version())));
        }
        if (due.events().isEmpty()) {
            return Either.left(Rejection.of(
                    PathwaysProblem.STREAM_UNREPLAYABLE,
                    due.instance(),
                    "a deadline is indexed but no event is stored"));
        }
        InstanceState s;
        try {
            s = engine.replay(due.events());
        } catch (IllegalArgumentException corrupt) { // an event missing, out of sequence, of another instance
            return Either.left(Rejection.of(PathwaysProblem.STREAM_UNREPLAYABLE, due.instance(), corrupt.getMessage()));
        }
        return engine.expire(s, author, context, clock);
    }

    /**
     * Runs {@link #runOnce} on the host's executor, with a fixed delay between runs. A failed run is
     * reported and the next one goes on.
     *
     * @param executor the host's executor
     * @param every the delay between two runs
     * @param onRun told what each run did
     * @param onError told each failure of a run
     * @return the scheduled task, to cancel on shutdown
     */
    public ScheduledFuture<?> start(
            ScheduledExecutorService executor,
            Duration every,
            Consumer<EventStore.Fired> onRun,
            Consumer<RuntimeException> onError) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(onRun, "onRun");
        Objects.requireNonNull(onError, "onError");
        return executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        onRun.accept(runOnce());
                    } catch (RuntimeException e) {
                        onError.accept(e);
                    }
                },
                0,
                every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public String toString() {
        return "DeadlineScheduler" + engines.keySet().stream().sorted().toList();
    }
}
