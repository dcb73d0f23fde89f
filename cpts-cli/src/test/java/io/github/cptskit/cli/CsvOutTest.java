package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV cells a research pipeline and a spreadsheet read safely, and files written in one step. */
class CsvOutTest {

    @TempDir
    Path tmp;

    @Test
    void textIsNeutralisedAndQuotedButNumbersStayNumbers() {
        String row = new CsvOut()
                .text("=HYPERLINK(\"http://evil.example\",\"x\")")
                .text("a,b")
                .text("line\nbreak")
                .text("@sum")
                .text("\tTAB")
                .text("+1")
                .text("-5")
                .text("plain")
                .code("01")
                .number("-12.50")
                .empty()
                .end()
                .toString();
        assertThat(row)
                .isEqualTo(
                        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"a,b\",\"line\nbreak\",'@sum,'\tTAB,"
                                + "'+1,'-5,plain,\"01\",-12.50,\n");
    }

    @Test
    void aFileIsReplacedInOneStepAndASymlinkIsReplacedNotFollowed() throws Exception {
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, "keep me");
        Path link = tmp.resolve("out.csv");
        Files.createSymbolicLink(link, victim);
        ModelOptions.write(link, "a,b\n");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link)).isEqualTo("a,b\n");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("victim.txt", "out.csv");
        }
    }
}
