package io.github.cptskit.core.edges;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.cpts.Lifecycle;
import io.github.cptskit.core.cpts.Membership;
import io.github.cptskit.core.cpts.Role;
import io.github.cptskit.core.cpts.Stage;
import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Rna;
import io.github.cptskit.core.identifier.Rpps;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.legalform.LegalForm;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.member.StructureKind;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the CPTS aggregate and its members, called with {@code null} in each
 * reference parameter in turn, fails at the call with a {@link NullPointerException} that names the
 * parameter (issue #16: never later, deep inside a builder).
 */
class NullArgumentsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 10);
    private static final Territory GEX =
            CommuneRegistry.bundled().territory(java.util.List.of("01173")).get();
    private static final Member.HealthProfessional GP = Member.HealthProfessional.of(
            Idnps.of(Rpps.of("10002909371")), Profession.MEDECIN, List.empty(), ExerciseMode.LIBERAL);
    private static final StructureId FINESS = StructureId.finessEj(Finess.of("750712184"));
    private static final Member.Structure HOSPITAL =
            Member.Structure.of(StructureKind.ETABLISSEMENT_DE_SANTE, "AP-HP", FINESS);
    private static final Cpts CPTS = Cpts.of("c", GEX, DAY).withMember(GP);

    private static Object sample(Class<?> type) {
        if (type == String.class) return "x";
        if (type == LocalDate.class) return DAY.plusDays(1);
        if (type == Territory.class) return GEX;
        if (type == Cpts.class) return CPTS;
        if (type == Member.class || type == Member.HealthProfessional.class) return GP;
        if (type == Member.Structure.class) return HOSPITAL;
        if (type == Role[].class) return new Role[0];
        if (type == LegalForm.class) return LegalForm.ASSOCIATION_1901;
        if (type == Siren.class) return Siren.of("180035024");
        if (type == Siret.class) return Siret.of("73282932000074");
        if (type == Rna.class) return Rna.of("W751234567");
        if (type == Finess.class) return Finess.of("750712184");
        if (type == Idnps.class) return Idnps.of(Rpps.of("10002909371"));
        if (type == Profession.class) return Profession.MEDECIN;
        if (type == ExerciseMode.class) return ExerciseMode.LIBERAL;
        if (type == StructureKind.class) return StructureKind.MSP;
        if (type == StructureId.class) return StructureId.of(Siren.of("180035024"));
        if (type == CptsMission.class) return CptsMission.ACCES;
        if (type == Membership.class) return Membership.of(GP, DAY);
        if (type == Lifecycle.class) return Lifecycle.start(DAY);
        if (type == Stage.class) return Stage.INITIATIVE;
        if (type == Clock.class) return Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        if (type == Locale.class) return Locale.FRENCH;
        if (type == Option.class) return Option.none();
        if (type == Seq.class || type == Iterable.class) return List.empty();
        if (type == Map.class) return HashMap.empty();
        if (type == java.util.Map.class) return java.util.Map.of();
        if (type == java.util.Optional.class) return java.util.Optional.empty();
        if (type == io.vavr.control.Validation.class) return io.vavr.control.Validation.valid("x");
        if (type == java.math.BigDecimal.class) return java.math.BigDecimal.ONE;
        if (type == java.util.function.Function.class)
            return (java.util.function.Function<Object, Object>) x -> new IllegalStateException();
        if (type == Profession.Nomenclature.class) return Profession.Nomenclature.TRE_G15;
        if (type == Commune.class)
            return CommuneRegistry.bundled().find("01173").get();
        if (type == io.github.cptskit.core.membership.MembershipRule.class)
            return (io.github.cptskit.core.membership.MembershipRule) (c, d, o) -> List.empty();
        if (type == int.class) return 1;
        if (type == long.class) return 1L;
        if (type == boolean.class) return false;
        throw new IllegalStateException("no sample for " + type);
    }

    private static void check(Object target, Class<?> type) throws Exception {
        int checked = 0;
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() == Object.class
                    || m.getDeclaringClass() == Enum.class
                    || m.getName().equals("valueOf") // the JDK's own enum method
                    || m.getName().equals("equals")
                    || m.isSynthetic()
                    || m.isBridge()
                    || (target == null) != Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Class<?>[] params = m.getParameterTypes();
            for (int i = 0; i < params.length; i++) {
                if (params[i].isPrimitive()) {
                    continue;
                }
                m.setAccessible(true);
                Object[] args = new Object[params.length];
                for (int j = 0; j < params.length; j++) {
                    args[j] = j == i ? null : sample(params[j]);
                }
                try {
                    m.invoke(target, args);
                    throw new AssertionError(type.getSimpleName() + "." + m.getName() + " accepted null #" + i);
                } catch (InvocationTargetException e) {
                    assertThat(e.getCause())
                            .as(type.getSimpleName() + "." + m.getName() + " null #" + i)
                            .isInstanceOf(NullPointerException.class);
                    assertThat(e.getCause().getMessage())
                            .as(type.getSimpleName() + "." + m.getName() + " names the parameter")
                            .isNotBlank();
                    assertThat(e.getCause().getStackTrace()[0].getClassName())
                            .as(type.getSimpleName() + "." + m.getName() + " fails at the call")
                            .isEqualTo("java.util.Objects");
                    checked++;
                }
            }
        }
        assertThat(checked).as(type.getSimpleName()).isPositive();
    }

    @Test
    void theAggregateAndItsMembersFailFastOnNull() throws Exception {
        check(null, Cpts.class);
        check(CPTS, Cpts.class);
        check(null, Membership.class);
        check(Membership.of(GP, DAY), Membership.class);
        check(null, Member.HealthProfessional.class);
        check(GP, Member.HealthProfessional.class);
        check(null, Member.Structure.class);
        check(HOSPITAL, Member.Structure.class);
        check(null, StructureId.class);
        check(null, Lifecycle.class);
        check(Lifecycle.start(DAY), Lifecycle.class);
        check(RuleSet.standard(), RuleSet.class);
        check(null, CptsMission.class);
        check(CptsMission.ACCES, CptsMission.class);
        check(LegalForm.ASSOCIATION_ALSACE_MOSELLE, LegalForm.Association.class);
    }

    @Test
    void resultsAndTheJavaEntryPointsFailFastOnNull() throws Exception {
        check(null, io.github.cptskit.core.problem.Results.class);
        check(null, io.github.cptskit.core.indicator.Achievement.class);
        check(null, io.github.cptskit.core.indicator.IndicatorResult.class);
        check(null, Profession.class);
        check(null, io.github.cptskit.core.territory.TerritoryPortfolio.class);
    }
}
