package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.ModelParameters;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options shared by {@code simulate}, {@code calibrate} and {@code sensitivity}: the portfolio, the
 * tariff rules and the model parameters. {@code --set} takes both kinds of names: an ACI figure
 * ({@code missions.acces.fixe.taille2}) or a model parameter ({@code realisation.moyenne}); an unknown
 * name is an error that suggests the nearest known one.
 */
final class ModelOptions {

    @Parameters(arity = "0..1", paramLabel = "PORTFOLIO", description = "Portfolio CSV (docs/cli.md); default: bundled")
    Path portfolioFile;

    @Option(names = "--rules", paramLabel = "VERSION", description = "Rules up to this version: accord-2019, avenant-2")
    String rulesVersion;

    @Option(names = "--on", paramLabel = "DATE", description = "Rules in force that day (YYYY-MM-DD)")
    LocalDate on;

    @Option(
            names = "--params",
            paramLabel = "FILE",
            description = "Model parameters laid over the bundled ones (JSON, docs/simulation.md), e.g. the file"
                    + " written by 'cpts calibrate'")
    Path paramsFile;

    @Option(names = "--priors", description = "Use the priors only, not the bundled fit on the public totals")
    boolean priors;

    @Option(
            names = "--set",
            paramLabel = "PARAM=VALUE",
            description = "Replace an ACI figure (missions.acces.fixe.taille2=40000) or fix a model parameter"
                    + " (realisation.moyenne=0.6)")
    java.util.List<String> sets = new java.util.ArrayList<>();

    @Option(
            names = "--population-tolerance",
            paramLabel = "SHARE",
            description = "Warn when a portfolio's declared population is further than this share from its"
                    + " communes' INSEE population (default: ${DEFAULT-VALUE})")
    double populationTolerance = Portfolio.DEFAULT_POPULATION_TOLERANCE;

    Portfolio portfolio() {
        if (!(populationTolerance >= 0 && populationTolerance <= 10)) {
            throw new UserError(List.of(Problem.error(
                    "POPULATION_TOLERANCE",
                    "--population-tolerance de 0 à 10",
                    "--population-tolerance from 0 to 10")));
        }
        Portfolio p = portfolioFile == null ? Portfolio.bundled() : Portfolio.read(portfolioFile, populationTolerance);
        for (Problem w : p.warnings()) {
            System.err.println(w.format(Main.locale()));
        }
        return p;
    }

    TariffRules rules() {
        java.util.List<String> tariffSets = new java.util.ArrayList<>();
        ModelParameters names = ModelParameters.bundled();
        TariffRules bundled = TariffRules.bundled();
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        for (String set : sets) {
            String name = name(set);
            if (names.names().contains(name)) {
                continue;
            }
            if (!bundled.parameterPaths().contains(name)) {
                java.util.List<String> all =
                        new java.util.ArrayList<>(bundled.parameterPaths().toJavaList());
                all.addAll(names.names().toJavaList());
                String near = io.github.cptskit.core.problem.NearestName.of(name, all);
                problems.add(Problem.error(
                        "SET_UNKNOWN_PARAMETER",
                        "--set : paramètre inconnu " + name
                                + (near == null ? "" : " (vouliez-vous dire " + near + " ?)"),
                        "--set: unknown parameter " + name + (near == null ? "" : " (did you mean " + near + "?)")));
                continue;
            }
            tariffSets.add(set);
        }
        if (!problems.isEmpty()) {
            throw new UserError(List.ofAll(problems));
        }
        return Rules.build(rulesVersion, on, tariffSets);
    }

    ModelParameters parameters() {
        ModelParameters p = priors ? ModelParameters.bundled() : ModelParameters.bundledFitted();
        if (paramsFile != null) {
            String text = UserFiles.readText(paramsFile);
            try (Reader r = new java.io.StringReader(text)) {
                p = Rules.orThrow(p.plus(r, paramsFile.toString()));
            } catch (IOException e) {
                throw new UserError(List.of(Problem.error("PARAMS_IO", "lecture impossible", "cannot read")
                        .at(Location.of(paramsFile.toString(), 0, 0))));
            }
        }
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        for (String set : sets) {
            String name = name(set);
            if (!p.names().contains(name)) {
                continue; // an ACI figure, taken by rules()
            }
            var v = p.with(name, set.substring(set.indexOf('=') + 1).strip());
            if (v.isInvalid()) {
                v.getError().forEach(problems::add);
            } else {
                p = v.get();
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(List.ofAll(problems));
        }
        return p;
    }

    private static String name(String set) {
        int eq = set.indexOf('=');
        if (eq <= 0) {
            throw new UserError(List.of(Problem.error(
                    "SET_SYNTAX", "--set attend PARAM=VALEUR : " + set, "--set expects PARAM=VALUE: " + set)));
        }
        return set.substring(0, eq).strip();
    }

    /** A file written with its parent folders, or a user error naming it (exit 2, never a stack trace). */
    static void write(Path file, String content) {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes written with their parent folders, or a user error naming the file. */
    static void write(Path file, byte[] content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, content);
        } catch (IOException | SecurityException e) {
            throw new UserError(List.of(Problem.error(
                            "OUTPUT_NOT_WRITABLE",
                            "impossible d'écrire " + file + " : " + e.getMessage(),
                            "cannot write " + file + ": " + e.getMessage())
                    .at(Location.of(file.toString(), 0, 0))));
        }
    }
}
