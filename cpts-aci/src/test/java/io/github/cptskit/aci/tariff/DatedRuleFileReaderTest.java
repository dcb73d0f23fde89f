package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dated rule files as users write them: every problem from the catalogue, with its code and place. */
class DatedRuleFileReaderTest {

    private static final String TEXTS =
            "{\"texts\": {\"t1\": {\"title\": \"Texte 1\", \"effective\": \"2025-01-01\"}},\n";

    private static Seq<Problem> problems(String json) {
        return DatedRuleFileReader.read(new StringReader(json), "dated.json").getError();
    }

    /** Each problem as {@code CODE@line:column (path)}. */
    private static Seq<String> located(String json) {
        return problems(json)
                .map(p -> p.code() + "@" + p.location().get().line() + ":"
                        + p.location().get().column() + " " + p.location().get().path());
    }

    @Test
    void aWellFormedFileIsRead() {
        Seq<RuleText> texts = DatedRuleFileReader.read(
                        new StringReader(TEXTS + "\"parameters\": {\"plafond\": {\"2025-01-01\":"
                                + " {\"taille1\": {\"value\": 100, \"range\": [90, 110]}}}}}"),
                        "dated.json")
                .get();
        assertThat(texts.head().parameters().get("plafond.taille1").get().value())
                .isEqualTo("100");
    }

    @Test
    void aFaultOfTheDocumentKeepsTheTariffCodesAndItsPlace() {
        assertThat(problems("")).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TARIFF_SYNTAX");
            assertThat(p.messageEn()).isEqualTo(Problem.render(AciProblem.TARIFF_SYNTAX_EMPTY, Locale.ENGLISH));
        });
        assertThat(located("{\"texts\": }")).singleElement().asString().startsWith("TARIFF_SYNTAX@1:");
        assertThat(problems("{} {}").head().messageFr()).isEqualTo("contenu après la fin du document");
        Problem dup = problems("{\"texts\": {}, \"texts\": {}}").head();
        assertThat(dup.code()).isEqualTo("TARIFF_SYNTAX");
        assertThat(dup.messageFr()).isEqualTo("clé en double : « texts »");
        assertThat(dup.messageEn()).isEqualTo("duplicate key: \"texts\"");
        assertThat(dup.location().get().line()).isEqualTo(1);
        assertThat(dup.location().get().path()).isEqualTo("texts");
    }

    @Test
    void everyProblemOfTheContentIsReportedAtOnceWithItsPlace() {
        String json = TEXTS
                + "\"extra\": 1,\n"
                + "\"parameters\": {\n"
                + "\"a\": 3,\n"
                + "\"plafond\": {\"2025-13-01\": {}, \"2024-01-01\": {}, \"2025-01-01\": {\"taille1\":"
                + " {\"value\": 5, \"range\": [6, 4], \"confidence\": \"SURE\", \"note\": 1}}}\n"
                + "}}";
        assertThat(located(json))
                .containsExactly(
                        "TARIFF_SYNTAX@2:10 extra",
                        "TARIFF_SYNTAX@4:6 parameters.a",
                        "TARIFF_BAD_DATE@5:27 parameters.plafond.2025-13-01",
                        "TARIFF_UNKNOWN_DATE@5:45 parameters.plafond.2024-01-01",
                        "TARIFF_BAD_CONFIDENCE@5:119 parameters.plafond.2025-01-01.taille1.confidence",
                        "TARIFF_SYNTAX@5:135 parameters.plafond.2025-01-01.taille1.note",
                        "TARIFF_BAD_RANGE@5:97 parameters.plafond.2025-01-01.taille1.range");
        Problem unknownDate = problems(json).get(3);
        assertThat(unknownDate.messageFr()).isEqualTo("aucun texte de « texts » ne prend effet le 2024-01-01");
        assertThat(unknownDate.messageEn()).isEqualTo("no text of \"texts\" takes effect on 2024-01-01");
        assertThat(problems(json).get(1).messageFr()).isEqualTo("un objet est attendu (date → valeur)");
        assertThat(problems(json).get(6).messageEn()).isEqualTo("range upside down: 6 > 4");
    }

    @Test
    void textsAndValuesAreChecked() {
        assertThat(problems("{\"texts\": {\"a\": {\"title\": \"A\", \"effective\": \"2025-01-01\"},"
                                + " \"b\": {\"title\": \"B\", \"effective\": \"2025-01-01\"}}, \"parameters\": {}}")
                        .map(Problem::messageEn))
                .containsExactly("two texts take effect on 2025-01-01");
        assertThat(problems("{\"texts\": [], \"parameters\": {}}").map(Problem::messageFr))
                .containsExactly("« texts » doit être un objet non vide (version → texte)");
        assertThat(problems("{\"texts\": {\"a\": {\"effective\": \"2025-01-01\"}}}")
                        .map(p -> p.code() + " " + p.messageEn()))
                .containsExactly(
                        "TARIFF_MISSING_FIELD required field missing: \"title\"",
                        "TARIFF_MISSING_FIELD required field missing: \"parameters\"");
        assertThat(problems(TEXTS + "\"parameters\": {\"plafond\": {\"2025-01-01\": {\"taille1\": 1e40,"
                                + " \"taille2\": [1], \"taille3\": {\"range\": [1, 2]}}}}}")
                        .map(p -> p.code() + " " + p.messageFr()))
                .containsExactly(
                        "TARIFF_BAD_VALUE nombre hors limites pour plafond.taille1",
                        "TARIFF_SYNTAX une valeur est attendue pour plafond.taille2",
                        "TARIFF_MISSING_VALUE le paramètre plafond.taille3 n'a pas de « value »");
        assertThat(problems(TEXTS + "\"parameters\": {\"plafond\": {\"2025-01-01\": {\"taille1\": 1}},"
                                + " \"plafond.taille1\": {\"2025-01-01\": {\"value\": 1}}}}")
                        .map(p -> p.code() + " " + p.messageEn()))
                .containsExactly("TARIFF_SYNTAX plafond.taille1 is set twice on 2025-01-01");
    }
}
