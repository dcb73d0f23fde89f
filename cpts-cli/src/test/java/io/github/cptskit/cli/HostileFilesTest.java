package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.tariff.TariffRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Regression tests of what fuzzing found in the CLI's readers (issue #8, docs/quality.md). */
class HostileFilesTest {

    private static final String BAD_ROWS = "x\n".repeat(100_000);

    @Test
    @Timeout(30)
    void aPortfolioOfAHundredThousandBadRowsIsReportedInLinearTime() {
        // Each problem appended to a Vavr List copied it: 20,000 bad rows took 5 s, 100,000 minutes.
        UserError e = catchThrowableOfType(
                UserError.class,
                () -> Portfolio.parse(
                        "id,name,region,departement,population,signature,communes\n" + BAD_ROWS, "big.csv", false));
        assertThat(e.problems()).hasSize(100_000);
        assertThat(e.problems().head().code()).isEqualTo("PORTFOLIO_COLUMNS");
    }

    @Test
    @Timeout(30)
    void scenariosOfAHundredThousandBadRowsAreReportedInLinearTime() {
        UserError e = catchThrowableOfType(
                UserError.class,
                () -> AciCommand.remunerations(
                        "id,population,region,signature,contract_year,missions\n" + BAD_ROWS,
                        "big.csv",
                        RemunerationCalculator.of(TariffRules.bundled())));
        assertThat(e.problems()).hasSize(100_000);
        assertThat(e.problems().head().code()).isEqualTo("SCENARIOS_COLUMNS");
    }

    @Test
    void latin1BytesAreFileEncodingNotMojibake() {
        UserError e = catchThrowableOfType(
                UserError.class, () -> UserFiles.decode(new byte[] {'i', 'd', (byte) 0xe9}, "latin1.csv"));
        assertThat(e.problems().head().code()).isEqualTo("FILE_ENCODING");
        assertThat(UserFiles.decode("\uFEFFid".getBytes(java.nio.charset.StandardCharsets.UTF_8), "bom.csv"))
                .isEqualTo("\uFEFFid");
    }
}
