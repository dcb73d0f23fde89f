package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBandScale;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What changes from one period of the rules to the next: a text moving one size-band threshold, the
 * range in force on a day, the scale of each day however the days are asked, and a figure no text
 * sets.
 */
class TariffRulesPeriodsTest {

    private static final TariffRules RULES = TariffRules.bundled();
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    /** A user's text from 2027 setting the given parameters. */
    private static RuleText text(String parameters) {
        return TariffRules.read(
                        new StringReader("{\"version\": \"mine\", \"title\": \"Mine\", \"effective\": \"" + FROM
                                + "\", \"parameters\": " + parameters + "}"),
                        "mine.json")
                .get();
    }

    /** The scale in force from 2027 once a text moves one threshold. */
    private static SizeBandScale movedTo(String threshold, long value) {
        return RULES.plus(text("{\"tailles.seuil." + threshold + "\": " + value + "}"))
                .get()
                .on(FROM)
                .get()
                .scale();
    }

    @Test
    void aTextMovingOneThresholdKeepsTheOthers() {
        SizeBandScale base = RULES.on(FROM.minusDays(1)).get().scale();
        long t3 = base.taille3From() + 1;
        assertThat(movedTo("taille3", t3))
                .isEqualTo(new SizeBandScale(
                        base.taille2From(),
                        base.boundary2(),
                        t3,
                        base.boundary3(),
                        base.taille4From(),
                        base.boundary4()));
        long t4 = base.taille4From() + 1;
        assertThat(movedTo("taille4", t4))
                .isEqualTo(new SizeBandScale(
                        base.taille2From(),
                        base.boundary2(),
                        base.taille3From(),
                        base.boundary3(),
                        t4,
                        base.boundary4()));
    }

    @Test
    void thresholdsMustStrictlyIncrease() {
        SizeBandScale base = RULES.on(FROM.minusDays(1)).get().scale();
        long a = base.taille2From();
        long b = base.taille3From();
        long c = base.taille4From();
        // A band that would begin where the one below it begins would hold no CPTS.
        assertThat(RULES.plus(text("{\"tailles.seuil.taille3\": " + a + "}"))
                        .getError()
                        .map(Problem::messageEn))
                .containsExactly("size-band thresholds not increasing on " + FROM + ": " + a + ", " + a + ", " + c);
        assertThat(RULES.plus(text("{\"tailles.seuil.taille4\": " + b + "}"))
                        .getError()
                        .map(Problem::messageEn))
                .containsExactly("size-band thresholds not increasing on " + FROM + ": " + a + ", " + b + ", " + b);
    }

    @Test
    void theRangeInForceIsTheOneOfTheTextThatSetTheFigureInForce() {
        String path = "missions.acces.fixe.taille2";
        LocalDate before = FROM.minusDays(1);
        assertThat(RULES.range(path, before)).isNotEmpty();
        // A later text setting the figure without a range makes it certain from its date only.
        TariffRules mine = RULES.plus(text("{\"" + path + "\": 30000}")).get();
        assertThat(mine.range(path, before)).isEqualTo(RULES.range(path, before));
        assertThat(mine.range(path, FROM)).isEmpty();
        // Before any text, and for a path no text sets, there is none.
        assertThat(mine.range(path, LocalDate.of(2019, 1, 1))).isEmpty();
        assertThat(mine.range("tailles.seuil.taille2", FROM)).isEmpty();
    }

    @Test
    void eachDayGetsTheScaleInForceWhateverTheOrderItIsAskedIn() {
        SizeBandScale first = new SizeBandScale(30_000, 60_000, 120_000, SizeBandScale.Boundary.LOWER_BOUND_INCLUSIVE);
        SizeBandScale second = new SizeBandScale(40_000, 80_000, 160_000, SizeBandScale.Boundary.LOWER_BOUND_INCLUSIVE);
        TariffRules r = RULES.withScale(EffectiveDated.of(LocalDate.of(2023, 1, 1), Sourced.userSupplied(first, "a"))
                .from(LocalDate.of(2024, 1, 1), Sourced.userSupplied(second, "b")));
        // The same texts are in force on each of these days: only the scale tells their periods apart.
        assertThat(r.on(LocalDate.of(2023, 6, 1)).get().scale()).isEqualTo(first);
        assertThat(r.on(LocalDate.of(2022, 12, 31)).getError().map(Problem::code))
                .containsExactly("TARIFF_NO_SIZE_BANDS");
        assertThat(r.on(LocalDate.of(2024, 6, 1)).get().scale()).isEqualTo(second);
        assertThat(r.on(LocalDate.of(2023, 12, 31)).get().scale()).isEqualTo(first);
        assertThat(r.on(LocalDate.of(2024, 1, 1)).get().scale()).isEqualTo(second);
    }

    @Test
    void aFigureNoTextSetsCannotBeReplaced() {
        assertThat(RULES.with("tailles.seuil.taille2", "50000").getError().map(p -> p.code() + " " + p.messageEn()))
                .containsExactly("TARIFF_PARAMETER_NOT_SET tailles.seuil.taille2 is set by no text: add it with a"
                        + " dated rule file");
    }
}
