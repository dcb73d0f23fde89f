package io.github.cptskit.core.internal.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CommuneTableTest {

    private static byte[] resourceBytes() throws IOException {
        try (InputStream in = new GZIPInputStream(CommuneTable.class.getResourceAsStream(CommuneTable.RESOURCE))) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheBundledResource() {
        CommuneTable t = CommuneTable.load();
        assertThat(t.communeCount).isEqualTo(34_969);
        assertThat(t.communeCode(0)).isEqualTo("01001");
        assertThat(t.indexOfCode("01001")).isZero();
        assertThat(t.indexOfCode("2A004")).isEqualTo(t.indexOfCode("2A004")).isPositive();
        assertThat(t.indexOfCode("20004")).isEqualTo(-1);
        assertThat(t.indexOfCode("0100")).isEqualTo(-1);
        assertThat(t.communeCode(t.communeCount - 1))
                .isEqualTo(t.communeCode(t.indexOfCode(t.communeCode(t.communeCount - 1))));
        assertThat(t.communeName(0)).isEqualTo("L'Abergement-Clémenciat");
        assertThat(t.epciSirens).hasSize(1_255);
        assertThat(t.regionCodes).hasSize(26);
        assertThat(t.departementCodes).hasSize(109);
        assertThat(t.formerCodes).hasSize(2_037);
        assertThat(Arrays.stream(t.communePopulations)
                        .asLongStream()
                        .filter(p -> p > 0)
                        .sum())
                .isEqualTo(t.totalPopulation)
                .isEqualTo(68_952_941L);
        assertThat(t.header).startsWith("Source : INSEE, Code officiel géographique 2026");
    }

    @Test
    void rejectsATruncatedResource() throws IOException {
        byte[] bytes = resourceBytes();
        assertThatThrownBy(() -> CommuneTable.read(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> CommuneTable.read(Arrays.copyOf(bytes, 500)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void aResourceCutAnywhereIsMalformedNeverAnIndexError() throws IOException {
        byte[] bytes = resourceBytes();
        // cut in the header, in each table and in the final magic number
        int[] cuts = java.util.stream.IntStream.concat(
                        java.util.stream.IntStream.rangeClosed(0, 40),
                        java.util.stream.IntStream.iterate(41, c -> c < bytes.length, c -> c + bytes.length / 97 + 1))
                .toArray();
        for (int cut : cuts) {
            assertThatThrownBy(() -> CommuneTable.read(Arrays.copyOf(bytes, cut)))
                    .as("cut at " + cut)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("malformed");
        }
        for (int cut = bytes.length - 12; cut < bytes.length; cut++) {
            int at = cut;
            assertThatThrownBy(() -> CommuneTable.read(Arrays.copyOf(bytes, at)))
                    .as("cut at " + cut)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void rejectsAWrongMagicNumberOrTrailingBytes() throws IOException {
        byte[] bytes = resourceBytes();
        byte[] wrong = bytes.clone();
        wrong[0] = 'X';
        assertThatThrownBy(() -> CommuneTable.read(wrong)).hasMessageContaining("bad magic number");
        assertThatThrownBy(() -> CommuneTable.read(Arrays.copyOf(bytes, bytes.length + 1)))
                .hasMessageContaining("trailing bytes");
    }
}
