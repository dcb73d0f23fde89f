package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The range of an estimated figure in a single-text rule file: two bounded numbers, low first, that
 * contain the value; and the problems of a file in file order, at most MAX_PROBLEMS of them.
 */
class RuleFileReaderRangesTest {

    private static final String HEAD =
            "{\"version\": \"mine\", \"title\": \"My contract\", \"effective\": \"2025-01-01\"";

    private static Validation<Seq<Problem>, RuleText> read(String json) {
        return TariffRules.read(new StringReader(json), "mine.json");
    }

    private static Validation<Seq<Problem>, RuleText> withRange(String value, String range) {
        return read(HEAD + ", \"parameters\": {\"plafond.taille1\": {\"value\": " + value + ", \"range\": " + range
                + "}}}");
    }

    /** Each problem as {@code CODE@file:line:column (path): English message}. */
    private static Seq<String> problems(Validation<Seq<Problem>, RuleText> read) {
        return read.getError().map(p -> p.code() + "@" + p.location().get() + ": " + p.messageEn());
    }

    @Test
    void aRangeThatContainsItsValueIsKept() {
        assertThat(withRange("1.5", "[1, 2]").get().ranges().get("plafond.taille1"))
                .isEqualTo(Option.some(ValueRange.of("1", "2")));
        // A point range: the figure is known to the cent, the range says so.
        assertThat(withRange("2", "[2, 2.0]").get().ranges().get("plafond.taille1"))
                .isEqualTo(Option.some(ValueRange.of("2", "2.0")));
        assertThat(withRange("2", "[2, 2]")
                        .get()
                        .parameters()
                        .get("plafond.taille1")
                        .get()
                        .value())
                .isEqualTo("2");
    }

    @Test
    void aRangeIsTwoNumbersLowFirst() {
        assertThat(problems(withRange("1", "[3, 1]")))
                .containsExactly(
                        "TARIFF_BAD_RANGE@mine.json:1:128 (parameters.plafond.taille1.range): range upside down: 3 > 1");
        for (String bad : new String[] {"[1]", "[1, 2, 3]", "[1, \"2\"]", "[1, [2]]", "\"1-2\"", "{\"low\": 1}"}) {
            assertThat(problems(withRange("1", bad)))
                    .as(bad)
                    .containsExactly("TARIFF_BAD_RANGE@mine.json:1:128 (parameters.plafond.taille1.range): a range is"
                            + " expected as [low, high] (two numbers)");
        }
    }

    @Test
    void aRangeMustContainItsValue() {
        assertThat(problems(withRange("120", "[90, 110]")))
                .containsExactly("TARIFF_RANGE_EXCLUDES_VALUE@mine.json:1:130 (parameters.plafond.taille1.range):"
                        + " the range [90, 110] of plafond.taille1 does not contain its value 120");
        assertThat(problems(withRange("\"abc\"", "[90, 110]")))
                .first()
                .asString()
                .startsWith("TARIFF_RANGE_EXCLUDES_VALUE@");
    }

    /** At most 15 digits before and after the point: a hostile 1e999999999 cannot blow up later arithmetic. */
    @Test
    void aRangeBoundHasAtMostFifteenDigitsEachSideOfThePoint() {
        for (String ok : new String[] {"999999999999999", "0.000000000000001", "99999999999999.9"}) {
            assertThat(withRange("0", "[0, " + ok + "]")
                            .get()
                            .ranges()
                            .get("plafond.taille1")
                            .get()
                            .high())
                    .isEqualByComparingTo(ok);
        }
        for (String tooLong : new String[] {"1000000000000000", "0.0000000000000001"}) {
            assertThat(withRange("0", "[0, " + tooLong + "]").getError().map(Problem::code))
                    .as(tooLong)
                    .containsExactly("TARIFF_BAD_RANGE");
        }
    }

    @Test
    void theProblemsOfAFileAreInFileOrder() {
        // The unknown name is found once the whole file is read, after the bad date below it.
        String json = "{\"version\": \"mine\", \"title\": \"My contract\",\n"
                + "\"parameters\": {\"plafnod.taille1\": 1, \"plafond.taille2\": 1},\n"
                + "\"effective\": \"01/01/2025\"}";
        assertThat(read(json).getError().map(p -> p.code() + "@" + p.location().get()))
                .containsExactly(
                        "TARIFF_UNKNOWN_PARAMETER@mine.json:2:35 (parameters.plafnod.taille1)",
                        "TARIFF_BAD_DATE@mine.json:3:14 (effective)");
        // On one line, by column.
        String oneLine = "{\"version\": \"mine\", \"title\": \"My contract\","
                + " \"parameters\": {\"plafnod.taille1\": 1}, \"effective\": \"x\"}";
        assertThat(read(oneLine).getError().map(Problem::code))
                .containsExactly("TARIFF_UNKNOWN_PARAMETER", "TARIFF_BAD_DATE");
    }

    @Test
    void aFileListsAtMostMaxProblemsAndCountsTheOthers() {
        StringBuilder b = new StringBuilder(HEAD + ", \"parameters\": {");
        for (int i = 0; i < TariffRules.MAX_PROBLEMS + 30; i++) {
            b.append(i == 0 ? "" : ",").append("\"p").append(i).append("\": [1]");
        }
        Seq<Problem> all = read(b.append("}}").toString()).getError();
        assertThat(all).hasSize(TariffRules.MAX_PROBLEMS + 1);
        assertThat(all.init()).allMatch(p -> p.code().equals("TARIFF_SYNTAX"));
        assertThat(all.last().messageEn())
                .isEqualTo("30 more problems not listed and 0 more parameters not checked: a file reports at most "
                        + TariffRules.MAX_PROBLEMS + " problems");
    }
}
