package io.github.cptskit.cli;

import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.core.territory.Coverage;
import io.github.cptskit.core.territory.Overlap;
import io.github.cptskit.core.territory.Territory;
import io.github.cptskit.core.territory.TerritoryPortfolio;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpts territory}: population, size band, départements and regions of a set of communes. */
@Command(
        name = "territory",
        mixinStandardHelpOptions = true,
        description = "Population, ACI size band, départements and regions of communes (INSEE codes); with --portfolio,"
                + " overlaps and coverage per region.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad input (unknown or malformed INSEE code, unreadable file)"})
final class TerritoryCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "CODE", description = "INSEE commune codes, e.g. 01053 2A004 97411")
    java.util.List<String> codes = new java.util.ArrayList<>();

    @Option(names = "--file", description = "A file of INSEE codes (whitespace or comma separated)")
    Path file;

    @Option(names = "--portfolio", description = "A portfolio CSV (or 'bundled') for overlaps and coverage per region")
    String portfolio;

    @Option(names = "--on", description = "Date for the size-band scale (default: today)")
    LocalDate on = LocalDate.now();

    @Override
    public Integer call() throws IOException {
        PrintWriter o = Main.out();
        CommuneRegistry registry = CommuneRegistry.bundled();
        java.util.List<String> all = new java.util.ArrayList<>(codes);
        if (file != null) {
            all.addAll(List.of(UserFiles.readText(file).split("[\\s,;]+"))
                    .filter(s -> !s.isBlank())
                    .asJava());
        }
        if (!all.isEmpty()) {
            Territory t = Rules.orThrow(registry.territory(all));
            o.println(
                    "Communes: " + t.size() + "; population: " + t.population() + " (" + registry.attribution() + ")");
            o.println("ACI size band on " + on + ": "
                    + t.sizeBandOn(on)
                            .map(s -> "taille " + s.value().number()
                                    + (s.confidence().needsWarning()
                                            ? " [" + s.confidence() + ": the boundary rule is unconfirmed]"
                                            : ""))
                            .getOrElse("(no ACI in force)"));
            o.println("Départements: "
                    + t.departements().map(d -> d.code() + " " + d.name()).mkString(", "));
            o.println("Regions: "
                    + t.regions().map(r -> r.code() + " " + r.name()).mkString(", "));
        }
        if (portfolio != null) {
            Portfolio p = "bundled".equals(portfolio) ? Portfolio.bundled() : Portfolio.read(Path.of(portfolio));
            TerritoryPortfolio tp = TerritoryPortfolio.empty();
            for (Portfolio.Entry e : p.entries()) {
                tp = tp.with(e.id(), Rules.orThrow(registry.territory(e.communes())));
            }
            o.println("Portfolio " + p.source() + (p.synthetic() ? " [SYNTHETIC]" : "") + ": "
                    + p.entries().size() + " CPTS");
            List<Overlap> overlaps = List.ofAll(tp.overlaps());
            o.println("Communes claimed by two CPTS or more: " + overlaps.size()
                    + overlaps.take(10).map(x -> "\n  " + x).mkString(""));
            o.println("Coverage by region:");
            for (Coverage c : tp.coverageByRegion()) {
                o.println("  " + c);
            }
            o.println("National: " + tp.nationalCoverage());
        }
        if (all.isEmpty() && portfolio == null) {
            throw new UserError(List.of(io.github.cptskit.core.problem.Problem.of(CliProblem.TERRITORY_NOTHING)));
        }
        o.flush();
        return 0;
    }
}
