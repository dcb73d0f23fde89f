package io.github.cptskit.core.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.cpts.Stage;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.legalform.CptsLegalForms;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.SizeBandScale;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.core.territory.TerritoryPortfolio;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every java.util view of cpts-core equals its Vavr accessor (decision record 0004), on generated
 * territories, CPTS, lifecycles and registry look-ups, and the java.util entry points give the
 * same results as the Vavr ones.
 */
class JavaViewsProperties {

    private static final CommuneRegistry REGISTRY = CommuneRegistry.bundled();
    private static final Specialty[] SPECIALTIES = {
        Specialty.SM54, Specialty.SM53, Specialty.CARDIOLOGIE, Specialty.PEDIATRIE
    };

    /** Up to 40 random communes of the registry. */
    private static Gen<List<Commune>> communes() {
        return lists().of(integers().between(0, REGISTRY.size() - 1))
                .ofSizeBetween(1, 40)
                .map(l -> l.stream().map(i -> REGISTRY.communes().get(i)).toList());
    }

    private static Function<Class<?>, Object> samples(LocalDate day, String code) {
        return type -> {
            if (type == LocalDate.class) return day;
            if (type == String.class) return code;
            if (type == Stage.class) return Stage.values()[Math.floorMod(day.getDayOfYear(), Stage.values().length)];
            if (type == LegalForm.class) return LegalForm.ASSOCIATION_1901;
            if (type == Iterable.class) return List.of();
            throw new IllegalStateException("no sample for " + type);
        };
    }

    @Test
    void territoriesAndTheRegistry() {
        qt().forAll(communes(), integers().between(0, 4000)).checkAssert((cs, offset) -> {
            LocalDate day = LocalDate.of(2015, 1, 1).plusDays(offset);
            Commune any = cs.get(0);
            try {
                Territory t = Territory.of(cs);
                assertThat(JavaViews.check(t, Territory.class, samples(day, any.code())))
                        .isEqualTo(4);
                JavaViews.check(any, Commune.class, samples(day, any.code()));
                JavaViews.check(null, SizeBandScale.class, samples(day, any.code()));
                TerritoryPortfolio p = TerritoryPortfolio.of(java.util.Map.of(
                        "a", t, "b", Territory.of(cs.subList(0, (cs.size() + 1) / 2))));
                assertThat(p).isEqualTo(TerritoryPortfolio.of(p.territories()));
                assertThat(JavaViews.check(p, TerritoryPortfolio.class, samples(day, any.code())))
                        .isEqualTo(4);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theRegistry() throws Exception {
        // 35,000 communes: checked on a few codes, not in the property
        for (String code : List.of("01173", "2A004", "97411", "75056", "99999")) {
            assertThat(JavaViews.check(REGISTRY, CommuneRegistry.class, samples(LocalDate.of(2025, 1, 1), code)))
                    .isEqualTo(9);
        }
    }

    @Test
    void cptsTheirMembersAndLifecycles() {
        qt().forAll(
                        communes(),
                        lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 6),
                        integers().between(0, 2000))
                .checkAssert((cs, seeds, offset) -> {
                    LocalDate start = LocalDate.of(2019, 1, 1).plusDays(offset);
                    Lifecycle life = Lifecycle.start(start)
                            .submitProjet(start.plusDays(seeds.size() * 10L))
                            .flatMap(l -> l.arsApproves(start.plusDays(seeds.size() * 10L + 30)))
                            .getOrElse(Lifecycle.start(start));
                    Cpts cpts = Cpts.of("c", Territory.of(cs), start)
                            .withLifecycle(life)
                            .withRna(Rna.of("W011234567"))
                            .withSeat(REGISTRY.findOptional(cs.get(0).code()));
                    for (int i = 0; i < seeds.size(); i++) {
                        int seed = seeds.get(i);
                        Member m = Member.HealthProfessional.of(
                                Idnps.of(Rpps.of(rpps(seed))),
                                seed % 2 == 0 ? Profession.MEDECIN : Profession.INFIRMIER,
                                List.of(SPECIALTIES[seed % SPECIALTIES.length]),
                                ExerciseMode.LIBERAL);
                        cpts = cpts.withMember(
                                        m, start.plusDays(seed % 365), Role.values()[seed % Role.values().length])
                                .withMissionStarted(
                                        CptsMission.values()[seed % CptsMission.values().length], start.plusDays(seed));
                    }
                    LocalDate day = start.plusDays(200);
                    Function<Class<?>, Object> samples = samples(day, "01173");
                    try {
                        assertThat(JavaViews.check(cpts, Cpts.class, samples)).isEqualTo(11);
                        assertThat(JavaViews.check(life, Lifecycle.class, samples))
                                .isEqualTo(5);
                        for (Membership ms : cpts.membersList()) {
                            assertThat(JavaViews.check(ms, Membership.class, samples))
                                    .isEqualTo(2);
                            assertThat(JavaViews.check(ms.member(), Member.HealthProfessional.class, samples))
                                    .isEqualTo(4);
                        }
                        assertThat(RuleSet.standard().evaluateList(cpts, day, List.of(cpts)))
                                .isEqualTo(RuleSet.standard()
                                        .evaluate(cpts, day, io.vavr.collection.List.of(cpts))
                                        .toJavaList());
                        JavaViews.check(CptsLegalForms.bundled(), CptsLegalForms.class, samples);
                        JavaViews.check(LegalReference.of("CSP", "art. L.1434-12"), LegalReference.class, samples);
                        for (Profession p : Profession.values()) {
                            JavaViews.check(p, Profession.class, samples);
                        }
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    /** A valid RPPS (Luhn key) from a seed. */
    private static String rpps(int seed) {
        String body = "1" + String.format("%09d", seed);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }
}
