package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.PublicFigure;
import io.github.cptskit.aci.simulation.SimulationResult;
import io.github.cptskit.aci.simulation.Summary;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.nio.file.Path;

/** The files {@code cpts simulate} writes: yearly summary, draws, fan chart. */
final class SimulationOutputs {
    private SimulationOutputs() {}

    static void write(
            Path out,
            SimulationResult base,
            SimulationResult reform,
            Portfolio portfolio,
            Seq<PublicFigure> figures,
            String distribution,
            Path reformFile,
            Path drawsOut) {
        String header = header(base, portfolio, distribution, reformFile);
        StringBuilder years = new StringBuilder(header);
        years.append("scenario,year,basis,mean_eur,p5_eur,p50_eur,p95_eur,mc_standard_error_eur");
        for (String c : SimulationResult.COMPONENTS) {
            years.append(",mean_").append(c.replace('-', '_')).append("_eur");
        }
        years.append(",public_figure_eur,public_figure_role,public_figure_inside_p5_p95\n");
        rows(years, "baseline", base, figures);
        if (reform != null) {
            rows(years, "reform", reform, figures);
        }
        ModelOptions.write(out.resolve("simulation-years.csv"), years.toString());
        StringBuilder draws = new StringBuilder(header);
        draws.append("draw");
        for (int y : base.years()) {
            draws.append(",total_").append(y).append("_eur");
            if (reform != null) {
                draws.append(",reform_total_").append(y).append("_eur");
            }
        }
        draws.append('\n');
        long[][] t = new long[base.years().size()][];
        long[][] r = new long[base.years().size()][];
        int i = 0;
        for (int y : base.years()) {
            t[i] = base.totalsCents(y);
            r[i] = reform == null ? null : reform.totalsCents(y);
            i++;
        }
        for (int d = 0; d < base.draws(); d++) {
            draws.append(d + 1);
            for (int k = 0; k < t.length; k++) {
                draws.append(',').append(eur(t[k][d]));
                if (r[k] != null) {
                    draws.append(',').append(eur(r[k][d]));
                }
            }
            draws.append('\n');
        }
        if (drawsOut != null) {
            writeDraws(drawsOut, draws.toString());
        }
        ModelOptions.write(out.resolve("simulation-fan.svg"), fan(base, reform, portfolio, figures));
        ModelOptions.write(out.resolve("simulation-summary.csv"), summary(header, base, reform));
    }

    /**
     * Long format, one row per scenario × year × breakdown: a file pandas or R reads without cleaning.
     * Breakdowns: the national total, each component, size band, mission and region; with a reform,
     * its difference from the baseline computed draw by draw on common random numbers.
     */
    private static String summary(String header, SimulationResult base, SimulationResult reform) {
        StringBuilder b = new StringBuilder(header);
        b.append("scenario,year,basis,breakdown,key,mean_eur,p5_eur,p50_eur,p95_eur\n");
        summaryRows(b, "baseline", base);
        if (reform != null) {
            summaryRows(b, "reform", reform);
            for (int y : base.years()) {
                row(b, "reform_minus_baseline", y, base, "total", "national", base.difference(reform, y));
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

    private static String header(SimulationResult r, Portfolio portfolio, String distribution, Path reformFile) {
        var sim = r.simulation();
        return "# cptskit ACI simulation, " + sim.basis().cliName() + " basis, years " + sim.firstYear() + "-"
                + sim.lastYear() + ", seed " + r.seed() + ", " + r.draws() + " draws, achievements " + distribution
                + "\n# portfolio: " + portfolio.source() + (portfolio.synthetic() ? " (SYNTHETIC)" : "") + " sha256 "
                + portfolio.fingerprint() + "\n# rules by year: "
                + sim.rulesByYear().map(e -> e._1 + "=" + e._2).mkString(" ")
                + (reformFile == null ? "" : "\n# reform: " + reformFile)
                + "\n# model parameters: prior fingerprint " + sim.parameters().fingerprint()
                + sim.parameters().posterior().map(p -> "; " + p.method()).getOrElse("; priors only")
                + "\n# estimated or unconfirmed figures used (docs/aci-estimates.md): "
                + sim.unconfirmed().mkString(" ") + "\n";
    }

    private static String fan(
            SimulationResult base, SimulationResult reform, Portfolio portfolio, Seq<PublicFigure> figures) {
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
        java.util.List<Svg.Overlay> overlays =
                reform == null ? java.util.List.of() : java.util.List.of(new Svg.Overlay("reform", fanYears(reform)));
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
