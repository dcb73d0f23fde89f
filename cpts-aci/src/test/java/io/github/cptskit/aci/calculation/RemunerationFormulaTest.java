package io.github.cptskit.aci.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.ProRata;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.territory.SizeBand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue #17: the remuneration is computed once; the explanation is that computation observed. A
 * tracer that writes down every event sees, for the fast path, exactly the amounts and parameters
 * the explained remuneration shows. (That the fast path allocates nothing is measured by JMH's GC
 * profiler on {@code AciBenchmark.fastPath}: docs/benchmarks.md.)
 */
class RemunerationFormulaTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final LocalDate SIG = LocalDate.of(2021, 1, 1);

    /** Taille 2, accord 2019: accès all year, parcours from 1 July, prévention on the last day. */
    private static Scenario scenario() {
        return Scenario.builder("edges")
                .population(60_000)
                .signedOn(SIG)
                .mission(Mission.ACCES, SIG, Achievement.parse("0.5").get())
                .mission(Mission.PARCOURS, LocalDate.of(2021, 7, 1), Achievement.FULL)
                .mission(Mission.PREVENTION, LocalDate.of(2021, 12, 31), Achievement.NONE)
                .mission(Mission.CRISES, SIG, Achievement.FULL)
                .build()
                .get();
    }

    /** Writes every event down as text. */
    private static final class Events implements Tracer {
        final List<String> events = new ArrayList<>();

        @Override
        public void read(Parameter parameter, @Nullable Mission mission, SizeBand band) {
            events.add("read " + parameter.path(mission, band));
        }

        @Override
        public void fonctionnement(long cents, long population, boolean unconfirmedScale) {
            events.add("fonctionnement " + cents);
        }

        @Override
        public void notInForce(Mission mission) {
            events.add("not in force " + mission.key());
        }

        @Override
        public void fixed(Mission m, long baseCents, long numerator, long denominator, ProRata method, long cents) {
            events.add(m.key() + ".fixe " + cents);
        }

        @Override
        public void variable(
                Mission m, long baseCents, int ppm, long numerator, long denominator, ProRata method, long cents) {
            events.add(m.key() + ".variable " + cents);
        }

        @Override
        public void capped(long totalCents, long ceilingCents) {
            events.add("plafond " + (ceilingCents - totalCents));
        }
    }

    @Test
    void theFastPathObservedSeesTheExplainedAmountsAndParameters() {
        Scenario s = scenario();
        Tariff t = RULES.on(s.yearStart()).get();
        Events seen = new Events();
        PreparedScenario p = RemunerationFormula.prepare(s, t, seen);
        long total = RemunerationFormula.total(p, p.achievements(), seen);
        Remuneration r = RemunerationCalculator.of(RULES).calculate(s).get();

        assertThat(total).isEqualTo(Amounts.cents(r.total())).isEqualTo(RemunerationCalculator.totalCents(p));
        List<String> amounts = seen.events.stream()
                .filter(e -> !e.startsWith("read ") && !e.startsWith("not in force"))
                .sorted()
                .toList();
        assertThat(amounts)
                .containsExactlyElementsOf(r.lines()
                        .map(l -> l.key() + " " + Amounts.cents(l.amount()))
                        .sorted()
                        .toJavaList());
        // Every parameter the explanation shows was read by the formula, and the crisis mission,
        // not in the accord of 2019, was seen to pay nothing.
        assertThat(seen.events)
                .containsAll(r.lines()
                        .flatMap(Line::parameters)
                        .map(u -> "read " + u.path())
                        .distinct()
                        .toJavaList())
                .contains("not in force crises", "read plafond.taille2");
        assertThat(r.warnings().map(w -> w.code())).contains("MISSION_NOT_IN_FORCE");
    }

    @Test
    void aLineCarriesTheNumbersOfItsFormula() {
        Remuneration r = RemunerationCalculator.of(RULES).calculate(scenario()).get();
        Line parcours = r.lines().find(l -> l.key().equals("parcours.variable")).get();
        assertThat(parcours.factors())
                .containsExactly(
                        new Factor(Factor.Kind.AMOUNT, 1_891_700, 0),
                        new Factor(Factor.Kind.ACHIEVEMENT, 1_000_000, 0),
                        new Factor(Factor.Kind.DAYS, 184, 365));
        assertThat(parcours.formula()).isEqualTo(parcours.formula(java.util.Locale.ENGLISH));
        assertThat(parcours.formula(java.util.Locale.FRENCH))
                .isEqualTo("18\u00a0917,00 € × réalisation 1 × 184/365 jours");
    }
}
