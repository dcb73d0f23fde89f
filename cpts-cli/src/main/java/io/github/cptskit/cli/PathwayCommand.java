package io.github.cptskit.cli;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.Diagrams;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.catalogue.Parameter;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.catalogue.PathwayPage;
import io.github.cptskit.pathways.codec.EventLog;
import io.github.cptskit.pathways.codec.EventSchema;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.fhir.FhirMapping;
import io.github.cptskit.pathways.fhir.FhirStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpts pathway list | show | diagram | schema | check}: the CPTS pathway catalogue. */
@Command(
        name = "pathway",
        mixinStandardHelpOptions = true,
        description = "The CPTS care-pathway catalogue: list, describe, draw, schema, and check an event log.",
        subcommands = {
            PathwayCommand.ListPathways.class,
            PathwayCommand.Show.class,
            PathwayCommand.Diagram.class,
            PathwayCommand.Schema.class,
            PathwayCommand.Check.class
        })
final class PathwayCommand {

    static Pathway find(String idOrCode) {
        return Catalogue.find(idOrCode)
                .getOrElseThrow(() -> new UserError(List.of(Problem.of(CliProblem.PATHWAY_UNKNOWN, idOrCode))));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the catalogue's pathways.")
    static final class ListPathways implements Callable<Integer> {
        @Override
        public Integer call() {
            PrintWriter o = Main.out();
            boolean fr = Main.locale().getLanguage().equals("fr");
            for (Pathway p : Catalogue.all()) {
                long unconfirmed = p.parameters()
                        .filter(x -> x.value().confidence().needsWarning())
                        .size();
                o.printf(
                        "%-4s %-20s v%d  %-10s %2d states  %s%s%n",
                        p.code(),
                        p.id(),
                        p.definition().version(),
                        p.level().name().toLowerCase(java.util.Locale.ROOT),
                        p.definition().states().size(),
                        fr ? p.titleFr() : p.titleEn(),
                        unconfirmed == 0 ? "" : "  [" + unconfirmed + " unconfirmed parameter(s)]");
            }
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Describes a pathway: states with FHIR statuses, events, deadlines, guards, parameters and"
                    + " sources (Markdown).")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "A pathway id (snp-sas) or code (P2)")
        String id;

        @Override
        public Integer call() {
            Main.out().print(PathwayPage.markdown(find(id)));
            Main.out().flush();
            return 0;
        }
    }

    @Command(name = "diagram", mixinStandardHelpOptions = true, description = "Prints a pathway's state diagram.")
    static final class Diagram implements Callable<Integer> {
        enum Format {
            mermaid,
            dot
        }

        @Parameters(paramLabel = "ID", description = "A pathway id or code")
        String id;

        @Option(names = "--format", description = "mermaid (default) or dot")
        Format format = Format.mermaid;

        @Override
        public Integer call() {
            Definition<NoContext> d = find(id).definition();
            Main.out().print(format == Format.dot ? Diagrams.dot(d) : Diagrams.mermaid(d));
            Main.out().flush();
            return 0;
        }
    }

    @Command(
            name = "schema",
            mixinStandardHelpOptions = true,
            description = "Prints the JSON Schema of a pathway's event log lines.")
    static final class Schema implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "A pathway id or code")
        String id;

        @Override
        public Integer call() {
            Main.out().print(EventSchema.of(find(id).definition()));
            Main.out().flush();
            return 0;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Checks an instance's event log (JSON Lines) and prints its state, FHIR statuses and pending"
                    + " deadlines.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the log is valid", "1:the log has problems", "2:bad input (file, pathway)"})
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "A pathway id or code")
        String id;

        @Parameters(
                index = "1",
                paramLabel = "LOG.jsonl",
                description = "The instance's events, one JSON object a line")
        Path file;

        @Override
        public Integer call() {
            Pathway p = find(id);
            Definition<NoContext> d = p.definition();
            Validation<Seq<Problem>, Seq<Event>> log;
            // Read line by line: a log of any length is never held as one string.
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                log = EventLog.read(d, NoContext.INSTANCE, file.toString(), in);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw new UserError(io.vavr.collection.List.of(Problem.of(CliProblem.FILE_UNREADABLE, e.getMessage())
                        .at(io.github.cptskit.core.problem.Location.of(file.toString(), 0, 0))));
            }
            if (log.isInvalid()) {
                for (Problem x : log.getError()) {
                    System.err.println(x.format(Main.locale()));
                }
                return 1;
            }
            PrintWriter o = Main.out();
            if (log.get().isEmpty()) {
                o.println(p.code() + " " + d + ": 0 events");
                return 0;
            }
            InstanceState s = d.engine().replay(log.get());
            o.println(p.code() + " " + d + ", instance " + s.instance() + ": "
                    + log.get().size() + " events, state "
                    + s.state()
                    + (d.isTerminal(s.state()) ? " (ended)" : ""));
            FhirStatus f = FhirMapping.bundled().status(s).get();
            o.println("FHIR: Task.status=" + f.task().code()
                    + f.episodeOfCare()
                            .map(e -> ", EpisodeOfCare.status=" + e.code())
                            .getOrElse("")
                    + f.carePlan().map(c -> ", CarePlan.status=" + c.code()).getOrElse(""));
            for (var dl : s.deadlines().values()) {
                o.println("Pending deadline " + dl.kind() + ": due " + dl.dueAt() + " -> " + dl.expiryEvent());
            }
            for (Parameter<?> x :
                    p.parameters().filter(x -> x.value().confidence().needsWarning())) {
                o.println("Note: " + x);
            }
            return 0;
        }
    }
}
