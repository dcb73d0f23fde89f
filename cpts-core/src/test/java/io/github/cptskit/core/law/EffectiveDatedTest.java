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
    void valueOnAnyDayIsTheLatestStepNotAfterIt() {
        qt().forAll(integers().between(-2000, 5000)).check(offset -> {
            LocalDate day = ACCORD.plusDays(offset);
            long expected = day.isBefore(ACCORD) ? -1 : day.isBefore(AVENANT_2) ? 450_000L : 580_000L;
            return ceiling.at(day).map(Sourced::value).getOrElse(-1L) == expected;
        });
    }
}
