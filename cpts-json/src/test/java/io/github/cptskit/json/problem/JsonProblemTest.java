package io.github.cptskit.json.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.json.CptsDocument;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cpts-json's catalogue of problems is complete, gives no command-line advice, and the reader reports through it. */
class JsonProblemTest {

    @Test
    void everyEntryHasBothMessagesAndEveryMessageAnEntry() {
        assertThat(Catalogue.defects(JsonProblem.class, Set.of())).isEmpty();
    }

    @Test
    void libraryMessagesGiveNoCommandLineAdvice() {
        for (JsonProblem p : JsonProblem.values()) {
            for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                assertThat(p.template(l)).as(p.name()).doesNotContain("--");
            }
        }
    }

    @Test
    void anUnknownNomenclatureIsLocatedAndWordedInBothLanguages() {
        String json = """
                {"name": "CPTS", "communes": ["01173"], "lifecycle": {"initiative": "2024-01-10"},
                 "members": [{"type": "professional", "idnps": "810002909371", "profession": "10",
                              "nomenclature": "TRE_G16"}]}
                """;
        var problems = CptsDocument.read(json, "cpts.json").getError();
        assertThat(problems).hasSize(1);
        Problem p = problems.head();
        assertThat(p.code()).isEqualTo("NOMENCLATURE_UNKNOWN");
        assertThat(p.message(Locale.FRENCH))
                .isEqualTo("nomenclature de profession inconnue « TRE_G16 » (attendu : TRE_G15, TRE_R95 ou TRE_R94)");
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("unknown profession nomenclature \"TRE_G16\" (expected: TRE_G15, TRE_R95 or TRE_R94)");
        assertThat(p.location().get().line()).isEqualTo(3);
    }

    @Test
    void malformedJsonIsAJsonSyntaxProblem() {
        Problem p = CptsDocument.read("{\"name\": ", "cpts.json").getError().head();
        assertThat(p.code()).isEqualTo("JSON_SYNTAX");
        assertThat(p.message(Locale.ENGLISH)).startsWith("malformed JSON: ");
        assertThat(CptsDocument.read("{} {}", "cpts.json").getError().head().message(Locale.FRENCH))
                .isEqualTo("contenu après la fin du document");
    }
}
