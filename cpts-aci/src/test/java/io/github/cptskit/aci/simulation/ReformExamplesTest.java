package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.RuleText;
import io.github.cptskit.aci.tariff.Tariff;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.vavr.collection.List;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worked reforms of docs/aci.md, as a user writes them. */
class ReformExamplesTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    private static TariffRules reform(String parameters) {
        String json = "{\"version\": \"reform\", \"title\": \"Reform\", \"effective\": \"2027-01-01\", \"parameters\": "
                + parameters + "}";
        RuleText text = TariffRules.read(new StringReader(json), "reform.json").get();
        return RULES.plus(text).get();
    }

    private static long total(TariffRules rules, int year) {
        List<Signatory> portfolio = NationalSimulationTest.portfolio(12, 80)
                .filter(s -> s.signature().getYear() <= 2024);
        return Simulation.builder(rules, portfolio)
                .parameters(ModelParameters.bundled().collapsed())
                .years(2026, 2029)
                .build()
                .get()
                .run(3, 10, d -> {})
                .total(year)
                .meanCents();
    }

    @Test
    void raisingAnAmountNeedsItsCeiling() {
        TariffRules r = reform("{\"missions.acces.fixe.taille2\": 45000, \"plafond.taille2\": 377498}");
        assertThat(r.on(FROM).get().fixedCents(Mission.ACCES, SizeBand.TAILLE_2))
                .isEqualTo(4_500_000L);
        assertThat(r.check().filter(Problem::isError)).isEmpty();
        assertThat(total(r, 2028)).isGreaterThan(total(RULES, 2028));
        String alone = "{\"version\": \"r\", \"title\": \"R\", \"effective\": \"2027-01-01\", \"parameters\":"
                + " {\"missions.acces.fixe.taille2\": 45000}}";
        assertThat(RULES.plus(TariffRules.read(new StringReader(alone), "r.json")
                                .get())
                        .getError()
                        .map(Problem::code))
                .containsExactly("TARIFF_CEILING_EXCEEDED");
    }

    @Test
    void movingTheSizeBandsChangesBandsFromTheReformsDate() {
        TariffRules r = reform("{\"tailles.seuil.taille2\": 50000}");
        Tariff before = r.on(FROM.minusDays(1)).get();
        Tariff after = r.on(FROM).get();
        assertThat(before.scale().bandOf(45_000)).isEqualTo(SizeBand.TAILLE_2);
        assertThat(after.scale().bandOf(45_000)).isEqualTo(SizeBand.TAILLE_1);
        assertThat(after.scale().bandOf(50_000)).isEqualTo(SizeBand.TAILLE_2);
        assertThat(after.scaleSource().reference().text()).contains("Reform");
        // Fewer CPTS in taille 2 and above: less money from 2027.
        assertThat(total(r, 2028)).isLessThan(total(RULES, 2028));
        assertThat(total(r, 2026)).isEqualTo(total(RULES, 2026));
        // Thresholds that do not increase are refused with the text.
        String bad = "{\"version\": \"r\", \"title\": \"R\", \"effective\": \"2027-01-01\", \"parameters\":"
                + " {\"tailles.seuil.taille3\": 30000}}";
        assertThat(RULES.plus(TariffRules.read(new StringReader(bad), "r.json").get())
                        .getError()
                        .map(Problem::code))
                .containsExactly("TARIFF_BAND_THRESHOLDS");
    }

    @Test
    void aFullAdvancePaysTheSameMoneyEarlier() {
        TariffRules r = reform("{\"paiement.avance.pourcentage\": 100}");
        assertThat(r.on(FROM).get().advancePercent()).isEqualTo(100);
        assertThat(total(r, 2027)).isGreaterThan(total(RULES, 2027));
    }

    @Test
    void anOptionalMissionBecomesMandatory() {
        TariffRules r = reform("{\"missions.qualite.obligatoire\": 1, \"missions.qualite.demarrage.mois\": 12,"
                + " \"missions.qualite.deploiement.mois\": 24}");
        assertThat(r.on(FROM).get().mandatory(Mission.QUALITE)).isTrue();
        // Every CPTS now runs it (the model's uptake share applied only while it was optional).
        assertThat(total(r, 2028)).isGreaterThan(total(RULES, 2028));
    }
}
