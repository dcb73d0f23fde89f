package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The {@code posterior} section of a parameters file (what {@code cpts calibrate} writes and
 * {@code --params} reads): read back exactly, and each fault refused with its place.
 */
class PosteriorFileTest {

    private static final String FP = "c3f72cd61c9c7655eee48007bb4daf03cf10c266971a15237ebc12f7ac81bf54";

    private static String file(String posterior) {
        return "{\"posterior\": " + posterior + "}";
    }

    private static String posterior(String names, String particles, String extra) {
        return "{\"method\": \"m\", \"priorFingerprint\": \"" + FP + "\", \"names\": " + names + ", \"particles\": "
                + particles + extra + "}";
    }

    private static ModelParameters read(String json) {
        return ModelParameters.bundled()
                .plus(new StringReader(json), "fit.json")
                .get();
    }

    private static Seq<Problem> problems(String json) {
        return ModelParameters.bundled()
                .plus(new StringReader(json), "fit.json")
                .getError();
    }

    @Test
    void aPosteriorReadsBackWithItsParticlesInputsAndObservations() {
        String inputs = ", \"inputs\": {\"targets\": \"" + "a".repeat(64) + "\", \"model\": \"" + "0".repeat(64)
                + "\"}, \"observations\": [\"2023: 121.0 M€ (s)\"]";
        Posterior p = read(file(posterior(
                        "[\"tarif.quantile\", \"majoration.fonctionnement.debut\"]",
                        "[[0.7, \"2022-04-01\"], [0.5, \"2022-04-01\"], [0.6, \"2022-04-01\"]]",
                        inputs)))
                .posterior()
                .get();
        assertThat(p.method()).isEqualTo("m");
        assertThat(p.priorFingerprint()).isEqualTo(FP);
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.names()).containsExactly("tarif.quantile", "majoration.fonctionnement.debut");
        assertThat(p.namesList()).containsExactly("tarif.quantile", "majoration.fonctionnement.debut");
        assertThat(p.value(1, 0)).isEqualTo(0.5);
        assertThat(p.value(2, 1)).isEqualTo(LocalDate.of(2022, 4, 1).toEpochDay());
        assertThat(p.quantiles("tarif.quantile").get()).containsExactly(0.5, 0.6, 0.7);
        assertThat(p.quantilesOptional("tarif.quantile").get()).containsExactly(0.5, 0.6, 0.7);
        assertThat(p.quantiles("realisation.moyenne")).isEmpty();
        assertThat(p.quantilesOptional("realisation.moyenne")).isEmpty();
        assertThat(p.inputs()).containsOnlyKeys("model", "targets");
        assertThat(p.inputs().firstKey()).isEqualTo("model");
        assertThat(p.observations()).containsExactly("2023: 121.0 M€ (s)");
        assertThat(p.observationsList()).containsExactly("2023: 121.0 M€ (s)");
        assertThat(p).hasToString("Posterior[3 particles of tarif.quantile, majoration.fonctionnement.debut; m]");
    }

    @Test
    void posteriorsAreEqualByTheirContentAndCopyTheirParticles() {
        double[][] values = {{0.1}, {0.2}};
        Posterior a = new Posterior("m", FP, List.of("o"), List.of("tarif.quantile"), values);
        values[0][0] = 0.9; // copied: the posterior does not change
        Posterior b = new Posterior("m", FP, List.of("o"), List.of("tarif.quantile"), new double[][] {{0.1}, {0.2}});
        assertThat(a.value(0, 0)).isEqualTo(0.1);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Posterior("n", FP, List.of("o"), List.of("tarif.quantile"), new double[][] {
            {0.1}, {0.2}
        }));
        assertThat(a).isNotEqualTo(new Posterior("m", "x", List.of("o"), List.of("tarif.quantile"), new double[][] {
            {0.1}, {0.2}
        }));
        assertThat(a).isNotEqualTo(new Posterior("m", FP, List.of("o"), List.of("realisation.moyenne"), new double[][] {
            {0.1}, {0.2}
        }));
        assertThat(a).isNotEqualTo(new Posterior("m", FP, List.of("o"), List.of("tarif.quantile"), new double[][] {
            {0.1}, {0.3}
        }));
        assertThat(a)
                .isNotEqualTo(new Posterior(
                        "m",
                        FP,
                        List.of("o"),
                        List.of("tarif.quantile"),
                        new double[][] {{0.1}, {0.2}},
                        java.util.Map.of("model", "0".repeat(64))));
        assertThat(a).isNotEqualTo("Posterior");
        assertThatThrownBy(() -> new Posterior("m", FP, List.empty(), List.of("tarif.quantile"), new double[0][]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new Posterior("m", FP, List.empty(), List.of("tarif.quantile"), new double[][] {{0.1, 0.2}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("particle 0 has 2 values for 1 names");
    }

    @Test
    void eachFaultOfAPosteriorIsRefusedWithItsPlace() {
        String names = "[\"tarif.quantile\"]";
        assertThat(problems(file("[1]")).map(Problem::code)).containsExactly("MODEL_FILE_SYNTAX");
        // a field missing or of the wrong type
        for (String missing : new String[] {
            "{\"priorFingerprint\": \"" + FP + "\", \"names\": [], \"particles\": []}",
            "{\"method\": 1, \"priorFingerprint\": \"" + FP + "\", \"names\": [], \"particles\": []}",
            "{\"method\": \"m\", \"priorFingerprint\": 2, \"names\": [], \"particles\": []}",
            "{\"method\": \"m\", \"priorFingerprint\": \"" + FP + "\", \"particles\": [[0.5]]}",
            "{\"method\": \"m\", \"priorFingerprint\": \"" + FP + "\", \"names\": []}"
        }) {
            Seq<Problem> p = problems(file(missing));
            assertThat(p.map(Problem::code)).as(missing).containsExactly("MODEL_FILE_SYNTAX");
            assertThat(p.head().messageEn()).as(missing).contains("method, priorFingerprint, names and particles");
        }
        assertThat(problems(file(posterior("\"tarif.quantile\"", "[[0.5]]", "")))
                        .map(Problem::code))
                .containsExactly("MODEL_FILE_SYNTAX");
        Seq<Problem> unknown = problems(file(posterior("[\"tarif.quantil\", 3]", "[[0.5, 0.5]]", "")));
        assertThat(unknown.map(Problem::code)).startsWith("MODEL_UNKNOWN_PARAMETER", "MODEL_UNKNOWN_PARAMETER");
        assertThat(unknown.head().messageEn()).contains("tarif.quantil");
        // inputs: an object of SHA-256 in lower-case hexadecimal
        assertThat(problems(file(posterior(names, "[[0.5]]", ", \"inputs\": {\"model\": \"abc\"}")))
                        .map(Problem::code))
                .containsExactly("MODEL_FILE_SYNTAX");
        assertThat(problems(file(posterior(names, "[[0.5]]", ", \"inputs\": {\"model\": \"" + "A".repeat(64) + "\"}")))
                        .map(Problem::code))
                .containsExactly("MODEL_FILE_SYNTAX");
        assertThat(problems(file(posterior(names, "[[0.5]]", ", \"inputs\": [1]")))
                        .map(Problem::code))
                .containsExactly("MODEL_FILE_SYNTAX");
        // particles: a non-empty list of rows of one value per name, each within the parameter's range
        assertThat(problems(file(posterior(names, "[]", ""))).map(Problem::code))
                .containsExactly("MODEL_FILE_SYNTAX");
        assertThat(problems(file(posterior(names, "{}", ""))).map(Problem::code))
                .containsExactly("MODEL_FILE_SYNTAX");
        Seq<Problem> size = problems(file(posterior(names, "[[0.5], [0.5, 0.6]]", "")));
        assertThat(size.map(Problem::code)).containsExactly("MODEL_FILE_SYNTAX");
        assertThat(size.head().messageEn()).contains("1 values");
        assertThat(problems(file(posterior(names, "[0.5]", ""))).map(Problem::code))
                .containsExactly("MODEL_FILE_SYNTAX");
        // tarif.quantile is in [0, 1]: both ends accepted, beyond them refused
        assertThat(read(file(posterior(names, "[[0], [1]]", "")))
                        .posterior()
                        .get()
                        .size())
                .isEqualTo(2);
        for (String bad : new String[] {"-0.001", "1.001", "\"0.5\""}) {
            Seq<Problem> p = problems(file("\n" + posterior(names, "[[0.5],\n [" + bad + "]]", "")));
            assertThat(p.map(Problem::code)).as(bad).containsExactly("MODEL_POSTERIOR_VALUE");
            assertThat(p.head().messageEn()).as(bad).contains("tarif.quantile");
            assertThat(p.head().location().get().line()).as(bad).isEqualTo(3);
        }
        String date = "[\"majoration.fonctionnement.debut\"]";
        assertThat(problems(file(posterior(date, "[[\"2022-13-01\"]]", ""))).map(Problem::code))
                .containsExactly("MODEL_POSTERIOR_VALUE");
        assertThat(problems(file(posterior(names, "[[\"2022-04-01\"]]", ""))).map(Problem::code))
                .containsExactly("MODEL_POSTERIOR_VALUE");
    }
}
