package io.github.cptskit.fhir.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cptskit.core.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the reader of the Annuaire extraction: whatever bytes follow a valid header, it never throws,
 * the counts add up, and every refused line carries coded, located problems. Regression mode (the seeds
 * of {@code PsLibreAccesFuzzTestInputs/lines/}) runs in {@code verify}; {@code scripts/fuzz.sh} fuzzes.
 */
class PsLibreAccesFuzzTest {

    private static final byte[] HEADER =
            PsLibreAcces.COLUMNS_56.mkString("", "|", "|\n").getBytes(StandardCharsets.UTF_8);

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void lines(byte[] data) throws IOException {
        byte[] all = new byte[HEADER.length + data.length];
        System.arraycopy(HEADER, 0, all, 0, HEADER.length);
        System.arraycopy(data, 0, all, HEADER.length, data.length);
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        var summary =
                PsLibreAcces.read(new ByteArrayInputStream(all), "fuzz.txt", a -> accepted.incrementAndGet(), r -> {
                    refused.incrementAndGet();
                    for (Problem p : r.problems()) {
                        assertThat(p.code()).matches("[A-Z0-9_]+");
                        assertThat(p.location().get().line()).isEqualTo(r.line());
                    }
                });
        assertThat(summary.get().imported()).isEqualTo(accepted.get());
        assertThat(summary.get().refused()).isEqualTo(refused.get());
        ImportSummary s = summary.get();
        assertThat(s.lines()).isEqualTo(s.imported() + s.refused() + s.skipped());
        // the same bytes after the savoir-faire and the diplomas headers, with a small line cap
        for (var header : java.util.List.of(PsLibreAcces.SAVOIR_FAIRE_COLUMNS, PsLibreAcces.DIPLOMA_COLUMNS)) {
            byte[] h = header.mkString("", "|", "|\n").getBytes(StandardCharsets.UTF_8);
            byte[] side = new byte[h.length + data.length];
            System.arraycopy(h, 0, side, 0, h.length);
            System.arraycopy(data, 0, side, h.length, data.length);
            AtomicLong values = new AtomicLong();
            AtomicLong bad = new AtomicLong();
            java.util.function.Consumer<RefusedLine> check = r -> {
                bad.incrementAndGet();
                for (Problem p : r.problems()) {
                    assertThat(p.code()).matches("[A-Z0-9_]+");
                    assertThat(p.location().get().line()).isEqualTo(r.line());
                }
            };
            var read = header == PsLibreAcces.SAVOIR_FAIRE_COLUMNS
                    ? PsLibreAcces.readSavoirFaire(
                            new ByteArrayInputStream(side), "fuzz.txt", 400, x -> values.incrementAndGet(), check)
                    : PsLibreAcces.readDiplomas(
                            new ByteArrayInputStream(side), "fuzz.txt", 400, x -> values.incrementAndGet(), check);
            ImportSummary r = read.get();
            assertThat(r.imported()).isEqualTo(values.get());
            assertThat(r.refused()).isEqualTo(bad.get());
            assertThat(r.lines()).isEqualTo(r.imported() + r.refused() + r.skipped());
        }
    }
}
