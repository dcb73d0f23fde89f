package io.github.cptskit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every exported type: what the module writes, it reads back equal. */
class RoundTripProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final ObjectMapper ISO = CptsJson.mapper();

    static Stream<Samples.Case> cases() {
        return Samples.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsBackWhatItWrites(Samples.Case c) {
        qt().withExamples(40).forAll(c.values()).checkAssert(x -> {
            for (ObjectMapper mapper : new ObjectMapper[] {MAPPER, ISO}) {
                String json;
                Object back;
                try {
                    json = mapper.writeValueAsString(x);
                    back = mapper.readValue(json, c.type());
                } catch (Exception e) {
                    throw new AssertionError(c.name() + " " + x, e);
                }
                assertThat(back).as(json).isEqualTo(x);
            }
        });
    }
}
