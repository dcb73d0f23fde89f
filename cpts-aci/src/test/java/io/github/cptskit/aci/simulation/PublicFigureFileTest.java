package io.github.cptskit.aci.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A targets file at the edges of what it accepts: years, amounts and texts at their limits, the
 * figures list and its size, the place of each fault, and the bundled file as a user reads it.
 */
class PublicFigureFileTest {

    private static final String FIGURE = "{\"year\": 2023, \"amount\": 121000000, \"basis\": \"cash\","
            + " \"coverage\": \"aci\", \"role\": \"fit\", \"confidence\": \"CONFIRMED\", \"quote\": \"q\","
            + " \"source\": \"s\", \"citation\": \"c\"}";

    private static Validation<Seq<Problem>, Seq<PublicFigure>> read(String json) {
        return PublicFigure.read(new StringReader(json), "targets.json");
    }

    /** A file of one figure, with one field's raw JSON replaced. */
    private static Validation<Seq<Problem>, Seq<PublicFigure>> withField(String field, String rawJson) {
        String figure = FIGURE.replaceFirst("\"" + field + "\": (\"[^\"]*\"|[0-9.]+)", "\"" + field + "\": " + rawJson);
        return read("{\"figures\": [" + figure + "]}");
    }

    /** Each problem as {@code CODE line:column: English message}. */
    private static Seq<String> problems(String json) {
        return read(json)
                .getError()
                .map(p -> p.code() + " " + p.location().get().line() + ":"
                        + p.location().get().column() + ": " + p.messageEn());
    }

    @Test
    void theYearIsFrom2019To2100() {
        assertThat(withField("year", "2019").get().head().year()).isEqualTo(2019);
        assertThat(withField("year", "2100").get().head().year()).isEqualTo(2100);
        assertThat(withField("year", "2018").getError().single().messageEn())
                .isEqualTo("\"year\": 2018 is not an integer from 2019 to 2100");
        assertThat(withField("year", "2101").getError().single().messageEn())
                .isEqualTo("\"year\": 2101 is not an integer from 2019 to 2100");
    }

    @Test
    void theAmountIsPositiveInEurosToTheCentAndBelowTenToTheThirteen() {
        assertThat(withField("amount", "0.01").get().head().amountCents()).isEqualTo(1L);
        assertThat(withField("amount", "1.25").get().head().amountCents()).isEqualTo(125L);
        assertThat(withField("amount", "9999999999999.99").get().head().amountCents())
                .isEqualTo(999_999_999_999_999L);
        String expected = " is not a positive amount in euros below 10^13, at most two decimals";
        for (String bad : new String[] {"0", "-1", "1.255", "10000000000000"}) {
            assertThat(withField("amount", bad).getError().single().messageEn())
                    .as(bad)
                    .isEqualTo("\"amount\": " + bad + expected);
        }
    }

