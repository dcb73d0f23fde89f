package io.github.cptskit.pathways.engine;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * The checks a definition passes when it is built, every problem at once, each naming the states:
 * states unreachable from the initial one, non-terminal states without a way out, ambiguous
 * transitions, exits from terminal states, routes that do not read a choice field of their event,
 * raised events that nothing handles or that carry required data.
 *
 * @param <C> the context type
 */
final class DefinitionChecks<C> {
    private final String id;
    private final String initial;
    private final Set<String> states;
    private final Set<String> terminals;
    private final Seq<Transition<C>> transitions;

    DefinitionChecks(
            String id, String initial, Set<String> states, Set<String> terminals, Seq<Transition<C>> transitions) {
        this.id = id;
        this.initial = initial;
        this.states = states;
        this.terminals = terminals;
        this.transitions = transitions;
    }

    /** Every problem of the definition, or none. */
    Seq<Problem> problems(Map<String, EventType> types) {
        List<Problem> problems = List.empty();
        problems = problems.appendAll(unreachable());
        problems = problems.appendAll(deadEnds());
        problems = problems.appendAll(ambiguous());
        Seq<String> exits = transitions
                .filter(t -> terminals.contains(t.from()))
                .map(Transition::from)
                .distinct();
        if (!exits.isEmpty()) {
            problems = problems.append(error(PathwaysProblem.DEFINITION_TERMINAL_EXIT, exits.mkString(", ")));
        }
        problems = problems.appendAll(routes(types));
        problems = problems.appendAll(raises(types));
        return problems;
    }

    /** A problem of this definition: the entry's messages start with the definition's id, {0}. */
    private Problem error(PathwaysProblem entry, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = id;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return Problem.of(entry, all);
    }

    private Seq<Problem> unreachable() {
        Set<String> reached = LinkedHashSet.of(initial);
        boolean grew = true;
        while (grew) {
            Set<String> from = reached;
            Set<String> next = reached.addAll(
                    transitions.filter(t -> from.contains(t.from())).map(Transition::to));
            grew = next.size() > reached.size();
            reached = next;
        }
        Set<String> all = reached;
        Seq<String> lost = states.filter(s -> !all.contains(s)).toList();
        return lost.isEmpty()
                ? List.empty()
                : List.of(error(PathwaysProblem.DEFINITION_UNREACHABLE, initial, lost.mkString(", ")));
    }

    private Seq<Problem> deadEnds() {
        Seq<String> dead = states.filter(s -> !terminals.contains(s)
                        && transitions.forAll(t -> !t.from().equals(s)))
                .toList();
        return dead.isEmpty() ? List.empty() : List.of(error(PathwaysProblem.DEFINITION_DEAD_END, dead.mkString(", ")));
    }

    private Seq<Problem> ambiguous() {
        // Several transitions on one event from one state must all be routed on the same field
        // with disjoint values: then exactly one can match any event, on decide and on replay.
        Seq<String> bad = transitions
                .groupBy(t -> t.from() + " on " + t.on())
                .filter(g -> g._2.size() > 1 && !exclusive(g._2))
                .keySet()
                .toList()
                .sorted();
        return bad.isEmpty() ? List.empty() : List.of(error(PathwaysProblem.DEFINITION_AMBIGUOUS, bad.mkString("; ")));
    }

    private static <C> boolean exclusive(Seq<Transition<C>> same) {
        if (same.exists(t -> t.route().isEmpty())) {
            return false;
        }
        Seq<Route> routes = same.map(t -> t.route().get());
        if (routes.map(Route::field).distinct().size() != 1) {
            return false;
        }
        Seq<String> values = routes.flatMap(Route::values);
        return values.distinct().size() == values.size();
    }

    private Seq<Problem> routes(Map<String, EventType> types) {
        return transitions.flatMap(t -> t.route().flatMap(r -> {
            Option<Field> f = types.get(t.on())
                    .flatMap(et -> et.fields().find(x -> x.name().equals(r.field())));
            boolean ok =
                    f.exists(x -> x.kind() == Field.Kind.CHOICE && r.values().forAll(x.choices()::contains));
            return ok ? Option.none() : Option.some(error(PathwaysProblem.DEFINITION_ROUTE, t.from(), t.on(), r));
        }));
    }

    private Seq<Problem> raises(Map<String, EventType> types) {
        return transitions.flatMap(t -> t.raises().flatMap(r -> {
            boolean carriesNothing = types.get(r).exists(et -> et.fields().forAll(f -> !f.required()));
            // Queued after the others, a raised event may be handled from a later state.
            boolean handled = transitions.exists(x -> x.on().equals(r));
            return carriesNothing && handled
                    ? Option.none()
                    : Option.some(error(PathwaysProblem.DEFINITION_RAISE, t.from(), t.on(), r));
        }));
    }
}
