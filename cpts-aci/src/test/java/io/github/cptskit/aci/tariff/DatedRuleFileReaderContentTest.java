package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.Note;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a dated rule file gives its reader: each value's article, source (one text or French and
 * English) and confidence, the texts in date order, the ranges kept, and every fault of a text, a
 * date, a source or a range reported once with its code and message, never thrown.
 */
class DatedRuleFileReaderContentTest {

    private static final String TEXTS =
            "{\"texts\": {\"t1\": {\"title\": \"Texte 1\", \"effective\": \"2025-01-01\"}},\n";

    private static Validation<Seq<Problem>, Seq<RuleText>> read(String json) {
        return DatedRuleFileReader.read(new StringReader(json), "dated.json");
    }

    /** Each problem as {@code CODE (path): English message}. */
    private static Seq<String> problems(String json) {
        return read(json)
                .getError()
                .map(p -> p.code() + " (" + p.location().map(l -> l.path()).getOrElse("") + "): " + p.messageEn());
    }

    /** The plafond parameter with the given entry for 2025-01-01. */
    private static String plafond(String entry) {
        return TEXTS + "\"parameters\": {\"plafond\": {\"2025-01-01\": " + entry + "}}}";
    }

    private static Sourced<String> value(String json, String path) {
        return read(json).get().head().parameters().get(path).get();
    }

