package io.github.cptskit.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ExternalSortTest {

    @TempDir
    Path dir;

    /** Keys from a few values (many ties) and fields with the characters the run files escape. */
    static final Gen<String> KEY = SourceDSL.integers().between(0, 20).map(i -> "8" + (1000 + i));

    static final Gen<String> FIELD = SourceDSL.lists()
            .of(SourceDSL.integers().between(0, 6))
            .ofSizeBetween(0, 8)
            .map(l -> {
                StringBuilder b = new StringBuilder();
                for (int c : l) {
                    b.append("ab\\\t\r\né|".charAt(c));
                }
                return b.toString();
            });

    @Test
    void theRecordsComeBackSortedByKeyInTheOrderTheyWereAddedWhateverTheChunkAndTheirCharacters() {
        qt().withExamples(60)
                .forAll(
                        SourceDSL.lists()
                                .of(KEY.zip(FIELD, FIELD, (k, a, b) -> List.of(k, a, b)))
                                .ofSizeBetween(0, 200),
                        SourceDSL.integers().between(1, 2_000))
                .checkAssert((records, chunk) -> {
                    try (ExternalSort sort = new ExternalSort(dir, chunk)) {
                        for (int i = 0; i < records.size(); i++) {
                            List<String> r = records.get(i);
                            sort.add(r.get(0), r.get(0), r.get(1), r.get(2), Integer.toString(i));
                        }
                        List<List<String>> expected = new ArrayList<>();
                        for (int i = 0; i < records.size(); i++) {
                            List<String> r = records.get(i);
                            expected.add(List.of(r.get(0), r.get(1), r.get(2), Integer.toString(i)));
                        }
                        // a stable sort by key: ties keep their order
                        expected.sort(Comparator.comparing(r -> r.get(0)));
                        List<List<String>> got = new ArrayList<>();
                        Iterator<String[]> it = sort.sorted();
                        while (it.hasNext()) {
                            got.add(List.of(it.next()));
                        }
                        assertThat(got).isEqualTo(expected);
                        assertThat(sort.count()).isEqualTo(records.size());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    try (var left = Files.list(dir)) {
                        assertThat(left).isEmpty();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void onlyLfOrCrLfEndALineAndALongLineIsCountedNotKept() throws IOException {
        LineSource lines = new LineSource(new StringReader("a\rb\r\nccccc\nd\r\r\n\re"), 3);
        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isEqualTo("a\rb");
        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isNull();
        assertThat(lines.length()).isEqualTo(5);
        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isEqualTo("d\r");
        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isEqualTo("\re");
        assertThat(lines.number()).isEqualTo(4);
        assertThat(lines.next()).isFalse();
    }

    @Test
    void aLineOfExactlyTheCapIsKeptWholeWithOrWithoutItsCrAndOneMoreIsNot() throws IOException {
        LineSource lines = new LineSource(new StringReader("abc\r\nabc\nabcd\r\n"), 3);
        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isEqualTo("abc");
        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isEqualTo("abc");
        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isNull();
        assertThat(lines.length()).isEqualTo(4);
        assertThat(lines.next()).isFalse();
    }

    @Test
    void recordsWithEmptyFieldsComeBackWithThemFromMemoryAndFromRunFiles() throws IOException {
        for (long chunk : new long[] {1_000_000, 1}) {
            try (ExternalSort sort = new ExternalSort(dir, chunk)) {
                sort.add("b", "", "x\\", "");
                sort.add("a", "\t", "", "y");
                Iterator<String[]> it = sort.sorted();
                assertThat(it.next()).containsExactly("\t", "", "y");
                assertThat(it.next()).containsExactly("", "x\\", "");
                assertThat(it.hasNext()).isFalse();
                assertThat(sort.runs()).isEqualTo(chunk == 1 ? 2 : 0);
            }
        }
    }
}
