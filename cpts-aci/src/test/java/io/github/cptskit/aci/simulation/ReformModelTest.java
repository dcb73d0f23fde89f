package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.RuleText;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reforms of the rules and of the model's assumptions in one file, and counterfactuals. */
class ReformModelTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final RuleText AVENANT_2 = RULES.texts().last();
    // Early signers (before 31 December 2021), in their first term in 2023 and 2024.
    private static final List<Signatory> EARLY = List.range(0, 40)
            .map(i -> new Signatory(
                    "E" + i,
                    i % 2 == 0 ? "84" : "11",
                    20_000L + 9_000L * i,
                    LocalDate.of(2020, 1, 1).plusDays(7L * i)));

    private static Reform reform(String json) {
        return Reform.read(new StringReader(json), "reform.json").get();
    }

    private static SimulationResult run(TariffRules rules, ModelParameters params) {
        return Simulation.builder(rules, EARLY)
                .parameters(params)
                .achievements(
                        AchievementDistribution.fixed(Achievement.parse("0").get()))
                .years(2023, 2024)
                .build()
                .get()
                .run(5, 4, d -> {});
    }

    /** fonctionnement × 1.75 and each ceiling raised by the same amount, from avenant 2's day. */
    private static String plus75(String model) {
        Tariff t = RULES.on(AVENANT_2.effective()).get();
        StringBuilder p = new StringBuilder();
        for (SizeBand b : SizeBand.values()) {
            long f = t.fonctionnementCents(b);
            p.append(p.length() == 0 ? "" : ", ")
                    .append("\"fonctionnement.taille")
                    .append(b.number())
                    .append("\": ")
                    .append(f * 175 / 10_000)
                    .append(", \"plafond.taille")
                    .append(b.number())
                    .append("\": ")
                    .append((t.ceilingCents(b) + f * 75 / 100) / 100);
        }
        return "{\"version\": \"fonct-plus-75\", \"title\": \"+75 %\", \"effective\": \"" + AVENANT_2.effective()
                + "\", \"parameters\": {" + p + "}" + (model.isEmpty() ? "" : ", \"model\": " + model) + "}";
    }

    @Test
    void aReformRaisingFonctionnementBy75PercentIsNotCountedTwiceWithTheUplift() {
        ModelParameters params = ModelParameters.bundled().collapsed();
        assertThat(params.get("majoration.fonctionnement.taux").central()).isEqualTo(0.75);
        SimulationResult uplift = run(RULES, params);
        Reform r = reform(plus75(""));
        SimulationResult byReform = run(r.rules(RULES).get(), params);
        Reform off = reform(plus75("{\"majoration.fonctionnement.active\": 0}"));
        SimulationResult byReformAlone =
                run(off.rules(RULES).get(), off.parameters(params).get());
        for (int y : new int[] {2023, 2024}) {
            long viaUplift = uplift.total(y).meanCents();
            assertThat(uplift.component(y, "uplift").meanCents()).isPositive();
            // +75 % by reform == +75 % by the uplift, not the sum.
            assertThat(byReform.total(y).meanCents()).isEqualTo(viaUplift);
            assertThat(byReform.component(y, "uplift").meanCents()).isZero();
            assertThat(byReformAlone.total(y).meanCents()).isEqualTo(viaUplift);
            assertThat(byReform.component(y, "fonctionnement").meanCents())
                    .isEqualTo(uplift.component(y, "fonctionnement").meanCents()
                            + uplift.component(y, "uplift").meanCents());
        }
    }

    @Test
    void aCounterfactualWithoutAvenant2DropsItAndSwitchesItsModelPartsOff() {
        String json = "{\"version\": \"no-avenant-2\", \"title\": \"No avenant 2\", \"effective\": \""
                + AVENANT_2.effective() + "\", \"counterfactual\": true, \"parameters\": {},"
                + " \"model\": {\"majoration.fonctionnement.active\": 0, \"lettre.intention.active\": 0}}";
        Reform r = reform(json);
        assertThat(r.counterfactual()).isTrue();
        assertThat(r.dropped(RULES)).containsExactly(AVENANT_2.version());
        TariffRules without = r.rules(RULES).get();
        assertThat(without.texts().map(RuleText::version)).doesNotContain(AVENANT_2.version());
        ModelParameters params =
                r.parameters(ModelParameters.bundled().collapsed()).get();
        SimulationResult cf = run(without, params);
        SimulationResult base = run(RULES, ModelParameters.bundled().collapsed());
        assertThat(cf.component(2023, "uplift").meanCents()).isZero();
        assertThat(cf.total(2023).meanCents()).isLessThan(base.total(2023).meanCents());
        // The difference by breakdown, draw by draw: the uplift's row is the whole uplift.
        assertThat(base.difference(cf, 2023, "component", "uplift").meanCents())
                .isCloseTo(-base.component(2023, "uplift").meanCents(), org.assertj.core.data.Offset.offset(1L));
        assertThat(base.keys(cf, "mission")).contains("crises");
        // Dated before avenant 2 without the flag: refused, as any reform out of order.
        Reform early = reform(json.replace(", \"counterfactual\": true", "")
                .replace(
                        AVENANT_2.effective().toString(),
                        AVENANT_2.effective().minusDays(1).toString()));
        assertThat(early.rules(RULES).getError().map(Problem::code)).containsExactly("TARIFF_DATES_NOT_ORDERED");
        // Before the accord itself: nothing to keep.
        Reform tooEarly = reform(json.replace(AVENANT_2.effective().toString(), "2019-01-01"));
        assertThat(tooEarly.rules(RULES).getError().map(Problem::code)).containsExactly("REFORM_BEFORE_FIRST_TEXT");
    }

    @Test
    void everyNameOfAReformFileIsCheckedWithItsPlace() {
        String json = "{\"version\": \"r\", \"title\": \"R\", \"effective\": \"2027-01-01\",\n"
                + " \"parameters\": {\"majoration.fonctionnement.active\": 0, \"fonctionement.taille1\": 1},\n"
                + " \"model\": {\"adhesion.qualitee\": 0.9, \"realisation.moyenne\": 2},\n"
                + " \"counterfactual\": \"yes\"}";
        Seq<Problem> p = Reform.read(new StringReader(json), "reform.json").getError();
        assertThat(p.map(Problem::code))
                .containsExactlyInAnyOrder(
                        "REFORM_MODEL_PARAMETER_IN_RULES",
                        "TARIFF_UNKNOWN_PARAMETER",
                        "MODEL_UNKNOWN_PARAMETER",
                        "MODEL_PARAMETER_VALUE",
                        "REFORM_COUNTERFACTUAL_VALUE");
        assertThat(p.find(x -> x.code().equals("MODEL_UNKNOWN_PARAMETER")).get().messageEn())
                .contains("adhesion.qualite");
        assertThat(p.find(x -> x.code().equals("TARIFF_UNKNOWN_PARAMETER"))
                        .get()
                        .messageEn())
                .contains("fonctionnement.taille1");
        assertThat(p.find(x -> x.code().equals("REFORM_MODEL_PARAMETER_IN_RULES"))
                        .get()
                        .location()
                        .get()
                        .line())
                .isEqualTo(2);
        assertThat(p.find(x -> x.code().equals("MODEL_UNKNOWN_PARAMETER"))
                        .get()
                        .location()
                        .get()
                        .line())
                .isEqualTo(3);
    }
}
