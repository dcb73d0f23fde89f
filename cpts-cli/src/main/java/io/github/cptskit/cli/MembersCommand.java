package io.github.cptskit.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.core.territory.Commune;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.fhir.annuaire.AnnuaireImport;
import io.github.cptskit.fhir.annuaire.Diploma;
import io.github.cptskit.fhir.annuaire.ImportSummary;
import io.github.cptskit.fhir.annuaire.Professional;
import io.github.cptskit.fhir.annuaire.PsLibreAcces;
import io.vavr.collection.List;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpts members import}: the professionals of the Annuaire Santé practising on a territory. */
@Command(
        name = "members",
        mixinStandardHelpOptions = true,
        description = "Members of a CPTS from outside sources.",
        subcommands = {MembersCommand.Import.class, MembersCommand.Synthetic.class})
final class MembersCommand {

    /** {@code cpts members import FILE (--commune CODE… | --territory FILE) [--out FILE]}. */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Reads the Annuaire Santé's extraction PS_LibreAcces_Personne_activite (UTF-8, '|'"
                    + " separated; the 52-column and the 56-column files) as a stream and writes, as the"
                    + " \"members\" of a cpts validate file, the professionals with an activity in the communes"
                    + " given, joined with their savoir-faire (specialties) and diplomas when those files are"
                    + " given; every refused line is printed with file:line:column and its code. Lines without"
                    + " exercise mode describe no practice: they are counted, not refused.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:every line imported (or skipped: no practice)",
                "1:some lines refused (printed on stderr), the others imported",
                "2:bad input (unreadable file, not an extraction, unknown commune, output or temporary"
                        + " directory not writable, out of memory)"
            })
    static final class Import implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The extraction (PS_LibreAcces_Personne_activite)")
        Path file;

        @Option(
                names = "--commune",
                arity = "1..*",
                paramLabel = "CODE",
                description = "INSEE codes of the communes, e.g. 01053 01173")
        java.util.List<String> communes = new java.util.ArrayList<>();

        @Option(
                names = "--territory",
                paramLabel = "FILE",
                description = "A file of INSEE codes (whitespace or comma separated), as cpts territory --file")
        Path territory;

        @Option(
                names = "--savoir-faire",
                paramLabel = "FILE",
                description = "PS_LibreAcces_SavoirFaire: adds the ordinal specialties (e.g. SM54) to the members")
        Path savoirFaire;

        @Option(
                names = "--diplomas",
                paramLabel = "FILE",
                description = "PS_LibreAcces_Dipl_AutExerc: writes each member's diplomas and authorisations")
        Path diplomas;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "Where the JSON goes (default: standard output); written to a temporary file beside"
                        + " it, then moved in place")
        Path out;

        @Option(
                names = "--max-line-length",
                paramLabel = "CHARS",
                description = "Longest line read; a longer one is refused, ANNUAIRE_LINE_TOO_LONG (default: 65536)")
        int maxLineLength = PsLibreAcces.DEFAULT_MAX_LINE_LENGTH;

        @Option(
                names = "--temp-dir",
                paramLabel = "DIR",
                description = "Where the sort's run files go (default: java.io.tmpdir)")
        Path tempDir;

        @Option(
                names = "--sort-memory",
                paramLabel = "CHARS",
                description = "Characters of records the sort holds before writing a run file (default: 8000000)")
        long sortMemory = AnnuaireImport.DEFAULT_SORT_MEMORY;

        @Option(names = "--progress", description = "Progress bar on stderr (shown anyway on a terminal)")
        boolean progress;

        @Override
        public Integer call() throws IOException {
            if (maxLineLength < 1 || sortMemory < 1) {
                throw new UserError(List.of(Problem.of(CliProblem.MEMBERS_LIMITS)));
            }
            Set<String> selected = selection();
            long size = size();
            Path temp = tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
            probe(temp);
            // the output is opened before anything is read: an unwritable --out fails at once
            Path partial = out == null ? null : partial(out);
            try {
                int exit = run(selected, size, temp, partial);
                if (partial != null) {
                    moveInPlace(partial, out);
                    partial = null;
                }
                return exit;
            } catch (OutOfMemoryError e) {
                throw new UserError(List.of(Problem.of(
                                CliProblem.MEMBERS_OUT_OF_MEMORY,
                                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                                maxLineLength,
                                sortMemory)
                        .at(Location.of(file.toString(), 0, 0))));
            } finally {
                if (partial != null) {
                    Files.deleteIfExists(partial);
                }
            }
        }

        private int run(Set<String> selected, long size, Path temp, Path partial) throws IOException {
            long[] outside = {0};
            long[] refusedLines = {0};
            Progress bar = progress || System.console() != null ? new Progress(System.err, size) : null;
            AnnuaireImport job = AnnuaireImport.of(file)
                    .withMaxLineLength(maxLineLength)
                    .withSortMemory(sortMemory)
                    .withTempDirectory(temp);
            if (savoirFaire != null) {
                job = job.withSavoirFaire(savoirFaire);
            }
            if (diplomas != null) {
                job = job.withDiplomas(diplomas);
            }
            if (bar != null) {
                job = job.withProgress(bar::advance);
            }
            OutputStream sink = partial == null ? System.out : Files.newOutputStream(partial);
            AnnuaireImport.Summary summary;
            try (JsonGenerator g = new JsonFactory()
                    .createGenerator(sink, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("source", file.getFileName().toString());
                g.writeArrayFieldStart("members");
                var result = job.run(
                        a -> {
                            if (a.commune().exists(c -> selected.contains(c.value()))) {
                                return true;
                            }
                            outside[0]++;
                            return false;
                        },
                        p -> write(g, p),
                        refused -> {
                            refusedLines[0]++;
                            if (bar != null) {
                                bar.clear();
                            }
                            for (Problem p : refused.problems()) {
                                System.err.println(p.format(Main.locale()));
                            }
                        },
                        w -> System.err.println(w.format(Main.locale())));
                summary = Rules.orThrow(result);
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
                throw unreadable(Path.of(e.getFile()), e);
            } finally {
                if (partial == null) {
                    System.out.flush();
                } else {
                    sink.close();
                }
            }
            if (bar != null) {
                bar.done();
            }
            ImportSummary a = summary.activities();
            System.err.println(a + " (no practice); " + summary.selected() + " activities on the "
                    + selected.size() + " communes (" + outside[0] + " elsewhere) → " + summary.professionals()
                    + " professionals"
                    + (summary.runFiles() == 0 ? "" : " (sorted through " + summary.runFiles() + " run files)"));
            summary.savoirFaire().ifPresent(s -> System.err.println("savoir-faire " + savoirFaire + " — " + s));
            summary.diplomas().ifPresent(s -> System.err.println("diplomas " + diplomas + " — " + s));
            return refusedLines[0] > 0 ? 1 : 0;
        }

        private Set<String> selection() {
            java.util.List<String> all = new java.util.ArrayList<>(communes);
            if (territory != null) {
                all.addAll(List.of(UserFiles.readText(territory).split("[\\s,;]+"))
                        .filter(s -> !s.isBlank())
                        .asJava());
            }
            if (all.isEmpty()) {
                throw new UserError(List.of(Problem.of(CliProblem.MEMBERS_NO_TERRITORY)));
            }
            Territory t = Rules.orThrow(CommuneRegistry.bundled().territory(all));
            Set<String> codes = new HashSet<>();
            for (Commune c : t.communes()) {
                codes.add(c.code());
            }
            return codes;
        }

        private long size() {
            for (Path p : new Path[] {savoirFaire, diplomas}) {
                if (p != null && !Files.isReadable(p)) {
                    throw unreadable(p, new java.nio.file.AccessDeniedException(p.toString()));
                }
            }
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }

        private static UserError unreadable(Path file, IOException e) {
            return new UserError(List.of(
                    Problem.of(CliProblem.FILE_UNREADABLE, e.getMessage()).at(Location.of(file.toString(), 0, 0))));
        }

        private static UserError notWritable(Path file, Exception e) {
            return new UserError(
                    List.of(Problem.of(CliProblem.OUTPUT_NOT_WRITABLE, file, String.valueOf(e.getMessage()))
                            .at(Location.of(file.toString(), 0, 0))));
        }

        /** Checks that the sort can write its run files in the directory. */
        private static void probe(Path dir) {
            try {
                Files.delete(Files.createTempFile(dir, "cpts-annuaire-", ".probe"));
            } catch (IOException | SecurityException e) {
                throw notWritable(dir, e);
            }
        }

        /** The temporary file beside the output, created now. */
        private static Path partial(Path out) {
            try {
                if (Files.isDirectory(out)) {
                    throw new java.nio.file.FileAlreadyExistsException(out.toString(), null, "is a directory");
                }
                Path parent = out.toAbsolutePath().getParent();
                // created new (never through an existing file or link), with the umask's permissions
                Path partial = parent.resolve("." + out.getFileName() + "."
                        + ProcessHandle.current().pid() + "." + System.nanoTime() + ".partial");
                Files.newOutputStream(partial, java.nio.file.StandardOpenOption.CREATE_NEW)
                        .close();
                return partial;
            } catch (IOException | SecurityException e) {
                throw notWritable(out, e);
            }
        }

        /** Replaces the output by the finished file in one step (the output, not a file it links to). */
        private static void moveInPlace(Path partial, Path out) {
            try {
                try {
                    Files.move(
                            partial,
                            out,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw notWritable(out, e);
            }
        }

        /** A professional as a member of the "members" array that {@code cpts validate} reads (docs/cli.md). */
        private void write(JsonGenerator g, Professional professional) {
            Member.HealthProfessional p = professional.member();
            try {
                g.writeStartObject();
                g.writeStringField("type", "professional");
                g.writeStringField("idnps", p.id().value());
                g.writeStringField("profession", p.profession().code());
                g.writeStringField("nomenclature", p.profession().nomenclature().name());
                g.writeArrayFieldStart("specialties");
                for (Specialty s : p.specialties()) {
                    g.writeString(s.code());
                }
                g.writeEndArray();
                g.writeStringField("mode", p.mode().name());
                g.writeArrayFieldStart("practisesAt");
                for (StructureId s : p.practisesAt()) {
                    g.writeString(s.toString());
                }
                g.writeEndArray();
                if (diplomas != null) {
                    g.writeArrayFieldStart("diplomas");
                    for (Diploma d : professional.diplomas()) {
                        g.writeStartObject();
                        writeIfSet(g, "type", d.diplomaType());
                        writeIfSet(g, "diploma", d.diploma());
                        writeIfSet(g, "authorisation", d.authorisationType());
                        writeIfSet(g, "discipline", d.authorisationDiscipline());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static void writeIfSet(JsonGenerator g, String name, String value) throws IOException {
            if (!value.isEmpty()) {
                g.writeStringField(name, value);
            }
        }
    }

    /** {@code cpts members synthetic LINES}: a made-up extraction in the Annuaire's format, for trials. */
    @Command(
            name = "synthetic",
            mixinStandardHelpOptions = true,
            description = "Writes a synthetic PS_LibreAcces_Personne_activite extraction (made-up professionals named"
                    + " SYNTHETIQUE, valid RPPS/ADELI numbers, sites in the communes given) to standard output.")
    static final class Synthetic implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LINES", description = "Number of data lines")
        long lines;

        @Option(names = "--seed", description = "Seed: the same seed writes the same file (default: 42)")
        long seed = 42;

        @Option(
                names = "--commune",
                arity = "1..*",
                paramLabel = "CODE",
                description = "INSEE codes of the sites' communes (default: 01053 01173 2A004 97411 75056)")
        java.util.List<String> communes =
                new java.util.ArrayList<>(java.util.List.of("01053", "01173", "2A004", "97411", "75056"));

        @Option(names = "--bad-every", description = "About one bad line in N (default: 0, none)")
        int badEvery;

        @Option(
                names = "--savoir-faire-out",
                paramLabel = "FILE",
                description = "Also writes the same professionals' PS_LibreAcces_SavoirFaire there")
        Path savoirFaireOut;

        @Option(
                names = "--diplomas-out",
                paramLabel = "FILE",
                description = "Also writes the same professionals' PS_LibreAcces_Dipl_AutExerc there")
        Path diplomasOut;

        @Option(names = "--sorted", description = "Professionals in increasing IDNPS order (default: random)")
        boolean sorted;

        @Option(
                names = "--columns",
                paramLabel = "52|56",
                description = "The older 52-column or the current 56-column file (default: 56)")
        int columns = 56;

        @Override
        public Integer call() throws IOException {
            if (lines < 0 || badEvery < 0 || (columns != 52 && columns != 56)) {
                throw new UserError(List.of(Problem.of(CliProblem.SYNTHETIC_ARGUMENTS)));
            }
            Rules.orThrow(CommuneRegistry.bundled().territory(communes));
            java.io.Writer w = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            java.io.Writer sf = savoirFaireOut == null ? null : writer(savoirFaireOut);
            java.io.Writer dp = diplomasOut == null ? null : writer(diplomasOut);
            try {
                PsLibreAcces.writeSynthetic(
                        w,
                        sf,
                        dp,
                        columns == 52 ? PsLibreAcces.COLUMNS_52 : PsLibreAcces.COLUMNS_56,
                        lines,
                        seed,
                        List.ofAll(communes),
                        badEvery,
                        sorted);
            } finally {
                w.flush();
                if (sf != null) {
                    sf.close();
                }
                if (dp != null) {
                    dp.close();
                }
            }
            return 0;
        }

        private static java.io.Writer writer(Path file) {
            try {
                return Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException | SecurityException e) {
                throw new UserError(List.of(Problem.of(CliProblem.OUTPUT_NOT_WRITABLE, file, e.getMessage())
                        .at(Location.of(file.toString(), 0, 0))));
            }
        }
    }

    /** A progress bar on stderr, by bytes read; redrawn at each whole percent. */
    static final class Progress {
        private final PrintStream err;
        private final long total;
        private long read;
        private int shown = -1;

        Progress(PrintStream err, long total) {
            this.err = err;
            this.total = Math.max(1, total);
        }

        InputStream counting(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        advance(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) {
                        advance(n);
                    }
                    return n;
                }
            };
        }

        void advance(long n) {
            read += n;
            int percent = (int) Math.min(100, read * 100 / total);
            if (percent != shown) {
                shown = percent;
                int filled = percent / 5;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + percent + "%");
                err.flush();
            }
        }

        /** Clears the bar's line before other output. */
        void clear() {
            err.print("\r" + " ".repeat(28) + "\r");
            shown = -1;
        }

        void done() {
            err.println();
        }
    }
}