    @Test
    void theArticleSourceAndConfidenceOfADateApplyToEachBandUnlessABandSaysOtherwise() {
        String json = plafond(
                "{\"article\": \"art. 5\", \"source\": \"Rapport 2024\", \"confidence\": \"CONFIRMED\","
                        + " \"taille1\": 100,"
                        + " \"taille2\": {\"value\": 200, \"article\": \"art. 6\","
                        + " \"source\": {\"fr\": \"Avenant signé\", \"en\": \"Signed amendment\"}, \"confidence\": \"ESTIMATE\"}}");
        Sourced<String> shared = value(json, "plafond.taille1");
        assertThat(shared.value()).isEqualTo("100");
        assertThat(shared.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(shared.reference().text()).isEqualTo("Texte 1");
        assertThat(shared.reference().article()).isEqualTo("art. 5");
        // A source in one language is the note in both.
        assertThat(shared.reference().note()).isEqualTo(Option.some(new Note("Rapport 2024", "Rapport 2024")));
        Sourced<String> own = value(json, "plafond.taille2");
        assertThat(own.value()).isEqualTo("200");
        assertThat(own.confidence()).isEqualTo(Confidence.ESTIMATE);
        assertThat(own.reference().article()).isEqualTo("art. 6");
        assertThat(own.reference().note()).isEqualTo(Option.some(new Note("Avenant signé", "Signed amendment")));
    }

    @Test
    void aValueWithoutArticleOrSourceIsTheUsersOwnCitedToItsTextOnly() {
        Sourced<String> bare = value(plafond("{\"taille1\": {\"value\": 100}}"), "plafond.taille1");
        assertThat(bare.confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        assertThat(bare.reference().article()).isEmpty();
        assertThat(bare.reference().note()).isEqualTo(Option.none());
        assertThat(bare.reference().citation()).isEqualTo("Texte 1");
    }

    @Test
    void aBilingualSourceNeedsBothLanguagesAndNothingElse() {
        assertThat(problems(plafond("{\"source\": {\"fr\": \"Rapport\", \"de\": \"Bericht\"}, \"taille1\": 1}")))
                .containsExactly(
                        "TARIFF_SYNTAX (parameters.plafond.2025-01-01.source.de): unknown field: \"de\"",
                        "TARIFF_MISSING_FIELD (parameters.plafond.2025-01-01.source): required field missing:"
                                + " \"source.en\"");
        assertThat(problems(plafond("{\"source\": 3, \"taille1\": 1}")))
                .containsExactly("TARIFF_SYNTAX (parameters.plafond.2025-01-01.source): a string is expected for"
                        + " \"source\"");
    }

    @Test
    void theTextsAreGivenInDateOrderEachWithItsOwnValuesAndReference() {
        String json = "{\"texts\": {"
                + "\"avenant\": {\"title\": \"Avenant\", \"effective\": \"2026-01-01\"},"
                + " \"accord\": {\"title\": \"Accord\", \"effective\": \"2025-01-01\", \"textDate\": \"2024-12-20\","
                + " \"url\": \"https://example.org/accord\"}},"
                + " \"parameters\": {\"plafond\": {\"2026-01-01\": {\"taille1\": 2}, \"2025-01-01\": {\"taille1\": 1}}}}";
        Seq<RuleText> texts = read(json).get();
        assertThat(texts.map(RuleText::version)).containsExactly("accord", "avenant");
        assertThat(texts.map(RuleText::effective)).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
        Sourced<String> first = texts.get(0).parameters().get("plafond.taille1").get();
        assertThat(first.value()).isEqualTo("1");
        assertThat(first.reference().date()).isEqualTo(Option.some(LocalDate.of(2024, 12, 20)));
        assertThat(first.reference().url()).isEqualTo(Option.some("https://example.org/accord"));
        Sourced<String> second =
                texts.get(1).parameters().get("plafond.taille1").get();
        assertThat(second.value()).isEqualTo("2");
        assertThat(second.reference().date()).isEqualTo(Option.none());
        assertThat(second.reference().url()).isEqualTo(Option.none());
    }

    @Test
    void theDocumentAndItsTextsMustBeObjects() {
        assertThat(problems("[1]")).containsExactly("TARIFF_SYNTAX (): a JSON object is expected");
        assertThat(problems("{\"parameters\": {}}"))
                .containsExactly("TARIFF_MISSING_FIELD (): required field missing: \"texts\"");
        assertThat(problems("{\"texts\": {\"t1\": 1}, \"parameters\": {}}"))
                .containsExactly("TARIFF_SYNTAX (texts.t1): a JSON object is expected");
        assertThat(problems(TEXTS + "\"parameters\": [1]}"))
                .containsExactly("TARIFF_SYNTAX (parameters): \"parameters\" must be an object");
        assertThat(problems(plafond("3")))
                .containsExactly("TARIFF_SYNTAX (parameters.plafond.2025-01-01): a JSON object is expected");
        assertThat(problems(plafond("{\"taille1\": 1, \"taille10\": 2}")))
                .containsExactly("TARIFF_SYNTAX (parameters.plafond.2025-01-01.taille10): unknown field: \"taille10\"");
    }

    @Test
    void aFaultyDateOfATextIsReportedOnce() {
        String head = "{\"texts\": {\"t1\": {\"title\": \"Texte 1\"";
        assertThat(problems(head + ", \"effective\": \"01/01/2025\"}}, \"parameters\": {}}"))
                .containsExactly(
                        "TARIFF_BAD_DATE (texts.t1.effective): invalid date \"01/01/2025\"" + " (expected YYYY-MM-DD)");
        // Missing or not a string: not also as a bad date.
        assertThat(problems(head + "}}, \"parameters\": {}}"))
                .containsExactly("TARIFF_MISSING_FIELD (texts.t1): required field missing: \"effective\"");
        assertThat(problems(head + ", \"effective\": 20250101}}, \"parameters\": {}}"))
                .containsExactly("TARIFF_SYNTAX (texts.t1.effective): a string is expected for \"effective\"");
    }

    @Test
    void aTextWithoutUsableTitleIsReportedNotThrownAndItsValuesHaveNoText() {
        // A blank title made LegalReference throw in the single-text reader (fuzzing, #8).
        String values = "\"parameters\": {\"plafond\": {\"2025-01-01\": {\"taille1\": 1}}}}";
        assertThat(problems("{\"texts\": {\"t1\": {\"title\": \" \", \"effective\": \"2025-01-01\"}}, " + values))
                .containsExactly(
                        "TARIFF_BLANK_FIELD (texts.t1.title): required field is blank: \"title\"",
                        "TARIFF_UNKNOWN_DATE (parameters.plafond.2025-01-01): no text of \"texts\" takes effect on"
                                + " 2025-01-01");
        assertThat(problems("{\"texts\": {\"t1\": {\"effective\": \"2025-01-01\"}}, " + values))
                .containsExactly(
                        "TARIFF_MISSING_FIELD (texts.t1): required field missing: \"title\"",
                        "TARIFF_UNKNOWN_DATE (parameters.plafond.2025-01-01): no text of \"texts\" takes effect on"
                                + " 2025-01-01");
        // Only the title must not be blank.
        assertThat(read("{\"texts\": {\"t1\": {\"title\": \"T\", \"effective\": \"2025-01-01\", \"url\": \" \"}}, "
                                + values)
                        .get()
                        .head()
                        .url())
                .isEqualTo(Option.some(" "));
    }

    @Test
    void aRangeIsTwoBoundedNumbersThatContainTheValue() {
        RuleText point = read(plafond("{\"taille1\": {\"value\": 100, \"range\": [100, 100]}}"))
                .get()
                .head();
        assertThat(point.ranges().get("plafond.taille1"))
                .isEqualTo(Option.some(new ValueRange(new BigDecimal("100"), new BigDecimal("100"))));
        assertThat(problems(plafond("{\"taille1\": {\"value\": 120, \"range\": [90, 110]}}")))
                .containsExactly("TARIFF_RANGE_EXCLUDES_VALUE (parameters.plafond.2025-01-01.taille1.value):"
                        + " the range [90, 110] of plafond.taille1 does not contain its value 120");
        for (String bad : new String[] {"[1]", "[1, 2, 3]", "\"1-2\"", "[1, \"2\"]"}) {
            assertThat(problems(plafond("{\"taille1\": {\"value\": 1, \"range\": " + bad + "}}")))
                    .as(bad)
                    .containsExactly("TARIFF_BAD_RANGE (parameters.plafond.2025-01-01.taille1.range):"
                            + " a range is expected as [low, high] (two numbers)");
        }
    }

    /** At most 15 digits before and after the point: a hostile 1e999999999 cannot blow up later arithmetic. */
    @Test
    void aRangeBoundHasAtMostFifteenDigitsEachSideOfThePoint() {
        for (String ok : new String[] {"999999999999999", "0.000000000000001"}) {
            RuleText t = read(plafond("{\"taille1\": {\"value\": 0, \"range\": [0, " + ok + "]}}"))
                    .get()
                    .head();
            assertThat(t.ranges().get("plafond.taille1").get().high()).isEqualByComparingTo(ok);
        }
        for (String tooLong : new String[] {"1000000000000000", "0.0000000000000001"}) {
            assertThat(problems(plafond("{\"taille1\": {\"value\": 0, \"range\": [0, " + tooLong + "]}}")))
                    .as(tooLong)
                    .containsExactly("TARIFF_BAD_RANGE (parameters.plafond.2025-01-01.taille1.range):"
                            + " a range is expected as [low, high] (two numbers)");
        }
    }

    @Test
    void aMissionTheFileDeclaresMakesItsAmountsKnown() {
        String json = TEXTS + "\"parameters\": {"
                + "\"missions.sante_mentale.obligatoire\": {\"2025-01-01\": {\"value\": false}},"
                + " \"missions.sante_mentale.fixe\": {\"2025-01-01\": {\"taille2\": 1000}}}}";
        assertThat(read(json)
                        .get()
                        .head()
                        .parameters()
                        .get("missions.sante_mentale.fixe.taille2")
                        .map(Sourced::value))
                .isEqualTo(Option.some("1000"));
        assertThat(problems(json.replace(
                        "\"missions.sante_mentale.obligatoire\": {\"2025-01-01\": {\"value\": false}},", "")))
                .singleElement()
                .asString()
                .startsWith("TARIFF_UNKNOWN_PARAMETER (parameters.missions.sante_mentale.fixe.2025-01-01.taille2)");
    }

    /** 200,000 unknown names took minutes (issue #27): at most MAX_PROBLEMS, then how many were left unchecked. */
    @Test
    void aFileFullOfUnknownNamesReportsABoundedList() {
        StringBuilder b = new StringBuilder(TEXTS + "\"parameters\": {");
        int n = TariffRules.MAX_PROBLEMS + 30;
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("\"plafnd").append(i).append("\": {\"2025-01-01\": {\"value\": 1}}");
        }
        Seq<Problem> all = read(b.append("}}").toString()).getError();
        assertThat(all).hasSize(TariffRules.MAX_PROBLEMS + 1);
        assertThat(all.init()).allMatch(p -> p.code().equals("TARIFF_UNKNOWN_PARAMETER"));
        assertThat(all.last().messageEn())
                .isEqualTo("0 more problems not listed and 30 more parameters not checked: a file reports at most "
                        + TariffRules.MAX_PROBLEMS + " problems");
    }

    /** A capped list never hides that there were more problems: the last one says how many. */
    @Test
    void aFileFullOfBadDatesListsAtMostMaxProblemsAndCountsTheOthers() {
        StringBuilder b = new StringBuilder(TEXTS + "\"parameters\": {\"plafond\": {");
        for (int i = 0; i < TariffRules.MAX_PROBLEMS + 30; i++) {
            b.append(i == 0 ? "" : ",").append("\"2025-13-").append(i).append("\": {}");
        }
        Seq<Problem> all = read(b.append("}}}").toString()).getError();
        assertThat(all).hasSize(TariffRules.MAX_PROBLEMS + 1);
        assertThat(all.init()).allMatch(p -> p.code().equals("TARIFF_BAD_DATE"));
        assertThat(all.last().code()).isEqualTo("TARIFF_TOO_MANY_PROBLEMS");
        assertThat(all.last().messageFr())
                .isEqualTo("30 problèmes de plus non listés et 0 paramètres de plus non vérifiés : un fichier signale"
                        + " au plus " + TariffRules.MAX_PROBLEMS + " problèmes");
    }
}
