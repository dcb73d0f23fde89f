package io.github.cptskit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mapper configured like Spring Boot's default, without CptsModule: every exported type is either
 * written so that it reads back equal, or refused with an exception that names the module. Never a
 * value with missing data (issue #15: a Vavr list written as its first element).
 */
class WithoutModuleTest {
    static final ObjectMapper SPRING_DEFAULT = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new ParameterNamesModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<Samples.Case> cases() {
        // MonetaryAmount (Moneta) and the Vavr collections are not cptskit types: nothing cptskit can put on
        // them; the cptskit types that hold them refuse instead (decision record 0005).
        return Samples.cases().stream()
                .filter(c ->
                        c.type() != MonetaryAmount.class && !c.type().getName().startsWith("io.vavr"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesAllOrFails(Samples.Case c) {
        qt().withExamples(10).forAll(c.values()).checkAssert(x -> {
            String json;
            try {
                json = SPRING_DEFAULT.writeValueAsString(x);
            } catch (Exception refused) {
                assertThat(refused).hasStackTraceContaining("CptsModule");
                return;
            }
            Object back;
            try {
                back = SPRING_DEFAULT.readValue(json, c.type());
            } catch (Exception e) {
                throw new AssertionError(c.name() + " written without the module but not readable: " + json, e);
            }
            assertThat(back).as(json).isEqualTo(x);
        });
    }
}
