package io.github.cptskit.cli;

import io.github.cptskit.core.cpts.Cpts;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.json.CptsDocument;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpts validate}: the membership rules on a CPTS description (docs/cli.md for the JSON format). */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Runs the membership rules on a CPTS described in JSON and prints every violation (code, message,"
                + " legal reference).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no error (warnings possible)",
            "1:the CPTS breaks a rule",
            "2:bad input (file, JSON, identifier)"
        })
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CPTS.json")
    Path file;

    @Option(names = "--on", paramLabel = "DATE", description = "Judge by the law of that day (default: today)")
    LocalDate on = LocalDate.now();

    @Option(names = "--no-gp-rule", description = "Do not apply the médecin généraliste rule (not found in the law)")
    boolean noGpRule;

    @Override
    public Integer call() {
        Cpts cpts = read(UserFiles.readText(file), file.toString());
        RuleSet rules = noGpRule ? RuleSet.standard().without(RuleSet.GENERAL_PRACTITIONER) : RuleSet.standard();
        Seq<Problem> found = rules.evaluate(cpts, on, List.empty());
        PrintWriter o = Main.out();
        o.println(cpts.name() + " — " + found.count(Problem::isError) + " error(s), " + found.count(p -> !p.isError())
                + " warning(s), as of " + on);
        found.forEach(p -> o.println("  " + p.format(Main.locale())));
        o.flush();
        return found.exists(Problem::isError) ? 1 : 0;
    }

    /** The CPTS a JSON document describes (cpts-json's {@link CptsDocument}), or a {@link UserError} with every problem. */
    Cpts read(String content, String sourceName) {
        var cpts = CptsDocument.read(content, sourceName);
        if (cpts.isInvalid()) {
            throw new UserError(cpts.getError());
        }
        return cpts.get();
    }
}
