package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.Tuple2;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tariff's java.util views and entry points give what their Vavr twins give (decision record 0004). */
class TariffJavaViewsTest {

    private static final TariffRules RULES = TariffRules.bundled();

    private static <K, V> List<Map.Entry<K, V>> entries(io.vavr.collection.Map<K, V> m) {
        List<Map.Entry<K, V>> out = new ArrayList<>();
        for (Tuple2<K, V> t : m) {
            out.add(Map.entry(t._1, t._2));
        }
        return out;
    }

    @Test
    void rulesAndTariffsOnAnyDay() {
        assertThat(TariffRules.knownParametersList())
                .isEqualTo(TariffRules.knownParameters().toJavaList());
        assertThat(RULES.versionsList()).isEqualTo(RULES.versions().toJavaList());
        assertThat(RULES.textsList()).isEqualTo(RULES.texts().toJavaList());
        assertThat(RULES.parameterPathsList()).isEqualTo(RULES.parameterPaths().toJavaList());
        assertThat(RULES.changeDatesList()).isEqualTo(RULES.changeDates().toJavaList());
        assertThat(RULES.checkList()).isEqualTo(RULES.check().toJavaList());
        assertThat(TariffRules.of(RULES.textsList()).get().versions()).isEqualTo(RULES.versions());
        for (String v : RULES.versionsList()) {
            assertThat(RULES.effectiveDateOfOptional(v))
                    .isEqualTo(RULES.effectiveDateOf(v).toJavaOptional());
        }
        qt().forAll(integers().between(0, 3000)).checkAssert(n -> {
            LocalDate day = LocalDate.of(2019, 1, 1).plusDays(n);
            for (String path : RULES.parameterPathsList()) {
                assertThat(RULES.rangeOptional(path, day))
                        .isEqualTo(RULES.range(path, day).toJavaOptional());
            }
            RULES.on(day).forEach(t -> {
                assertThat(new ArrayList<>(t.parametersMap().entrySet())).isEqualTo(entries(t.parameters()));
                assertThat(t.unconfirmedParametersList())
                        .isEqualTo(t.unconfirmedParameters().toJavaList());
            });
        });
    }

    @Test
    void changesFromAJavaMapEqualChangesFromAVavrMap() {
        for (String value : List.of("40000", "-1", "abc", "999999999")) {
            Map<String, String> plain = new java.util.LinkedHashMap<>();
            plain.put("missions.acces.fixe.taille2", value);
            plain.put("fonctionement.taille1", value);
            var fromJava = RULES.with(plain);
            var fromVavr = RULES.with(io.vavr.collection.LinkedHashMap.ofAll(plain));
            assertThat(fromJava.isValid()).isEqualTo(fromVavr.isValid());
            if (fromJava.isValid()) {
                assertThat(fromJava.get().textsList()).isEqualTo(fromVavr.get().textsList());
            } else {
                assertThat(fromJava.getError()
                                .map(p -> p.format(java.util.Locale.ENGLISH))
                                .toJavaList())
                        .isEqualTo(fromVavr.getError()
                                .map(p -> p.format(java.util.Locale.ENGLISH))
                                .toJavaList());
            }
            assertThat(TariffRules.checkParameterOptional("missions.acces.fixe.taille2", value))
                    .isEqualTo(TariffRules.checkParameter("missions.acces.fixe.taille2", value)
                            .toJavaOptional());
        }
    }
}
