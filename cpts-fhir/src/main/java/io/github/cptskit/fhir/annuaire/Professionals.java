package io.github.cptskit.fhir.annuaire;

import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Gathers the activities of the extraction into one member per professional (per IDNPS): the union of
 * their specialties and sites, {@code MIXTE} when they practise both as libéral and salarié. A second
 * profession for the same IDNPS (the member keeps one) is reported as the warning
 * {@code ANNUAIRE_SECOND_PROFESSION}, the first one kept. Holds one entry per professional added: feed
 * it the activities of a territory, not the whole country, when memory matters.
 *
 * <pre>{@code
 * Professionals gathered = new Professionals();
 * PsLibreAcces.read(in, "ps.txt", gathered::add, refused -> {});
 * Seq<Member.HealthProfessional> members = gathered.members();
 * }</pre>
 *
 * <p>Not thread-safe: one reader feeds it.
 */
public final class Professionals implements Consumer<Activity> {
    private final Map<Idnps, Member.HealthProfessional> byId = new LinkedHashMap<>();
    private final java.util.List<Problem> warnings = new java.util.ArrayList<>();
    private final String source;

    /** Gathers activities whose warnings name no file. */
    public Professionals() {
        this("extraction");
    }

    /**
     * Gathers activities read from a file.
     *
     * @param source the file name, for the warnings' locations
     */
    public Professionals(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Adds an activity to its professional.
     *
     * @param activity the activity
     */
    public void add(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        Member.HealthProfessional p = activity.professional();
        Member.HealthProfessional known = byId.get(p.id());
        if (known == null) {
            byId.put(p.id(), p);
            return;
        }
        if (known.profession() != p.profession()) {
            warnings.add(Problem.of(
                            FhirProblem.ANNUAIRE_SECOND_PROFESSION,
                            p.id(),
                            p.profession().code(),
                            known.profession().code())
                    .at(Location.of(source, (int) Math.min(Integer.MAX_VALUE, activity.line()), 0)));
            return;
        }
        Seq<Specialty> specialties =
                known.specialties().appendAll(p.specialties()).distinct();
        Seq<StructureId> sites = known.practisesAt().appendAll(p.practisesAt()).distinct();
        ExerciseMode mode = known.mode() == p.mode() ? known.mode() : ExerciseMode.MIXTE;
        byId.put(
                p.id(),
                known.withSpecialties(specialties).withPractisesAt(sites).withMode(mode));
    }

    @Override
    public void accept(Activity activity) {
        add(activity);
    }

    /**
     * The professionals gathered, in the order first seen.
     *
     * @return the members
     */
    public Seq<Member.HealthProfessional> members() {
        return List.ofAll(byId.values());
    }

    /**
     * The warnings: second professions not kept.
     *
     * @return the warnings, in file order
     */
    public Seq<Problem> warnings() {
        return List.ofAll(warnings);
    }

    /**
     * {@link #members()} as a {@code java.util.List} (unmodifiable, same order).
     *
     * @return the professionals
     */
    public java.util.List<Member.HealthProfessional> membersList() {
        return members().asJava();
    }

    /**
     * {@link #warnings()} as a {@code java.util.List} (unmodifiable, same order).
     *
     * @return the warnings
     */
    public java.util.List<Problem> warningsList() {
        return warnings().asJava();
    }
}
