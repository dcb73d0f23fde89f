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
import io.github.cptskit.fhir.annuaire.Activity;
import io.github.cptskit.fhir.annuaire.ImportSummary;
import io.github.cptskit.fhir.annuaire.Professionals;
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
                    + " separated) as a stream and writes, as the \"members\" of a cpts validate file, the"
                    + " professionals with an activity in the communes given; every refused line is printed"
                    + " with file:line:column and its code.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:every line imported",
                "1:some lines refused (printed on stderr), the others imported",
                "2:bad input (unreadable file, not an extraction, unknown commune)"
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

        @Option(names = "--out", paramLabel = "FILE", description = "Where the JSON goes (default: standard output)")
        Path out;

        @Option(names = "--progress", description = "Progress bar on stderr (shown anyway on a terminal)")
        boolean progress;

        @Override
        public Integer call() throws IOException {
            Set<String> selected = selection();
            long size = size();
            Professionals gathered = new Professionals(file.toString());
            long[] outside = {0};
            long[] refusedLines = {0};
            ImportSummary summary;
            Progress bar = progress || System.console() != null ? new Progress(System.err, size) : null;
            try (InputStream raw = Files.newInputStream(file);
                    InputStream in = bar == null ? raw : bar.counting(raw)) {
                summary = Rules.orThrow(PsLibreAcces.read(
                        in,
                        file.toString(),
                        (Activity a) -> {
                            if (a.commune().exists(c -> selected.contains(c.value()))) {
                                gathered.add(a);
                            } else {
                                outside[0]++;
                            }
                        },
                        refused -> {
                            refusedLines[0]++;
                            if (bar != null) {
                                bar.clear();
                            }
                            for (Problem p : refused.problems()) {
                                System.err.println(p.format(Main.locale()));
                            }
                        }));
            } catch (IOException e) {
                throw unreadable(file, e);
            }
            if (bar != null) {
                bar.done();
            }
            for (Problem w : gathered.warnings()) {
                System.err.println(w.format(Main.locale()));
            }
            write(gathered.members());
            System.err.println(summary + "; " + (summary.imported() - outside[0]) + " activities on the "
                    + selected.size() + " communes (" + outside[0] + " elsewhere) → "
                    + gathered.members().size() + " professionals");
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

        /** The members as the "members" array that {@code cpts validate} reads (docs/cli.md). */
        private void write(io.vavr.collection.Seq<Member.HealthProfessional> members) throws IOException {
            OutputStream sink = out == null ? System.out : Files.newOutputStream(out);
            try (JsonGenerator g = new JsonFactory()
                    .createGenerator(sink, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("source", file.getFileName().toString());
                g.writeArrayFieldStart("members");
                for (Member.HealthProfessional p : members) {
                    g.writeStartObject();
                    g.writeStringField("type", "professional");
                    g.writeStringField("idnps", p.id().value());
                    g.writeStringField("profession", p.profession().code());
                    g.writeStringField(
                            "nomenclature", p.profession().nomenclature().name());
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
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            } finally {
                if (out == null) {
                    System.out.flush();
                } else {
                    sink.close();
                }
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

        @Override
        public Integer call() throws IOException {
            if (lines < 0 || badEvery < 0) {
                throw new UserError(List.of(Problem.of(CliProblem.SYNTHETIC_ARGUMENTS)));
            }
            Rules.orThrow(CommuneRegistry.bundled().territory(communes));
            java.io.Writer w = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            PsLibreAcces.writeSynthetic(w, lines, seed, List.ofAll(communes), badEvery);
            w.flush();
            return 0;
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

        private void advance(long n) {
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
