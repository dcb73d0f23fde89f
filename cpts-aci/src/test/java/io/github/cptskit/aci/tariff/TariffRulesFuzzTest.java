package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the tariff rules users bring (issue #8): a rule file ({@code cpts simulate --reform},
 * {@link TariffRules#read}) and a {@code --set PARAM=VALUE}. Whatever the bytes, the answer is a value
 * or coded problems, down to the remuneration computed with the resulting rules; never an exception,
 * never a hang.
 */
class TariffRulesFuzzTest {

    private static final String SOURCE = "fuzz.json";

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void ruleFile(byte[] data) throws IOException {
        Validation<Seq<Problem>, RuleText> text;
        // Strict UTF-8, as TariffRules.read(Path) reads files: bad bytes are an IOException (TARIFF_IO).
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8.newDecoder())) {
            text = TariffRules.read(r, SOURCE);
        }
        if (isProblems(text, "TARIFF_")) {
            return;
        }
        Validation<Seq<Problem>, TariffRules> rules = TariffRules.bundled().plus(text.get());
        if (isProblems(rules, "TARIFF_")) {
            return;
        }
        exercise(rules.get(), text.get().effective());
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void datedRules(byte[] data) throws IOException {
        // Whole rules in the dated form of the bundled aci-rules.json (TariffRules.load).
        Validation<Seq<Problem>, TariffRules> rules;
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8.newDecoder())) {
            rules = TariffRules.load(r, SOURCE);
        }
        if (isProblems(rules, "TARIFF_")) {
            return;
        }
        for (LocalDate d : rules.get().changeDates()) {
            exercise(rules.get(), d);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void set(byte[] data) {
        String line = new String(data, StandardCharsets.UTF_8);
        int eq = line.indexOf('=');
        String path = eq < 0 ? line : line.substring(0, eq).strip();
        String value = eq < 0 ? "" : line.substring(eq + 1).strip();
        Validation<Seq<Problem>, TariffRules> rules = TariffRules.bundled().with(path, value);
        if (isProblems(rules, "TARIFF_")) {
            return;
        }
        exercise(rules.get(), LocalDate.of(2024, 1, 1));
    }

    /** The rules checked, their tariff on a day and a full remuneration signed that day. */
    private static void exercise(TariffRules rules, LocalDate day) {
        assertThat(rules.check()).allSatisfy(TariffRulesFuzzTest::coded);
        isProblems(rules.on(day), "TARIFF_");
        LocalDate signed = day.isBefore(Scenario.ACCORD_IN_FORCE) ? Scenario.ACCORD_IN_FORCE : day;
        var scenario =
                Scenario.builder("fuzz").population(120_000).signedOn(signed).contractYear(2);
        for (Mission m : Mission.values()) {
            scenario.mission(m, signed, Achievement.FULL);
        }
        var built = scenario.build();
        if (isProblems(built, "SCENARIO_")) {
            return;
        }
        var remuneration = RemunerationCalculator.of(rules).calculate(built.get());
        if (!isProblems(remuneration, "TARIFF_", "SCENARIO_", "REMUNERATION_", "MISSION_")) {
            assertThat(remuneration.get().lines()).isNotEmpty();
        }
    }

    /** Whether a validation holds problems, after checking that each is coded with one of the prefixes. */
    private static boolean isProblems(Validation<? extends Seq<Problem>, ?> v, String... prefixes) {
        if (v.isValid()) {
            return false;
        }
        assertThat(v.getError()).isNotEmpty().allSatisfy(p -> {
            coded(p);
            assertThat(java.util.Arrays.stream(prefixes).anyMatch(p.code()::startsWith))
                    .as(p.code())
                    .isTrue();
        });
        return true;
    }

    private static void coded(Problem p) {
        assertThat(p.code()).matches("[A-Z][A-Z0-9_]+");
        assertThat(p.messageFr()).isNotBlank();
        assertThat(p.messageEn()).isNotBlank();
    }
}
