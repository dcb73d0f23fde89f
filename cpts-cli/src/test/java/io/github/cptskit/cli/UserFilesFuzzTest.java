package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the files users give the command line (issue #8): the CPTS JSON of {@code cpts
 * validate}, the scenario CSV of {@code cpts aci}, the portfolio CSV of {@code cpts simulate} and
 * {@code cpts territory}. Whatever the bytes (not UTF-8, BOM, CRLF, quotes, huge), reading answers a
 * value or a {@link UserError} of coded problems, which the CLI prints with exit code 2; never another
 * exception, never a hang. The fuzz tests of cpts-core's and cpts-aci's parsers live in those modules.
 */
class UserFilesFuzzTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final RemunerationCalculator CALCULATOR = RemunerationCalculator.of(TariffRules.bundled());

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void cptsJson(byte[] data) {
        userErrorOrValue(() -> {
            String content = UserFiles.decode(data, "fuzz.json");
            Cpts cpts = new ValidateCommand().read(content, "fuzz.json");
            assertThat(RuleSet.standard().evaluate(cpts, ON, List.empty())).allSatisfy(UserFilesFuzzTest::coded);
        });
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void scenariosCsv(byte[] data) {
        userErrorOrValue(() -> {
            var remunerations = AciCommand.remunerations(UserFiles.decode(data, "fuzz.csv"), "fuzz.csv", CALCULATOR);
            assertThat(remunerations).allSatisfy(r -> assertThat(r.lines()).isNotEmpty());
        });
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void portfolioCsv(byte[] data) {
        userErrorOrValue(() -> {
            Portfolio p = Portfolio.parse(UserFiles.decode(data, "fuzz.csv"), "fuzz.csv", false);
            assertThat(p.signatories()).hasSize(p.entries().size());
            for (Portfolio.Entry e : p.entries()) {
                Rules.orThrow(CommuneRegistry.bundled().territory(e.communes()));
            }
        });
    }

    /** Runs a reading: it may end normally or with a UserError of coded problems, nothing else. */
    private static void userErrorOrValue(Runnable reading) {
        try {
            reading.run();
        } catch (UserError e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(UserFilesFuzzTest::coded);
        }
    }

    private static void coded(Problem p) {
        assertThat(p.code()).matches("[A-Z][A-Z0-9_]+");
        assertThat(p.messageFr()).isNotBlank();
        assertThat(p.messageEn()).isNotBlank();
    }
}
