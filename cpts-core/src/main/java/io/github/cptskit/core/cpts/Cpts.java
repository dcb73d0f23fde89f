package io.github.cptskit.core.cpts;

import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A CPTS: its name, its legal entity once constituted (form and SIREN), its territory, its members
 * with their roles, the missions of its projet de santé and its dated lifecycle. Whether it meets the
 * rules is the business of {@code io.github.cptskit.core.membership}, as of a date.
 *
 * <pre>{@code
 * Cpts cpts = Cpts.of("CPTS du Pays de Gex", territory, LocalDate.of(2023, 1, 10))
 *     .constituted(LegalForm.ASSOCIATION_1901, Siren.of("180035024"))
 *     .withMember(gp, Role.PRESIDENT);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the name
 * @param legalForm the legal form, once constituted
 * @param siren the SIREN of the legal entity, once registered
 * @param territory the territory of the projet de santé
 * @param members the members and their roles
 * @param missions the missions the projet de santé chooses (keys such as {@code acces}, {@code parcours})
 * @param lifecycle the dated lifecycle
 */
public record Cpts(
        String name,
        Option<LegalForm> legalForm,
        Option<Siren> siren,
        Territory territory,
        Seq<Membership> members,
        Seq<String> missions,
        Lifecycle lifecycle) {

    /** Checks the components. */
    public Cpts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(missions, "missions");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /**
     * A CPTS at its initiative, not constituted, without members.
     *
     * @param name the name
     * @param territory the territory
     * @param initiative the day of the initiative
     * @return the CPTS
     */
    public static Cpts of(String name, Territory territory, java.time.LocalDate initiative) {
        return new Cpts(
                name, Option.none(), Option.none(), territory, List.empty(), List.empty(), Lifecycle.start(initiative));
    }

    /**
     * This CPTS constituted as a legal entity.
     *
     * @param form the legal form
     * @param registered its SIREN
     * @return a new CPTS
     */
    public Cpts constituted(LegalForm form, Siren registered) {
        return new Cpts(name, Option.of(form), Option.of(registered), territory, members, missions, lifecycle);
    }

    /**
     * This CPTS with a legal form but no SIREN yet.
     *
     * @param form the legal form
     * @return a new CPTS
     */
    public Cpts withLegalForm(LegalForm form) {
        return new Cpts(name, Option.of(form), siren, territory, members, missions, lifecycle);
    }

    /**
     * This CPTS with one more member.
     *
     * @param member the member
     * @param roles its roles
     * @return a new CPTS
     */
    public Cpts withMember(io.github.cptskit.core.member.Member member, Role... roles) {
        return new Cpts(
                name,
                legalForm,
                siren,
                territory,
                members.append(new Membership(member, List.of(roles))),
                missions,
                lifecycle);
    }

    /**
     * This CPTS with other missions.
     *
     * @param keys the missions' keys
     * @return a new CPTS
     */
    public Cpts withMissions(Seq<String> keys) {
        return new Cpts(name, legalForm, siren, territory, members, keys, lifecycle);
    }

    /**
     * This CPTS with another lifecycle.
     *
     * @param newLifecycle the lifecycle
     * @return a new CPTS
     */
    public Cpts withLifecycle(Lifecycle newLifecycle) {
        return new Cpts(name, legalForm, siren, territory, members, missions, newLifecycle);
    }
}
