package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.CptsSummary;
import io.github.cptskit.aci.simulation.PublicFigure;
import io.github.cptskit.aci.simulation.SimulationResult;
import io.github.cptskit.aci.simulation.Summary;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.nio.file.Path;

/** The files {@code cpts simulate} writes: yearly summary, draws, fan chart. */
final class SimulationOutputs {
    private SimulationOutputs() {}

    /** A reform run beside the baseline: its name in the outputs (the file's name), file and result. */
    record Reform(String name, Path file, SimulationResult result) {}

    /**
     * The scenario names of reform files: each file's name without its extension, numbered when two
     * files share a name.
     */
    static java.util.List<String> names(java.util.List<Path> files) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
            String unique = n;
            for (int i = 2; names.contains(unique) || unique.equals("baseline"); i++) {
                unique = n + "-" + i;
            }
            names.add(unique);
        }
        return names;
    }

    /** The files {@link #write} puts in the output directory. */
    static java.util.List<String> files(boolean reforms) {
        java.util.List<String> files = new java.util.ArrayList<>(java.util.List.of(
                "simulation-years.csv", "simulation-summary.csv", "simulation-cpts.csv", "simulation-fan.svg"));
        if (reforms) {
            files.add("simulation-comparison.csv");
        }
        return files;
    }

    static void write(
            Path out,
            SimulationResult base,
            java.util.List<Reform> reforms,
            Portfolio portfolio,
            Seq<PublicFigure> figures,
            boolean compare,
            Path drawsOut,
            int cptsDraws) {
        CsvOut years = new CsvOut();
        years.text("scenario")
                .text("year")
                .text("basis")
                .text("mean_eur")
                .text("p5_eur")
                .text("p50_eur")
                .text("p95_eur")
                .text("mc_standard_error_eur");
        for (String c : SimulationResult.COMPONENTS) {
            years.text("mean_" + c.replace('-', '_') + "_eur");
        }
        years.text("public_figure_eur")
                .text("public_figure_role")
                .text("public_figure_inside_p5_p95")
                .end();
        rows(years, "baseline", base, compare ? figures : io.vavr.collection.List.empty());
        for (Reform r : reforms) {
            rows(years, r.name(), r.result(), compare ? figures : io.vavr.collection.List.empty());
        }
        ModelOptions.write(out.resolve("simulation-years.csv"), years.toString());
        if (drawsOut != null) {
            writeDraws(drawsOut, draws(base, reforms));
        }
        ModelOptions.write(
                out.resolve("simulation-fan.svg"),
                fan(base, reforms, portfolio, compare ? figures : io.vavr.collection.List.empty()));
        ModelOptions.write(out.resolve("simulation-summary.csv"), summary(base, reforms));
        ModelOptions.write(out.resolve("simulation-cpts.csv"), byCpts(base, reforms, cptsDraws));
        if (!reforms.isEmpty()) {
            ModelOptions.write(out.resolve("simulation-comparison.csv"), comparison(base, reforms));
        }
    }

    /**
     * Every draw's parameter values and national total per year, for the baseline and each reform: one
     * row per draw, wide, so that SALib, an emulator or a Bayesian refit can start from it. Dates are
     * ISO days; a reform that changes model parameters has its own parameter columns.
     */
    private static String draws(SimulationResult base, java.util.List<Reform> reforms) {
        CsvOut b = new CsvOut();
        b.text("draw");
        Seq<io.github.cptskit.aci.simulation.ModelParameter> params =
                base.simulation().parameters().all();
        for (var p : params) {
            b.text("param_" + p.name());
        }
        java.util.List<Reform> ownParams = reforms.stream()
                .filter(r -> !r.result()
                        .simulation()
                        .parameters()
                        .equals(base.simulation().parameters()))
                .toList();
        for (Reform r : ownParams) {
            for (var p : params) {
                b.text(r.name() + "_param_" + p.name());
            }
        }
        java.util.List<long[]> columns = new java.util.ArrayList<>();
        for (int y : base.years()) {
            b.text("total_" + y + "_eur");
            columns.add(base.totalsCents(y));
            for (Reform r : reforms) {
                b.text(r.name() + "_total_" + y + "_eur");
                columns.add(r.result().totalsCents(y));
            }
        }
        b.end();
        for (int d = 0; d < base.draws(); d++) {
            b.number(Integer.toString(d + 1));
            for (var p : params) {
                value(b, p, base.parameterValue(d, p.name()));
            }
            for (Reform r : ownParams) {
                for (var p : params) {
                    value(b, p, r.result().parameterValue(d, p.name()));
                }
            }
            for (long[] column : columns) {
                b.number(eur(column[d]));
            }
            b.end();
        }
        return b.toString();
    }

    private static void value(CsvOut b, io.github.cptskit.aci.simulation.ModelParameter p, double v) {
        if (p.kind() == io.github.cptskit.aci.simulation.ModelParameter.Kind.DATE) {
            b.text(p.exact(v));
        } else {
            b.number(p.exact(v));
        }
    }

    /**
     * One row per scenario × CPTS × year × component × mission (long format), over the first
     * {@code cptsDraws} draws; the rows of a year add up to the national total of each draw.
     */
    private static String byCpts(SimulationResult base, java.util.List<Reform> reforms, int cptsDraws) {
        CsvOut b = new CsvOut()
                .header(
                        "scenario",
                        "cpts",
                        "region",
                        "year",
                        "basis",
                        "component",
                        "mission",
                        "mean_eur",
                        "p5_eur",
                        "p50_eur",
                        "p95_eur");
        cptsRows(b, "baseline", base, cptsDraws);
        for (Reform r : reforms) {
            cptsRows(b, r.name(), r.result(), cptsDraws);
        }
        return b.toString();
    }

    private static void cptsRows(CsvOut b, String scenario, SimulationResult r, int cptsDraws) {
        String basis = r.simulation().basis().cliName();
        for (CptsSummary row : r.byCpts(cptsDraws)) {
            b.text(scenario)
                    .text(row.cpts())
                    .code(row.region())
                    .number(Integer.toString(row.year()))
                    .text(basis)
                    .text(row.component())
                    .text(row.mission());
            figures(b, row.summary()).end();
        }
    }

    /**
     * Per year: the baseline, each reform, and each reform's difference from the baseline with its
     * interval computed draw by draw on common random numbers.
     */
    private static String comparison(SimulationResult base, java.util.List<Reform> reforms) {
        CsvOut b = new CsvOut()
                .header(
                        "year",
                        "basis",
                        "scenario",
                        "mean_eur",
                        "p5_eur",
                        "p50_eur",
                        "p95_eur",
                        "difference_mean_eur",
                        "difference_p5_eur",
                        "difference_p50_eur",
                        "difference_p95_eur");
        String basis = base.simulation().basis().cliName();
        for (int y : base.years()) {
            b.number(Integer.toString(y)).text(basis).text("baseline");
            figures(b, base.total(y))
                    .number("0.00")
                    .number("0.00")
                    .number("0.00")
                    .number("0.00")
                    .end();
            for (Reform r : reforms) {
                b.number(Integer.toString(y)).text(basis).text(r.name());
                figures(b, r.result().total(y));
                figures(b, base.difference(r.result(), y)).end();
            }
        }
        return b.toString();
    }

    /**
     * Long format, one row per scenario × year × breakdown: a file pandas or R reads without cleaning.
     * Breakdowns: the national total, each component, size band, mission and region; with a reform,
     * its difference from the baseline for every breakdown, computed draw by draw on common random
     * numbers ({@code NAME_minus_baseline}).
     */
    private static String summary(SimulationResult base, java.util.List<Reform> reforms) {
        CsvOut b = new CsvOut()
                .header("scenario", "year", "basis", "breakdown", "key", "mean_eur", "p5_eur", "p50_eur", "p95_eur");
        summaryRows(b, "baseline", base);
        for (Reform r : reforms) {
            summaryRows(b, r.name(), r.result());
            for (int y : base.years()) {
                for (String breakdown : SimulationResult.BREAKDOWNS) {
                    for (String key : base.keys(r.result(), breakdown)) {
                        row(
                                b,
                                r.name() + "_minus_baseline",
                                y,
                                base,
                                breakdown,
                                key,
                                base.difference(r.result(), y, breakdown, key));
                    }
                }
            }
        }
        return b.toString();
    }

    private static void summaryRows(CsvOut b, String scenario, SimulationResult r) {
        for (int y : r.years()) {
            row(b, scenario, y, r, "total", "national", r.total(y));
            for (String c : SimulationResult.COMPONENTS) {
                row(b, scenario, y, r, "component", c, r.component(y, c));
            }
            for (io.github.cptskit.core.territory.SizeBand band : io.github.cptskit.core.territory.SizeBand.values()) {
                row(b, scenario, y, r, "size_band", "taille" + band.number(), r.band(y, band));
            }
            // The missions the rules declare: a reform's own mission has its rows too.
            for (io.github.cptskit.aci.tariff.MissionKey m : r.simulation().missions()) {
                row(b, scenario, y, r, "mission", m.key(), r.mission(y, m));
            }
            for (String region : r.simulation().regions()) {
                row(b, scenario, y, r, "region", region, r.region(y, region));
            }
        }
    }

    private static void row(
            CsvOut b, String scenario, int y, SimulationResult r, String breakdown, String key, Summary s) {
        b.text(scenario)
                .number(Integer.toString(y))
                .text(r.simulation().basis().cliName())
                .text(breakdown);
        if (breakdown.equals("region")) {
            b.code(key);
        } else {
            b.text(key);
        }
        figures(b, s).end();
    }

    /** Mean, P5, P50 and P95 in euros: the columns every summary row shares. */
    private static CsvOut figures(CsvOut b, Summary s) {
        return b.number(eur(s.meanCents()))
                .number(eur(s.p5Cents()))
                .number(eur(s.p50Cents()))
                .number(eur(s.p95Cents()));
    }

    /** The raw draws, gzip-compressed when the name ends with .gz (no time in the header: reproducible). */
    private static void writeDraws(Path file, String csv) {
        if (!file.getFileName().toString().endsWith(".gz")) {
            ModelOptions.write(file, csv);
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: cannot happen
        }
        ModelOptions.write(file, bytes.toByteArray());
    }

    private static void rows(CsvOut b, String scenario, SimulationResult r, Seq<PublicFigure> figures) {
        for (int y : r.years()) {
            Summary s = r.total(y);
            Seq<SimulationResult.FigureCheck> checks =
                    r.checks(figures.filter(f -> f.year() == y && f.role() != PublicFigure.Role.CONTEXT));
            b.text(scenario)
                    .number(Integer.toString(y))
                    .text(r.simulation().basis().cliName());
            figures(b, s).number(eur(r.standardErrorCents(y)));
            for (String c : SimulationResult.COMPONENTS) {
                b.number(eur(r.component(y, c).meanCents()));
            }
            if (checks.isEmpty()) {
                b.empty().empty().empty().end();
            } else {
                SimulationResult.FigureCheck c = checks.head();
                b.number(eur(c.figure().amountCents()))
                        .text(c.figure().role().fileName())
                        .number(Boolean.toString(c.inside()))
                        .end();
            }
        }
    }

    private static String fan(
            SimulationResult base, java.util.List<Reform> reforms, Portfolio portfolio, Seq<PublicFigure> figures) {
        java.util.List<Svg.FanYear> years = fanYears(base);
        java.util.List<Svg.Point> points = new java.util.ArrayList<>();
        boolean cash = base.simulation().basis() == io.github.cptskit.aci.simulation.Basis.CASH;
        if (cash) {
            for (PublicFigure f : figures) {
                if (f.year() >= base.simulation().firstYear()
                        && f.year() <= base.simulation().lastYear()) {
                    String role = switch (f.role()) {
                        case FIT -> "fitted";
                        case HELD_OUT -> "held out";
                        case CONTEXT -> "context";
                    };
                    points.add(new Svg.Point(
                            f.year(),
                            f.amountCents(),
                            String.format(
                                    java.util.Locale.ROOT,
                                    "%.1f M€ (%s; %s)",
                                    f.amountCents() / 1e8,
                                    f.citation(),
                                    role),
                            f.role() == PublicFigure.Role.FIT));
                }
            }
        }
        java.util.List<Svg.Overlay> overlays = reforms.stream()
                .map(r -> new Svg.Overlay(r.name(), fanYears(r.result())))
                .toList();
        var sim = base.simulation();
        return Svg.fan(
                "National ACI spending by calendar year, " + sim.firstYear() + "–" + sim.lastYear() + ", "
                        + sim.basis().cliName() + " basis",
                (portfolio.synthetic() ? "SYNTHETIC portfolio of " : "Portfolio of ") + sim.size() + " CPTS; "
                        + base.draws() + " draws, seed " + base.seed() + "; "
                        + sim.parameters()
                                .posterior()
                                .map(p -> "parameters fitted on the public figures of "
                                        + p.observations()
                                                .map(o -> o.length() >= 4 ? o.substring(0, 4) : o)
                                                .mkString("+"))
                                .getOrElse("prior parameters (not fitted)")
                        + (cash ? "" : "; public figures not shown: they are payments (cash basis)"),
                years,
                points,
                overlays,
                "Warning: the per-mission ACI amounts and several other figures are ESTIMATES (found in no public"
                        + " source; docs/aci-estimates.md); their ranges are part of the band. The public totals may"
                        + " include money outside the ACI.");
    }

    private static java.util.List<Svg.FanYear> fanYears(SimulationResult r) {
        java.util.List<Svg.FanYear> out = new java.util.ArrayList<>();
        for (int y : r.years()) {
            Summary s = r.total(y);
            out.add(new Svg.FanYear(y, s.p5Cents(), s.p50Cents(), s.p95Cents()));
        }
        return out;
    }

    static String eur(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
