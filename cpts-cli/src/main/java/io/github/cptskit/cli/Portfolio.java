package io.github.cptskit.cli;

import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.simulation.Signatory;
import io.github.cptskit.aci.simulation.SyntheticPortfolio;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * A portfolio of CPTS read from CSV (docs/cli.md): {@code id,name,region,departement,population,signature,communes}.
 * The bundled default is synthetic (scripts/generate-portfolio.py, docs/portfolio.md).
 */
record Portfolio(String source, boolean synthetic, Seq<Entry> entries, String fingerprint, Seq<Problem> warnings) {

    /** How far a declared population may stray from its communes' INSEE total before a warning. */
    static final double DEFAULT_POPULATION_TOLERANCE = 0.10;

    // fingerprint: SHA-256 of the portfolio's text, for provenance in output headers.

    static final String BUNDLED = SyntheticPortfolio.RESOURCE;
    private static final String[] COLUMNS = {
        "id", "name", "region", "departement", "population", "signature", "communes"
    };

    record Entry(
            String id,
            String name,
            String region,
            String departement,
            long population,
            LocalDate signature,
            Seq<String> communes) {}

    /** The bundled synthetic portfolio, parsed once per JVM (an immutable value: safe to share). */
    static Portfolio bundled() {
        return BundledHolder.PORTFOLIO;
    }

    private static final class BundledHolder {
        static final Portfolio PORTFOLIO = parse(SyntheticPortfolio.csv(), "(bundled) " + BUNDLED, true);
    }

    static Portfolio read(Path file, double populationTolerance) {
        return parse(UserFiles.readText(file), file.toString(), false, populationTolerance);
    }

    static Portfolio read(Path file) {
        return parse(UserFiles.readText(file), file.toString(), false);
    }

    static Portfolio parse(String content, String source, boolean synthetic) {
        return parse(content, source, synthetic, DEFAULT_POPULATION_TOLERANCE);
    }

    static Portfolio parse(String content, String source, boolean synthetic, double populationTolerance) {
        CommuneRegistry registry = CommuneRegistry.bundled();
        java.util.List<Problem> warnings = new java.util.ArrayList<>();
        java.util.List<Csv.Row> rows = Csv.parse(content, source);
        // java.util lists: appending to a Vavr List copies it, quadratic on a file of 20,000 bad rows (#8).
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        if (rows.isEmpty()) {
            throw new UserError(List.of(Problem.of(CliProblem.PORTFOLIO_EMPTY).at(Location.of(source, 1, 1))));
        }
        Csv.Row header = rows.get(0);
        for (int c = 0; c < COLUMNS.length; c++) {
            String got =
                    c < header.fields().size() ? header.fields().get(c).text().strip() : "(none)";
            if (!got.equals(COLUMNS[c])) {
                problems.add(Problem.of(CliProblem.PORTFOLIO_HEADER, (c + 1), COLUMNS[c], got)
                        .at(Location.of(
                                source,
                                header.line(),
                                c < header.fields().size()
                                        ? header.fields().get(c).column()
                                        : 1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(List.ofAll(problems));
        }
        java.util.List<Entry> entries = new java.util.ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            java.util.List<Csv.Field> f = row.fields();
            if (f.size() != COLUMNS.length) {
                problems.add(Problem.of(CliProblem.PORTFOLIO_COLUMNS, COLUMNS.length, f.size())
                        .at(Location.of(source, row.line(), 1)));
                continue;
            }
            String id = f.get(0).text().strip();
            if (id.isEmpty() || !ids.add(id)) {
                problems.add((id.isEmpty()
                                ? Problem.of(CliProblem.PORTFOLIO_ID_EMPTY)
                                : Problem.of(CliProblem.PORTFOLIO_ID, id))
                        .at(at(source, f.get(0))));
            }
            long population = -1;
            try {
                population = Long.parseLong(f.get(4).text().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
            if (population < 1) {
                // A territory of nobody earns nothing: population 0 used to be paid as taille 1.
                problems.add(
                        Problem.of(CliProblem.PORTFOLIO_POPULATION, f.get(4).text())
                                .at(at(source, f.get(4))));
            }
            LocalDate signature = null;
            try {
                signature = LocalDate.parse(f.get(5).text().strip());
                if (signature.isBefore(Scenario.ACCORD_IN_FORCE) || signature.getYear() > 2100) {
                    problems.add(Problem.of(CliProblem.PORTFOLIO_SIGNATURE_RANGE, signature, Scenario.ACCORD_IN_FORCE)
                            .at(at(source, f.get(5))));
                }
            } catch (DateTimeParseException e) {
                problems.add(Problem.of(CliProblem.PORTFOLIO_SIGNATURE, f.get(5).text())
                        .at(at(source, f.get(5))));
            }
            String region = f.get(2).text().strip();
            if (registry.region(region).isEmpty()) {
                problems.add(Problem.of(CliProblem.PORTFOLIO_REGION, region).at(at(source, f.get(2))));
            }
            Seq<String> communes =
                    List.of(f.get(6).text().strip().split("\\s+")).filter(s -> !s.isEmpty());
            if (communes.isEmpty()) {
                problems.add(Problem.of(CliProblem.PORTFOLIO_NO_COMMUNE).at(at(source, f.get(6))));
            } else {
                // The same resolution as 'cpts territory': every unknown, former or repeated code.
                var territory = registry.territory(communes);
                if (territory.isInvalid()) {
                    for (Problem p : territory.getError()) {
                        problems.add(p.at(at(source, f.get(6))));
                    }
                } else if (!synthetic && population > 0) {
                    long insee = territory.get().population();
                    if (insee == 0 || Math.abs(population - insee) > populationTolerance * insee) {
                        warnings.add(Problem.of(
                                        CliProblem.PORTFOLIO_POPULATION_MISMATCH,
                                        population,
                                        insee,
                                        Math.round(populationTolerance * 100))
                                .at(at(source, f.get(4))));
                    }
                }
            }
            entries.add(
                    new Entry(id, f.get(1).text(), region, f.get(3).text().strip(), population, signature, communes));
        }
        if (!problems.isEmpty()) {
            throw new UserError(List.ofAll(problems));
        }
        return new Portfolio(source, synthetic, List.ofAll(entries), sha256(content), List.ofAll(warnings));
    }

    static String sha256(String content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Location at(String source, Csv.Field f) {
        return Location.of(source, f.line(), f.column());
    }

    /**
     * The signatories of the portfolio, as the national simulation takes them: their contract years,
     * missions and achievements are the simulation's (docs/simulation.md).
     */
    Seq<Signatory> signatories() {
        return entries.map(e -> new Signatory(e.id(), e.region(), e.population(), e.signature()));
    }
}
