package io.github.cptskit.benchmarks;

import ca.uhn.fhir.parser.IParser;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.fhir.CptsFhir;
import io.github.cptskit.fhir.annuaire.ImportSummary;
import io.github.cptskit.fhir.annuaire.Professionals;
import io.github.cptskit.fhir.annuaire.PsLibreAcces;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Annuaire Santé import and the FHIR mapping (issue #18): reading a 1,000,000-line synthetic
 * extraction ({@code PsLibreAcces.writeSynthetic}, 50 communes, one bad line in 1,000) and gathering
 * the professionals of one commune, in a JVM limited to a 256 MB heap; and mapping 10,000
 * professionals to a {@code Practitioner} and their {@code PractitionerRole}s, encoded as JSON.
 * {@link #main} reports the heap high-water mark of the import in a 64 MB heap.
 *
 * <pre>{@code
 * java -cp "cpts-benchmarks/target/classes:cpts-benchmarks/target/lib/*" org.openjdk.jmh.Main AnnuaireBenchmark
 * java -Xmx64m -cp "cpts-benchmarks/target/classes:cpts-benchmarks/target/lib/*" io.github.cptskit.benchmarks.AnnuaireBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m"})
public class AnnuaireBenchmark {

    static final int LINES = 1_000_000;
    static final Seq<String> COMMUNES = List.of(
            "01053", "01173", "01004", "01007", "01033", "01034", "01143", "01160", "01419", "01283", "2A004", "2B033",
            "97411", "75056", "13055", "69123", "31555", "06088", "44109", "67482", "34172", "33063", "59350", "35238",
            "51454", "83137", "76351", "42218", "38185", "21231", "49007", "30189", "37261", "63113", "87085", "14118",
            "25056", "80021", "54395", "57463", "64445", "66136", "72181", "74010", "86194", "68224", "62041", "45234",
            "29019", "56260");

    Path file;
    Seq<Member.HealthProfessional> tenThousand;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("PS_LibreAcces_Personne_activite", ".txt");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            PsLibreAcces.writeSynthetic(w, LINES, 42, COMMUNES, 1000);
        }
        java.util.Map<String, Member.HealthProfessional> first = new java.util.LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            PsLibreAcces.read(
                    in,
                    file.toString(),
                    a -> {
                        if (first.size() < 10_000) {
                            first.putIfAbsent(a.professional().key(), a.professional());
                        }
                    },
                    r -> {});
        }
        tenThousand = List.ofAll(first.values());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Reads the 1,000,000 lines and gathers the professionals of one commune. */
    @Benchmark
    public Object importMillionLines() throws IOException {
        return importOneCommune(file);
    }

    static Object[] importOneCommune(Path file) throws IOException {
        Professionals gathered = new Professionals(file.toString());
        long[] refused = {0};
        ImportSummary s;
        try (InputStream in = Files.newInputStream(file)) {
            s = PsLibreAcces.read(
                            in,
                            file.toString(),
                            a -> {
                                if (a.commune().exists(c -> c.value().equals("01053"))) {
                                    gathered.add(a);
                                }
                            },
                            r -> refused[0]++)
                    .get();
        }
        if (s.lines() != LINES || s.refused() != refused[0]) {
            throw new IllegalStateException("counts: " + s);
        }
        return new Object[] {s, gathered.members()};
    }

    /** Maps 10,000 professionals to FHIR and encodes them as JSON. */
    @Benchmark
    @Warmup(iterations = 3)
    public long mapTenThousandToFhirJson() {
        IParser json = CptsFhir.context().newJsonParser();
        long chars = 0;
        for (Member.HealthProfessional p : tenThousand) {
            chars += json.encodeResourceToString(CptsFhir.practitioner(p)).length();
            for (PractitionerRole r : CptsFhir.practitionerRoles(p)) {
                chars += json.encodeResourceToString(r).length();
            }
        }
        return chars;
    }

    /**
     * Writes the extraction, imports it three times and prints the heap high-water mark (the peak of
     * the heap's pools, reset before each import): run with a small {@code -Xmx} to show it stays flat.
     *
     * @param args unused
     * @throws IOException if the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        AnnuaireBenchmark b = new AnnuaireBenchmark();
        b.setUp();
        try {
            for (int round = 1; round <= 3; round++) {
                System.gc();
                java.util.List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .toList();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                Object[] r = importOneCommune(b.file);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long peak =
                        heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf(
                        "round %d: %s; %d professionals kept; %d ms; heap high-water %.1f MB (max heap %.0f MB)%n",
                        round,
                        r[0],
                        ((Seq<?>) r[1]).size(),
                        ms,
                        peak / 1e6,
                        Runtime.getRuntime().maxMemory() / 1e6);
            }
        } finally {
            b.tearDown();
        }
    }
}
