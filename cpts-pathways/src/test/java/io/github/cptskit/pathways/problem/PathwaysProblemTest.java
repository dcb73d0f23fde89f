package io.github.cptskit.pathways.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.problem.Catalogue;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.engine.Field;
import io.github.cptskit.pathways.internal.PathwaysLabel;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cpts-pathways' catalogue of problems is complete, and what it writes is French or English throughout. */
class PathwaysProblemTest {

    @Test
    void everyEntryHasBothMessagesAndEveryMessageAnEntry() {
        // EVENT_DATA reads as the event's data problems, each already in the reader's language.
        assertThat(Catalogue.defects(PathwaysProblem.class, Set.of(PathwaysProblem.EVENT_DATA)))
                .isEmpty();
    }

    @Test
    void everyLabelIsInBothLanguages() {
        for (PathwaysLabel l : PathwaysLabel.values()) {
            assertThat(l.format(Locale.FRENCH, "«0»", "«1»"))
                    .as(l.name())
                    .isNotBlank()
                    .doesNotContain("{")
                    .isNotEqualTo(l.format(Locale.ENGLISH, "«0»", "«1»"));
        }
        assertThat(ResourceBundle.getBundle(PathwaysLabel.BUNDLE, Locale.FRENCH).keySet())
                .containsExactlyInAnyOrderElementsOf(ResourceBundle.getBundle(PathwaysLabel.BUNDLE, Locale.ENGLISH)
                        .keySet())
                .hasSize(PathwaysLabel.values().length);
    }

    @Test
    void whatAFieldExpectsIsWrittenInEachMessagesLanguage() {
        Problem p = Field.integer("age", "", 1, 9)
                .check("ADMISSION", io.vavr.control.Option.of("x"))
                .get();
        assertThat(p.code()).isEqualTo("EVENT_DATA_INVALID");
        assertThat(p.message(Locale.FRENCH)).isEqualTo("ADMISSION : « age » n'est pas un entier entre 1 et 9");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("ADMISSION: \"age\" is not a whole number between 1 and 9");
    }
}
