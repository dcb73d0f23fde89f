package io.github.cptskit.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Identifiers as values: what {@code of} trusts, how they print and how they sort. */
class IdentifierValuesTest {

    /** {@code of} gives what {@code parse} does, prints its normalised value and sorts by it. */
    private static <T extends Comparable<T>> void behavesAsAValue(
            Function<String, T> of, String spelled, String value, String greater) {
        T a = of.apply(spelled);
        assertThat(a).hasToString(value);
        assertThat(a).isEqualTo(of.apply(value)).hasSameHashCodeAs(of.apply(value));
        T b = of.apply(greater);
        assertThat(a.compareTo(b)).as(value + " < " + greater).isNegative();
        assertThat(b.compareTo(a)).isPositive();
        assertThat(a.compareTo(of.apply(value))).isZero();
    }

    @Test
    void everyIdentifierIsAComparableValue() {
        behavesAsAValue(Rpps::of, "100 029 093 71", "10002909371", "10003333332");
        behavesAsAValue(Adeli::of, "69 123 456 7", "691234567", "751234567");
        behavesAsAValue(Finess::of, "75 071 218 4", "750712184", "920000123");
        behavesAsAValue(Rna::of, "w751234567", "W751234567", "W921234567");
        behavesAsAValue(Siren::of, "180 035 024", "180035024", "775672272");
        behavesAsAValue(Siret::of, "180 035 024 00017", "18003502400017", "73282932000074");
        behavesAsAValue(InseeCode::of, "2a004", "2A004", "2B033");
        behavesAsAValue(s -> Idnps.parse(s).get(), "0 691234567", "0691234567", "810002909371");
        assertThat(Idnps.of(Adeli.of("691234567")))
                .isEqualTo(Idnps.parse("0691234567").get());
        assertThat(Idnps.of(Adeli.of("691234567")).rpps()).isEmpty();
    }
}
