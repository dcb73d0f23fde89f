package io.github.cptskit.cli;

import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.aci.calculation.Line;
import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpts aci}: the exact remuneration of each CPTS-year of a CSV. */
@Command(
        name = "aci",
        mixinStandardHelpOptions = true,
        description = {
            "Exact ACI remuneration of each CPTS-year of SCENARIOS.csv (columns: id,population,region,signature,",
            "contract_year,missions; missions = space-separated key@start=achievement, e.g.",
            "'acces@2023-06-01=0.8 parcours@2024-01-15=100%%'). One output row per CPTS with every line, the",
            "total and the rule version."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad input (file, rule, scenario)"})
final class AciCommand implements Callable<Integer> {

    private static final String[] COLUMNS = {"id", "population", "region", "signature", "contract_year", "missions"};

    @Parameters(paramLabel = "SCENARIOS.csv")
    Path file;

    @Option(names = "--explain", paramLabel = "ID", description = "Print the explanation of one CPTS, line by line")
    String explain;

    @Option(names = "--rules", paramLabel = "VERSION", description = "Rules up to this version")
    String rulesVersion;

    @Option(names = "--set", paramLabel = "PARAM=VALUE", description = "Replace a figure")
    java.util.List<String> sets = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException {
        String content = UserFiles.readText(file);
        RemunerationCalculator calc = RemunerationCalculator.of(Rules.build(rulesVersion, null, sets));
        List<Remuneration> results = remunerations(content, file.toString(), calc);
        PrintWriter o = Main.out();
        if (explain != null) {
            Remuneration r = results.find(x -> x.scenarioId().equals(explain))
                    .getOrElseThrow(
                            () -> new UserError(List.of(Problem.of(CliProblem.SCENARIO_UNKNOWN_ID, explain, file))));
            o.print(r.explain(Main.locale()));
            if (r.warnings().exists(w -> w.code().equals(AciProblem.UNCONFIRMED_FIGURES.code()))) {
                o.println(CliLabel.HINT_UNCONFIRMED_FIGURES.text(Main.locale()));
            }
            o.flush();
            return 0;
        }
        StringBuilder header = new StringBuilder("id,band,rule_version,fonctionnement");
        for (Mission m : Mission.values()) {
            header.append(',').append(m.key()).append(".fixe,").append(m.key()).append(".variable");
        }
        o.println(header.append(",total,unconfirmed_figures"));
        for (Remuneration r : results) {
            StringBuilder sb = new StringBuilder();
            // The id comes from the user's file: RFC 4180 quoting and OWASP formula neutralisation (issue #27).
            sb.append(CsvOut.quote(CsvOut.neutralise(r.scenarioId()), false))
                    .append(',')
                    .append(r.band().number())
                    .append(',')
                    .append(r.ruleVersion())
                    .append(',')
                    .append(euros(r, "fonctionnement"));
            for (Mission m : Mission.values()) {
                sb.append(',').append(euros(r, m.key() + ".fixe")).append(',').append(euros(r, m.key() + ".variable"));
            }
            sb.append(',')
                    .append(BigDecimal.valueOf(Amounts.cents(r.total()), 2).toPlainString());
            sb.append(',').append(r.lines().exists(Line::usesUnconfirmedFigures) ? "yes" : "no");
            o.println(sb);
        }
        o.flush();
        return 0;
    }

    /** The remuneration of each CPTS-year of a scenario CSV, or a {@link UserError} with every problem. */
    static List<Remuneration> remunerations(String content, String src, RemunerationCalculator calc) {
        java.util.List<Csv.Row> rows = Csv.parse(content, src);
        // java.util lists: appending to a Vavr List copies it, quadratic on a file of 20,000 bad rows (#8).
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        java.util.List<Remuneration> results = new java.util.ArrayList<>();
        if (rows.isEmpty() || !header(rows.get(0))) {
            throw new UserError(List.of(Problem.of(CliProblem.SCENARIOS_HEADER, String.join(",", COLUMNS))
                    .at(Location.of(src, 1, 1))));
        }
        for (Csv.Row row : rows.subList(1, rows.size())) {
            var scenario = scenario(row, src);
            if (scenario.isLeft()) {
                problems.addAll(scenario.getLeft().asJava());
                continue;
            }
            var r = calc.calculate(scenario.get());
            if (r.isInvalid()) {
                problems.addAll(r.getError()
                        .map(p -> p.at(Location.of(src, row.line(), 1)))
                        .asJava());
            } else {
                results.add(r.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(List.ofAll(problems));
        }
        return List.ofAll(results);
    }

    private static String euros(Remuneration r, String key) {
        return r.lines()
                .find(l -> l.key().equals(key))
                .map(l -> BigDecimal.valueOf(Amounts.cents(l.amount()), 2).toPlainString())
                .getOrElse("");
    }

    private static boolean header(Csv.Row row) {
        if (row.fields().size() != COLUMNS.length) {
            return false;
        }
        for (int i = 0; i < COLUMNS.length; i++) {
            if (!row.fields().get(i).text().strip().equals(COLUMNS[i])) {
                return false;
            }
        }
        return true;
    }

    private static io.vavr.control.Either<List<Problem>, Scenario> scenario(Csv.Row row, String src) {
        java.util.List<Csv.Field> f = row.fields();
        if (f.size() != COLUMNS.length) {
            return io.vavr.control.Either.left(
                    List.of(Problem.of(CliProblem.SCENARIOS_COLUMNS, COLUMNS.length, f.size())
                            .at(Location.of(src, row.line(), 1))));
        }
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        Scenario.Builder b =
                Scenario.builder(f.get(0).text().strip()).region(f.get(2).text().strip());
        try {
            b.population(Long.parseLong(f.get(1).text().strip()));
        } catch (NumberFormatException e) {
            problems.add(bad(CliProblem.SCENARIOS_POPULATION, src, f.get(1)));
        }
        try {
            b.signedOn(LocalDate.parse(f.get(3).text().strip()));
        } catch (DateTimeParseException e) {
            problems.add(bad(CliProblem.SCENARIOS_DATE, src, f.get(3)));
        }
        try {
            b.contractYear(Integer.parseInt(f.get(4).text().strip()));
        } catch (NumberFormatException e) {
            problems.add(bad(CliProblem.SCENARIOS_CONTRACT_YEAR, src, f.get(4)));
        }
        for (String item : f.get(5).text().strip().split("\\s+")) {
            if (item.isEmpty()) {
                continue;
            }
            int at = item.indexOf('@');
            int eq = item.indexOf('=');
            var mission = at > 0 ? Mission.ofKey(item.substring(0, at)) : io.vavr.control.Option.<Mission>none();
            if (mission.isEmpty() || eq < at) {
                problems.add(bad(CliProblem.SCENARIOS_MISSION, src, f.get(5), item));
                continue;
            }
            LocalDate start = null;
            try {
                start = LocalDate.parse(item.substring(at + 1, eq));
            } catch (DateTimeParseException e) {
                problems.add(bad(CliProblem.SCENARIOS_DATE_IN_MISSION, src, f.get(5), item));
            }
            var rate = Achievement.parse(item.substring(eq + 1));
            if (rate.isInvalid()) {
                for (var e : rate.getError()) {
                    problems.add(e.at(Location.of(src, f.get(5).line(), f.get(5).column())));
                }
            }
            if (start != null && rate.isValid()) {
                b.mission(mission.get(), start, rate.get());
            }
        }
        if (!problems.isEmpty()) {
            return io.vavr.control.Either.left(List.ofAll(problems));
        }
        var built = b.build();
        return built.isValid()
                ? io.vavr.control.Either.right(built.get())
                : io.vavr.control.Either.left(
                        List.ofAll(built.getError()).map(p -> p.at(Location.of(src, row.line(), 1))));
    }

    /** A problem of a field: the entry's {0} is the field's text, then the other facts. */
    private static Problem bad(CliProblem entry, String src, Csv.Field f, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = f.text();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return Problem.of(entry, all).at(Location.of(src, f.line(), f.column()));
    }
}
