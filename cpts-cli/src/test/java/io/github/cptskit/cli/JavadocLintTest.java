package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A doclint-style check of the published modules' Javadoc that javac's doclint does not make: every
 * public type opens with a real summary sentence, and no example in a {@code <pre>{@code …}</pre>}
 * block holds a string literal longer than {@value #LONGEST_LITERAL} characters. Both would have caught
 * issue #16's corrupted {@code Rpps} and {@code Siren} Javadoc (summary "x", the description pasted
 * into the example's string).
 */
class JavadocLintTest {

    private static final int LONGEST_LITERAL = 100;
    private static final List<String> MODULES = List.of("cpts-core", "cpts-aci", "cpts-pathways");
    private static final Pattern TYPE_DOC = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
                    + "public\\s+(?:(?:abstract|final|sealed|non-sealed|static)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+(\\w+)",
            Pattern.DOTALL);
    private static final Pattern DOC = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/", Pattern.DOTALL);
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code(.*?)}</pre>", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static List<Path> sources() {
        List<Path> all = new ArrayList<>();
        for (String module : MODULES) {
            Path dir = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.toString().contains("internal"))
                        .forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    private static String text(String comment) {
        return comment.replaceAll("(?m)^\\s*\\*", "").strip();
    }

    /** The summary: the text up to the first sentence end, blank line or block tag. */
    static String summary(String doc) {
        String t = text(doc).split("\\n\\s*\\n|<p>|<pre>|<ul>|<table|\\n\\s*@")[0];
        int end = t.indexOf(". ");
        return (end < 0 ? t : t.substring(0, end + 1)).replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyPublicTypeOpensWithASummarySentence() throws IOException {
        List<String> bad = new ArrayList<>();
        int types = 0;
        for (Path file : sources()) {
            Matcher m = TYPE_DOC.matcher(Files.readString(file));
            while (m.find()) {
                types++;
                String s = summary(m.group(1));
                if (s.split(" ").length < 3) {
                    bad.add(file + " " + m.group(2) + ": \"" + s + "\"");
                }
            }
        }
        assertThat(types).isGreaterThan(100);
        assertThat(bad)
                .as("public types whose Javadoc summary is not a sentence")
                .isEmpty();
    }

    @Test
    void examplesHoldNoProse() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file : sources()) {
            Matcher doc = DOC.matcher(Files.readString(file));
            while (doc.find()) {
                Matcher ex = EXAMPLE.matcher(doc.group(1));
                while (ex.find()) {
                    Matcher lit = LITERAL.matcher(ex.group(1));
                    while (lit.find()) {
                        if (lit.group(1).length() > LONGEST_LITERAL) {
                            bad.add(file + ": \"" + lit.group(1).substring(0, 40) + "…\"");
                        }
                    }
                }
            }
        }
        assertThat(bad)
                .as("string literals of more than " + LONGEST_LITERAL + " characters in examples")
                .isEmpty();
    }

    @Test
    void theCheckCatchesTheCorruptionOfIssue16() {
        String corrupted = "/**\n * x\n *\n * <pre>{@code\n * Rpps.parse(\"An RPPS number (Répertoire Partagé des"
                + " Professionnels de Santé): 11 digits, the last a Luhn check digit (ANS FAQ; checked on the ANS"
                + " example 10002909371).\").get().value();\n * }</pre>\n */\npublic record Rpps(String value) {}";
        Matcher m = TYPE_DOC.matcher(corrupted);
        assertThat(m.find()).isTrue();
        assertThat(summary(m.group(1)).split(" ")).hasSizeLessThan(3);
        Matcher lit = LITERAL.matcher(corrupted);
        assertThat(lit.find()).isTrue();
        assertThat(lit.group(1).length()).isGreaterThan(LONGEST_LITERAL);
    }
}