    @Test
    void theAmountIsInEuros() {
        PublicFigure f = withField("amount", "121000000.5").get().head();
        assertThat(f.amount().getCurrency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(f.amount().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("121000000.50");
    }

    @Test
    void aFigureNeedsAPositiveAmount() {
        assertThatThrownBy(() -> new PublicFigure(2023, 0, "q", "s", "c", Confidence.CONFIRMED, PublicFigure.Role.FIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a positive amount is expected: 0");
        assertThat(new PublicFigure(2023, 1, "q", "s", "c", Confidence.CONFIRMED, PublicFigure.Role.FIT).amountCents())
                .isEqualTo(1L);
    }

    @Test
    void aTextIsOneTo2000Characters() {
        String longest = "x".repeat(2_000);
        PublicFigure f = withField("quote", "\"" + longest + "\"").get().head();
        assertThat(f.quote()).isEqualTo(longest);
        assertThat(withField("citation", "\"" + longest + "y\"")
                        .getError()
                        .single()
                        .code())
                .isEqualTo("TARGETS_VALUE");
        assertThat(withField("source", "\" \"").getError().single().messageEn())
                .isEqualTo("\"source\":   is not a text of 1 to 2,000 characters");
    }

    @Test
    void anUnknownFieldNamesTheNearestOrEveryKnownOne() {
        assertThat(read("{\"figures\": [" + FIGURE.replace("}", ", \"zzzzzzzzzzzz\": 1}") + "]}")
                        .getError()
                        .single()
                        .messageEn())
                .isEqualTo("unknown field \"zzzzzzzzzzzz\" (known: amount, basis, citation, confidence, coverage,"
                        + " quote, role, source, year)");
        assertThat(read("{\"figures\": [" + FIGURE.replace("}", ", \"yeer\": 1}") + "]}")
                        .getError()
                        .single()
                        .messageEn())
                .isEqualTo("unknown field \"yeer\" (known: year)");
    }

    @Test
    void theFileIsAnObjectWithANonEmptyListOfFigureObjects() {
        assertThat(problems("[1]"))
                .containsExactly(
                        "TARGETS_SYNTAX 1:1: a JSON object with a non-empty list \"figures\" of objects is expected");
        assertThat(problems("{\"title\": \"t\"}"))
                .containsExactly(
                        "TARGETS_SYNTAX 1:1: a JSON object with a non-empty list \"figures\" of objects is expected");
        // Reported where the figures are, not at the start of the file.
        assertThat(problems("{\"title\": \"t\",\n \"figures\": {\"a\": 1}}"))
                .containsExactly(
                        "TARGETS_SYNTAX 2:13: a JSON object with a non-empty list \"figures\" of objects is expected");
        assertThat(problems("{\"figures\": [" + FIGURE + ",\n 3]}"))
                .containsExactly(
                        "TARGETS_SYNTAX 2:2: a JSON object with a non-empty list \"figures\" of objects is expected");
    }

    @Test
    void malformedJsonIsOneLocatedProblem() {
        Problem p = read("{\"figures\": [").getError().single();
        assertThat(p.location().get().source()).isEqualTo("targets.json");
        assertThat(p.messageEn()).startsWith("malformed JSON");
    }

    /** A hostile file cannot make the fit slow: at most MAX_FIGURES figures. */
    @Test
    void aFileHoldsAtMostMaxFiguresFigures() {
        String full =
                "{\"figures\": [" + List.fill(PublicFigure.MAX_FIGURES, FIGURE).mkString(",") + "]}";
        assertThat(read(full).get()).hasSize(PublicFigure.MAX_FIGURES);
        String over = "{\"figures\": ["
                + List.fill(PublicFigure.MAX_FIGURES + 1, FIGURE).mkString(",") + "]}";
        assertThat(problems(over)).containsExactly("TARGETS_TOO_MANY 1:13: more than 1000 figures");
    }

    @Test
    void theBundledBytesAreTheBundledFigures() {
        byte[] bytes = PublicFigure.bundledBytes();
        Seq<PublicFigure> again = PublicFigure.read(
                        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), "copy.json")
                .get();
        assertThat(again).isEqualTo(PublicFigure.bundled());
        assertThat(PublicFigure.bundledList()).containsExactlyElementsOf(PublicFigure.bundled());
    }

    @Test
    void aYearToFitNeedsAFigureThatIsNotContextAndTheProblemListsTheYearsThatHaveOne() {
        PublicFigure fit = new PublicFigure(2022, 100, "q", "s", "c", Confidence.CONFIRMED, PublicFigure.Role.FIT);
        PublicFigure context =
                new PublicFigure(2025, 100, "q", "s", "c", Confidence.UNCONFIRMED, PublicFigure.Role.CONTEXT);
        Seq<Problem> p =
                PublicFigure.fitting(List.of(fit, context), List.of(2025)).getError();
        assertThat(p.map(Problem::messageEn)).containsExactly("no figure to fit in 2025 (years with figures: 2022)");
        assertThat(PublicFigure.fitting(List.of(fit, context), List.of(2022)).get())
                .containsExactly(fit, context);
    }
}
