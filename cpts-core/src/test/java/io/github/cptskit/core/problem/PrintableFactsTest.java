package io.github.cptskit.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Input repeated in a message cannot drive a terminal or forge a log line (issue #27). */
class PrintableFactsTest {

    private static boolean printable(String s) {
        return s.chars().noneMatch(c -> Character.isISOControl(c));
    }

    @Test
    void controlCharactersFromInputAreEscapedInMessagesAndLocations() {
        String hostile = "0.5\u001b[2J\u0007\r\nerror FAKE: forged line\u0000";
        Problem p =
                Problem.of(CoreProblem.ACHIEVEMENT_SYNTAX, hostile).at(Location.of("evil\u001b]0;x\u0007.csv", 3, 4));
        for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            String line = p.format(l);
            assertThat(printable(line)).as(line).isTrue();
            assertThat(line)
                    .contains("0.5\\u001b[2J\\u0007\\u000d\\u000aerror FAKE")
                    .contains("evil\\u001b]0;x\\u0007.csv:3:4");
        }
    }

    @Test
    void longFactsAreCutAndSaidToBe() {
        String message =
                Problem.of(CoreProblem.ACHIEVEMENT_SYNTAX, "x".repeat(100_000)).message(Locale.ENGLISH);
        assertThat(message.length()).isLessThan(Catalogue.MAX_FACT_LENGTH + 200);
        assertThat(message).contains("… (100000)");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(Catalogue.printable("CPTS du Pays de Gex — « é » 😀")).isEqualTo("CPTS du Pays de Gex — « é » 😀");
        assertThat(Catalogue.printable("a\uD800b")).as("a lone surrogate").isEqualTo("a\\ud800b");
    }

    @Test
    void nothingPrintedFromAnyInputControlsATerminal() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 80)).checkAssert(s -> {
            String line = Problem.of(CoreProblem.ACHIEVEMENT_SYNTAX, s)
                    .at(Location.of(s, 1, 1))
                    .format(Locale.FRENCH);
            assertThat(printable(line)).as(line).isTrue();
        });
    }
}
