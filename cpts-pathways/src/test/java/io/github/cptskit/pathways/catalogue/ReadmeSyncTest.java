package io.github.cptskit.pathways.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples are what the consumer check compiles and runs (decision record 0004):
 * every statement line and every import of every {@code ```java} block of README.md appears in
 * it/consumer's ReadmeExamples.java, which imports nothing from Vavr.
 */
class ReadmeSyncTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path CONSUMER =
            Path.of("..", "it", "consumer", "src", "main", "java", "consumer", "ReadmeExamples.java");

    /** A line without its trailing comment, with runs of blanks made one. */
    private static String normalise(String line) {
        int comment = line.indexOf("//");
        String code = comment >= 0 ? line.substring(0, comment) : line;
        return code.strip().replaceAll("\\s+", " ");
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> lines = new ArrayList<>();
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            lines.addAll(m.group(1).lines().toList());
        }
        return lines;
    }

    @Test
    void everyReadmeExampleLineIsCompiledByTheConsumerCheck() throws IOException {
        List<String> readme = javaBlocks(Files.readString(README));
        String consumer = Files.readString(CONSUMER);
        List<String> consumerLines =
                consumer.lines().map(ReadmeSyncTest::normalise).toList();
        String consumerCode = String.join(" ", consumerLines);
        assertThat(readme).as("the README has Java examples").hasSizeGreaterThan(50);
        List<String> missing = new ArrayList<>();
        int imports = 0;
        for (String raw : readme) {
            String line = normalise(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("import ")) {
                imports++;
                assertThat(line).as("README examples use java.util types only").doesNotStartWith("import io.vavr");
                if (!consumerLines.contains(line)) {
                    missing.add(line);
                }
            } else if (!consumerCode.contains(line)) {
                missing.add(line);
            }
        }
        assertThat(imports).as("every README example shows its imports").isGreaterThan(30);
        assertThat(missing).as("README lines missing from ReadmeExamples.java").isEmpty();
        assertThat(consumer)
                .as("the java.util consumer imports nothing from Vavr")
                .doesNotContain("import io.vavr");
    }

    @Test
    void everyJavaBlockShowsItsImports() throws IOException {
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        int blocks = 0;
        while (m.find()) {
            blocks++;
            assertThat(m.group(1))
                    .as("block " + blocks + " starts with its imports")
                    .startsWith("import ");
        }
        assertThat(blocks).isGreaterThanOrEqualTo(6);
    }
}
