package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Public figures as data, choosing what is fitted, and a fit that never goes stale silently. */
class TargetsAndFitTest {

    private static Seq<Problem> problems(String json) {
        return PublicFigure.read(new StringReader(json), "targets.json").getError();
    }

    @Test
    void theBundledTargetsFileHoldsTheSourcedFigures() {
        Seq<PublicFigure> f = PublicFigure.bundled();
        assertThat(f.map(PublicFigure::year)).containsExactly(2022, 2023, 2024, 2024);
        assertThat(f.get(0).amountCents()).isEqualTo(10_580_000_000L);
        assertThat(f.get(0).role()).isEqualTo(PublicFigure.Role.FIT);
        assertThat(f.get(0).coverage()).isEqualTo(PublicFigure.Coverage.ACI_AND_OTHER);
        assertThat(f.get(2).role()).isEqualTo(PublicFigure.Role.HELD_OUT);
        assertThat(f.get(3).coverage()).isEqualTo(PublicFigure.Coverage.PART_OF_YEAR);
        assertThat(f.get(3).role()).isEqualTo(PublicFigure.Role.CONTEXT);
    }

    @Test
    void aUsersFileIsReadAndEveryFaultIsReportedWithItsPlace() {
        String ok =
                "{\"figures\": [{\"year\": 2023, \"amount\": 121000000.5, \"basis\": \"cash\", \"coverage\": \"aci\","
                        + " \"role\": \"fit\", \"confidence\": \"CONFIRMED\", \"quote\": \"q\", \"source\": \"s\", \"citation\": \"c\"}]}";
        PublicFigure f = PublicFigure.read(new StringReader(ok), "t.json").get().head();
        assertThat(f.amountCents()).isEqualTo(12_100_000_050L);
        assertThat(f.coverage()).isEqualTo(PublicFigure.Coverage.ACI);
        String bad = "{\"figures\": [\n{\"year\": 2023.5, \"amount\": -1, \"basis\": \"cahs\", \"coverage\": \"all\","
                + " \"role\": \"fitted\", \"confidence\": \"SURE\", \"quote\": \"\", \"source\": \"s\", \"citation\": \"c\","
                + " \"sourse\": 1}]}";
        Seq<Problem> p = problems(bad);
        assertThat(p.map(Problem::code)).containsOnly("TARGETS_UNKNOWN_FIELD");
        assertThat(p.head().messageEn()).contains("source");
        String bad2 = bad.replace(", \"sourse\": 1", "");
        Seq<Problem> q = problems(bad2);
        assertThat(q.map(Problem::code)).hasSize(7).containsOnly("TARGETS_VALUE");
        assertThat(q)
                .allMatch(x ->
                        x.location().exists(l -> l.line() == 2 && l.source().equals("targets.json")));
        assertThat(problems("{\"figures\": []}").map(Problem::code)).containsExactly("TARGETS_SYNTAX");
        String partialFitted = ok.replace("\"aci\"", "\"part-of-year\"");
        assertThat(problems(partialFitted).map(Problem::code)).containsExactly("TARGETS_PART_OF_YEAR_FITTED");
    }

    @Test
    void fitYearsChooseWhatIsFittedAndTheRestIsHeldOut() {
        Seq<PublicFigure> only2023 =
                PublicFigure.fitting(PublicFigure.bundled(), List.of(2023)).get();
        assertThat(only2023.map(PublicFigure::role))
                .containsExactly(
                        PublicFigure.Role.HELD_OUT,
                        PublicFigure.Role.FIT,
                        PublicFigure.Role.HELD_OUT,
                        PublicFigure.Role.CONTEXT);
        assertThat(PublicFigure.fitting(PublicFigure.bundled(), List.of(2021))
                        .getError()
                        .map(Problem::code))
                .containsExactly("TARGETS_FIT_YEAR");
    }

    @Test
    void theBundledFitMatchesTheBundledInputsAndAnyChangeIsNamed() {
        Seq<Signatory> portfolio = SyntheticPortfolio.signatories();
        Simulation bundled = Simulation.builder(TariffRules.bundled(), portfolio)
                .years(2019, 2025)
                .build()
                .get();
        assertThat(Calibration.check(bundled, PublicFigure.bundled()).get()).isEqualTo(Calibration.FitStatus.MATCHES);
        // Another portfolio: the national fit is transferred, not refitted (the figures are national).
        Simulation two = Simulation.builder(TariffRules.bundled(), portfolio.take(2))
                .years(2019, 2025)
                .build()
                .get();
        assertThat(Calibration.check(two, PublicFigure.bundled()).get()).isEqualTo(Calibration.FitStatus.TRANSFERRED);
        // A fixed model parameter (the issue's --set tarif.quantile=0.5): the priors changed.
        Simulation pinned = Simulation.builder(TariffRules.bundled(), portfolio)
                .parameters(ModelParameters.bundledFitted()
                        .with("tarif.quantile", 0.5)
                        .get())
                .years(2019, 2025)
                .build()
                .get();
        assertThat(Calibration.staleInputs(pinned, PublicFigure.bundled())).containsExactly("priors");
        assertThat(Calibration.check(pinned, PublicFigure.bundled()).getError().map(Problem::code))
                .containsExactly("CALIBRATION_FIT_STALE");
        // Other targets.
        Simulation other = Simulation.builder(TariffRules.bundled(), portfolio)
                .years(2019, 2025)
                .build()
                .get();
        assertThat(Calibration.staleInputs(
                        other,
                        PublicFigure.fitting(PublicFigure.bundled(), List.of(2023))
                                .get()))
                .containsExactly("targets");
    }

    @Test
    void aRuleOverrideMakesTheFitStale() {
        TariffRules changed = TariffRules.bundled()
                .with(io.vavr.collection.LinkedHashMap.of("paiement.avance.pourcentage", "70"), "--set")
                .get();
        Simulation s = Simulation.builder(changed, SyntheticPortfolio.signatories())
                .years(2019, 2025)
                .build()
                .get();
        assertThat(Calibration.staleInputs(s, PublicFigure.bundled())).containsExactly("rules");
    }

    @Test
    void theNonAciShareGrossesUpOnlyFiguresThatMayIncludeOtherMoney() {
        double[] theta = new double[io.github.cptskit.aci.internal.NationalModel.P.values().length];
        theta[io.github.cptskit.aci.internal.NationalModel.P.NON_ACI_SHARE.ordinal()] = 0.2;
        PublicFigure other = PublicFigure.bundled().get(0);
        PublicFigure aci = other.withRole(PublicFigure.Role.FIT);
        assertThat(Calibration.predicted(other, 80_00L, theta))
                .isEqualTo(100_00.0, org.assertj.core.data.Offset.offset(1e-6));
        PublicFigure aciOnly = new PublicFigure(2022, 1, "q", "s", "c", aci.confidence(), PublicFigure.Role.FIT);
        assertThat(Calibration.predicted(aciOnly, 80_00L, theta)).isEqualTo(80_00.0);
        assertThat(ModelParameters.bundled()
                        .with("chiffres.publics.part.hors.aci", 0.95)
                        .getError()
                        .map(Problem::code))
                .containsExactly("MODEL_PARAMETER_VALUE_SHARE_CAP");
    }
}
