package io.github.cptskit.fhir.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnuaireImportTest {

    @TempDir
    Path dir;

    static final Seq<String> COMMUNES = List.of("01053", "01173", "2A004", "97411", "75056");

    static final Predicate<Activity> TWO_COMMUNES =
            a -> a.commune().exists(c -> c.value().equals("01053") || c.value().equals("2A004"));

    record Files3(Path activities, Path savoirFaire, Path diplomas) {}

    Files3 synthetic(String name, long lines, long seed, int badEvery, boolean sorted) throws IOException {
        Path a = dir.resolve(name + "-activite.txt");
        Path s = dir.resolve(name + "-savoirfaire.txt");
        Path d = dir.resolve(name + "-diplomes.txt");
        try (Writer wa = Files.newBufferedWriter(a, StandardCharsets.UTF_8);
                Writer ws = Files.newBufferedWriter(s, StandardCharsets.UTF_8);
                Writer wd = Files.newBufferedWriter(d, StandardCharsets.UTF_8)) {
            PsLibreAcces.writeSynthetic(wa, ws, wd, PsLibreAcces.COLUMNS_56, lines, seed, COMMUNES, badEvery, sorted);
        }
        return new Files3(a, s, d);
    }

    record Result(
            AnnuaireImport.Summary summary,
            java.util.List<Professional> professionals,
            java.util.List<RefusedLine> refused) {}

    static Result run(AnnuaireImport i) throws IOException {
        java.util.List<Professional> out = new ArrayList<>();
        java.util.List<RefusedLine> refused = new ArrayList<>();
        var s = i.run(TWO_COMMUNES, out::add, refused::add, w -> {});
        return new Result(s.get(), out, refused);
    }

    /** The same join done naively in memory: every selected professional in a map. */
    static java.util.List<Professional> naive(Files3 f) throws IOException {
        Professionals gathered = new Professionals(f.activities().toString());
        try (InputStream in = Files.newInputStream(f.activities())) {
            PsLibreAcces.read(
                    in,
                    "a",
                    a -> {
                        if (TWO_COMMUNES.test(a)) {
                            gathered.add(a);
                        }
                    },
                    r -> {});
        }
        Map<String, java.util.List<SavoirFaire>> sf = new TreeMap<>();
        try (InputStream in = Files.newInputStream(f.savoirFaire())) {
            PsLibreAcces.readSavoirFaire(
                    in,
                    "s",
                    1000,
                    s -> sf.computeIfAbsent(s.professional().value(), k -> new ArrayList<>())
                            .add(s),
                    r -> {});
        }
        Map<String, java.util.List<Diploma>> dp = new TreeMap<>();
        try (InputStream in = Files.newInputStream(f.diplomas())) {
            PsLibreAcces.readDiplomas(
                    in,
                    "d",
                    1000,
                    d -> dp.computeIfAbsent(d.professional().value(), k -> new ArrayList<>())
                            .add(d),
                    r -> {});
        }
        java.util.List<Professional> all = new ArrayList<>();
        for (Member.HealthProfessional m : gathered.members()) {
            var s = sf.getOrDefault(m.id().value(), java.util.List.of());
            Seq<Specialty> specialties = m.specialties();
            for (SavoirFaire x : s) {
                specialties = specialties.appendAll(x.specialty());
            }
            all.add(new Professional(
                    m.withSpecialties(specialties.distinct()),
                    s,
                    dp.getOrDefault(m.id().value(), java.util.List.of())));
        }
        all.sort(Comparator.comparing(p -> p.member().id().value()));
        return all;
    }

    @Test
    void theThreeFilesAreJoinedByIdnpsAsANaiveInMemoryJoinWouldWhetherSortedOrSpilledToDisk() throws IOException {
        Files3 f = synthetic("random", 6_000, 3, 100, false);
        java.util.List<Professional> expected = naive(f);
        assertThat(expected).hasSizeGreaterThan(500);

        Result inMemory = run(AnnuaireImport.of(f.activities())
                .withSavoirFaire(f.savoirFaire())
                .withDiplomas(f.diplomas()));
        Result spilled = run(AnnuaireImport.of(f.activities())
                .withSavoirFaire(f.savoirFaire())
                .withDiplomas(f.diplomas())
                .withTempDirectory(dir)
                .withSortMemory(20_000));
        assertThat(inMemory.summary().runFiles()).isZero();
        assertThat(spilled.summary().runFiles()).isGreaterThan(10);
        assertThat(inMemory.professionals()).isEqualTo(expected);
        assertThat(spilled.professionals()).isEqualTo(expected);
        assertThat(spilled.refused()).isEqualTo(inMemory.refused());
        // the run files are gone
        try (var left = Files.list(dir)) {
            assertThat(left.filter(p -> p.toString().endsWith(".run"))).isEmpty();
        }
        // every line is counted
        AnnuaireImport.Summary s = spilled.summary();
        assertThat(s.activities().lines()).isEqualTo(6_000);
        assertThat(s.activities().refused()).isPositive();
        assertThat(s.savoirFaire().get().lines())
                .isEqualTo(Files.readAllLines(f.savoirFaire()).size() - 1);
        assertThat(s.diplomas().get().lines())
                .isEqualTo(Files.readAllLines(f.diplomas()).size() - 1);
        assertThat(s.professionals()).isEqualTo(expected.size());
        assertThat(s.refused()).isEqualTo(spilled.refused().size());
    }

    @Test
    void sortedFilesAreMergedAsTheyAreReadWithoutRunFiles() throws IOException {
        Files3 f = synthetic("sorted", 6_000, 4, 0, true);
        Result r = run(AnnuaireImport.of(f.activities())
                .withSavoirFaire(f.savoirFaire())
                .withDiplomas(f.diplomas())
                .withTempDirectory(dir)
                .withSortMemory(1_000_000_000L));
        assertThat(r.summary().runFiles()).isZero();
        assertThat(r.professionals()).isEqualTo(naive(f));
    }

    @Test
    void theSavoirFaireFileGivesTheDoctorsTheirSpecialtyAndTheDiplomasAreKept() throws IOException {
        Files3 f = synthetic("gp", 3_000, 5, 0, false);
        Result r = run(AnnuaireImport.of(f.activities())
                .withSavoirFaire(f.savoirFaire())
                .withDiplomas(f.diplomas()));
        java.util.List<Professional> doctors = r.professionals().stream()
                .filter(p -> p.member().profession() == Profession.MEDECIN)
                .toList();
        assertThat(doctors).isNotEmpty().allMatch(p -> !p.member().specialties().isEmpty());
        assertThat(doctors).anyMatch(p -> p.member().specialties().contains(Specialty.SM54));
        assertThat(r.professionals()).allMatch(p -> !p.diplomas().isEmpty());
        // without the savoir-faire file, some doctors have no specialty: their activity lines give none
        Result without = run(AnnuaireImport.of(f.activities()));
        assertThat(without.professionals())
                .filteredOn(p -> p.member().profession() == Profession.MEDECIN)
                .anyMatch(p -> p.member().specialties().isEmpty());
        assertThat(without.summary().savoirFaire()).isEmpty();
    }

    @Test
    void theHeadersOfTheThreeFilesAreCheckedBeforeAnyLineAndAllTheirProblemsGiven() throws IOException {
        Files3 f = synthetic("h", 10, 1, 0, false);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        java.util.List<Professional> out = new ArrayList<>();
        var r = AnnuaireImport.of(f.savoirFaire())
                .withSavoirFaire(f.activities())
                .withDiplomas(empty)
                .run(a -> true, out::add, x -> {}, x -> {});
        assertThat(r.getError().map(Problem::code).distinct()).containsExactly("ANNUAIRE_HEADER", "ANNUAIRE_EMPTY");
        assertThat(r.getError().map(p -> p.location().get().source()))
                .contains(f.savoirFaire().toString(), empty.toString());
        assertThat(out).isEmpty();
    }

    @Test
    void aLoneCrOrATooLongLineInASideFileIsCountedAndTheOthersJoined() throws IOException {
        Files3 f = synthetic("cr", 200, 6, 0, false);
        java.util.List<String> lines = new ArrayList<>(Files.readAllLines(f.savoirFaire()));
        String first = lines.get(1);
        // a CR inside the name field (data, not a line end), and a line far longer than the cap
        lines.set(1, first.replace("|SYNTHETIQUE|", "|SYNTHE\rTIQUE|"));
        lines.add(2, first.replace("|SYNTHETIQUE|", "|" + "X".repeat(5_000) + "|"));
        Files.writeString(f.savoirFaire(), String.join("\n", lines) + "\n");
        java.util.List<Professional> out = new ArrayList<>();
        java.util.List<RefusedLine> refused = new ArrayList<>();
        var s = AnnuaireImport.of(f.activities())
                .withSavoirFaire(f.savoirFaire())
                .withMaxLineLength(3_000)
                .run(a -> true, out::add, refused::add, w -> {})
                .get();
        ImportSummary sf = s.savoirFaire().get();
        assertThat(sf.lines()).isEqualTo(lines.size() - 1);
        assertThat(sf.refused()).isEqualTo(1);
        assertThat(refused).extracting(l -> l.problems().head().code()).containsExactly("ANNUAIRE_LINE_TOO_LONG");
        assertThat(refused.get(0).line()).isEqualTo(3);
        // the professional of the line with a CR still gets its savoir-faire
        String id = first.split("\\|")[2];
        assertThat(out)
                .filteredOn(p -> p.member().id().value().equals(id))
                .singleElement()
                .satisfies(p -> assertThat(p.savoirFaire())
                        .extracting(SavoirFaire::line)
                        .contains(2L));
    }

    @Test
    void aSecondProfessionIsAWarningTheProgressCountsEveryByteAndTheSummaryAddsTheRefusalsOfTheThreeFiles()
            throws IOException {
        String[] gp = PsLibreAccesTest.GP;
        Path a = Files.writeString(
                dir.resolve("a.txt"),
                PsLibreAccesTest.header()
                        + PsLibreAccesTest.line(gp)
                        + PsLibreAccesTest.line(PsLibreAccesTest.with(gp, PsLibreAcces.PROFESSION, "21"))
                        + PsLibreAccesTest.line(PsLibreAccesTest.with(gp, PsLibreAcces.MODE, "B"))
                        + PsLibreAccesTest.line(PsLibreAccesTest.with(
                                PsLibreAccesTest.with(gp, PsLibreAcces.COMMUNE, ""), PsLibreAcces.FINESS, "010002137")),
                StandardCharsets.UTF_8);
        Path sf = Files.writeString(
                dir.resolve("sf.txt"),
                PsLibreAcces.SAVOIR_FAIRE_COLUMNS.mkString("", "|", "|\n")
                        + "8|10002909371|810002909372|N|P|10|M|C|C|S|S|SM26|x|\n"
                        + "8|10002909371|810002909371|N|P|10|M|C|C|S|S|SM26|x|\n",
                StandardCharsets.UTF_8);
        java.util.List<Problem> warnings = new ArrayList<>();
        java.util.List<Professional> out = new ArrayList<>();
        java.util.List<RefusedLine> refused = new ArrayList<>();
        long[] bytes = {0};
        AnnuaireImport.Summary s = AnnuaireImport.of(a)
                .withSavoirFaire(sf)
                .withProgress(n -> bytes[0] += n)
                .run(x -> true, out::add, refused::add, warnings::add)
                .get();
        assertThat(bytes[0]).isEqualTo(Files.size(a));
        assertThat(warnings).extracting(Problem::code).containsExactly("ANNUAIRE_SECOND_PROFESSION");
        assertThat(warnings.get(0).location().get().line()).isEqualTo(3);
        assertThat(out).singleElement().satisfies(p -> {
            assertThat(p.member().profession()).isEqualTo(Profession.MEDECIN);
            // the site of the line without commune is kept
            assertThat(p.member().practisesAt()).hasSize(2);
            assertThat(p.member().specialties()).containsExactly(Specialty.SM54, Specialty.SM26);
            assertThat(p.diplomas()).isEmpty();
        });
        assertThat(s.activities()).isEqualTo(new ImportSummary(4, 3, 1));
        assertThat(s.selected()).isEqualTo(3);
        assertThat(s.professionals()).isEqualTo(1);
        assertThat(s.savoirFaire()).contains(new ImportSummary(2, 1, 1));
        assertThat(s.diplomas()).isEmpty();
        assertThat(s.refused()).isEqualTo(2);
        assertThat(refused)
                .extracting(l -> l.problems().head().code())
                .containsExactly("ANNUAIRE_MODE_UNSUPPORTED", "RPPS_KEY");
        // nothing selected: no professional, every line still counted
        var none =
                AnnuaireImport.of(a).run(x -> false, out::add, x -> {}, x -> {}).get();
        assertThat(none.selected()).isZero();
        assertThat(none.professionals()).isZero();
        assertThat(none.activities().lines()).isEqualTo(4);
    }

    @Test
    void theCapAndTheSortMemoryAreAtLeastOne() {
        AnnuaireImport i = AnnuaireImport.of(dir.resolve("a.txt"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> i.withMaxLineLength(0))
                .withMessageContaining("characters");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> i.withSortMemory(0))
                .withMessageContaining("characters");
        assertThat(i.withMaxLineLength(1)).isNotNull();
        assertThat(i.withSortMemory(1)).isNotNull();
    }
}
