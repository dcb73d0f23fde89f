package io.github.cptskit.cli;

import io.github.cptskit.core.problem.Problem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The researchers' command line: {@code cpts simulate | aci | territory | validate | pathway | members}. Exit codes: 0 success, 1
 * validation errors found, 2 bad input or usage, 3 internal error. User errors print their problems
 * (file:line:column, code, message, legal reference), never a stack trace.
 */
@Command(
        name = "cpts",
        mixinStandardHelpOptions = true,
        version = "cptskit 0.1.0-SNAPSHOT",
        description =
                "cptskit: ACI funding simulations, remuneration, territories, membership rules and care pathways of"
                        + " French CPTS.",
        subcommands = {
            SimulateCommand.class,
            CalibrateCommand.class,
            SensitivityCommand.class,
            AciCommand.class,
            TerritoryCommand.class,
            ValidateCommand.class,
            PathwayCommand.class,
            MembersCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:validation errors found", "2:bad input or usage", "3:internal error"})
public final class Main {

    @Option(
            names = "--lang",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Language of messages: fr or en (default: en)")
    static String lang = "en";

    private static final PrintWriter OUT =
            new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);

    static PrintWriter out() {
        return OUT;
    }

    static Locale locale() {
        return "fr".equalsIgnoreCase(lang) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("simulate")) {
            preload();
        }
        System.exit(run(args));
    }

    /**
     * The bundled inputs {@code simulate} reads (rules, model parameters and their fit, public figures;
     * communes and portfolio)
     * load on two more threads while the command line is parsed: each is loaded once, by whichever thread
     * asks first, so the result is the same. A failure is left to the thread that needs the input.
     */
    private static void preload() {
        preload("cptskit-preload-rules", () -> {
            io.github.cptskit.aci.tariff.TariffRules.bundled();
            io.github.cptskit.aci.simulation.ModelParameters.bundledFitted();
            io.github.cptskit.aci.simulation.PublicFigure.bundled();
        });
        // The communes and the portfolio built on them: the first input simulate needs after parsing.
        preload("cptskit-preload-portfolio", Portfolio::bundled);
    }

    private static void preload(String name, Runnable load) {
        Thread t = new Thread(
                () -> {
                    try {
                        load.run();
                    } catch (RuntimeException | LinkageError e) {
                        // reported where the input is used (a class that failed to initialise fails again there)
                    }
                },
                name);
        t.setDaemon(true);
        t.start();
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.registerConverter(LocalDate.class, LocalDate::parse);
        cli.setOut(OUT);
        cli.setExitCodeExceptionMapper(e -> e instanceof UserError ? 2 : 3);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine()
                    .getErr()
                    .println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (outOfMemory(e)) {
                return outOfMemory(commandLine.getCommandName());
            }
            if (e instanceof UserError u) {
                for (Problem p : u.problems()) {
                    System.err.println(p.format(locale()));
                }
                return 2;
            }
            System.err.println("internal error: " + e + " (set CPTS_DEBUG=1 for the stack trace; please report it)");
            if (System.getenv("CPTS_DEBUG") != null) {
                e.printStackTrace();
            }
            return 3;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            var parsed = cli.getParseResult();
            String command = parsed != null && parsed.subcommand() != null
                    ? parsed.subcommand().commandSpec().name()
                    : "";
            return outOfMemory(command);
        }
    }

    /** Whether an error is, or was caused by, the Java heap running out. */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Reports an out-of-memory as a user error naming the options that set the memory a command needs. */
    private static int outOfMemory(String command) {
        String options = switch (command) {
            case "simulate" -> "--draws, --by-cpts-draws, --reform";
            case "calibrate" -> "--draws";
            case "sensitivity" -> "--tornado-draws, --sobol-rows";
            default -> null;
        };
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        Problem p = options == null
                ? Problem.of(CliProblem.OUT_OF_MEMORY_INPUT, heap)
                : Problem.of(CliProblem.OUT_OF_MEMORY, heap, options);
        System.err.println(p.format(locale()));
        return 2;
    }
}
