package io.github.cptskit.aci.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.budget.PaymentCap;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.cpts.CptsMission;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Issue #16: a null argument to cpts-aci's scenario, payment and cap API fails at the call, naming it. */
class NullArgumentsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final Territory GEX =
            CommuneRegistry.bundled().territory(java.util.List.of("01173")).get();
    private static final Scenario SCENARIO =
            Scenario.builder("s").population(10).signedOn(DAY).build().get();

    private static Object sample(Class<?> type) {
        if (type == String.class) return "x";
        if (type == LocalDate.class) return DAY.plusDays(1);
        if (type == Territory.class) return GEX;
        if (type == Cpts.class) return Cpts.of("c", GEX, DAY);
        if (type == Mission.class) return Mission.ACCES;
        if (type == io.github.cptskit.aci.tariff.ProRata.class)
            return io.github.cptskit.aci.tariff.ProRata.JOURS_CALENDAIRES;
        if (type == CptsMission.class) return CptsMission.ACCES;
        if (type == Achievement.class) return Achievement.FULL;
        if (type == Seq.class || type == Iterable.class) return List.empty();
        if (type == java.util.Map.class) return java.util.Map.of();
        if (type == java.io.Reader.class) return new java.io.StringReader("{}");
        if (type == java.util.Optional.class) return java.util.Optional.empty();
        if (type == Option.class) return Option.none();
        if (type == TreeMap.class) return TreeMap.empty();
        if (type == Payment.Kind.class) return Payment.Kind.FONCTIONNEMENT;
        if (type == MonetaryAmount.class) return Amounts.ofCents(100);
        if (type == Locale.class) return Locale.FRENCH;
        if (type == TariffRules.class) return TariffRules.bundled();
        if (type == Scenario.class) return SCENARIO;
        if (type == EffectiveDated.class) return EffectiveDated.empty();
        if (type == PreparedScenario.class)
            return RemunerationCalculator.of(TariffRules.bundled())
                    .prepare(Scenario.builder("p")
                            .population(10)
                            .signedOn(DAY)
                            .mission(Mission.ACCES, DAY, Achievement.FULL)
                            .mission(Mission.PARCOURS, DAY, Achievement.FULL)
                            .mission(Mission.PREVENTION, DAY, Achievement.FULL)
                            .mission(Mission.CRISES, DAY, Achievement.FULL)
                            .build()
                            .get())
                    .get();
        if (type == int[].class) return new int[Mission.values().length];
        if (type == int.class) return 1;
        if (type == long.class) return 1L;
        if (type == double.class) return 0.5;
        throw new IllegalStateException("no sample for " + type);
    }

    private static void check(Object target, Class<?> type) throws Exception {
        int checked = 0;
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() == Object.class
                    || m.getDeclaringClass() == Enum.class
                    || m.getName().equals("valueOf")
                    || m.getName().equals("equals")
                    || m.isSynthetic()
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
    void scenarioPaymentAndCapFailFastOnNull() throws Exception {
        check(null, Scenario.class);
        check(SCENARIO, Scenario.class);
        check(Scenario.builder("b"), Scenario.Builder.class);
        check(null, Payment.class);
        check(Payment.of(Payment.Kind.FONCTIONNEMENT, Option.none(), 1, DAY, Amounts.ofCents(1)), Payment.class);
        check(null, PaymentCap.class);
        check(PaymentCap.bundled(), PaymentCap.class);
        check(null, RemunerationCalculator.class);
        check(RemunerationCalculator.of(TariffRules.bundled()), RemunerationCalculator.class);
        check(null, io.github.cptskit.aci.simulation.ScenarioSimulation.class);
        check(
                io.github.cptskit.aci.simulation.ModelParameters.bundled(),
                io.github.cptskit.aci.simulation.ModelParameters.class);
        check(null, io.github.cptskit.aci.simulation.Basis.class);
        check(null, Mission.class);
    }
}
