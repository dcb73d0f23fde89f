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

    @Option(
            names = "--targets",
            paramLabel = "FILE",
            description = "Public figures to fit and check (JSON, docs/simulation.md); default: the bundled ones")
    Path targetsFile;

    @Option(
            names = "--fit-years",
            paramLabel = "YEARS",
            description = "Fit the public figures of these years only, the others held out (e.g. 2023 or 2022,2023);"
                    + " default: the roles in the targets file")
    String fitYears;

    /** The public figures: the bundled ones or --targets, with the roles --fit-years chooses. */
    io.vavr.collection.Seq<io.github.cptskit.aci.simulation.PublicFigure> targets() {
        io.vavr.collection.Seq<io.github.cptskit.aci.simulation.PublicFigure> figures;
        if (targetsFile == null) {
            figures = io.github.cptskit.aci.simulation.PublicFigure.bundled();
        } else {
            String text = UserFiles.readText(targetsFile);
            figures = Rules.orThrow(io.github.cptskit.aci.simulation.PublicFigure.read(
                    new java.io.StringReader(text), targetsFile.toString()));
        }
        if (fitYears != null) {
            figures = Rules.orThrow(io.github.cptskit.aci.simulation.PublicFigure.fitting(figures, years(fitYears)));
        }
        return figures;
    }

    /** A list of years such as {@code 2022,2023}, or {@code FIT_YEARS_SYNTAX}. */
    static java.util.List<Integer> years(String text) {
        java.util.List<Integer> years = new java.util.ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                int y = Integer.parseInt(part.strip());
                if (y < 2019 || y > 2100) {
                    throw new NumberFormatException();
                }
                years.add(y);
            } catch (NumberFormatException e) {
                throw new UserError(List.of(Problem.of(CliProblem.FIT_YEARS_SYNTAX, text)));
            }
        }
        return years;
    }

    /** Where the fit in use comes from, for banners. */
    String fitOrigin() {
        return paramsFile != null ? paramsFile + " over the bundled parameters" : "the bundled fit";
    }

    /** Where the targets come from, for banners and run.json. */
    String targetsSource() {
        return (targetsFile == null ? "bundled public figures" : targetsFile.toString())
                + (fitYears == null ? "" : ", fitting " + fitYears);
    }

    Portfolio portfolio() {
        if (!(populationTolerance >= 0 && populationTolerance <= 10)) {
            throw new UserError(List.of(Problem.of(CliProblem.POPULATION_TOLERANCE)));
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
                problems.add(
                        near == null
                                ? Problem.of(CliProblem.SET_UNKNOWN_PARAMETER, name)
                                : Problem.of(CliProblem.SET_UNKNOWN_PARAMETER_NEAR, name, near));
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
                throw new UserError(
                        List.of(Problem.of(CliProblem.PARAMS_IO).at(Location.of(paramsFile.toString(), 0, 0))));
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
            throw new UserError(List.of(Problem.of(CliProblem.SET_SYNTAX, set)));
        }
        return set.substring(0, eq).strip();
    }

    /** A file written with its parent folders, or a user error naming it (exit 2, never a stack trace). */
    static void write(Path file, String content) {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Bytes written with their parent folders, or a user error naming the file. The content goes to a
     * temporary file beside it, then is moved over the name in one step: a reader never sees half a
     * file, and a symbolic link at that name is replaced, never written through.
     */
    static void write(Path file, byte[] content) {
        Path tmp = null;
        try {
            Path target = file.toAbsolutePath();
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
            Files.write(tmp, content);
            try {
                Files.move(
                        tmp,
                        target,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | SecurityException e) {
            throw new UserError(List.of(Problem.of(CliProblem.OUTPUT_NOT_WRITABLE, file, e.getMessage())
                    .at(Location.of(file.toString(), 0, 0))));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the error above is what the user needs; a stray temporary file is named after the output
                }
            }
        }
    }
}
