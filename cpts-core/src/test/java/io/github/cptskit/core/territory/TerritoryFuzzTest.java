package io.github.cptskit.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the registry's lookups by user-typed codes (issue #8): a lookup finds something or
 * nothing, a list of codes (split as {@code cpts territory --file} splits a file) gives a territory or
 * coded {@code TERRITORY_*} problems; nothing throws or hangs.
 */
class TerritoryFuzzTest {

    private static final CommuneRegistry REGISTRY = CommuneRegistry.bundled();

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void lookups(byte[] data) {
        String code = new String(data, StandardCharsets.UTF_8);
        REGISTRY.find(code)
                .forEach(c -> assertThat(REGISTRY.find(c.code().toString())).contains(c));
        REGISTRY.currentCommuneOf(code)
                .forEach(c -> assertThat(REGISTRY.find(c.code().toString())).contains(c));
        REGISTRY.departement(code)
                .forEach(d -> assertThat(REGISTRY.departement(d.code())).contains(d));
        REGISTRY.region(code).forEach(r -> assertThat(REGISTRY.region(r.code())).contains(r));
        REGISTRY.epci(code)
                .forEach(e -> assertThat(REGISTRY.territoryOf(e).isEmpty()).isFalse());
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void territory(byte[] data) {
        List<String> codes = List.of(new String(data, StandardCharsets.UTF_8).split("[\\s,;]+"))
                .filter(s -> !s.isBlank());
        Validation<Seq<Problem>, Territory> t = REGISTRY.territory(codes);
        if (t.isValid()) {
            assertThat(t.get().size()).isEqualTo(codes.size());
            assertThat(t.get().population()).isNotNegative();
        } else {
            assertThat(t.getError())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.code()).startsWith("TERRITORY_"));
        }
    }
}
