package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files as users write them: every problem with its code, line, column and field. */
class RuleFileReaderTest {

    private static Validation<Seq<Problem>, RuleText> read(String json) {
        return TariffRules.read(new StringReader(json), "mine.json");
    }

    /** Each problem as {@code CODE@file:line:column (path)}. */
    private static Seq<String> problems(String json) {
        return read(json).getError().map(p -> p.code() + "@" + p.location().get());
    }

    private static final String HEAD =
            "{\"version\": \"mine\", \"title\": \"My contract\", \"effective\": \"2025-01-01\"";

    @Test
    void aCompleteFileKeepsEveryFieldAndSource() {
        String json = "{\n"
                + "  \"version\": \"contrat-2025\",\n"
                + "  \"title\": \"Contrat CPTS Gex\",\n"
                + "  \"textDate\": \"2024-12-15\",\n"
                + "  \"effective\": \"2025-01-01\",\n"
                + "  \"url\": \"https://example.org/contrat\",\n"
                + "  \"comment\": {\"free\": [1, 2, {\"x\": 3}]},\n"
                + "  \"parameters\": {\n"
                + "    \"fonctionnement.taille2\": {\"value\": 65000, \"article\": \"art. 3\","
                + " \"confidence\": \"CONFIRMED\", \"source\": \"signed contract\", \"note\": {\"a\": 1}},\n"
                + "    \"missions.acces.fixe.taille2\": {\"value\": \"40000.50\"},\n"
                + "    \"paiement.prorata.methode\": \"MOIS\"\n"
                + "  }\n"
                + "}\n";
        RuleText t = read(json).get();
        assertThat(t.version()).isEqualTo("contrat-2025");
        assertThat(t.title()).isEqualTo("Contrat CPTS Gex");
        assertThat(t.effective()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(t.url()).isEqualTo(Option.some("https://example.org/contrat"));
        assertThat(t.parameters().keySet().toList())
                .containsExactly("fonctionnement.taille2", "missions.acces.fixe.taille2", "paiement.prorata.methode");
        Sourced<String> f = t.parameters().get("fonctionnement.taille2").get();
        assertThat(f.value()).isEqualTo("65000");
        assertThat(f.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(f.reference().text()).isEqualTo("Contrat CPTS Gex — signed contract");
        assertThat(f.reference().article()).isEqualTo("art. 3");
        assertThat(f.reference().date()).isEqualTo(Option.some(LocalDate.of(2024, 12, 15)));
        assertThat(f.reference().url()).isEqualTo(Option.some("https://example.org/contrat"));
        Sourced<String> a = t.parameters().get("missions.acces.fixe.taille2").get();
        assertThat(a.value()).isEqualTo("40000.50");
        assertThat(a.confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        assertThat(a.reference().text()).isEqualTo("Contrat CPTS Gex");
        assertThat(a.reference().article()).isEmpty();
        // The short form is the user's own figure, sourced to the file it came from.
        Sourced<String> m = t.parameters().get("paiement.prorata.methode").get();
        assertThat(m.value()).isEqualTo("MOIS");
        assertThat(m.confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        assertThat(m.reference().text()).isEqualTo("Contrat CPTS Gex — mine.json");
    }

    /** 200,000 unknown names took 163 s (issue #27): a file reports at most MAX_PROBLEMS, then how many were left. */
    @Test
    void aFileFullOfUnknownNamesReportsABoundedList() {
        StringBuilder b = new StringBuilder(HEAD + ", \"parameters\": {");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("\"fonctionnement.taile")
                    .append(i)
                    .append("\": 1");
        }
        Seq<Problem> problems = read(b.append("}}").toString()).getError();
        assertThat(problems).hasSize(TariffRules.MAX_PROBLEMS + 1);
        assertThat(problems.init()).allMatch(p -> p.code().equals("TARIFF_UNKNOWN_PARAMETER"));
        assertThat(problems.last().code()).isEqualTo("TARIFF_TOO_MANY_PROBLEMS");
        assertThat(problems.last().messageEn())
                .isEqualTo("0 more problems not listed and " + (n - TariffRules.MAX_PROBLEMS)
                        + " more parameters not checked: a file reports at most "
                        + TariffRules.MAX_PROBLEMS + " problems");
        assertThat(problems.head().location().get().line()).isEqualTo(1);
    }

    @Test
    void withoutTextDateOrUrlTheReferenceHasNone() {
        RuleText t = read(HEAD + ", \"parameters\": {\"fonctionnement.taille1\": 1}}")
                .get();
        assertThat(t.url()).isEqualTo(Option.none());
        assertThat(t.parameters()
                        .get("fonctionnement.taille1")
                        .get()
                        .reference()
                        .date())
                .isEqualTo(Option.none());
        assertThat(read(HEAD + "}").get().parameters()).isEmpty();
    }

    @Test
    void theRequiredFieldsAreReportedAtTheObjectsStart() {
        assertThat(problems("\n  {\"parameters\": {}}"))
                .containsExactly(
                        "TARIFF_MISSING_FIELD@mine.json:2:3 (version)",
                        "TARIFF_MISSING_FIELD@mine.json:2:3 (title)",
                        "TARIFF_MISSING_FIELD@mine.json:2:3 (effective)");
        Problem p = read("{}").getError().head();
        assertThat(p.messageFr()).isEqualTo("champ obligatoire absent : « version »");
        assertThat(p.messageEn()).isEqualTo("required field missing: \"version\"");
        assertThat(problems("{\"version\": \"v\", \"effective\": \"2025-01-01\"}"))
                .containsExactly("TARIFF_MISSING_FIELD@mine.json:1:1 (title)");
        assertThat(problems("{\"version\": \"v\", \"title\": \"t\"}"))
                .containsExactly("TARIFF_MISSING_FIELD@mine.json:1:1 (effective)");
    }

    @Test
    void aFileThatIsNotAnObjectIsASyntaxError() {
        assertThat(problems("[1, 2]")).containsExactly("TARIFF_SYNTAX@mine.json:1:1");
        assertThat(read("[1, 2]").getError().head().messageEn()).isEqualTo("a JSON object is expected");
        assertThat(read("[1, 2]").getError().head().messageFr()).isEqualTo("un objet JSON est attendu");
        // Nothing at all: only the line is known.
        assertThat(problems("")).containsExactly("TARIFF_SYNTAX@mine.json:1");
    }

    @Test
    void malformedJsonIsLocated() {
        Problem p = read("{\n  \"version\": \"v\",\n  \"title\": }").getError().single();
        assertThat(p.code()).isEqualTo("TARIFF_SYNTAX");
        assertThat(p.location().get().line()).isEqualTo(3);
        assertThat(p.location().get().column()).isEqualTo(12);
        assertThat(p.messageEn()).startsWith("malformed JSON: ");
        assertThat(p.messageFr()).startsWith("JSON illisible : ");
    }

    @Test
    void fieldsOfTheWrongTypeAreNamed() {
        assertThat(problems("{\"version\": 3, \"title\": [\"a\"], \"effective\": {\"y\": 2025}, \"url\": true}"))
                .containsExactly(
                        "TARIFF_SYNTAX@mine.json:1:13 (version)",
                        "TARIFF_SYNTAX@mine.json:1:25 (title)",
                        "TARIFF_SYNTAX@mine.json:1:45 (effective)",
                        "TARIFF_SYNTAX@mine.json:1:65 (url)");
        Problem p = read("{\"version\": 3}").getError().head();
        assertThat(p.messageFr()).isEqualTo("une chaîne est attendue pour « version »");
        assertThat(p.messageEn()).isEqualTo("a string is expected for \"version\"");
    }

    @Test
    void badDatesSayTheExpectedFormat() {
        assertThat(
                        problems(
                                "{\"version\": \"v\", \"title\": \"t\", \"effective\": \"01/01/2025\", \"textDate\": \"2024-13-01\"}"))
                .containsExactly(
                        "TARIFF_BAD_DATE@mine.json:1:45 (effective)", "TARIFF_BAD_DATE@mine.json:1:71 (textDate)");
        Problem p = read("{\"effective\": \"01/01/2025\"}").getError().head();
        assertThat(p.messageFr()).isEqualTo("date invalide « 01/01/2025 » (attendu AAAA-MM-JJ)");
        assertThat(p.messageEn()).isEqualTo("invalid date \"01/01/2025\" (expected YYYY-MM-DD)");
    }

    @Test
    void parametersMustBeAnObjectOfValuesOrObjects() {
        assertThat(problems(HEAD + ", \"parameters\": [1]}"))
                .containsExactly("TARIFF_SYNTAX@mine.json:1:86 (parameters)");
        assertThat(read(HEAD + ", \"parameters\": 3}").getError().head().messageEn())
                .isEqualTo("\"parameters\" must be an object");
        assertThat(read(HEAD + ", \"parameters\": 3}").getError().head().messageFr())
                .isEqualTo("« parameters » doit être un objet");
        assertThat(problems(HEAD + ", \"parameters\": {\"a.b\": [1], \"fonctionnement.taille1\": 2, \"e.f\": [3]}}"))
                .containsExactly(
                        "TARIFF_SYNTAX@mine.json:1:94 (parameters.a.b)",
                        "TARIFF_SYNTAX@mine.json:1:135 (parameters.e.f)");
        Problem p = read(HEAD + ", \"parameters\": {\"a.b\": [1]}}").getError().head();
        assertThat(p.messageEn()).isEqualTo("a value or an object is expected");
        assertThat(p.messageFr()).isEqualTo("valeur ou objet attendu");
    }

    @Test
    void aFieldOfTheWrongTypeIsReportedOnce() {
        // not also as blank, as a bad date or as an unknown confidence
        assertThat(problems("{\"version\": {}, \"title\": 1, \"effective\": 2025}"))
                .containsExactly(
                        "TARIFF_SYNTAX@mine.json:1:13 (version)",
                        "TARIFF_SYNTAX@mine.json:1:26 (title)",
                        "TARIFF_SYNTAX@mine.json:1:42 (effective)");
        assertThat(problems(HEAD + ", \"parameters\": {\"plafond.taille1\": {\"value\": 1, \"confidence\": 3}}}"))
                .hasSize(1)
                .allMatch(p -> p.startsWith("TARIFF_SYNTAX@") && p.endsWith("(parameters.plafond.taille1.confidence)"));
    }

    @Test
    void aParameterObjectNeedsAScalarValueAndAKnownConfidence() {
        String json = HEAD + ", \"parameters\": {\n"
                + "\"a\": {\"article\": \"x\"},\n"
                + "\"b\": {\"value\": [1]},\n"
                + "\"plafond.taille3\": {\"value\": 1, \"confidence\": \"SURE\"},\n"
                + "\"plafond.taille4\": {\"value\": 1, \"article\": 4, \"source\": false}\n"
                + "}}";
        assertThat(problems(json))
                .containsExactly(
                        "TARIFF_MISSING_VALUE@mine.json:2:6 (parameters.a)",
                        "TARIFF_SYNTAX@mine.json:3:16 (parameters.b.value)",
                        "TARIFF_BAD_CONFIDENCE@mine.json:4:47 (parameters.plafond.taille3.confidence)",
                        "TARIFF_SYNTAX@mine.json:5:44 (parameters.plafond.taille4.article)",
                        "TARIFF_SYNTAX@mine.json:5:57 (parameters.plafond.taille4.source)");
        Seq<Problem> all = read(json).getError();
        assertThat(all.get(0).messageFr()).isEqualTo("le paramètre a n'a pas de « value »");
        assertThat(all.get(0).messageEn()).isEqualTo("parameter a has no \"value\"");
        assertThat(all.get(2).messageFr())
                .isEqualTo("confiance inconnue « SURE » (CONFIRMED, UNCONFIRMED, ESTIMATE, USER_SUPPLIED)");
        assertThat(all.get(2).messageEn())
                .isEqualTo("unknown confidence \"SURE\" (CONFIRMED, UNCONFIRMED, ESTIMATE, USER_SUPPLIED)");
        assertThat(all).allMatch(Problem::isError);
    }

    @Test
    void everyConfidenceIsRead() {
        for (Confidence c : Confidence.values()) {
            String json = HEAD + ", \"parameters\": {\"missions.qualite.obligatoire\": {\"value\": true,"
                    + " \"confidence\": \"" + c + "\"}}}";
            assertThat(read(json)
                            .get()
                            .parameters()
                            .get("missions.qualite.obligatoire")
                            .get()
                            .confidence())
                    .isEqualTo(c);
            assertThat(read(json)
                            .get()
                            .parameters()
                            .get("missions.qualite.obligatoire")
                            .get()
                            .value())
                    .isEqualTo("true");
        }
    }

    @Test
    void aFileIsReadFromDiskWithItsNameInProblems(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.json");
        Files.writeString(
                good, HEAD + ", \"parameters\": {\"fonctionnement.taille1\": 55000}}", StandardCharsets.UTF_8);
        RuleText t = TariffRules.read(good).get();
        assertThat(t.parameters()
                        .get("fonctionnement.taille1")
                        .get()
                        .reference()
                        .text())
                .isEqualTo("My contract — " + good);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{}", StandardCharsets.UTF_8);
        assertThat(TariffRules.read(bad).getError().head().location().get().source())
                .isEqualTo(bad.toString());
        Path none = dir.resolve("none.json");
        Problem p = TariffRules.read(none).getError().single();
        assertThat(p.code()).isEqualTo("TARIFF_IO");
        assertThat(p.location().get()).hasToString(none.toString());
        assertThat(p.messageEn()).startsWith("cannot read file: ");
        assertThat(p.messageFr()).startsWith("fichier illisible : ");
    }

    @Test
    void aFailingReaderIsAnIoProblem() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {}
        };
        Problem p = TariffRules.read(failing, "x.json").getError().single();
        assertThat(p.code()).isEqualTo("TARIFF_IO");
        assertThat(p.messageEn()).isEqualTo("cannot read: disk gone");
        assertThat(p.messageFr()).isEqualTo("lecture impossible : disk gone");
        assertThat(p.location().get()).hasToString("x.json");
    }
}
