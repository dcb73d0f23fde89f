package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.ProblemCode;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.github.cptskit.json.problem.JsonProblem;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogues of problems of every module: complete in both languages, used by every call site,
 * and listed in docs/problems.md. The document is generated: when this test says it is out of date,
 * regenerate it with {@code ./mvnw -B -o -q test -pl cpts-cli -am -Dtest=ProblemCatalogueTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcptskit.docs.update=true}.
 */
class ProblemCatalogueTest {

    private static final Path DOC = Path.of("..", "docs", "problems.md");

    /** The modules, their catalogue, in the order of the document. */
    private record Module(String name, Class<? extends Enum<?>> entries) {}

    private static final List<Module> MODULES = List.of(
            new Module("cpts-core", CoreProblem.class),
            new Module("cpts-pathways", PathwaysProblem.class),
            new Module("cpts-aci", AciProblem.class),
            new Module("cpts-fhir", FhirProblem.class),
            new Module("cpts-json", JsonProblem.class),
            new Module("cpts-cli", CliProblem.class));

    @Test
    void theCommandLinesCatalogueIsComplete() {
        assertThat(Catalogue.defects(CliProblem.class, Set.of())).isEmpty();
        for (CliLabel l : CliLabel.values()) {
            assertThat(l.text(Locale.FRENCH)).isNotBlank().isNotEqualTo(l.text(Locale.ENGLISH));
        }
        assertThat(Catalogue.keys(CliLabel.class.getModule(), CliLabel.BUNDLE, Locale.FRENCH))
                .containsExactlyInAnyOrderElementsOf(
                        Catalogue.keys(CliLabel.class.getModule(), CliLabel.BUNDLE, Locale.ENGLISH))
                .hasSize(CliLabel.values().length);
    }

    @Test
    void everyModuleReportsItsProblemsThroughItsCatalogue() throws IOException {
        // A message written at a call site (Problem.error/warning with texts) escapes the catalogue;
        // passing a host's own texts through (Rejection.of(code, fr, en)) is not one.
        Pattern inline = Pattern.compile("Problem\\s*\\.\\s*(error|warning)\\s*\\(");
        List<String> offenders = new ArrayList<>();
        for (String module : List.of(
                "cpts-core", "cpts-aci", "cpts-pathways", "cpts-pathways-jdbc", "cpts-fhir", "cpts-json", "cpts-cli")) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (!line.startsWith("*")
                                && !line.startsWith("//")
                                && inline.matcher(line).find()
                                && statement(lines, i).contains("\"")) {
                            offenders.add(f + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(offenders)
                .as("make these catalogue entries (messages_fr/en.properties) and call Problem.of")
                .isEmpty();
    }

    /** The statement from a line to its semicolon: a call with a text written in it has a literal. */
    private static String statement(List<String> lines, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < lines.size() && b.indexOf(";") < 0; i++) {
            b.append(lines.get(i));
        }
        return b.toString();
    }

    @Test
    void docsProblemsMdIsUpToDate() throws IOException {
        String want = document();
        if (Boolean.getBoolean("cptskit.docs.update")) {
            Files.writeString(DOC, want, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "")
                .as("docs/problems.md is out of date; regenerate it with ./mvnw -B -o -q test -pl cpts-cli -am"
                        + " -Dtest=ProblemCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dcptskit.docs.update=true")
                .isEqualTo(want);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String document() {
        StringBuilder b = new StringBuilder("# Problem codes\n\n")
                .append(
                        "<!-- Generated from the catalogues by ProblemCatalogueTest (cpts-cli): do not edit by hand. -->\n\n")
                .append("Every problem cptskit reports has a stable code that programs can test, a severity, a message"
                        + " in French and in English and, when a fixed rule of law is behind it, its legal reference"
                        + " (a reference that depends on the case, such as the article of the legal form at hand,"
                        + " comes with the problem itself). Codes never change between versions; messages may be"
                        + " reworded. `{0}`, `{1}`… are the facts of the case.\n\n")
                .append("Each module lists its problems in one enum (the entries below) and keeps the messages in"
                        + " `messages_fr.properties` and `messages_en.properties` next to it; a host makes a problem"
                        + " of its own with `Problem.error`/`Problem.warning`, or with its own enum implementing"
                        + " `ProblemCode` and `Catalogue.defects` to test it. Several entries may share a code when"
                        + " one rule is broken in several ways. cpts-pathways-jdbc reports no problem of its own"
                        + " (storage failures are exceptions, rejections come from cpts-pathways).\n\n");
        for (Module m : MODULES) {
            Class<? extends Enum> c = (Class<? extends Enum>) m.entries();
            ProblemCode[] entries = (ProblemCode[]) c.getEnumConstants();
            b.append("## ")
                    .append(m.name())
                    .append("\n\n`")
                    .append(c.getName())
                    .append("`: ")
                    .append(entries.length)
                    .append(" entries, ")
                    .append(Stream.of(entries).map(ProblemCode::code).distinct().count())
                    .append(" codes.\n\n")
                    .append(Catalogue.markdown((Class) c))
                    .append('\n');
        }
        return b.toString();
    }
}
