package io.github.cptskit.pathways.store;

import io.github.cptskit.core.problem.Label;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.EventType;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The pathway definitions an {@link EventStore} checks appends against, by id and version, and the
 * check itself: what every store runs before it writes (a host's own {@code EventStore} calls {@link
 * #check} too). The check finds every problem at once and answers the rejection {@link
 * EventStore#REFUSED}.
 *
 * <pre>{@code
 * Definitions defs = Definitions.of(List.of(myPathway, Catalogue.find("P2").get().definition()));
 * Either<Rejection, Decision> checked = defs.check(decision);
 * }</pre>
 */
public final class Definitions {
    /** Instants a store keeps exactly: PostgreSQL's timestamptz and ISO 8601 text both hold years 1 to 9999. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private final Map<String, Definition<?>> byKey;

    private Definitions(Map<String, Definition<?>> byKey) {
        this.byKey = byKey;
    }

    /**
     * @param definitions every definition (id and version) instances may be pinned to
     * @return them, to check appends against
     */
    public static Definitions of(Iterable<? extends Definition<?>> definitions) {
        Objects.requireNonNull(definitions, "definitions");
        Map<String, Definition<?>> m = new HashMap<>();
        for (Definition<?> d : definitions) {
            m.put(key(d.id(), d.version()), d);
        }
        return new Definitions(Map.copyOf(m));
    }

    /** @return the catalogue's pathways P1–P8b, with their default parameters */
    public static Definitions bundled() {
        return of(Catalogue.all().map(Pathway::definition));
    }

    private static String key(String id, int version) {
        return id + " v" + version;
    }

    /**
     * @param id the definition id
     * @param version its version
     * @return the definition, or null when the store does not know it
     */
    Definition<?> find(String id, int version) {
        return byKey.get(key(id, version));
    }

    /**
     * @param s a state a decision leads to
     * @return whether the instance has ended in it (false for an unknown pathway)
     */
    public boolean isTerminal(InstanceState s) {
        Definition<?> d = find(s.definitionId(), s.definitionVersion());
        return d != null && d.isTerminal(s.state());
    }

    /**
     * Checks a decision before it is stored: its pathway version is known; its events are numbered
     * from {@link Decision#expectedVersion()} + 1 without gap, name the decision's instance and
     * patient, are events of the pathway with data that passes their {@link EventType#check}, carry
     * references that {@link PatientRef#parse} and {@link ActorRef#parse} accept, no NUL or lone
     * surrogate in their type or data, and instants in the years 1 to 9999.
     *
     * @param decision the decision to append
     * @return the decision, or the rejection {@link EventStore#REFUSED} with every problem found
     */
    public Either<Rejection, Decision> check(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        InstanceState s = decision.state();
        Definition<?> def = find(s.definitionId(), s.definitionVersion());
        if (def == null) {
            return refuse(
                    s,
                    List.of(Problem.of(
                            PathwaysProblem.APPEND_PATHWAY_UNKNOWN, s.definitionId(), s.definitionVersion())));
        }
        List<Problem> problems = List.empty();
        problems = problems.appendAll(PatientRef.parse(s.subject().value()).fold(p -> p, ok -> List.empty()));
        long next = decision.expectedVersion() + 1;
        for (Event e : decision.events()) {
            String label = e.instance() + "#" + e.sequence();
            if (!e.instance().equals(s.instance())) {
                problems =
                        problems.append(Problem.of(PathwaysProblem.APPEND_INSTANCE, label, e.instance(), s.instance()));
            }
            if (e.sequence() != next) {
                problems = problems.append(Problem.of(PathwaysProblem.APPEND_SEQUENCE, label, e.sequence(), next));
            }
            next++;
            if (!e.patient().equals(s.subject())) {
                problems = problems.append(Problem.of(PathwaysProblem.APPEND_PATIENT, label, s.instance()));
            }
            problems = problems.appendAll(PatientRef.parse(e.patient().value()).fold(p -> p, ok -> List.empty()));
            problems = problems.appendAll(ActorRef.parse(e.author().value()).fold(p -> p, ok -> List.empty()));
            problems = problems.appendAll(instant(label, "at", e.at()))
                    .appendAll(instant(label, "recordedAt", e.recordedAt()));
            List<Problem> text = text(label, e);
            problems = problems.appendAll(text);
            if (!text.isEmpty()) {
                continue; // a type or datum that is not text: never echoed in a message
            }
            EventType type = def.eventTypes().get(e.type()).getOrNull();
            if (type == null) {
                problems = problems.append(Problem.of(PathwaysProblem.EVENT_UNKNOWN, e.type(), def.id()));
            } else {
                problems = problems.appendAll(type.check(e.data()));
            }
        }
        return problems.isEmpty() ? Either.right(decision) : refuse(s, problems.distinct());
    }

    /**
     * The part of the check only the store can make, once it has read the instance: the decision
     * follows the patient the instance was started for.
     *
     * @param decision the decision to append (not empty)
     * @param stored the patient of the stored instance
     * @return the decision, or the rejection {@link EventStore#REFUSED} with the problem {@code
     *     APPEND_PATIENT}
     */
    public Either<Rejection, Decision> checkPatient(Decision decision, PatientRef stored) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(stored, "stored");
        InstanceState s = decision.state();
        if (stored.equals(s.subject()) || decision.isEmpty()) {
            return Either.right(decision);
        }
        Event first = decision.events().head();
        return refuse(
                s,
                List.of(Problem.of(
                        PathwaysProblem.APPEND_PATIENT, first.instance() + "#" + first.sequence(), s.instance())));
    }

    private static Seq<Problem> instant(String label, String which, Instant t) {
        return t.isBefore(EARLIEST) || t.isAfter(LATEST)
                ? List.of(Problem.of(PathwaysProblem.APPEND_INSTANT_RANGE, label, which, t))
                : List.empty();
    }

    private static List<Problem> text(String label, Event e) {
        List<Problem> out = List.empty();
        if (!isText(e.type())) {
            out = out.append(Problem.of(PathwaysProblem.APPEND_TEXT, label, "type"));
        }
        for (Tuple2<String, String> kv : e.data()) {
            if (!isText(kv._1)) {
                out = out.append(Problem.of(PathwaysProblem.APPEND_TEXT, label, "a data key"));
            } else if (!isText(kv._2)) {
                out = out.append(Problem.of(PathwaysProblem.APPEND_TEXT, label, kv._1));
            }
        }
        return out;
    }

    /** Whether a string holds neither NUL (PostgreSQL's text and jsonb refuse it) nor a lone surrogate (not UTF-8). */
    static boolean isText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Either<Rejection, Decision> refuse(InstanceState s, Seq<Problem> problems) {
        return Either.left(new Rejection(
                Problem.of(PathwaysProblem.APPEND_REFUSED, s.instance(), (Label)
                        locale -> problems.map(p -> p.message(locale))
                                .mkString("fr".equals(locale.getLanguage()) ? " ; " : "; ")),
                List.empty(),
                problems));
    }

    @Override
    public String toString() {
        return "Definitions" + byKey.keySet().stream().sorted().toList();
    }
}
