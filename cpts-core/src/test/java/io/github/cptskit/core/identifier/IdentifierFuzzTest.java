package io.github.cptskit.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of every identifier parser (issue #8): whatever the text, {@code parse} answers a value
 * that parses again to itself, or coded problems of that identifier; it never throws and never hangs.
 * Regression mode (the seeds of {@code IdentifierFuzzTestInputs/<method>/}) runs in {@code verify};
 * {@code scripts/fuzz.sh} fuzzes.
 */
class IdentifierFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void rpps(byte[] data) {
        check(Rpps.parse(text(data)), Rpps::parse, Rpps::value, "RPPS_");
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void adeli(byte[] data) {
        check(Adeli.parse(text(data)), Adeli::parse, Adeli::value, "ADELI_");
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void idnps(byte[] data) {
        check(Idnps.parse(text(data)), Idnps::parse, Idnps::value, "IDNPS_", "RPPS_", "ADELI_");
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void finess(byte[] data) {
        check(Finess.parse(text(data)), Finess::parse, Finess::value, "FINESS_");
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void siren(byte[] data) {
        check(Siren.parse(text(data)), Siren::parse, Siren::value, "SIREN_");
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void siret(byte[] data) {
        Validation<Seq<Problem>, Siret> v = Siret.parse(text(data));
        check(v, Siret::parse, Siret::value, "SIRET_");
        v.forEach(s -> {
            assertThat(s.siren().value()).hasSize(9);
            assertThat(Siret.parse(s.formatted()).get()).isEqualTo(s);
        });
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void rna(byte[] data) {
        check(Rna.parse(text(data)), Rna::parse, Rna::value, "RNA_");
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(5)
    void inseeCode(byte[] data) {
        Validation<Seq<Problem>, InseeCode> v = InseeCode.parse(text(data));
        check(v, InseeCode::parse, InseeCode::value, "INSEE_");
        v.forEach(c -> assertThat(c.departement()).hasSizeBetween(2, 3));
    }

    /** Outside text: the bytes as UTF-8, malformed sequences replaced as any reader would. */
    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    private static <T> void check(
            Validation<Seq<Problem>, T> v,
            Function<String, Validation<Seq<Problem>, T>> parse,
            Function<T, String> value,
            String... prefixes) {
        if (v.isValid()) {
            assertThat(parse.apply(value.apply(v.get())).get()).isEqualTo(v.get());
        } else {
            assertThat(v.getError()).isNotEmpty().allSatisfy(p -> {
                assertThat(java.util.Arrays.stream(prefixes).anyMatch(p.code()::startsWith))
                        .as(p.code())
                        .isTrue();
                assertThat(p.messageFr()).isNotBlank();
                assertThat(p.messageEn()).isNotBlank();
            });
        }
    }
}
