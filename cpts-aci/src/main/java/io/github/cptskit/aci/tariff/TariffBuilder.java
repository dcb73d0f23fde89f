package io.github.cptskit.aci.tariff;

import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.SizeBandScale;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * Turns the raw parameters in force on a day into a typed {@link Tariff}, reporting every problem:
 * each {@link Parameter} declaration says which paths must be set, and how they are read.
 */
final class TariffBuilder {

    private static final SizeBand[] BANDS = SizeBand.values();

    private final SortedMap<String, Sourced<String>> values;
    private final String version;
    private final Seq<MissionKey> missions;
    private final long[][] encoded;
    private final Sourced<?>[][] sources;
    private List<Problem> problems = List.empty();

    private TariffBuilder(SortedMap<String, Sourced<String>> values, String version, Seq<MissionKey> missions) {
        this.values = values;
        this.version = version;
        this.missions = missions;
        Seq<Parameter<?>> all = Parameter.all();
        this.encoded = new long[all.size()][];
        this.sources = new Sourced<?>[all.size()][];
        for (Parameter<?> p : all) {
            int slots = Tariff.slots(p, missions.size());
            encoded[p.index()] = new long[slots];
            sources[p.index()] = new Sourced<?>[slots];
        }
    }

    static Validation<Seq<Problem>, Tariff> build(
            LocalDate day,
            String version,
            Sourced<SizeBandScale> scale,
            SortedMap<String, Sourced<String>> values,
            Seq<MissionKey> missions) {
        return new TariffBuilder(values, version, missions).build(day, scale);
    }

    private Validation<Seq<Problem>, Tariff> build(LocalDate day, Sourced<SizeBandScale> scale) {
        Seq<Parameter<?>> all = Parameter.all();
        // Band by band first, then mission by mission, then the single figures: problems come in the
        // order a reader of the rule file expects.
        for (SizeBand b : BANDS) {
            for (Parameter<?> p : all.filter(
                    x -> x.scope() == Parameter.Scope.BAND && x.bands().contains(b))) {
                read(p, 0, null, b, p.requirement() == Parameter.Requirement.ALWAYS);
            }
        }
        for (int mi = 0; mi < missions.size(); mi++) {
            MissionKey m = missions.get(mi);
            if (!read(Parameter.MISSION_MANDATORY, mi, m, null, false)) {
                continue; // the mission does not exist (yet) in the texts in force
            }
            boolean mandatory = encoded[Parameter.MISSION_MANDATORY.index()][mi] == 1;
            for (SizeBand b : BANDS) {
                for (Parameter<?> p : all.filter(x -> x.scope() == Parameter.Scope.MISSION_BAND)) {
                    read(p, mi, m, b, true);
                }
            }
            for (Parameter<?> p :
                    all.filter(x -> x.scope() == Parameter.Scope.MISSION && x != Parameter.MISSION_MANDATORY)) {
                boolean required = p.requirement() == Parameter.Requirement.MISSION_IN_FORCE
                        || (p.requirement() == Parameter.Requirement.MANDATORY_MISSION && mandatory);
                // A deadline of an optional mission is not read: it has none.
                if (required) {
                    read(p, mi, m, null, true);
                }
            }
        }
        for (Parameter<?> p : all.filter(x -> x.scope() == Parameter.Scope.GLOBAL)) {
            read(p, 0, null, null, p.requirement() == Parameter.Requirement.ALWAYS);
        }
        for (var e : values) {
            check(e._1, e._2);
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems.distinct());
        }
        return Validation.valid(new Tariff(day, version, scale, missions, encoded, sources));
    }

    /** Reads one slot; true if it is set and well formed. */
    private boolean read(Parameter<?> p, int mission, MissionKey m, SizeBand b, boolean required) {
        String path = p.pathOf(m, b);
        Option<Sourced<String>> v = values.get(path);
        if (v.isEmpty()) {
            if (required) {
                problems = problems.append(Problem.of(AciProblem.TARIFF_MISSING_PARAMETER, version, path)
                        .at(Location.of(version, 0, 0).withPath(path)));
            }
            return false;
        }
        if (!check(path, v.get())) {
            return false;
        }
        int slot = Tariff.slot(p, mission, b);
        encoded[p.index()][slot] = p.kind().encode(v.get().value());
        sources[p.index()][slot] = v.get();
        return true;
    }

    private boolean check(String path, Sourced<String> s) {
        Option<Problem> bad = ParameterKind.of(path).check(path, s.value());
        bad.forEach(p -> problems = problems.append(
                p.withReference(s.reference()).at(Location.of(version, 0, 0).withPath(path))));
        return bad.isEmpty();
    }
}
