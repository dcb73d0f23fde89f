package io.github.cptskit.aci.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.MissionKey;
import io.github.cptskit.aci.tariff.Parameter;
import io.github.cptskit.aci.tariff.RuleText;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The java.util views and overloads of cpts-aci added for issue #24 (decision record 0004) give what
 * their Vavr twins give, on the README's CPTS: the remuneration's lines, schedule and warnings first.
 */
class AciJavaViewsTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final LocalDate SIGNED = LocalDate.of(2023, 3, 1);

    private static <K, V> List<Map.Entry<K, V>> entries(io.vavr.collection.Map<K, V> m) {
        List<Map.Entry<K, V>> out = new ArrayList<>();
        for (Tuple2<K, V> t : m) {
            out.add(Map.entry(t._1, t._2));
        }
        return out;
    }

    private static Scenario gex(int year) {
        return Scenario.builder("gex")
                .population(97_000)
                .signedOn(SIGNED)
                .mission(
                        Mission.ACCES,
                        LocalDate.of(2023, 6, 1),
                        Achievement.parse("0.58").get())
                .mission(Mission.PARCOURS, LocalDate.of(2024, 1, 15), Achievement.FULL)
                .mission(
                        Mission.PREVENTION,
                        LocalDate.of(2024, 1, 15),
                        Achievement.parse("50%").get())
                .mission(Mission.CRISES, LocalDate.of(2023, 9, 1), Achievement.NONE)
                .contractYear(year)
                .build()
                .get();
    }

    @Test
    void theRemunerationReadsAsJavaUtil() {
        for (int year = 1; year <= 2; year++) {
            Remuneration r =
                    RemunerationCalculator.of(RULES).calculate(gex(year)).get();
            assertThat(r.linesList()).isEqualTo(r.lines().toJavaList()).isNotEmpty();
            assertThat(r.scheduleList()).isEqualTo(r.schedule().toJavaList()).isNotEmpty();
            assertThat(r.warningsList()).isEqualTo(r.warnings().toJavaList());
            assertThatThrownBy(() -> r.linesList().add(r.lines().head()))
                    .isInstanceOf(UnsupportedOperationException.class);
            for (Line line : r.linesList()) {
                assertThat(line.missionOptional()).isEqualTo(line.mission().toJavaOptional());
                assertThat(line.parametersList()).isEqualTo(line.parameters().toJavaList());
                assertThat(line.factorsList()).isEqualTo(line.factors().toJavaList());
            }
            for (Payment p : r.scheduleList()) {
                if (p.mission().isDefined()) {
                    Mission m = p.mission().get();
                    assertThat(Payment.of(p.kind(), m, p.contractYear(), p.date(), p.amount()))
                            .isEqualTo(Payment.of(p.kind(), Option.some(m), p.contractYear(), p.date(), p.amount()));
                    assertThat(p.withMission(m)).isEqualTo(p);
                }
            }
        }
    }

    @Test
    void theTariffAndItsParametersReadAsJavaUtil() {
        assertThat(MissionKey.builtInList()).isEqualTo(MissionKey.builtIn().toJavaList());
        MissionKey.builtInList()
                .forEach(k ->
                        assertThat(k.missionOptional()).isEqualTo(k.mission().toJavaOptional()));
        assertThat(Parameter.allList()).isEqualTo(Parameter.all().toJavaList());
        Parameter.allList()
                .forEach(p -> assertThat(p.bandsList()).isEqualTo(p.bands().toJavaList()));
        assertThat(RULES.missionsList()).isEqualTo(RULES.missions().toJavaList());
        RULES.on(LocalDate.of(2024, 6, 1)).forEach(t -> {
            assertThat(t.missionsList()).isEqualTo(t.missions().toJavaList());
            assertThat(t.contractTermYearsOptional())
                    .isEqualTo(t.contractTermYears().toJavaOptional());
        });
        for (RuleText text : RULES.textsList()) {
            assertThat(text.urlOptional()).isEqualTo(text.url().toJavaOptional());
            assertThat(new ArrayList<>(text.parametersMap().entrySet())).isEqualTo(entries(text.parameters()));
            assertThat(new ArrayList<>(text.rangesMap().entrySet())).isEqualTo(entries(text.ranges()));
            RuleText plain = RuleText.of(text.version(), text.title(), text.effective(), text.parametersMap());
            assertThat(plain.parameters().toMap(t -> t))
                    .isEqualTo(text.parameters().toMap(t -> t));
        }
    }

    @Test
    void aScenarioTakesJavaUtilMaps() {
        Scenario s = gex(2);
        Map<Mission, LocalDate> starts = Map.of(Mission.ACCES, LocalDate.of(2023, 7, 1));
        assertThat(s.withMissions(starts)).isEqualTo(s.withMissions(io.vavr.collection.TreeMap.ofAll(starts)));
        Map<Mission, Achievement> achieved = Map.of(Mission.ACCES, Achievement.FULL);
        assertThat(s.withAchievements(achieved).achievementsMap()).isEqualTo(achieved);
        Payment p = Payment.of(Payment.Kind.FONCTIONNEMENT, Option.none(), 1, SIGNED, Money.of(10, "EUR"));
        assertThat(Payment.builder()
                        .kind(Payment.Kind.FIXED)
                        .mission(Mission.ACCES)
                        .contractYear(1)
                        .date(SIGNED)
                        .amount(Money.of(10, "EUR"))
                        .build()
                        .missionOptional())
                .contains(Mission.ACCES);
        assertThat(p.missionOptional()).isEmpty();
    }
}
