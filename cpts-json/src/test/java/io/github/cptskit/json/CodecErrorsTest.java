package io.github.cptskit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Siren;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.fhir.TaskStatus;
import io.vavr.collection.Array;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.Stream;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * What CptsModule answers to JSON of the wrong shape for each of its codecs (identifiers, communes,
 * territories, money, FHIR codes, events, Validation/Either), and how it reads each Vavr collection
 * type a host declares: the message a host's log shows, never a value read wrong.
 */
class CodecErrorsTest {
    private static final ObjectMapper MAPPER = CptsJson.mapper();

    private static <T> String refused(Class<? extends Throwable> kind, String json, Class<T> type) {
        Throwable e = catchThrowableOfType(kind, () -> MAPPER.readValue(json, type));
        assertThat(e).as(json).isNotNull();
        return e.getMessage();
    }

    @Test
    void identifiersAreReadThroughTheirChecks() throws Exception {
        assertThat(MAPPER.readValue("\"180035024\"", Siren.class)).isEqualTo(Siren.of("180035024"));
        assertThat(refused(InvalidFormatException.class, "\"180035025\"", Siren.class))
                .contains("180035025")
                .contains("SIREN");
        assertThat(refused(MismatchedInputException.class, "180035024", Siren.class))
                .as("a number is no identifier")
                .isNotEmpty();
        assertThat(refused(InvalidFormatException.class, "\"1 85 05 78 006 048 22\"", PatientRef.class))
                .contains("not a pseudonymous patient reference");
        assertThat(refused(MismatchedInputException.class, "[]", PatientRef.class))
                .isNotEmpty();
        Idnps idnps = Idnps.parse("810002909371").get();
        assertThat(MAPPER.writeValueAsString(idnps)).isEqualTo("\"810002909371\"");
        assertThat(MAPPER.readValue("\"810002909371\"", Idnps.class)).isEqualTo(idnps);
        assertThat(refused(InvalidFormatException.class, "\"810002909372\"", Idnps.class))
                .contains("RPPS_KEY: ");
        assertThat(refused(MismatchedInputException.class, "810002909371", Idnps.class))
                .isNotEmpty();
    }

