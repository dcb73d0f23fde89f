package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.MissionKey;
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
        return result(rules, ModelParameters.bundled().collapsed()).total(year).meanCents();
    }

    private static SimulationResult result(TariffRules rules, ModelParameters parameters) {
        List<Signatory> portfolio = NationalSimulationTest.portfolio(12, 80)
                .filter(s -> s.signature().getYear() <= 2024);
        return Simulation.builder(rules, portfolio)
                .parameters(parameters)
                .years(2026, 2029)
                .build()
                .get()
                .run(3, 10, d -> {});
    }

    /** The reform file of docs/aci.md's worked example "Add a mission", as the page shows it. */
    private static RuleText documentedNewMission() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(
                java.nio.file.Path.of("..", "docs", "aci.md"), java.nio.charset.StandardCharsets.UTF_8);
        int example = doc.indexOf("- **Add a mission**");
        int from = doc.indexOf("```json", example) + "```json".length();
        String json = doc.substring(from, doc.indexOf("```", from));
        return TariffRules.read(new StringReader(json), "docs/aci.md").get();
    }

    @Test
    void aReformAddsAMissionWithItsAmountsAndDeadlines() throws java.io.IOException {
        RuleText text = documentedNewMission();
        assertThat(text.effective()).isEqualTo(FROM);
        TariffRules r = RULES.plus(text).get();
        MissionKey mental = MissionKey.of("sante_mentale");
        assertThat(r.missions()).endsWith(mental);
        Tariff after = r.on(FROM).get();
        assertThat(after.missions()).contains(mental);
        assertThat(after.mandatory(mental)).isTrue();
        assertThat(after.fixedCents(mental, SizeBand.TAILLE_2)).isEqualTo(1_500_000L);
        assertThat(after.startMonths(mental)).isEqualTo(6);
        assertThat(r.on(FROM.minusDays(1)).get().missions()).doesNotContain(mental);
        assertThat(r.check().filter(Problem::isError)).isEmpty();
        SimulationResult with = result(r, ModelParameters.bundled().collapsed());
        SimulationResult without = result(RULES, ModelParameters.bundled().collapsed());
        assertThat(with.mission(2028, mental).meanCents()).isPositive();
        assertThat(with.mission(2026, mental).meanCents()).isZero();
        assertThat(with.total(2028).meanCents())
                .isGreaterThan(without.total(2028).meanCents());
        assertThat(with.total(2026).meanCents()).isEqualTo(without.total(2026).meanCents());
        // The accord's missions keep their draws: the reform changes nothing else.
        assertThat(with.mission(2028, MissionKey.ACCES).meanCents())
                .isEqualTo(without.mission(2028, MissionKey.ACCES).meanCents());
        // Declared without its amounts, the mission is refused with the text.
        String bare = "{\"version\": \"r\", \"title\": \"R\", \"effective\": \"2027-01-01\", \"parameters\":"
                + " {\"missions.sante_mentale.obligatoire\": 0}}";
        assertThat(RULES.plus(TariffRules.read(new StringReader(bare), "r.json").get())
                        .getError()
                        .map(Problem::code)
                        .distinct())
                .containsExactly("TARIFF_MISSING_PARAMETER");
    }

    @Test
    void aReformChangesTheContractTerm() {
        // Fewer contracts renewed than the central 100 %, so that the term matters.
        ModelParameters halfRenewed = ModelParameters.bundled()
                .collapsed()
                .with("contrat.renouvellement", 0.5)
                .get();
        TariffRules shorter = reform("{\"contrat.duree.annees\": 3}");
        TariffRules longer = reform("{\"contrat.duree.annees\": 10}");
        assertThat(shorter.on(FROM).get().contractTermYears()).contains(3);
        assertThat(RULES.on(FROM).get().contractTermYears()).contains(5);
        long base = result(RULES, halfRenewed).total(2028).meanCents();
        assertThat(result(shorter, halfRenewed).total(2028).meanCents()).isLessThan(base);
        assertThat(result(longer, halfRenewed).total(2028).meanCents()).isGreaterThan(base);
        assertThat(result(longer, halfRenewed).total(2026).meanCents())
                .isEqualTo(result(RULES, halfRenewed).total(2026).meanCents());
    }

    @Test
    void aSmallerAdvancePaysLessInTheYear() {
        TariffRules r = reform("{\"paiement.avance.pourcentage\": 50}");
        assertThat(r.on(FROM).get().advancePercent()).isEqualTo(50);
        // Cash basis: a quarter of each advance moves to the balance, paid after the review.
        assertThat(total(r, 2027)).isLessThan(total(RULES, 2027));
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
