package io.github.cptskit.pathways.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.pathways.codec.EventSchema;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/pathways/ is generated from the catalogue: this test fails when a page or schema is out of
 * date. Regenerate with {@code ./mvnw -pl cpts-pathways -am test -Dtest=PathwayPagesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcptskit.docs.update=true}.
 */
class PathwayPagesTest {
    private static final Path DOCS = Path.of("..", "docs", "pathways");

    private static Seq<Path> expected() {
        return Catalogue.all()
                .flatMap(p -> List.of(
                        DOCS.resolve(p.id() + ".md"),
                        DOCS.resolve("schemas").resolve(PathwayPage.schemaFile(p)),
                        DOCS.resolve("schemas").resolve(PathwayPage.schemaFile(p, 1))))
                .append(DOCS.resolve("README.md"));
    }

    private static String content(Path file) {
        if (file.getFileName().toString().equals("README.md")) {
            return index();
        }
        for (Pathway p : Catalogue.all()) {
            if (file.getFileName().toString().equals(p.id() + ".md")) {
                return PathwayPage.markdown(p);
            }
            if (file.getFileName().toString().equals(PathwayPage.schemaFile(p))) {
                return EventSchema.of(p.definition());
            }
            if (file.getFileName().toString().equals(PathwayPage.schemaFile(p, 1))) {
                return EventSchema.of(p.definition(), 1);
            }
        }
        throw new AssertionError(file);
    }

    static String index() {
        StringBuilder b = new StringBuilder("# The CPTS pathway catalogue\n\n")
                .append("<!-- Generated from the catalogue by PathwayPagesTest: do not edit by hand. -->\n\n")
                .append(
                        "How the engine works and how a host runs these pathways: [../pathways.md](../pathways.md).\n\n")
                .append("| code | pathway | id | one instance per | states | events | event schema |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Pathway p : Catalogue.all()) {
            b.append("| ")
                    .append(p.code())
                    .append(" | [")
                    .append(p.titleFr())
                    .append("](")
                    .append(p.id())
                    .append(".md) | `")
                    .append(p.id())
                    .append("` | ")
                    .append(p.level().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ")
                    .append(p.definition().states().size())
                    .append(" | ")
                    .append(p.definition().eventTypes().size())
                    .append(" | [schema](schemas/")
                    .append(PathwayPage.schemaFile(p))
                    .append(") |\n");
        }
        return b.toString();
    }

    @Test
    void docsAreUpToDate() throws IOException {
        boolean update = Boolean.getBoolean("cptskit.docs.update");
        List<String> stale = List.empty();
        for (Path file : expected()) {
            String want = content(file);
            if (update) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, want, StandardCharsets.UTF_8);
            } else if (!Files.exists(file)
                    || !Files.readString(file, StandardCharsets.UTF_8).equals(want)) {
                stale = stale.append(file.toString());
            }
        }
        assertThat(stale)
                .as("out of date; regenerate with -Dcptskit.docs.update=true (see this test's Javadoc)")
                .isEmpty();
        try (var files = Files.list(DOCS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".md")).count())
                    .as("no page for a pathway that left the catalogue")
                    .isEqualTo(Catalogue.all().size() + 1);
        }
    }

    @Test
    void pagesShowUnconfirmedFiguresAndFhirStatuses() {
        String p8b = PathwayPage.markdown(Pcr.patient());
        assertThat(p8b)
                .contains("| `maximumDuration` | P2Y | UNCONFIRMED |")
                .doesNotContain("| `SUSPENDU`") // P8b has no suspension; P3 does
                .contains("```mermaid\nstateDiagram-v2");
        assertThat(PathwayPage.markdown(ParcoursChronique.pathway()))
                .contains("| `SUSPENDU` |  | onhold | on-hold | on-hold |")
                .contains("| `revueP3M` | P3M | `echeanceRevueP3M` | PLAN_ETABLI planValide |");
    }
}
