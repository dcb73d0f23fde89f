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
            String distribution,
            Path drawsOut,
            int cptsDraws) {
        String header = header(base, portfolio, distribution, reforms);
        StringBuilder years = new StringBuilder(header);
        years.append("scenario,year,basis,mean_eur,p5_eur,p50_eur,p95_eur,mc_standard_error_eur");
        for (String c : SimulationResult.COMPONENTS) {
            years.append(",mean_").append(c.replace('-', '_')).append("_eur");
        }
        years.append(",public_figure_eur,public_figure_role,public_figure_inside_p5_p95\n");
        rows(years, "baseline", base, figures);
        for (Reform r : reforms) {
            rows(years, r.name(), r.result(), figures);
        }
        ModelOptions.write(out.resolve("simulation-years.csv"), years.toString());
        if (drawsOut != null) {
            writeDraws(drawsOut, draws(header, base, reforms));
        }
        ModelOptions.write(out.resolve("simulation-fan.svg"), fan(base, reforms, portfolio, figures));
        ModelOptions.write(out.resolve("simulation-summary.csv"), summary(header, base, reforms));
        ModelOptions.write(out.resolve("simulation-cpts.csv"), byCpts(header, base, reforms, cptsDraws));
        if (!reforms.isEmpty()) {
            ModelOptions.write(out.resolve("simulation-comparison.csv"), comparison(header, base, reforms));
        }
    }

    /** Every draw's national total per year, for the baseline and each reform. */
    private static String draws(String header, SimulationResult base, java.util.List<Reform> reforms) {
        StringBuilder draws = new StringBuilder(header);
        draws.append("draw");
        java.util.List<long[]> columns = new java.util.ArrayList<>();
        for (int y : base.years()) {
            draws.append(",total_").append(y).append("_eur");
            columns.add(base.totalsCents(y));
            for (Reform r : reforms) {
                draws.append(',').append(r.name()).append("_total_").append(y).append("_eur");
                columns.add(r.result().totalsCents(y));
            }
        }
        draws.append('\n');
        for (int d = 0; d < base.draws(); d++) {
            draws.append(d + 1);
            for (long[] column : columns) {
                draws.append(',').append(eur(column[d]));
            }
            draws.append('\n');
        }
        return draws.toString();
    }

    /**
     * One row per scenario × CPTS × year × component × mission (long format), over the first
     * {@code cptsDraws} draws; the rows of a year add up to the national total of each draw.
     */
    private static String byCpts(String header, SimulationResult base, java.util.List<Reform> reforms, int cptsDraws) {
        StringBuilder b = new StringBuilder(header);
        b.append("# per-CPTS quantiles over the first ")
                .append(cptsDraws)
                .append(" draws (--by-cpts-draws); cells that are zero in every draw are left out\n");
        b.append("scenario,cpts,region,year,basis,component,mission,mean_eur,p5_eur,p50_eur,p95_eur\n");
        cptsRows(b, "baseline", base, cptsDraws);
        for (Reform r : reforms) {
            cptsRows(b, r.name(), r.result(), cptsDraws);
        }
        return b.toString();
    }

    private static void cptsRows(StringBuilder b, String scenario, SimulationResult r, int cptsDraws) {
        String basis = r.simulation().basis().cliName();
        for (CptsSummary row : r.byCpts(cptsDraws)) {
            b.append(scenario)
                    .append(',')
                    .append(row.cpts())
                    .append(',')
                    .append(row.region())
                    .append(',')
                    .append(row.year())
                    .append(',')
                    .append(basis)
                    .append(',')
                    .append(row.component())
                    .append(',')
                    .append(row.mission())
                    .append(',');
            figures(b, row.summary()).append('\n');
        }
    }

    /**
     * Per year: the baseline, each reform, and each reform's difference from the baseline with its
     * interval computed draw by draw on common random numbers.
     */
    private static String comparison(String header, SimulationResult base, java.util.List<Reform> reforms) {
        StringBuilder b = new StringBuilder(header);
        b.append("year,basis,scenario,mean_eur,p5_eur,p50_eur,p95_eur,"
                + "difference_mean_eur,difference_p5_eur,difference_p50_eur,difference_p95_eur\n");
        String basis = base.simulation().basis().cliName();
        for (int y : base.years()) {
            b.append(y).append(',').append(basis).append(",baseline,");
            figures(b, base.total(y)).append(",0.00,0.00,0.00,0.00\n");
            for (Reform r : reforms) {
                b.append(y)
                        .append(',')
                        .append(basis)
                        .append(',')
                        .append(r.name())
                        .append(',');
                figures(b, r.result().total(y)).append(',');
                figures(b, base.difference(r.result(), y)).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Long format, one row per scenario × year × breakdown: a file pandas or R reads without cleaning.
     * Breakdowns: the national total, each component, size band, mission and region; with a reform,
     * its difference from the baseline computed draw by draw on common random numbers.
     */
    private static String summary(String header, SimulationResult base, java.util.List<Reform> reforms) {
        StringBuilder b = new StringBuilder(header);
        b.append("scenario,year,basis,breakdown,key,mean_eur,p5_eur,p50_eur,p95_eur\n");
        summaryRows(b, "baseline", base);
        for (Reform r : reforms) {
            summaryRows(b, r.name(), r.result());
            for (int y : base.years()) {
                row(b, r.name() + "_minus_baseline", y, base, "total", "national", base.difference(r.result(), y));
            }
        }
        return b.toString();
    }

    private static void summaryRows(StringBuilder b, String scenario, SimulationResult r) {
        for (int y : r.years()) {
            row(b, scenario, y, r, "total", "national", r.total(y));
            for (String c : SimulationResult.COMPONENTS) {
                row(b, scenario, y, r, "component", c, r.component(y, c));
            }
            for (io.github.cptskit.core.territory.SizeBand band : io.github.cptskit.core.territory.SizeBand.values()) {
                row(b, scenario, y, r, "size_band", "taille" + band.number(), r.band(y, band));
            }
            for (io.github.cptskit.aci.tariff.Mission m : io.github.cptskit.aci.tariff.Mission.values()) {
                row(b, scenario, y, r, "mission", m.key(), r.mission(y, m));
            }
            for (String region : r.simulation().regions()) {
                row(b, scenario, y, r, "region", region, r.region(y, region));
            }
        }
    }

    private static void row(
            StringBuilder b, String scenario, int y, SimulationResult r, String breakdown, String key, Summary s) {
        b.append(scenario)
                .append(',')
                .append(y)
                .append(',')
                .append(r.simulation().basis().cliName())
                .append(',')
                .append(breakdown)
                .append(',')
                .append(key)
                .append(',');
        figures(b, s).append('\n');
    }

    /** Mean, P5, P50 and P95 in euros, comma-separated: the columns every summary row shares. */
    private static StringBuilder figures(StringBuilder b, Summary s) {
        return b.append(eur(s.meanCents()))
                .append(',')
                .append(eur(s.p5Cents()))
                .append(',')
                .append(eur(s.p50Cents()))
                .append(',')
                .append(eur(s.p95Cents()));
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

    private static void rows(StringBuilder b, String scenario, SimulationResult r, Seq<PublicFigure> figures) {
        for (int y : r.years()) {
            Summary s = r.total(y);
            Seq<SimulationResult.FigureCheck> checks =
                    r.checks(figures.filter(f -> f.year() == y && f.role() != PublicFigure.Role.CONTEXT));
            b.append(scenario)
                    .append(',')
                    .append(y)
                    .append(',')
                    .append(r.simulation().basis().cliName())
                    .append(',');
            figures(b, s).append(',').append(eur(r.standardErrorCents(y)));
            for (String c : SimulationResult.COMPONENTS) {
                b.append(',').append(eur(r.component(y, c).meanCents()));
            }
            if (checks.isEmpty()) {
                b.append(",,,\n");
            } else {
                SimulationResult.FigureCheck c = checks.head();
                b.append(',')
                        .append(eur(c.figure().amountCents()))
                        .append(',')
                        .append(c.figure().role().name().toLowerCase(java.util.Locale.ROOT))
                        .append(',')
                        .append(c.inside())
                        .append('\n');
            }
        }
    }

    private static String header(
            SimulationResult r, Portfolio portfolio, String distribution, java.util.List<Reform> reforms) {
        var sim = r.simulation();
        return "# cptskit ACI simulation, " + sim.basis().cliName() + " basis, years " + sim.firstYear() + "-"
                + sim.lastYear() + ", seed " + r.seed() + ", " + r.draws() + " draws, achievements " + distribution
                + "\n# portfolio: " + portfolio.source() + (portfolio.synthetic() ? " (SYNTHETIC)" : "") + " sha256 "
                + portfolio.fingerprint() + "\n# rules by year: "
                + sim.rulesByYear().map(e -> e._1 + "=" + e._2).mkString(" ")
                + reforms.stream()
                        .map(f -> "\n# reform " + f.name() + ": " + f.file())
                        .collect(java.util.stream.Collectors.joining())
                + "\n# model parameters: prior fingerprint " + sim.parameters().fingerprint()
                + sim.parameters().posterior().map(p -> "; " + p.method()).getOrElse("; priors only")
                + "\n# estimated or unconfirmed figures used (docs/aci-estimates.md): "
                + sim.unconfirmed().mkString(" ") + "\n";
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
                        + (sim.parameters().posterior().isDefined()
                                ? "parameters fitted on the public totals of 2022-2023"
                                : "prior parameters (not fitted)")
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
