package io.github.cptskit.pathways.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class FieldTest {

    private static Option<String> code(Field f, String v) {
        return f.check("e", Option.of(v)).map(Problem::code);
    }

    @Test
    void integersWithinInclusiveBounds() {
        Field f = Field.integer("n", "", -10, 20);
        assertThat(code(f, "-10")).isEmpty();
        assertThat(code(f, "20")).isEmpty();
        assertThat(code(f, "0")).isEmpty();
        assertThat(code(f, "-11")).contains("EVENT_DATA_INVALID");
        assertThat(code(f, "21")).contains("EVENT_DATA_INVALID");
        assertThat(code(f, "-")).contains("EVENT_DATA_INVALID");
        assertThat(code(f, "")).contains("EVENT_DATA_INVALID");
        assertThat(code(f, "1.0")).contains("EVENT_DATA_INVALID");
        assertThat(code(f, "+1")).contains("EVENT_DATA_INVALID");
        assertThat(code(Field.integer("n", "", 0, Long.MAX_VALUE), "999999999999999999"))
                .isEmpty();
        assertThat(code(Field.integer("n", "", 0, Long.MAX_VALUE), "1000000000000000000"))
                .contains("EVENT_DATA_INVALID");
        assertThat(Field.integer("n", "", Long.MIN_VALUE, 0).accepts("-999999999999999999"))
                .as("18 digits after the sign")
                .isTrue();
        assertThat(f.accepts("7")).isTrue();
        assertThat(f.accepts(null)).isFalse();
        assertThat(f.optional().accepts(null)).isTrue();
        assertThatThrownBy(() -> Field.integer("n", "", 3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyKindAndWhatItExpects() {
        Field date = Field.date("d", "");
        assertThat(code(date, "2024-02-29")).isEmpty();
        assertThat(code(date, "2025-02-29")).contains("EVENT_DATA_INVALID");
        assertThat(code(date, "2025-02-30")).contains("EVENT_DATA_INVALID");
        Field instant = Field.instant("i", "");
        assertThat(code(instant, "2025-03-03T08:00:00Z")).isEmpty();
        assertThat(code(instant, "2025-03-03")).contains("EVENT_DATA_INVALID");
        Field bool = Field.bool("b", "");
        assertThat(code(bool, "true")).isEmpty();
        assertThat(code(bool, "false")).isEmpty();
        assertThat(code(bool, "TRUE")).contains("EVENT_DATA_INVALID");
        Field token = Field.token("t", "");
        assertThat(code(token, "ab-1")).isEmpty();
        assertThat(code(token, "Jean Dupont")).contains("EVENT_DATA_INVALID");
        assertThat(code(token, "184127512345678")).contains("EVENT_DATA_LOOKS_LIKE_NIR");
        Field choice = Field.choice("c", "", "A", "B");
        assertThat(code(choice, "B")).isEmpty();
        assertThat(code(choice, "C")).contains("EVENT_DATA_INVALID");
        assertThat(token.check("e", Option.none()).map(Problem::messageEn)).contains("e: \"t\" is required");
        assertThat(token.optional().check("e", Option.none())).isEmpty();

        assertThat(token.expectedEn()).isEqualTo("an identifier (1 to 64 letters, digits or - _ . :)");
        assertThat(token.expectedFr()).isEqualTo("un identifiant (1 à 64 lettres, chiffres ou - _ . :)");
        assertThat(choice.expectedEn()).isEqualTo("one of A, B");
        assertThat(choice.expectedFr()).isEqualTo("l'une des valeurs A, B");
        assertThat(bool.expectedEn()).isEqualTo("true or false");
        assertThat(bool.expectedFr()).isEqualTo("true ou false");
        assertThat(Field.integer("n", "", 1, 9).expectedEn()).isEqualTo("a whole number between 1 and 9");
        assertThat(Field.integer("n", "", 1, 9).expectedFr()).isEqualTo("un entier entre 1 et 9");
        assertThat(date.expectedEn()).isEqualTo("a valid YYYY-MM-DD date");
        assertThat(date.expectedFr()).isEqualTo("une date AAAA-MM-JJ valide");
        assertThat(instant.expectedEn()).isEqualTo("an ISO 8601 instant (2025-03-31T08:00:00Z)");
        assertThat(instant.expectedFr()).isEqualTo("un instant ISO 8601 (2025-03-31T08:00:00Z)");
        assertThat(choice.check("e", Option.of("Z")).get().messageFr())
                .isEqualTo("e : « c » n'est pas l'une des valeurs A, B");
        assertThatThrownBy(() -> Field.choice("c", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Field.token("a b", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventTypesCheckEveryDatumAndRefuseUnknownOnes() {
        EventType t = EventType.of("e", "", Field.choice("c", "", "A", "B").optional(), Field.integer("n", "", 0, 5));
        assertThat(t.check(TreeMap.of("n", "3"))).isEmpty();
        assertThat(t.check(TreeMap.of("n", "3", "c", "A"))).isEmpty();
        assertThat(t.check(TreeMap.of("n", "3", "c", "Z")).map(Problem::code)).containsExactly("EVENT_DATA_INVALID");
        assertThat(t.check(TreeMap.of("n", "3", "x", "1")).map(Problem::code))
                .containsExactly("EVENT_DATA_UNKNOWN_FIELD");
        assertThat(t.check(TreeMap.of("n", "9", "c", "A", "x", "1")).map(Problem::code))
                .containsExactly("EVENT_DATA_INVALID", "EVENT_DATA_UNKNOWN_FIELD");
        assertThat(t.check(TreeMap.empty()).map(Problem::code)).containsExactly("EVENT_DATA_MISSING");
        assertThat(t.check(TreeMap.of("n", "1", "Jean Dupont", "x", "nom", "y"))
                        .single()
                        .messageEn())
                .isEqualTo("e: data not in the schema: nom, 1 unreadable key(s)");
        assertThat(t.check(TreeMap.of("n", "1", "né le 01/02/1960", "x"))
                        .single()
                        .messageFr())
                .isEqualTo("e : données non prévues par le schéma : 1 clé(s) illisible(s)");
        assertThatThrownBy(() -> EventType.of("e", "", Field.bool("a", ""), Field.bool("a", "")))
                .isInstanceOf(IllegalArgumentException.class);
        Route r = Route.when("c", "A", "B");
        PatientRef p = PatientRef.parse("p").get();
        assertThat(r.matches(TestEvents.event(1, "e", java.time.Instant.EPOCH, p, TreeMap.of("c", "B"))))
                .isTrue();
        assertThat(r.matches(TestEvents.event(1, "e", java.time.Instant.EPOCH, p, TreeMap.of("c", "C"))))
                .isFalse();
        assertThat(r.matches(TestEvents.event(1, "e", java.time.Instant.EPOCH, p, TreeMap.empty())))
                .isFalse();
        assertThat(r.toString()).isEqualTo("c=A|B");
        Event e = TestEvents.event(1, "e", java.time.Instant.EPOCH, p, TreeMap.of("b", "2", "a", "1", "c", "3"));
        assertThat(e.datum("a")).isEqualTo("1");
        assertThat(e.datum("c")).isEqualTo("3");
        assertThat(e.datum("z")).isNull();
        assertThat(e)
                .isEqualTo(
                        TestEvents.event(1, "e", java.time.Instant.EPOCH, p, TreeMap.of("a", "1", "b", "2", "c", "3")));
        assertThat(e).isNotEqualTo(e.with("a", "9"));
        assertThat(e.hashCode())
                .isEqualTo(TestEvents.event(1, "e", java.time.Instant.EPOCH, p, e.data())
                        .hashCode());
        assertThat(e.hashCode()).isNotEqualTo(e.with("a", "2").hashCode());
    }
}
