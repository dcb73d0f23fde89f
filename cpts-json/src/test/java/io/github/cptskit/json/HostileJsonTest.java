package io.github.cptskit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Results;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * What a security review sent to the module (issue #27): every value is refused with a coded problem,
 * through {@link CptsJson#mapper()} and through a host's plain mapper alike, never read wrong.
 */
class HostileJsonTest {
    private static final ObjectMapper OURS = CptsJson.mapper();
    /** A host's mapper: Jackson's defaults (floats accepted as integers, duplicates: last one wins). */
    private static final ObjectMapper HOSTS = JsonMapper.builder()
            .addModule(new CptsModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final Remuneration REMUNERATION =
            Results.orElseThrow(RemunerationCalculator.of(TariffRules.bundled())
                    .calculate(Results.orElseThrow(Scenario.builder("cpts-a")
                            .population(97_000)
                            .signedOn(LocalDate.of(2023, 3, 1))
                            .contractYear(2)
                            .mission(Mission.ACCES, LocalDate.of(2023, 6, 1), Achievement.FULL)
                            .mission(Mission.PARCOURS, LocalDate.of(2024, 1, 15), Achievement.FULL)
                            .mission(Mission.PREVENTION, LocalDate.of(2024, 1, 15), Achievement.NONE)
                            .mission(Mission.CRISES, LocalDate.of(2023, 9, 1), Achievement.NONE)
                            .build())));

    private static String code(ObjectMapper mapper, String json, Class<?> type) {
        CptsJsonException e = catchThrowableOfType(CptsJsonException.class, () -> mapper.readValue(json, type));
        assertThat(e).as(json.length() > 200 ? json.substring(0, 200) : json).isNotNull();
        assertThat(e.problem().message(Locale.FRENCH)).isNotBlank();
        return e.problem().code();
    }

    @Test
    void moneyBeyondItsBoundsIsRefusedBeforeItIsComputed() {
        for (ObjectMapper m : new ObjectMapper[] {OURS, HOSTS}) {
            String huge = "{\"amount\":\"0." + "1".repeat(800_000) + "\",\"currency\":\"EUR\"}";
            assertThat(code(m, huge, MonetaryAmount.class)).isEqualTo("JSON_MONEY_BOUNDS");
            assertThat(code(m, "{\"amount\":\"1e999999999\",\"currency\":\"EUR\"}", MonetaryAmount.class))
                    .isEqualTo("JSON_MONEY_BOUNDS");
            assertThat(code(m, "{\"amount\":\"1e-999999999\",\"currency\":\"EUR\"}", MonetaryAmount.class))
                    .isEqualTo("JSON_MONEY_BOUNDS");
            assertThat(code(m, "{\"amount\":\"1000000000000000\",\"currency\":\"EUR\"}", MonetaryAmount.class))
                    .as("16 digits before the point")
                    .isEqualTo("JSON_MONEY_BOUNDS");
        }
    }

    @Test
    void moneyWithinItsBoundsIsReadExactly() throws Exception {
        MonetaryAmount a = HOSTS.readValue(
                "{\"amount\":\"999999999999999.0000000001\",\"currency\":\"EUR\"}", MonetaryAmount.class);
        assertThat(a.getNumber().numberValueExact(java.math.BigDecimal.class))
                .isEqualByComparingTo("999999999999999.0000000001");
        assertThat(HOSTS.readValue("{\"amount\":\"-12.5e2\",\"currency\":\"EUR\"}", MonetaryAmount.class)
                        .getNumber()
                        .intValueExact())
                .isEqualTo(-1250);
    }

    @Test
    void floatsAreNotTruncatedIntoIntegers() throws Exception {
        Scenario s = Results.orElseThrow(Scenario.builder("cpts-b")
                .population(97_000)
                .signedOn(LocalDate.of(2023, 3, 1))
                .contractYear(2)
                .build());
        for (ObjectMapper m : new ObjectMapper[] {OURS, HOSTS}) {
            ObjectNode json = (ObjectNode) m.readTree(m.writeValueAsString(s));
            assertThat(m.treeToValue(json, Scenario.class)).isEqualTo(s);
            json.put("population", 97000.9);
            assertThat(code(m, json.toString(), Scenario.class)).isEqualTo("JSON_INTEGER_EXPECTED");
            json.put("population", 97000);
            json.put("contractYear", 2.7);
            assertThat(code(m, json.toString(), Scenario.class)).isEqualTo("JSON_INTEGER_EXPECTED");
            assertThat(code(m, "{\"partsPerMillion\":500000.5}", Achievement.class))
                    .as("a record's integer component")
                    .isEqualTo("JSON_INTEGER_EXPECTED");
        }
    }

    @Test
    void duplicateFieldsAreRefused() throws Exception {
        String json = HOSTS.writeValueAsString(REMUNERATION);
        String twice = json.replaceFirst("\\{", "{\"scenarioId\":\"other\",");
        String scenario = HOSTS.writeValueAsString(Results.orElseThrow(Scenario.builder("cpts-c")
                .population(5_000)
                .signedOn(LocalDate.of(2023, 3, 1))
                .contractYear(1)
                .build()));
        String scenarioTwice = scenario.replaceFirst("\\{", "{\"population\":7000,");
        // A host's mapper: the module itself refuses them, with its code.
        assertThat(code(HOSTS, twice, Remuneration.class)).isEqualTo("JSON_DUPLICATE_FIELD");
        assertThat(code(HOSTS, scenarioTwice, Scenario.class)).isEqualTo("JSON_DUPLICATE_FIELD");
        // The ready-made mapper: its parser refuses them first, anywhere in the document.
        for (String bad : new String[] {twice, scenarioTwice, "{\"a\":1,\"a\":2}"}) {
            assertThat(catchThrowableOfType(
                            com.fasterxml.jackson.core.JsonParseException.class,
                            () -> OURS.readValue(bad, Object.class)))
                    .hasMessageContaining("Duplicate field");
        }
    }

    @Test
    void aRemunerationReadFromJsonKeepsItsInvariants() throws Exception {
        for (ObjectMapper m : new ObjectMapper[] {OURS, HOSTS}) {
            String json = m.writeValueAsString(REMUNERATION);
            assertThat(m.readValue(json, Remuneration.class)).isEqualTo(REMUNERATION);
            JsonNode tree = m.readTree(json);

            ObjectNode tampered = tree.deepCopy();
            ((ObjectNode) tampered.get("total")).put("amount", "-999.00");
            assertThat(code(m, tampered.toString(), Remuneration.class)).isEqualTo("JSON_VALUE_INVALID");

            ObjectNode dollars = tree.deepCopy();
            ((ObjectNode) dollars.get("total")).put("currency", "USD");
            CptsJsonException e = catchThrowableOfType(
                    CptsJsonException.class, () -> m.readValue(dollars.toString(), Remuneration.class));
            assertThat(e.problem().code()).isEqualTo("JSON_VALUE_INVALID");
            assertThat(e.problem().message(Locale.ENGLISH)).contains("USD");

            ObjectNode noStart = tree.deepCopy();
            noStart.putNull("yearStart");
            assertThat(code(m, noStart.toString(), Remuneration.class)).isEqualTo("JSON_VALUE_INVALID");

            ObjectNode huge = tree.deepCopy();
            ((ObjectNode) huge.get("total")).put("amount", "1e1000000");
            assertThat(code(m, huge.toString(), Remuneration.class)).isEqualTo("JSON_MONEY_BOUNDS");
        }
    }

    @Test
    void theReadyMadeMapperBoundsNestingAndNumbers() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThat(catchThrowableOfType(
                        com.fasterxml.jackson.core.exc.StreamConstraintsException.class, () -> OURS.readTree(deep)))
                .isNotNull();
        String longNumber = "1".repeat(200);
        assertThat(catchThrowableOfType(
                        com.fasterxml.jackson.core.exc.StreamConstraintsException.class,
                        () -> OURS.readValue(longNumber, java.math.BigDecimal.class)))
                .isNotNull();
    }
}