    @Test
    void communesAndTerritoriesAreLookedUp() throws Exception {
        Commune gex = MAPPER.readValue("\"01173\"", Commune.class);
        assertThat(gex.code()).isEqualTo("01173");
        assertThat(MAPPER.writeValueAsString(gex)).isEqualTo("\"01173\"");
        assertThat(refused(InvalidFormatException.class, "\"99999\"", Commune.class))
                .contains("no commune has this INSEE code");
        assertThat(refused(MismatchedInputException.class, "1173", Commune.class))
                .isNotEmpty();
        Territory t = MAPPER.readValue("[\"01173\", \"01160\"]", Territory.class);
        assertThat(t.communes().map(Commune::code)).containsExactlyInAnyOrder("01173", "01160");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(t), Territory.class))
                .isEqualTo(t);
        assertThat(MAPPER.readValue("[]", Territory.class).isEmpty()).isTrue();
        assertThat(refused(MismatchedInputException.class, "[\"01173\", \"99999\", \"01173\"]", Territory.class))
                .contains("TERRITORY_UNKNOWN_COMMUNE: ")
                .contains("TERRITORY_DUPLICATE_COMMUNE: ")
                .contains("; ");
        assertThat(refused(MismatchedInputException.class, "[\"01173\", 1160]", Territory.class))
                .isNotEmpty();
        assertThat(refused(MismatchedInputException.class, "\"01173\"", Territory.class))
                .isNotEmpty();
    }

    @Test
    void moneyIsAnAmountAndACurrencyAsStrings() throws Exception {
        MonetaryAmount usd = MAPPER.readValue("{\"currency\":\"USD\",\"amount\":\"12.50\"}", MonetaryAmount.class);
        assertThat(usd.getCurrency().getCurrencyCode()).isEqualTo("USD");
        assertThat(usd.getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo("12.5");
        assertThat(MAPPER.writeValueAsString(usd)).isEqualTo("{\"amount\":\"12.5\",\"currency\":\"USD\"}");
        assertThat(refused(MismatchedInputException.class, "{\"amount\":\"1\"}", MonetaryAmount.class))
                .contains("money needs both \"amount\" and \"currency\"");
        assertThat(refused(MismatchedInputException.class, "{\"currency\":\"EUR\"}", MonetaryAmount.class))
                .contains("money needs both \"amount\" and \"currency\"");
        assertThat(refused(MismatchedInputException.class, "{}", MonetaryAmount.class))
                .contains("money needs both");
        assertThat(refused(
                        MismatchedInputException.class, "{\"amount\":12.5,\"currency\":\"EUR\"}", MonetaryAmount.class))
                .as("a JSON number would pass through a double in many clients")
                .isNotEmpty();
        assertThat(refused(MismatchedInputException.class, "\"12.50 EUR\"", MonetaryAmount.class))
                .isNotEmpty();
        assertThat(refused(
                        InvalidFormatException.class,
                        "{\"amount\":\"douze\",\"currency\":\"EUR\"}",
                        MonetaryAmount.class))
                .contains("not a decimal number");
        assertThat(refused(
                        InvalidFormatException.class,
                        "{\"amount\":\"12\",\"currency\":\"EURO\"}",
                        MonetaryAmount.class))
                .contains("not an ISO 4217 currency code");
        assertThat(refused(
                        UnrecognizedPropertyException.class,
                        "{\"amount\":\"12\",\"currency\":\"EUR\",\"cents\":\"1200\"}",
                        MonetaryAmount.class))
                .contains("cents");
    }

    @Test
    void moneyBoundsAreInclusiveAndTheMessageQuotesAShortenedAmount() throws Exception {
        String fortyCharacters = "-" + "0".repeat(13) + "999999999999999.0000000001";
        assertThat(fortyCharacters).hasSize(40);
        assertThat(MAPPER.readValue(
                                "{\"amount\":\"" + fortyCharacters + "\",\"currency\":\"EUR\"}", MonetaryAmount.class)
                        .getNumber()
                        .numberValueExact(BigDecimal.class))
                .isEqualByComparingTo("-999999999999999.0000000001");
        CptsJsonException tooLong = catchThrowableOfType(
                CptsJsonException.class,
                () -> MAPPER.readValue(
                        "{\"amount\":\"0" + fortyCharacters + "\",\"currency\":\"EUR\"}", MonetaryAmount.class));
        assertThat(tooLong.problem().code()).isEqualTo("JSON_MONEY_BOUNDS");
        assertThat(tooLong.problem().message(Locale.ENGLISH))
                .isEqualTo(
                        "amount \"0-0000000000000999999999…\" out of bounds (at most 40 characters, 10 decimals and 15"
                                + " digits before the point)");
        assertThat(tooLong.problem().message(Locale.FRENCH))
                .startsWith("montant « 0-0000000000000999999999… » hors limites (au plus 40 caractères");
        assertThat(tooLong.getMessage()).startsWith("JSON_MONEY_BOUNDS: amount ");
        CptsJsonException elevenDecimals = catchThrowableOfType(
                CptsJsonException.class,
                () -> MAPPER.readValue("{\"amount\":\"0.00000000001\",\"currency\":\"EUR\"}", MonetaryAmount.class));
        assertThat(elevenDecimals.problem().message(Locale.ENGLISH))
                .as("24 characters or fewer are quoted whole")
                .startsWith("amount \"0.00000000001\" out of bounds");
        assertThat(MAPPER.readValue("{\"amount\":\"0.0000000001\",\"currency\":\"EUR\"}", MonetaryAmount.class)
                        .getNumber()
                        .numberValueExact(BigDecimal.class))
                .isEqualByComparingTo("1e-10");
        String twentyFive = "1234567890123456.12345678";
        assertThat(twentyFive).hasSize(25);
        assertThat(catchThrowableOfType(
                                CptsJsonException.class,
                                () -> MAPPER.readValue(
                                        "{\"amount\":\"" + twentyFive + "\",\"currency\":\"EUR\"}",
                                        MonetaryAmount.class))
                        .problem()
                        .message(Locale.ENGLISH))
                .startsWith("amount \"1234567890123456.1234567…\" out of bounds");
    }

    @Test
    void fhirStatusesAreTheirCodes() throws Exception {
        assertThat(MAPPER.writeValueAsString(TaskStatus.IN_PROGRESS)).isEqualTo("\"in-progress\"");
        assertThat(MAPPER.readValue("\"entered-in-error\"", TaskStatus.class)).isEqualTo(TaskStatus.ENTERED_IN_ERROR);
        assertThat(refused(InvalidFormatException.class, "\"IN_PROGRESS\"", TaskStatus.class))
                .contains("not one of the codes [accepted, cancelled, completed, draft, entered-in-error, failed,"
                        + " in-progress, on-hold, ready, received, rejected, requested]");
        assertThat(refused(MismatchedInputException.class, "3", TaskStatus.class))
                .isNotEmpty();
    }

    private static final String EVENT = "{\"instance\":\"p2-1\",\"sequence\":1,"
            + "\"id\":\"6f1c1c52-4d6b-4b8e-9d3c-1a2b3c4d5e6f\",\"type\":\"trieParArm\","
            + "\"at\":\"2025-03-03T10:00:00Z\",\"recordedAt\":\"2025-03-03T10:00:01Z\","
            + "\"patient\":\"pat-7f3a9c\",\"author\":\"usr-1\",\"data\":{\"orientation\":\"REGULATION_MG\"}}";

    @Test
    void anEventNeedsEachOfItsFields() throws Exception {
        Event e = MAPPER.readValue(EVENT, Event.class);
        assertThat(e.sequence()).isEqualTo(1);
        assertThat(e.type()).isEqualTo("trieParArm");
        assertThat(e.data().get("orientation").get()).isEqualTo("REGULATION_MG");
        assertThat(MAPPER.writeValueAsString(e)).isEqualTo(EVENT);
        String needs =
                "an event needs instance, sequence (1 or more), id, type, at, recordedAt, patient, author and data";
        for (String field :
                new String[] {"instance", "sequence", "id", "type", "at", "recordedAt", "patient", "author", "data"}) {
            String without = EVENT.replaceFirst("\"" + field + "\":(\\{[^}]*\\}|\"[^\"]*\"|[0-9]+),?", "")
                    .replace(",}", "}");
            assertThat(without).doesNotContain("\"" + field + "\"");
            assertThat(refused(MismatchedInputException.class, without, Event.class))
                    .as(field)
                    .contains(needs);
        }
        assertThat(refused(
                        MismatchedInputException.class, EVENT.replace("\"sequence\":1", "\"sequence\":0"), Event.class))
                .contains(needs);
        assertThat(refused(InvalidFormatException.class, EVENT.replace("6f1c1c52-", "6f1c1c52"), Event.class))
                .contains("not a UUID");
        assertThat(refused(MismatchedInputException.class, EVENT.replace("\"usr-1\"", "1"), Event.class))
                .isNotEmpty();
        assertThat(refused(
                        MismatchedInputException.class,
                        EVENT.replace("{\"orientation\":\"REGULATION_MG\"}", "[]"),
                        Event.class))
                .isNotEmpty();
        assertThat(refused(
                        MismatchedInputException.class,
                        EVENT.replace("{\"orientation\":\"REGULATION_MG\"}", "{\"orientation\":2}"),
                        Event.class))
                .isNotEmpty();
        assertThat(refused(
                        UnrecognizedPropertyException.class,
                        EVENT.replace("{\"instance\"", "{\"x\":1,\"instance\""),
                        Event.class))
                .contains("\"x\"");
        assertThat(refused(MismatchedInputException.class, "[]", Event.class)).isNotEmpty();
        assertThat(refused(
                        MismatchedInputException.class,
                        EVENT.replace("\"pat-7f3a9c\"", "\"1850578006048\""),
                        Event.class))
                .as("the value types' checks run")
                .isNotEmpty();
        assertThat(MAPPER.readValue("[" + EVENT + "]", new TypeReference<List<Event>>() {}))
                .containsExactly(e);
    }

    @Test
    void validationAndEitherNameTheirShapeWhenRefused() {
        var validation = new TypeReference<io.vavr.control.Validation<String, Integer>>() {};
        var either = new TypeReference<io.vavr.control.Either<String, Integer>>() {};
        assertThatThrownBy(() -> MAPPER.readValue("[]", validation))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("a Validation is an object {\"valid\": …} or {\"invalid\": …}");
        assertThatThrownBy(() -> MAPPER.readValue("{\"right\":1}", validation))
                .hasMessageContaining("a Validation has one field, \"valid\" or \"invalid\"; found \"right\"");
        assertThatThrownBy(() -> MAPPER.readValue("{}", either))
                .hasMessageContaining("an Either has one field, \"right\" or \"left\"; found");
        assertThatThrownBy(() -> MAPPER.readValue("{\"left\":\"x\",\"right\":1}", either))
                .hasMessageContaining("an Either has one field, \"right\" or \"left\"")
                .hasMessageNotContaining("found");
        assertThatThrownBy(() -> MAPPER.readValue("3", either))
                .hasMessageContaining("an Either is an object {\"right\": …} or {\"left\": …}");
        assertThatThrownBy(() -> MAPPER.writeValueAsString(io.vavr.concurrent.Future.successful(1)))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("has no JSON form for io.vavr.concurrent");
        assertThatThrownBy(() -> MAPPER.writeValueAsString(io.vavr.concurrent.Promise.successful(1)))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("CptsModule");
    }

    /** A host's type holding every Vavr collection type it may declare. */
    record Holder(
            Seq<Integer> seq,
            List<Integer> list,
            IndexedSeq<Integer> indexed,
            Vector<Integer> vector,
            Array<Integer> array,
            Stream<Integer> stream,
            Set<Integer> set,
            HashSet<Integer> hashSet,
            LinkedHashSet<Integer> linkedSet,
            SortedSet<Integer> sortedSet,
            TreeSet<Integer> treeSet,
            Map<String, Integer> map,
            HashMap<String, Integer> hashMap,
            LinkedHashMap<String, Integer> linkedMap,
            SortedMap<String, Integer> sortedMap,
            TreeMap<LocalDate, Integer> treeMap,
            Option<Integer> option,
            Option<LocalDate> none) {}

    @Test
    void eachVavrCollectionTypeIsReadAsItselfInOrder() throws Exception {
        String values = "[3,1,2,1]";
        String object = "{\"b\":2,\"a\":1,\"c\":3}";
        String json = "{\"seq\":" + values + ",\"list\":" + values + ",\"indexed\":" + values + ",\"vector\":" + values
                + ",\"array\":" + values + ",\"stream\":" + values + ",\"set\":" + values + ",\"hashSet\":" + values
                + ",\"linkedSet\":" + values + ",\"sortedSet\":" + values + ",\"treeSet\":" + values
                + ",\"map\":" + object + ",\"hashMap\":" + object + ",\"linkedMap\":" + object
                + ",\"sortedMap\":" + object + ",\"treeMap\":{\"2025-03-01\":1,\"2024-01-01\":2}"
                + ",\"option\":7,\"none\":null}";
        Holder h = MAPPER.readValue(json, Holder.class);
        assertThat(h.seq()).isInstanceOf(List.class).containsExactly(3, 1, 2, 1);
        assertThat(h.list()).isInstanceOf(List.class).containsExactly(3, 1, 2, 1);
        assertThat(h.indexed()).isInstanceOf(Vector.class).containsExactly(3, 1, 2, 1);
        assertThat(h.vector()).isInstanceOf(Vector.class).containsExactly(3, 1, 2, 1);
        assertThat(h.array()).isInstanceOf(Array.class).containsExactly(3, 1, 2, 1);
        assertThat(h.stream()).isInstanceOf(Stream.class).containsExactly(3, 1, 2, 1);
        assertThat(h.set()).isInstanceOf(HashSet.class).containsExactlyInAnyOrder(3, 1, 2);
        assertThat(h.hashSet()).isInstanceOf(HashSet.class).containsExactlyInAnyOrder(3, 1, 2);
        assertThat(h.linkedSet()).isInstanceOf(LinkedHashSet.class).containsExactly(3, 1, 2);
        assertThat(h.sortedSet()).isInstanceOf(TreeSet.class).containsExactly(1, 2, 3);
        assertThat(h.treeSet()).containsExactly(1, 2, 3);
        assertThat(h.map()).isInstanceOf(LinkedHashMap.class);
        assertThat(h.map().keySet().toList()).containsExactly("b", "a", "c");
        assertThat(h.hashMap()).isInstanceOf(HashMap.class).isEqualTo(HashMap.of("a", 1, "b", 2, "c", 3));
        assertThat(h.linkedMap().keySet().toList()).containsExactly("b", "a", "c");
        assertThat(h.sortedMap()).isInstanceOf(TreeMap.class);
        assertThat(h.sortedMap().keySet().toList()).containsExactly("a", "b", "c");
        assertThat(h.treeMap().keySet().toList()).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 1));
        assertThat(h.option()).isEqualTo(Option.some(7));
        assertThat(h.none()).isEqualTo(Option.none());
        Holder back = MAPPER.readValue(MAPPER.writeValueAsString(h), Holder.class);
        assertThat(back).isEqualTo(h);
        assertThat(MAPPER.writeValueAsString(h)).contains("\"treeMap\":{\"2024-01-01\":2,\"2025-03-01\":1}");
    }

    record Sparse(List<Option<Integer>> options, Map<String, Option<Integer>> byName, Option<List<Integer>> maybe) {}

    @Test
    void nullElementsAndAbsentOrEmptyValues() throws Exception {
        Sparse s =
                MAPPER.readValue("{\"options\":[1,null],\"byName\":{\"a\":null,\"b\":2},\"maybe\":[]}", Sparse.class);
        assertThat(s.options()).containsExactly(Option.some(1), Option.none());
        assertThat(s.byName().get("a").get()).isEqualTo(Option.none());
        assertThat(s.byName().get("b").get()).isEqualTo(Option.some(2));
        assertThat(s.maybe()).isEqualTo(Option.some(List.empty()));
        assertThat(MAPPER.writeValueAsString(s))
                .isEqualTo("{\"options\":[1,null],\"byName\":{\"a\":null,\"b\":2},\"maybe\":[]}");
        Sparse absent = MAPPER.readValue("{\"options\":[],\"byName\":{}}", Sparse.class);
        assertThat(absent.maybe()).as("absent: none").isEqualTo(Option.none());
        ObjectMapper nonEmpty = CptsJson.builder()
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .build();
        assertThat(nonEmpty.writeValueAsString(new Sparse(List.empty(), HashMap.empty(), Option.none())))
                .isEqualTo("{}");
        assertThat(nonEmpty.writeValueAsString(
                        new Sparse(List.of(Option.none()), HashMap.of("k", Option.some(1)), Option.some(List.of(1)))))
                .isEqualTo("{\"options\":[null],\"byName\":{\"k\":1},\"maybe\":[1]}");
    }
}
