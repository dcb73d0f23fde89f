package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cptskit.core.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario file of {@code cpts simulate --batch} (issue #23: several reforms and parameter sets in one command). */
class BatchFileTest {

    @TempDir
    Path tmp;

    @Test
    void scenariosAreReadInOrderWithTheirNamesAndPathsRelativeToTheFile() throws Exception {
        Files.createDirectories(tmp.resolve("reforms"));
        Files.writeString(tmp.resolve("reforms/a.json"), "{}");
        Files.writeString(tmp.resolve("b.json"), "{}");
        Path batch = write(
                "batch.json",
                "\uFEFF{\"title\": \"deux\", \"scenarios\": [\n"
                        + "  {\"name\": \"sante-mentale\", \"reform\": \"reforms/a.json\"},\n"
                        + "  {\"reform\": \"b.json\", \"name\": \"adhesion_haute.v2\"}\n]}");
        java.util.List<BatchFile.Scenario> s = BatchFile.read(batch, java.util.List.of("other"));
        assertThat(s)
                .containsExactly(
                        new BatchFile.Scenario("sante-mentale", tmp.resolve("reforms/a.json")),
                        new BatchFile.Scenario("adhesion_haute.v2", tmp.resolve("b.json")));
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnceWithItsLineAndColumn() throws Exception {
        Files.writeString(tmp.resolve("ok.json"), "{}");
        Path batch = write(
                "bad.json",
                "{\"scenario\": 1, \"scenarios\": [\n"
                        + "  {\"name\": \"baseline\", \"reform\": \"ok.json\"},\n"
                        + "  {\"name\": \"x\", \"reform\": \"missing.json\"},\n"
                        + "  {\"name\": \"x\", \"reform\": \"ok.json\"},\n"
                        + "  {\"name\": \"taken\", \"reform\": \"ok.json\"},\n"
                        + "  {\"nom\": \"y\", \"reform\": \"ok.json\"},\n"
                        + "  {\"name\": 3, \"reform\": \"ok.json\", \"zzz\": true},\n"
                        + "  {\"name\": \"a b\", \"reform\": \"ok.json\"},\n"
                        + "  \"z\"\n]}");
        UserError e = catchThrowableOfType(UserError.class, () -> BatchFile.read(batch, java.util.List.of("taken")));
        assertThat(e.problems().map(p -> p.code() + "@" + where(p)))
                .containsExactly(
                        "BATCH_UNKNOWN_FIELD@1:2",
                        "BATCH_NAME@2:12",
                        "BATCH_REFORM_MISSING@3:27",
                        "BATCH_NAME@4:12",
                        "BATCH_NAME@5:12",
                        "BATCH_UNKNOWN_FIELD@6:4",
                        "BATCH_MISSING_FIELD@6:3",
                        "BATCH_SHAPE@7:12",
                        "BATCH_UNKNOWN_FIELD@7:36",
                        "BATCH_MISSING_FIELD@7:3",
                        "BATCH_NAME@8:12",
                        "BATCH_SHAPE@9:3");
        assertThat(e.problems().get(0).message(Locale.ENGLISH))
                .isEqualTo("unknown field \"scenario\" (did you mean scenarios?)");
        assertThat(e.problems().get(0).message(Locale.FRENCH))
                .isEqualTo("champ inconnu \"scenario\" (vouliez-vous dire scenarios ?)");
        assertThat(e.problems().get(2).message(Locale.ENGLISH))
                .startsWith("reform file \"missing.json\" not found (" + tmp.resolve("missing.json"));
        assertThat(e.problems().get(3).message(Locale.ENGLISH)).contains("\"x\" used twice");
        assertThat(e.problems().get(4).message(Locale.FRENCH)).contains("\"taken\" employé deux fois");
        assertThat(e.problems().get(8).message(Locale.ENGLISH))
                .isEqualTo("unknown field \"zzz\" (known: name, reform)");
    }

    @Test
    void aFileThatIsNotAScenarioFileSaysWhy() throws Exception {
        assertThat(codes(write("syntax.json", "{\"scenarios\": [\n {\"name\": }]}")))
                .containsExactly("BATCH_SYNTAX@2:11");
        assertThat(codes(write("array.json", "[]"))).containsExactly("BATCH_SHAPE@1:1");
        assertThat(codes(write("none.json", "{\"title\": \"t\"}"))).containsExactly("BATCH_MISSING_FIELD@1:1");
        assertThat(codes(write("empty.json", "{\"scenarios\": []}"))).containsExactly("BATCH_EMPTY@1:2");
        assertThat(codes(write("object.json", "{\"scenarios\": {}}"))).containsExactly("BATCH_SHAPE@1:15");
        assertThat(codes(write("title.json", "{\"title\": 1, \"scenarios\": []}")))
                .containsExactly("BATCH_SHAPE@1:11", "BATCH_EMPTY@1:14");
        assertThat(codes(write("twice.json", "{\"scenarios\": [], \"scenarios\": []}")))
                .containsExactly("BATCH_EMPTY@1:2", "BATCH_SYNTAX@1:30");
        assertThat(codes(write("after.json", "{\"scenarios\": []} {}"))).contains("BATCH_SYNTAX@1:19");
    }

    @Test
    void theFileIsBounded() throws Exception {
        Files.writeString(tmp.resolve("ok.json"), "{}");
        StringBuilder many = new StringBuilder("{\"scenarios\": [");
        for (int i = 0; i <= BatchFile.MAX_SCENARIOS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"name\": \"s").append(i).append("\", \"reform\": \"ok.json\"}");
        }
        assertThat(codes(write("many.json", many.append("]}").toString())))
                .singleElement()
                .asString()
                .startsWith("BATCH_TOO_MANY@1:");
        assertThat(codes(write("long.json", "{\"title\": \"" + "x".repeat(BatchFile.MAX_CHARS) + "\"}")))
                .containsExactly("BATCH_TOO_LONG@1:1");
        assertThat(codes(write("deep.json", "{\"scenarios\": " + "[".repeat(20) + "]".repeat(20) + "}")))
                .containsExactly("BATCH_SHAPE@1:16", "BATCH_SYNTAX@1:22");
    }

    @Test
    void anUnreadableFileIsAProblemNamingIt() {
        Path absent = tmp.resolve("absent.json");
        UserError e = catchThrowableOfType(UserError.class, () -> BatchFile.read(absent, java.util.List.of()));
        assertThat(e.problems().head().code()).isEqualTo("FILE_UNREADABLE");
        assertThat(e.problems().head().locationOptional().orElseThrow().source())
                .isEqualTo(absent.toString());
    }

    private java.util.List<String> codes(Path file) {
        UserError e = catchThrowableOfType(UserError.class, () -> BatchFile.read(file, java.util.List.of()));
        return e.problems().map(p -> p.code() + "@" + where(p)).toJavaList();
    }

    private static String where(Problem p) {
        var l = p.locationOptional().orElseThrow();
        return l.line() + ":" + l.column();
    }

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
