package io.github.cptskit.fhir;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.identifier.InseeCode;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CPTS's {@code Organization} says of its registration ({@link CptsFhir#registration}): name,
 * SIREN, SIRETs, RNA number, the INSEE code of its seat, whether active and its period.
 *
 * <pre>{@code
 * Registration r = CptsFhir.registration(organization).get();
 * Cpts updated = r.applyTo(cpts, CommuneRegistry.bundled()).get();
 * }</pre>
 *
 * @param name the name
 * @param siren the SIREN, if any
 * @param sirets the SIRETs
 * @param rna the RNA number, if any
 * @param seat the INSEE code of the seat's commune, if any
 * @param active whether the organisation is active
 * @param start the first day of its period, if given
 * @param end the last day of its period, if given
 * @param aciEngagement whether the organisation carries the ACI engagement (TRE_R395 {@code ACI}): the
 *     CPTS has signed its ACI contract
 */
public record Registration(
        String name,
        Option<Siren> siren,
        Seq<Siret> sirets,
        Option<Rna> rna,
        Option<InseeCode> seat,
        boolean active,
        Option<LocalDate> start,
        Option<LocalDate> end,
        boolean aciEngagement) {

    /** Checks the components.
     *
     *
     *
     * @param name the name
     *
     * @param siren the SIREN, if any
     *
     * @param sirets the SIRETs
     *
     * @param rna the RNA number, if any
     *
     * @param seat the INSEE code of the seat's commune, if any
     *
     * @param active whether the organisation is active
     *
     * @param start the first day of its period, if given
     *
     * @param end the last day of its period, if given
     *
     * @param aciEngagement whether the organisation carries the ACI engagement (TRE_R395 {@code ACI}): the CPTS has signed its ACI contract
     *
     */
    public Registration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(sirets, "sirets");
        Objects.requireNonNull(rna, "rna");
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * A CPTS with this registration's SIREN, SIRETs, RNA number and seat (its name, lifecycle and
     * members unchanged).
     *
     * @param cpts the CPTS
     * @param registry where the seat's commune is found
     * @return the CPTS, or {@code FHIR_SEAT_UNKNOWN} if the seat is no commune of the registry
     */
    public Validation<Seq<Problem>, Cpts> applyTo(Cpts cpts, CommuneRegistry registry) {
        Objects.requireNonNull(cpts, "cpts");
        Objects.requireNonNull(registry, "registry");
        var commune = seat.map(code -> registry.find(code.value()));
        if (commune.exists(Option::isEmpty)) {
            return Validation.invalid(List.of(Problem.of(FhirProblem.FHIR_SEAT_UNKNOWN, seat.get())));
        }
        return Validation.valid(
                cpts.withSiren(siren).withSirets(sirets).withRna(rna).withSeat(commune.flatMap(c -> c)));
    }

    /**
     * {@link #siren()} as an {@code Optional}.
     *
     * @return the SIREN, or empty
     */
    public Optional<Siren> sirenOptional() {
        return siren.toJavaOptional();
    }

    /**
     * {@link #sirets()} as a {@code java.util.List} (unmodifiable, same order).
     *
     * @return the SIRETs
     */
    public java.util.List<Siret> siretsList() {
        return sirets.asJava();
    }

    /**
     * {@link #rna()} as an {@code Optional}.
     *
     * @return the RNA number, or empty
     */
    public Optional<Rna> rnaOptional() {
        return rna.toJavaOptional();
    }

    /**
     * {@link #seat()} as an {@code Optional}.
     *
     * @return the INSEE code of the seat's commune, or empty
     */
    public Optional<InseeCode> seatOptional() {
        return seat.toJavaOptional();
    }

    /**
     * {@link #start()} as an {@code Optional}.
     *
     * @return the first day of the period, or empty
     */
    public Optional<LocalDate> startOptional() {
        return start.toJavaOptional();
    }

    /**
     * {@link #end()} as an {@code Optional}.
     *
     * @return the last day of the period, or empty
     */
    public Optional<LocalDate> endOptional() {
        return end.toJavaOptional();
    }
}
