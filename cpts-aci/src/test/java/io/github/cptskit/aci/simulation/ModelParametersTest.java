package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.problem.Problem;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ModelParametersTest {

    private static final ModelParameters BUNDLED = ModelParameters.bundled();

    @Test
    void everyBundledParameterIsSourcedAndEveryEstimateHasARangeOrIsAModellingChoice() {
        assertThat(BUNDLED.all())
                .isNotEmpty()
                .allMatch(p -> !p.source().isBlank() && !p.description().isBlank());
        assertThat(BUNDLED.uncertain().map(ModelParameter::name))
                .contains("realisation.moyenne", "paiement.revue.delai.mois", "tarif.quantile", "adhesion.qualite");
        assertThat(BUNDLED.get("realisation.moyenne").confidence()).isEqualTo(Confidence.ESTIMATE);
    }

    @Test
    void theCentralValueIsTheMedianAndTheEndsAreReached() {
        qt().forAll(doubles().between(0, 1)).checkAssert(u -> {
            for (ModelParameter p : BUNDLED.all()) {
                double v = p.valueAt(u);
                assertThat(v).isBetween(p.low(), p.high());
            }
        });
        for (ModelParameter p : BUNDLED.all()) {
            assertThat(p.valueAt(0.5)).isEqualTo(p.central());
            assertThat(p.valueAt(0)).isEqualTo(p.low());
            assertThat(p.valueAt(1)).isEqualTo(p.high());
        }
    }

    @Test
    void anUnknownNameIsAnErrorThatSuggestsTheNearest() {
        Problem p = BUNDLED.with("realisation.moyene", 0.5).getError().head();
        assertThat(p.code()).isEqualTo("MODEL_UNKNOWN_PARAMETER");
        assertThat(p.messageEn())
                .isEqualTo("unknown model parameter: realisation.moyene (did you mean realisation.moyenne?)");
        assertThat(p.messageFr()).contains("vouliez-vous dire realisation.moyenne");
        assertThat(BUNDLED.with("zzz", 1).getError().head().messageEn()).isEqualTo("unknown model parameter: zzz");
    }

    @Test
    void valuesOutsideTheirKindAreErrors() {
        assertThat(BUNDLED.with("realisation.moyenne", 1.2).getError().head().code())
                .isEqualTo("MODEL_PARAMETER_VALUE");
        assertThat(BUNDLED.with("paiement.revue.delai.mois", 2.5)
                        .getError()
                        .head()
                        .messageEn())
                .contains("whole number");
        assertThat(BUNDLED.with("lettre.intention.active", 2).getError().head().messageEn())
                .contains("switch");
        assertThat(BUNDLED.with("lettre.intention.debut", "2022-13-01")
                        .getError()
                        .head()
                        .messageEn())
                .contains("YYYY-MM-DD");
        assertThat(BUNDLED.with("lettre.intention.debut", "2023-01-01")
                        .get()
                        .get("lettre.intention.debut")
                        .format(BUNDLED.with("lettre.intention.debut", "2023-01-01")
                                .get()
                                .get("lettre.intention.debut")
                                .central()))
                .isEqualTo("2023-01-01");
    }

    @Test
    void aUserFileReportsEveryProblemWithLineAndColumn() {
        String file = "{\n"
                + "  \"parameters\": {\n"
                + "    \"adhesion.qualitee\": 0.4,\n"
                + "    \"realisation.moyenne\": {\"low\": 0.9, \"central\": 0.5, \"high\": 0.95},\n"
                + "    \"paiement.revue.delai.mois\": {\"central\": 3, \"unit\": \"days\", \"colour\": 1}\n"
                + "  },\n"
                + "  \"extra\": true\n"
                + "}";
        var v = BUNDLED.plus(new StringReader(file), "user.json");
        assertThat(v.getError()
                        .map(p -> p.code() + "@" + p.location().get().line() + ":"
                                + p.location().get().column()))
                .containsExactlyInAnyOrder(
                        "MODEL_UNKNOWN_PARAMETER@3:26",
                        "MODEL_PARAMETER_RANGE@4:28",
                        "MODEL_PARAMETER_FIXED_FIELD@5:57",
                        "MODEL_FILE_UNKNOWN_FIELD@5:75",
                        "MODEL_FILE_UNKNOWN_FIELD@7:12");
    }

    @Test
    void aUserFileOverridesSomeFieldsAndKeepsTheRest() {
        String file = "{\"parameters\": {\"adhesion.qualite\": {\"high\": 0.9}, \"realisation.moyenne\": 0.6}}";
        ModelParameters p = BUNDLED.plus(new StringReader(file), "user.json").get();
        assertThat(p.get("adhesion.qualite").high()).isEqualTo(0.9);
        assertThat(p.get("adhesion.qualite").low())
                .isEqualTo(BUNDLED.get("adhesion.qualite").low());
        assertThat(p.get("adhesion.qualite").confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        assertThat(p.get("realisation.moyenne").uncertain()).isFalse();
        assertThat(p.get("realisation.moyenne").central()).isEqualTo(0.6);
        assertThat(p.fingerprint()).isNotEqualTo(BUNDLED.fingerprint());
    }

    @Test
    void theCompleteFileRoundTrips() {
        ModelParameters back = ModelParameters.read(new StringReader(BUNDLED.toJson()), "x.json")
                .get();
        assertThat(back).isEqualTo(BUNDLED);
        assertThat(back.fingerprint()).isEqualTo(BUNDLED.fingerprint());
        assertThat(ModelParameters.read(new StringReader("{\"model\": \"other\", \"parameters\": {}}"), "x")
                        .getError()
                        .map(Problem::code))
                .containsExactly("MODEL_FILE_MODEL");
        assertThat(ModelParameters.read(new StringReader("{\"parameters\": {\"a\": 1, \"a\": 2}}"), "x")
                        .getError()
                        .map(Problem::code))
                .containsExactly("JSON_DUPLICATE_KEY");
    }

    @Test
    void collapsingLeavesNoUncertainty() {
        assertThat(BUNDLED.collapsed().uncertain()).isEmpty();
        assertThat(ModelParameters.bundledFitted().collapsed().posterior()).isEmpty();
        assertThatThrownBy(() -> BUNDLED.get("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
