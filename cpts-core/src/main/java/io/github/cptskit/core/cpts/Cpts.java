package io.github.cptskit.core.cpts;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.internal.ValueStyle;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A CPTS as it is registered: its name; once constituted, its legal entity (form, constitution date,
 * SIREN and SIRETs, RNA number — none for a local-law association of Moselle, Bas-Rhin or Haut-Rhin,
 * which is entered in the register of its tribunal instead —, publication or registration date) and
 * its seat; its territory; its members with their roles and the dates of their membership; the
 * missions of its projet de santé and the day each started; and its dated lifecycle, whose first step
 * is the initiative ({@link #initiative()}: there is no other initiative date to disagree with it).
 * Whether it meets the rules is the business of {@code io.github.cptskit.core.membership}, as of a
 * date, which sees the members of that date ({@link #membersOn}).
 *
 * <pre>{@code
 * Cpts cpts = Cpts.of("CPTS du Pays de Gex", territory, LocalDate.of(2023, 1, 10))
 *     .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"), LocalDate.of(2023, 3, 2))
 *     .withSeat(Option.some(registry.find("01173").get()))
 *     .withRna(Option.some(Rna.of("W011234567")))
 *     .withMember(gp, LocalDate.of(2023, 3, 2), Role.PRESIDENT)
 *     .withMissions(List.of(CptsMission.ACCES, CptsMission.PARCOURS));
 * }</pre>
 *
 * <p>An Immutables value type (decision record 0002): build it with {@link #of} or {@link #builder()}
 * and change it with the generated {@code with*} methods ({@code withRna}, {@code withSirets},
 * {@code withSeat}, {@code withRegistrationDate}, {@code withLifecycle}…); its implementation class is
 * hidden, so attributes can be added later without breaking callers. This class is immutable and
 * thread-safe. A {@code null} argument is a {@link NullPointerException} naming it.
 */
@Value.Immutable
@ValueStyle
public abstract class Cpts implements WithCpts {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    Cpts() {}

    /**
     * The name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The legal form, once constituted.
     *
     * @return the form
     */
    @Value.Default
    public Option<LegalForm> legalForm() {
        return Option.none();
    }

    /**
     * The day the legal entity was constituted (the constitutive general assembly, the statutes'
     * signature).
     *
     * @return the day, once constituted
     */
    @Value.Default
    public Option<LocalDate> constitutionDate() {
        return Option.none();
    }

    /**
     * The day the association was made public: the publication of its declaration in the Journal
     * officiel (loi 1901, art. 5) or its entry in the tribunal's register (local law, code civil local
     * art. 21).
     *
     * @return the day, once known
     */
    @Value.Default
    public Option<LocalDate> registrationDate() {
        return Option.none();
    }

    /**
     * The SIREN of the legal entity, once registered with INSEE.
     *
     * @return the SIREN
     */
    @Value.Default
    public Option<Siren> siren() {
        return Option.none();
    }

    /**
     * The SIRETs of its establishments (its seat first, by convention).
     *
     * @return the SIRETs, possibly none
     */
    @Value.Default
    public Seq<Siret> sirets() {
        return List.empty();
    }

    /**
     * The RNA number of an association loi 1901; none for a local-law association of Alsace-Moselle,
     * which the RNA does not hold (associations.gouv.fr, « Le RNA »).
     *
     * @return the RNA number, if any
     */
    @Value.Default
    public Option<Rna> rna() {
        return Option.none();
    }

    /**
     * The commune of the seat (its INSEE code is {@code seat().get().code()}).
     *
     * @return the commune, once known
     */
    @Value.Default
    public Option<Commune> seat() {
        return Option.none();
    }

    /**
     * The territory of the projet de santé.
     *
     * @return the territory
     */
    public abstract Territory territory();

    /**
     * The members, each with its roles and dates; {@link #membersOn} gives those of a day.
     *
     * @return every membership, past and present
     */
    @Value.Default
    public Seq<Membership> members() {
        return List.empty();
    }

    /**
     * The missions the projet de santé chooses.
     *
     * @return the missions
     */
    @Value.Default
    public Seq<CptsMission> missions() {
        return List.empty();
    }

    /**
     * The day each mission started, once it has.
     *
     * @return the start of each started mission
     */
    @Value.Default
    public Map<CptsMission, LocalDate> missionStarts() {
        return HashMap.empty();
    }

    /**
     * The dated lifecycle; its first step is the initiative.
     *
     * @return the lifecycle
     */
    public abstract Lifecycle lifecycle();

    /**
     * The day of the initiative: the first step of the {@link #lifecycle()}.
     *
     * @return the day
     */
    public LocalDate initiative() {
        return lifecycle().initiative();
    }

    /**
     * The memberships of a day: joined on or before it, not yet left.
     *
     * @param day the day
     * @return the memberships
     */
    public Seq<Membership> membersOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return members().filter(m -> m.isMemberOn(day));
    }

    /**
     * A CPTS at its initiative, not constituted, without members.
     *
     * @param name the name
     * @param territory the territory
     * @param initiative the day of the initiative
     * @return the CPTS
     */
    public static Cpts of(String name, Territory territory, LocalDate initiative) {
        return builder()
                .name(Objects.requireNonNull(name, "name"))
                .territory(Objects.requireNonNull(territory, "territory"))
                .lifecycle(Lifecycle.start(Objects.requireNonNull(initiative, "initiative")))
                .build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Cpts}; not thread-safe. */
    public static final class Builder extends ImmutableCpts.Builder {
        Builder() {}

        /**
         * Sets the legal form (a java.util-friendly form of {@code legalForm(Option.some(…))}, decision record 0004).
         *
         * @param legalForm the legal form
         * @return this builder
         */
        public Builder legalForm(LegalForm legalForm) {
            return legalForm(Option.some(Objects.requireNonNull(legalForm, "legalForm")));
        }

        /**
         * Sets the day the legal entity was constituted (a java.util-friendly form of {@code constitutionDate(Option.some(…))}, decision record 0004).
         *
         * @param constitutionDate the day the legal entity was constituted
         * @return this builder
         */
        public Builder constitutionDate(LocalDate constitutionDate) {
            return constitutionDate(Option.some(Objects.requireNonNull(constitutionDate, "constitutionDate")));
        }

        /**
         * Sets the day the association was made public (a java.util-friendly form of {@code registrationDate(Option.some(…))}, decision record 0004).
         *
         * @param registrationDate the day the association was made public
         * @return this builder
         */
        public Builder registrationDate(LocalDate registrationDate) {
            return registrationDate(Option.some(Objects.requireNonNull(registrationDate, "registrationDate")));
        }

        /**
         * Sets the SIREN of the legal entity (a java.util-friendly form of {@code siren(Option.some(…))}, decision record 0004).
         *
         * @param siren the SIREN of the legal entity
         * @return this builder
         */
        public Builder siren(Siren siren) {
            return siren(Option.some(Objects.requireNonNull(siren, "siren")));
        }

        /**
         * Sets the SIRETs of its establishments from any {@code Iterable}, a {@code java.util.List} as well as a Vavr {@code Seq}
         * (decision record 0004).
         *
         * @param sirets the SIRETs of its establishments, in order
         * @return this builder
         */
        public Builder sirets(Iterable<? extends Siret> sirets) {
            return sirets(List.<Siret>ofAll(Objects.requireNonNull(sirets, "sirets")));
        }

        /**
         * Sets the RNA number (a java.util-friendly form of {@code rna(Option.some(…))}, decision record 0004).
         *
         * @param rna the RNA number
         * @return this builder
         */
        public Builder rna(Rna rna) {
            return rna(Option.some(Objects.requireNonNull(rna, "rna")));
        }

        /**
         * Sets the commune of the seat (a java.util-friendly form of {@code seat(Option.some(…))}, decision record 0004).
         *
         * @param seat the commune of the seat
         * @return this builder
         */
        public Builder seat(Commune seat) {
            return seat(Option.some(Objects.requireNonNull(seat, "seat")));
        }

        /**
         * Sets the memberships from any {@code Iterable}, a {@code java.util.List} as well as a Vavr {@code Seq}
         * (decision record 0004).
         *
         * @param members the memberships, in order
         * @return this builder
         */
        public Builder members(Iterable<? extends Membership> members) {
            return members(List.<Membership>ofAll(Objects.requireNonNull(members, "members")));
        }

        /**
         * Sets the missions the CPTS has taken on from any {@code Iterable}, a {@code java.util.List} as well as a Vavr {@code Seq}
         * (decision record 0004).
         *
         * @param missions the missions the CPTS has taken on, in order
         * @return this builder
         */
        public Builder missions(Iterable<? extends CptsMission> missions) {
            return missions(List.<CptsMission>ofAll(Objects.requireNonNull(missions, "missions")));
        }

        /**
         * Sets the day each mission started from a {@code java.util.Map} (decision record 0004).
         *
         * @param missionStarts the start of each started mission
         * @return this builder
         */
        public Builder missionStarts(java.util.Map<CptsMission, LocalDate> missionStarts) {
            return missionStarts(HashMap.ofAll(Objects.requireNonNull(missionStarts, "missionStarts")));
        }
    }

    /**
     * This CPTS constituted as a legal entity on a day, registered with INSEE under a SIREN.
     *
     * @param form the legal form
     * @param registered its SIREN
     * @param on the day it was constituted
     * @return a new CPTS
     */
    public Cpts constituted(LegalForm form, Siren registered, LocalDate on) {
        return builder()
                .from(this)
                .legalForm(Option.some(Objects.requireNonNull(form, "form")))
                .siren(Option.some(Objects.requireNonNull(registered, "registered")))
                .constitutionDate(Option.some(Objects.requireNonNull(on, "on")))
                .build();
    }

    /**
     * This CPTS constituted on a day, before it has a SIREN.
     *
     * @param form the legal form
     * @param on the day it was constituted
     * @return a new CPTS
     */
    public Cpts constituted(LegalForm form, LocalDate on) {
        return builder()
                .from(this)
                .legalForm(Option.some(Objects.requireNonNull(form, "form")))
                .constitutionDate(Option.some(Objects.requireNonNull(on, "on")))
                .build();
    }

    /**
     * This CPTS with a legal form, its constitution date not known.
     *
     * @param form the legal form
     * @return a new CPTS
     */
    public Cpts withLegalForm(LegalForm form) {
        return withLegalForm(Option.some(Objects.requireNonNull(form, "form")));
    }

    /**
     * This CPTS with one more member from a day.
     *
     * @param member the member
     * @param joined the day it joined
     * @param roles its roles
     * @return a new CPTS
     */
    public Cpts withMember(Member member, LocalDate joined, Role... roles) {
        return withMembership(Membership.of(member, joined, roles));
    }

    /**
     * This CPTS with one more member since its initiative.
     *
     * @param member the member
     * @param roles its roles
     * @return a new CPTS
     */
    public Cpts withMember(Member member, Role... roles) {
        return withMember(member, initiative(), roles);
    }

    /**
     * This CPTS with one more membership.
     *
     * @param membership the membership
     * @return a new CPTS
     */
    public Cpts withMembership(Membership membership) {
        return withMembers(members().append(Objects.requireNonNull(membership, "membership")));
    }

    /**
     * This CPTS with a mission started on a day (added to its missions if it was not there).
     *
     * @param mission the mission
     * @param start the day it started
     * @return a new CPTS
     */
    public Cpts withMissionStarted(CptsMission mission, LocalDate start) {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(start, "start");
        return builder()
                .from(this)
                .missions(missions().contains(mission) ? missions() : missions().append(mission))
                .missionStarts(missionStarts().put(mission, start))
                .build();
    }

    /**
     * {@link #legalForm()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<LegalForm> legalFormOptional() {
        return legalForm().toJavaOptional();
    }
    /**
     * {@link #constitutionDate()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<LocalDate> constitutionDateOptional() {
        return constitutionDate().toJavaOptional();
    }
    /**
     * {@link #registrationDate()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<LocalDate> registrationDateOptional() {
        return registrationDate().toJavaOptional();
    }
    /**
     * {@link #siren()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Siren> sirenOptional() {
        return siren().toJavaOptional();
    }
    /**
     * {@link #sirets()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Siret> siretsList() {
        return sirets().asJava();
    }
    /**
     * {@link #rna()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Rna> rnaOptional() {
        return rna().toJavaOptional();
    }
    /**
     * {@link #seat()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Commune> seatOptional() {
        return seat().toJavaOptional();
    }
    /**
     * {@link #members()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Membership> membersList() {
        return members().asJava();
    }
    /**
     * {@link #missions()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<CptsMission> missionsList() {
        return missions().asJava();
    }
    /**
     * {@link #missionStarts()} as an unmodifiable {@code java.util.Map}, in the same order (decision record 0004).
     *
     * @return the same entries
     */
    public java.util.Map<CptsMission, LocalDate> missionStartsMap() {
        return java.util.Collections.unmodifiableMap(missionStarts().toJavaMap(java.util.LinkedHashMap::new, t -> t));
    }
    /**
     * {@link #membersOn(LocalDate)} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @param day the day
     * @return the same elements
     */
    public java.util.List<Membership> membersOnList(LocalDate day) {
        return membersOn(day).asJava();
    }
    /**
     * This CPTS with its RNA number (a Java-friendly form of {@code withRna(Option.some(rna))}).
     *
     * @param rna the RNA number
     * @return a new CPTS
     */
    public Cpts withRna(Rna rna) {
        return withRna(Option.some(Objects.requireNonNull(rna, "rna")));
    }

    /**
     * This CPTS with the commune of its seat (a Java-friendly form of {@code withSeat(Option.some(seat))}).
     *
     * @param seat the commune of the seat
     * @return a new CPTS
     */
    public Cpts withSeat(Commune seat) {
        return withSeat(Option.some(Objects.requireNonNull(seat, "seat")));
    }

    /**
     * This CPTS with the commune of its seat, if found (a Java-friendly form of {@code withSeat(Option)}).
     *
     * @param seat the commune of the seat, or empty
     * @return a new CPTS
     */
    public Cpts withSeat(java.util.Optional<Commune> seat) {
        return withSeat(Option.ofOptional(Objects.requireNonNull(seat, "seat")));
    }

    /**
     * This CPTS with the day the legal entity was constituted (a java.util-friendly form of {@code withConstitutionDate(Option.some(…))}, decision record 0004).
     *
     * @param constitutionDate the day the legal entity was constituted
     * @return a new CPTS
     */
    public Cpts withConstitutionDate(LocalDate constitutionDate) {
        return withConstitutionDate(Option.some(Objects.requireNonNull(constitutionDate, "constitutionDate")));
    }

    /**
     * This CPTS with the day the association was made public (a java.util-friendly form of {@code withRegistrationDate(Option.some(…))}, decision record 0004).
     *
     * @param registrationDate the day the association was made public
     * @return a new CPTS
     */
    public Cpts withRegistrationDate(LocalDate registrationDate) {
        return withRegistrationDate(Option.some(Objects.requireNonNull(registrationDate, "registrationDate")));
    }

    /**
     * This CPTS with the SIREN of the legal entity (a java.util-friendly form of {@code withSiren(Option.some(…))}, decision record 0004).
     *
     * @param siren the SIREN of the legal entity
     * @return a new CPTS
     */
    public Cpts withSiren(Siren siren) {
        return withSiren(Option.some(Objects.requireNonNull(siren, "siren")));
    }

    /**
     * This CPTS with the SIRETs of its establishments from any {@code Iterable}, a {@code java.util.List} as well as a Vavr
     * {@code Seq} (decision record 0004).
     *
     * @param sirets the SIRETs of its establishments, in order
     * @return a new CPTS
     */
    public Cpts withSirets(Iterable<? extends Siret> sirets) {
        return withSirets(List.<Siret>ofAll(Objects.requireNonNull(sirets, "sirets")));
    }

    /**
     * This CPTS with these memberships from any {@code Iterable}, a {@code java.util.List} as well as a Vavr
     * {@code Seq} (decision record 0004).
     *
     * @param members these memberships, in order
     * @return a new CPTS
     */
    public Cpts withMembers(Iterable<? extends Membership> members) {
        return withMembers(List.<Membership>ofAll(Objects.requireNonNull(members, "members")));
    }

    /**
     * This CPTS with these missions from any {@code Iterable}, a {@code java.util.List} as well as a Vavr
     * {@code Seq} (decision record 0004).
     *
     * @param missions these missions, in order
     * @return a new CPTS
     */
    public Cpts withMissions(Iterable<? extends CptsMission> missions) {
        return withMissions(List.<CptsMission>ofAll(Objects.requireNonNull(missions, "missions")));
    }

    /**
     * This CPTS with the day each mission started, from a {@code java.util.Map} (decision record 0004).
     *
     * @param missionStarts the start of each started mission
     * @return a new CPTS
     */
    public Cpts withMissionStarts(java.util.Map<CptsMission, LocalDate> missionStarts) {
        return withMissionStarts(HashMap.ofAll(Objects.requireNonNull(missionStarts, "missionStarts")));
    }
}
