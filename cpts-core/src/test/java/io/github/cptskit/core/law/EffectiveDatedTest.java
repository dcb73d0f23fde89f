package io.github.cptskit.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EffectiveDatedTest {

    private static final LegalReference REF = LegalReference.of("Accord CPTS", "art. 8");
    private static final LocalDate ACCORD = LocalDate.of(2019, 8, 25);
    private static final LocalDate AVENANT_2 = LocalDate.of(2022, 3, 31);

    private final EffectiveDated<Long> ceiling = EffectiveDated.of(
                    ACCORD, Sourced.of(450_000L, REF, Confidence.CONFIRMED))
            .from(AVENANT_2, Sourced.of(580_000L, REF, Confidence.CONFIRMED));

    @Test
    void noValueBeforeFirstEffectiveDate() {
        assertThat(ceiling.at(ACCORD.minusDays(1)).isEmpty()).isTrue();
    }

    @Test
    void valueChangesExactlyOnItsEffectiveDate() {
        assertThat(ceiling.at(AVENANT_2.minusDays(1)).get().value()).isEqualTo(450_000L);
        assertThat(ceiling.at(AVENANT_2).get().value()).isEqualTo(580_000L);
    }

    @Test
    void endedParameterHasNoValue() {
        EffectiveDated<Long> repealed = ceiling.endingOn(LocalDate.of(2030, 1, 1));
        assertThat(repealed.at(LocalDate.of(2029, 12, 31)).get().value()).isEqualTo(580_000L);
        assertThat(repealed.at(LocalDate.of(2030, 1, 1)).isEmpty()).isTrue();
    }

    @Test
    void theJavaViewsHoldTheSameStepsAndValues() {
        EffectiveDated<Long> repealed = ceiling.endingOn(LocalDate.of(2030, 1, 1));
        java.util.List<LocalDate> days =
                new java.util.ArrayList<>(repealed.stepsMap().keySet());
        assertThat(days).isEqualTo(repealed.steps().keySet().toJavaList());
        assertThat(repealed.effectiveDatesList()).isEqualTo(days);
        repealed.steps()
                .forEach(
                        (day, value) -> assertThat(repealed.stepsMap().get(day)).isEqualTo(value.toJavaOptional()));
        assertThat(repealed.stepsMap().get(LocalDate.of(2030, 1, 1))).isEmpty();
        qt().forAll(integers().between(0, 20_000)).checkAssert(n -> {
            LocalDate day = ACCORD.minusDays(1000).plusDays(n);
            assertThat(repealed.atOptional(day)).isEqualTo(repealed.at(day).toJavaOptional());
        });
    }

    @Test
    void valueOnAnyDayIsTheLatestStepNotAfterIt() {
        qt().forAll(integers().between(-2000, 5000)).check(offset -> {
            LocalDate day = ACCORD.plusDays(offset);
            long expected = day.isBefore(ACCORD) ? -1 : day.isBefore(AVENANT_2) ? 450_000L : 580_000L;
            return ceiling.at(day).map(Sourced::value).getOrElse(-1L) == expected;
        });
    }

    @Test
    void itsStepsAreTheDatesWithTheirValuesAndEnds() {
        EffectiveDated<Long> repealed = ceiling.endingOn(LocalDate.of(2030, 1, 1));
        assertThat(repealed.effectiveDates()).containsExactly(ACCORD, AVENANT_2, LocalDate.of(2030, 1, 1));
        assertThat(repealed.steps().get(LocalDate.of(2030, 1, 1)).get()).isEmpty();
        assertThat(repealed.steps().get(ACCORD).get().get().value()).isEqualTo(450_000L);
        assertThat(EffectiveDated.<Long>empty().isEmpty()).isTrue();
        assertThat(ceiling.isEmpty()).isFalse();
        assertThat(repealed).hasToString("EffectiveDated[2019-08-25=450000, 2022-03-31=580000, 2030-01-01=(ends)]");
    }

    @Test
    void mappingKeepsDatesSourcesAndConfidence() {
        EffectiveDated<String> euros = ceiling.map(cents -> cents / 100 + " €");
        assertThat(euros.at(AVENANT_2).get().value()).isEqualTo("5800 €");
        assertThat(euros.at(AVENANT_2).get().reference()).isEqualTo(REF);
        assertThat(euros.at(AVENANT_2).get().confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(euros.effectiveDates()).isEqualTo(ceiling.effectiveDates());
        assertThat(ceiling.endingOn(LocalDate.of(2030, 1, 1)).map(c -> c + 1).at(LocalDate.of(2030, 1, 1)))
                .as("an end stays an end")
                .isEmpty();
    }

    @Test
    void equalWhenTheSameStepsAreTheSameValues() {
        EffectiveDated<Long> same = EffectiveDated.of(ACCORD, Sourced.of(450_000L, REF, Confidence.CONFIRMED))
                .from(AVENANT_2, Sourced.of(580_000L, REF, Confidence.CONFIRMED));
        assertThat(same).isEqualTo(ceiling).hasSameHashCodeAs(ceiling);
        assertThat(same.from(AVENANT_2, Sourced.of(580_001L, REF, Confidence.CONFIRMED)))
                .isNotEqualTo(ceiling);
        assertThat(ceiling.endingOn(LocalDate.of(2030, 1, 1))).isNotEqualTo(ceiling);
        assertThat(ceiling.hashCode()).isNotEqualTo(EffectiveDated.empty().hashCode());
        assertThat((Object) ceiling).isNotEqualTo("EffectiveDated");
    }
}
