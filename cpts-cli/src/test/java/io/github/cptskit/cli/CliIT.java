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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests: the packaged command line run as a real process, as a user runs it. */
class CliIT {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    private static Run cpts(String... args) throws IOException, InterruptedException {
        return cptsWithJvm(List.of(), args);
    }

    /** The command line in a JVM with the given options (e.g. a small heap). */
    private static Run cptsWithJvm(List<String> jvm, String... args) throws IOException, InterruptedException {
        Path target = Path.of("target");
        String cp =
                System.getProperty("cpts.cli.jar") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", cp, "io.github.cptskit.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(Run r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void simulateOnTheBundledPortfolioReportsYearsBesideThePublicFiguresAndWritesFiles() throws Exception {
        Run r = cpts(
                "simulate",
                "--draws",
                "300",
                "--out",
                tmp.toString(),
                "--draws-out",
                tmp.resolve("simulation-draws.csv").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("SYNTHETIC")
                .contains("cash basis, 2020–2027")
                .contains("Rules by year: 2020 accord-2019")
                .contains("the bundled fit, fitted on the public figures; it matches this run's rules, priors,"
                        + " targets and model")
                .contains("105.8 [fitted, CONFIRMED]")
                .contains("170.0 [held out, UNCONFIRMED]")
                .contains("MC s.e.")
                .contains("may include money outside the ACI")
                .contains("taille 4")
                .contains("estimated or unconfirmed figures");
        String years = Files.readString(tmp.resolve("simulation-years.csv"));
        assertThat(years)
                .startsWith("scenario,year,basis,mean_eur,p5_eur,p50_eur,p95_eur,mc_standard_error_eur")
                .doesNotContain("#")
                .contains("baseline,2022,cash,")
                .contains(",105800000.00,fit,");
        assertThat(years.lines().count()).isEqualTo(9);
        String draws = Files.readString(tmp.resolve("simulation-draws.csv"));
        assertThat(draws)
                .startsWith("draw,param_realisation.moyenne,")
                .contains(",param_tarif.quantile,")
                .contains(",total_2020_eur,total_2021_eur");
        assertThat(draws.lines().count()).isEqualTo(301);
        assertThat(Files.readString(tmp.resolve("run.json")))
                .contains("\"unconfirmedFigures\"")
                .contains("missions.acces.fixe.taille1");
        assertThat(Files.readString(tmp.resolve("simulation-fan.svg")))
                .startsWith("<svg")
                .contains("cash basis")
                .contains("P5–P95")
                .contains("ESTIMATES")
                .contains("Sénat r25-032");
    }

    @Test
    void bothBasesAndASingleYearRun() throws Exception {
        Run r = cpts("simulate", "--year", "2024", "--basis", "accrual", "--draws", "50", "--out", tmp.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("accrual basis, 2024–2024").contains("not comparable");
        Run bad = cpts("simulate", "--basis", "calendar", "--draws", "5", "--out", tmp.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("BASIS_UNKNOWN").contains("cash, accrual, contract-year");
        Run years = cpts("simulate", "--years", "2027-2020", "--draws", "5", "--out", tmp.toString());
        assertThat(years.exit()).isEqualTo(2);
        assertThat(years.err()).contains("SIMULATION_YEARS");
        assertNoStackTrace(bad);
    }

    @Test
    void aMisspeltParameterIsAnErrorThatSuggestsTheRightName() throws Exception {
        Run r = cpts("simulate", "--set", "fonctionement.taille2=70000", "--draws", "5", "--out", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("SET_UNKNOWN_PARAMETER").contains("did you mean fonctionnement.taille2");
        Run m = cpts("simulate", "--set", "realisation.moyene=0.5", "--draws", "5", "--out", tmp.toString());
        assertThat(m.err()).contains("did you mean realisation.moyenne");
        Run v = cpts("simulate", "--set", "realisation.moyenne=1.5", "--draws", "5", "--out", tmp.toString());
        assertThat(v.exit()).isEqualTo(2);
        assertThat(v.err()).contains("MODEL_PARAMETER_VALUE");
        Path params = tmp.resolve("params.json");
        Files.writeString(params, "{\"parameters\": {\n  \"adhesion.qualitee\": 0.4}}");
        Run f = cpts("simulate", "--params", params.toString(), "--draws", "5", "--out", tmp.toString());
        assertThat(f.exit()).isEqualTo(2);
        assertThat(f.err()).contains(params + ":2:24").contains("did you mean adhesion.qualite");
        assertNoStackTrace(f);
    }

    @Test
    void aModelParameterChangesTheResult() throws Exception {
        Run low = cpts(
                "simulate",
                "--year",
                "2025",
                "--draws",
                "50",
                "--priors",
                "--set",
                "realisation.moyenne=0.3",
                "--out",
                tmp.resolve("l").toString());
        Run high = cpts(
                "simulate",
                "--year",
                "2025",
                "--draws",
                "50",
                "--priors",
                "--set",
                "realisation.moyenne=0.9",
                "--out",
                tmp.resolve("h").toString());
        assertThat(low.exit()).isZero();
        assertThat(mean2025(tmp.resolve("l"))).isLessThan(mean2025(tmp.resolve("h")));
    }

    private static double mean2025(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("simulation-years.csv")).stream()
                .filter(l -> l.startsWith("baseline,2025,"))
                .map(l -> Double.parseDouble(l.split(",")[3]))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void calibrateWritesParametersThatSimulateReads() throws Exception {
        Path fitted = tmp.resolve("fitted.json");
        Run c = cpts("calibrate", "--draws", "400", "--particles", "50", "--out", fitted.toString());
        assertThat(c.exit()).isZero();
        assertThat(c.out())
                .contains("importance weighting of 400 prior draws")
                .contains("2022   105.8  fitted")
                .contains("2024   170.0  held out")
                .contains("realisation.moyenne")
                .contains("may include money outside the ACI");
        assertThat(Files.readString(fitted)).contains("\"posterior\"").contains("\"particles\"");
        Run s = cpts("simulate", "--params", fitted.toString(), "--draws", "20", "--out", tmp.toString());
        assertThat(s.exit()).isZero();
        assertThat(s.out())
                .contains("fitted.json over the bundled parameters, fitted on the public figures; it matches")
                .contains("importance weighting of 400");
        Run bad = cpts("calibrate", "--draws", "10", "--out", fitted.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("CALIBRATION_SETTINGS");
    }

    @Test
    void sensitivityWritesATornadoAndSobolIndices() throws Exception {
        Run r = cpts(
                "sensitivity", "--year", "2023", "--tornado-draws", "4", "--sobol-rows", "16", "--out", tmp.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("Tornado")
                .contains("Sobol indices")
                .contains("realisation.moyenne")
                .contains("ON THE PRIORS")
                .contains("ON THE FITTED POSTERIOR");
        Run bad = cpts("sensitivity", "--analyse", "fitted", "--sobol-rows", "0", "--out", tmp.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("SENSITIVITY_ANALYSE_UNKNOWN");
        assertNoStackTrace(bad);
        assertThat(Files.readString(tmp.resolve("sensitivity-tornado.csv")))
                .contains("parameter,unit,low_value,high_value,mean_total_at_low_eur");
        assertThat(Files.readString(tmp.resolve("sensitivity-sobol.csv"))).contains("first_order,");
        assertThat(Files.readString(tmp.resolve("sensitivity-tornado.svg")))
                .startsWith("<svg")
                .contains("What moves national ACI spending in 2023")
                .contains("ESTIMATES");
    }

    @Test
    void anUnwritableOutputIsAUserError() throws Exception {
        Run r = cpts("simulate", "--draws", "5", "--out", "/proc/cptskit-cannot-write-here");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("OUTPUT_NOT_WRITABLE");
        assertNoStackTrace(r);
    }

    @Test
    void sameSeedSameOutput() throws Exception {
        Run a = cpts(
                "simulate",
                "--draws",
                "200",
                "--seed",
                "5",
                "--out",
                tmp.resolve("a").toString(),
                "--draws-out",
                tmp.resolve("a/draws.csv.gz").toString());
        Run b = cpts(
                "simulate",
                "--draws",
                "200",
                "--seed",
                "5",
                "--out",
                tmp.resolve("b").toString(),
                "--draws-out",
                tmp.resolve("b/draws.csv.gz").toString());
        assertThat(Files.readAllBytes(tmp.resolve("a/draws.csv.gz")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("b/draws.csv.gz")));
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(tmp.resolve("a/draws.csv.gz")))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("draw,param_realisation.moyenne,")
                    .contains(",total_2020_eur,");
        }
        assertThat(tmp.resolve("a/simulation-draws.csv")).doesNotExist();
        for (String f : new String[] {"simulation-fan.svg", "simulation-years.csv"}) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f)))
                    .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
        // run.json differs only by the --out it records.
        assertThat(Files.readString(tmp.resolve("a/run.json"))
                        .replace(tmp.resolve("a").toString(), "OUT"))
                .isEqualTo(Files.readString(tmp.resolve("b/run.json"))
                        .replace(tmp.resolve("b").toString(), "OUT"));
        assertThat(Files.readString(tmp.resolve("a/run.json")))
                .contains("\"seed\": 5")
                .contains("\"draws\": 200")
                .contains("\"basis\": \"cash\"")
                .contains("\"2022\": \"avenant-2\"")
                .contains("\"portfolio\": \"(bundled) io/github/cptskit/aci/simulation/default-portfolio.csv sha256:")
                .contains("\"rules\": \"(bundled) io/github/cptskit/aci/tariff/aci-rules.json sha256:")
                .contains("\"modelParameters\": \"(bundled) io/github/cptskit/aci/simulation/model-parameters.json")
                .contains("\"fit\": \"(bundled) io/github/cptskit/aci/simulation/fitted-parameters.json sha256:")
                .contains("\"targets\": \"(bundled) io/github/cptskit/aci/simulation/public-figures.json sha256:")
                .contains("\"builtFromCommit\": \"")
                .contains("\"status\": \"matches\"")
                .doesNotContain("gitCommit")
                .contains("\"draws.csv.gz\": \"sha256:")
                .contains("\"simulation-summary.csv\": \"sha256:");
        assertThat(a.exit()).isZero();
        assertThat(b.exit()).isZero();
    }

    @Test
    void aReformRunsSideBySide() throws Exception {
        Path reform = tmp.resolve("reform.json");
        Files.writeString(
                reform,
                "{\"version\": \"reform\", \"title\": \"+10 000 € fonctionnement taille 1\","
                        + " \"effective\": \"2025-01-01\", \"parameters\": {\"fonctionnement.taille1\": 60000,"
                        + " \"plafond.taille1\": 292500}}");
        Run r = cpts("simulate", "--draws", "100", "--reform", reform.toString(), "--out", tmp.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Reform reform (" + reform + ") minus baseline, on the same draws");
        assertThat(Files.readString(tmp.resolve("simulation-years.csv"))).contains("reform,2025,cash,");
        String summary = Files.readString(tmp.resolve("simulation-summary.csv"));
        assertThat(summary)
                .contains("scenario,year,basis,breakdown,key,mean_eur,p5_eur,p50_eur,p95_eur")
                .contains("baseline,2025,cash,size_band,taille1,")
                .contains("reform,2025,cash,mission,acces,")
                .contains("baseline,2023,cash,region,\"84\",")
                .contains("reform_minus_baseline,2025,cash,component,fonctionnement,")
                .contains("reform_minus_baseline,2025,cash,size_band,taille1,")
                .contains("reform_minus_baseline,2025,cash,region,\"84\",")
                .contains("reform_minus_baseline,2025,cash,mission,acces,0.00,0.00,0.00,0.00")
                .contains("reform_minus_baseline,2024,cash,total,national,0.00,0.00,0.00,0.00")
                .doesNotContain("reform_minus_baseline,2025,cash,total,national,0.00,");
    }

    @Test
    void severalReformsAreComparedOnTheSameDrawsAndEachCptsIsInTheLongFile() throws Exception {
        Path more = tmp.resolve("more.json");
        Files.writeString(
                more,
                "{\"version\": \"more\", \"title\": \"+10 000 € fonctionnement taille 1\","
                        + " \"effective\": \"2025-01-01\", \"parameters\": {\"fonctionnement.taille1\": 60000,"
                        + " \"plafond.taille1\": 292500}}");
        Path less = tmp.resolve("less.json");
        Files.writeString(
                less,
                "{\"version\": \"less\", \"title\": \"-10 000 € fonctionnement taille 1\","
                        + " \"effective\": \"2025-01-01\", \"parameters\": {\"fonctionnement.taille1\": 40000}}");
        Run r = cpts(
                "simulate",
                "--draws",
                "60",
                "--by-cpts-draws",
                "20",
                "--reform",
                more.toString(),
                "--reform",
                less.toString(),
                "--out",
                tmp.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Reform more (").contains("Reform less (");
        java.util.List<String> comparison = Files.readAllLines(tmp.resolve("simulation-comparison.csv")).stream()
                .filter(l -> l.startsWith("2025,"))
                .toList();
        assertThat(comparison).hasSize(3);
        assertThat(comparison.get(0)).startsWith("2025,cash,baseline,").endsWith(",0.00,0.00,0.00,0.00");
        // The difference's mean has the sign of the reform: positive for more, negative for less.
        assertThat(comparison.get(1)).startsWith("2025,cash,more,");
        assertThat(new java.math.BigDecimal(comparison.get(1).split(",")[7])).isPositive();
        assertThat(new java.math.BigDecimal(comparison.get(2).split(",")[7])).isNegative();
        java.util.List<String> cpts = Files.readAllLines(tmp.resolve("simulation-cpts.csv"));
        assertThat(cpts)
                .contains("scenario,cpts,region,year,basis,component,mission,mean_eur,p5_eur,p50_eur,p95_eur")
                .anyMatch(l -> l.startsWith("baseline,SYN-0001,") && l.contains(",fixed,acces,"))
                .anyMatch(l -> l.startsWith("less,SYN-0001,") && l.contains(",fonctionnement,,"));
        assertThat(Files.readString(tmp.resolve("run.json")))
                .contains("\"reform:more\"")
                .contains("\"reform:less\"")
                .contains("\"simulation-cpts.csv\"")
                .contains("\"drawsInPerCptsFile\": 20");
    }

    @Test
    void aScenarioFileRunsReformsAndParameterSetsInOneCommand() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        Files.writeString(
                dir.resolve("more.json"),
                "{\"version\": \"more\", \"title\": \"+10 000 € fonctionnement taille 1\","
                        + " \"effective\": \"2025-01-01\", \"parameters\": {\"fonctionnement.taille1\": 60000,"
                        + " \"plafond.taille1\": 292500}}");
        // A parameter set: a reform file with only model parameters.
        Files.writeString(
                dir.resolve("uptake.json"),
                "{\"version\": \"uptake\", \"title\": \"full uptake of the quality mission\","
                        + " \"effective\": \"2025-01-01\", \"model\": {\"adhesion.qualite\": 1}}");
        Path batch = dir.resolve("scenarios.json");
        Files.writeString(
                batch,
                "{\"scenarios\": [{\"name\": \"plus-10k\", \"reform\": \"more.json\"},"
                        + " {\"name\": \"adhesion\", \"reform\": \"uptake.json\"}]}");
        Run r = cpts(
                "simulate",
                "--draws",
                "40",
                "--by-cpts-draws",
                "10",
                "--batch",
                batch.toString(),
                "--out",
                tmp.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("Reform plus-10k (" + dir.resolve("more.json") + "): from 2025-01-01")
                .contains("Reform adhesion (" + dir.resolve("uptake.json")
                        + "): from 2025-01-01, changes model parameters")
                .contains("Reform plus-10k (" + dir.resolve("more.json") + ") minus baseline, on the same draws");
        java.util.List<String> comparison = Files.readAllLines(tmp.resolve("simulation-comparison.csv")).stream()
                .filter(l -> l.startsWith("2025,"))
                .toList();
        assertThat(comparison).hasSize(3);
        assertThat(comparison.get(1)).startsWith("2025,cash,plus-10k,");
        assertThat(new java.math.BigDecimal(comparison.get(1).split(",")[7])).isPositive();
        assertThat(comparison.get(2)).startsWith("2025,cash,adhesion,");
        assertThat(Files.readString(tmp.resolve("simulation-summary.csv")))
                .contains("adhesion_minus_baseline,2025,cash,mission,qualite,");
        assertThat(Files.readString(tmp.resolve("run.json")))
                .contains("\"batch\": \"" + batch + " sha256:")
                .contains("\"reform:plus-10k\"")
                .contains("\"reform:adhesion\"");
        // A bad scenario file: every problem at once, file:line:column, exit 2, nothing run.
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"scenarios\": [\n {\"name\": \"baseline\", \"reform\": \"absent.json\"}]}");
        Run b = cpts(
                "simulate",
                "--draws",
                "10",
                "--batch",
                bad.toString(),
                "--out",
                tmp.resolve("bad").toString());
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains(bad + ":2:11").contains("BATCH_NAME").contains("BATCH_REFORM_MISSING");
        assertNoStackTrace(b);
        assertThat(tmp.resolve("bad")).doesNotExist();
    }

    @Test
    void aMisspeltReformIsAnErrorNotAZeroEffect() throws Exception {
        Path reform = tmp.resolve("typo.json");
        Files.writeString(
                reform,
                "{\"version\": \"reform\", \"title\": \"typo\", \"effective\": \"2025-01-01\",\n"
                        + " \"parameters\": {\"fonctionement.taille2\": 70000, \"missions.sante_mentale.fixe.taille1\": 1}}");
        Run r = cpts("simulate", "--draws", "10", "--reform", reform.toString(), "--out", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains(reform + ":2:42")
                .contains("TARIFF_UNKNOWN_PARAMETER")
                .contains("did you mean fonctionnement.taille2")
                .contains("missions.sante_mentale.fixe.taille1");
        Path above = tmp.resolve("above.json");
        Files.writeString(
                above,
                "{\"version\": \"reform\", \"title\": \"above\", \"effective\": \"2025-01-01\","
                        + " \"parameters\": {\"fonctionnement.taille1\": 60000}}");
        Run c = cpts("simulate", "--draws", "10", "--reform", above.toString(), "--out", tmp.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("TARIFF_CEILING_EXCEEDED");
        assertNoStackTrace(c);
    }

    @Test
    void aPortfolioIsCheckedAgainstTheInseeData() throws Exception {
        Path bad = tmp.resolve("codes.csv");
        Files.writeString(
                bad,
                "id,name,region,departement,population,signature,communes\n"
                        + "A,Nord,99,59,1000,2023-01-01,59350\n"
                        + "B,Gex,84,01,97000,2023-01-01,01173 99999\n"
                        + "C,Vide,84,01,5000,2023-01-01,\n");
        Run r = cpts("simulate", bad.toString(), "--draws", "5", "--out", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains(bad + ":2:8: error PORTFOLIO_REGION")
                .contains(bad + ":3:30: error TERRITORY_UNKNOWN_COMMUNE")
                .contains(bad + ":4:30: error PORTFOLIO_NO_COMMUNE");
        Path gex = tmp.resolve("gex.csv");
        Files.writeString(
                gex,
                "id,name,region,departement,population,signature,communes\n"
                        + "G,Gex,84,01,97000,2023-01-01,01173 01160 01419\n");
        Run w = cpts("simulate", gex.toString(), "--years", "2024-2031", "--draws", "5", "--out", tmp.toString());
        assertThat(w.exit()).isZero();
        assertThat(w.err())
                .contains(gex + ":2:13: warning PORTFOLIO_POPULATION_MISMATCH")
                .contains("declared population 97000, INSEE population of the communes");
        assertThat(w.out()).contains("run past their 5-year contract");
        assertNoStackTrace(r);
    }

    @Test
    void everyNewResearchOptionAnswersABadValueWithACodeAndExit2() throws Exception {
        Run years = cpts("simulate", "--fit-years", "2023,twenty", "--draws", "5", "--out", tmp.toString());
        assertThat(years.exit()).isEqualTo(2);
        assertThat(years.err()).contains("FIT_YEARS_SYNTAX");
        Run none = cpts("simulate", "--fit-years", "2021", "--draws", "5", "--out", tmp.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("TARGETS_FIT_YEAR").contains("2022, 2023, 2024");
        Run refit = cpts("simulate", "--refit", "sometimes", "--draws", "5", "--out", tmp.toString());
        assertThat(refit.exit()).isEqualTo(2);
        assertThat(refit.err()).contains("REFIT_UNKNOWN");
        Path targets = tmp.resolve("targets.json");
        Files.writeString(
                targets,
                "{\"figures\": [\n  {\"year\": 2023, \"amount\": 121000000, \"basis\": \"cash\", \"coverage\": \"aci\","
                        + " \"role\": \"fited\", \"confidence\": \"CONFIRMED\", \"quote\": \"q\", \"source\": \"s\","
                        + " \"citation\": \"c\"}]}");
        Run t = cpts("simulate", "--targets", targets.toString(), "--draws", "5", "--out", tmp.toString());
        assertThat(t.exit()).isEqualTo(2);
        assertThat(t.err()).contains(targets + ":2:").contains("TARGETS_VALUE").contains("fit, held-out or context");
        Run compare = cpts(
                "calibrate",
                "--compare",
                "2022+x",
                "--draws",
                "100",
                "--out",
                tmp.resolve("f.json").toString());
        assertThat(compare.exit()).isEqualTo(2);
        assertThat(compare.err()).contains("COMPARE_SYNTAX");
        Path reform = tmp.resolve("model.json");
        Files.writeString(
                reform,
                "{\"version\": \"r\", \"title\": \"R\", \"effective\": \"2027-01-01\",\n"
                        + " \"model\": {\"adhesion.qualitee\": 0.9}}");
        Run m = cpts("simulate", "--reform", reform.toString(), "--draws", "5", "--out", tmp.toString());
        assertThat(m.exit()).isEqualTo(2);
        assertThat(m.err()).contains(reform + ":2:").contains("did you mean adhesion.qualite");
        for (Run r : new Run[] {years, none, refit, t, compare, m}) {
            assertNoStackTrace(r);
        }
    }

    @Test
    void aStaleFitIsNeverUsedSilently() throws Exception {
        // The issue's case: a fixed tarif.quantile changes the priors the bundled fit was made from.
        Run r = cpts(
                "simulate", "--set", "tarif.quantile=0.5", "--refit", "never", "--draws", "5", "--out", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains("FIT_STALE_NEVER")
                .contains("priors changed")
                .contains("cpts calibrate");
        Run other =
                cpts("simulate", "--fit-years", "2023", "--refit", "never", "--draws", "5", "--out", tmp.toString());
        assertThat(other.err()).contains("FIT_STALE_NEVER").contains("targets changed");
        // Refitted when asked: the run then uses, and says it uses, a fit made from its own inputs.
        Path out = tmp.resolve("refitted");
        Run refitted = cpts(
                "simulate",
                "--fit-years",
                "2023",
                "--refit",
                "always",
                "--draws",
                "200",
                "--by-cpts-draws",
                "20",
                "--out",
                out.toString());
        assertThat(refitted.exit()).isZero();
        assertThat(refitted.err()).contains("refitting (--refit always)");
        assertThat(refitted.out())
                .contains("refitted now on the public figures")
                .contains("targets changed");
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"status\": \"refitted (targets changed)\"");
        Run priors =
                cpts("simulate", "--priors", "--set", "tarif.quantile=0.5", "--draws", "5", "--out", tmp.toString());
        assertThat(priors.exit()).isZero();
        assertThat(priors.out()).contains("Model parameters: priors only (not fitted)");
    }

    @Test
    void aPartialPortfolioIsNeverComparedWithTheNationalTotals() throws Exception {
        Path two = tmp.resolve("two.csv");
        Files.writeString(
                two,
                "id,name,region,departement,population,signature,communes\n"
                        + "G,Gex,84,01,41000,2020-01-01,01173 01160 01419\n"
                        + "H,Gex 2,84,01,41000,2020-06-01,01173 01160 01419\n");
        Run r = cpts("simulate", two.toString(), "--draws", "20", "--out", tmp.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("not the national portfolio")
                .contains("applied to this one")
                .doesNotContain("OUTSIDE")
                .doesNotContain("105.8");
        assertThat(Files.readString(tmp.resolve("run.json"))).contains("\"publicFiguresCompared\": false");
    }

    @Test
    void brokenPortfolioNamesFileLineAndColumnAndExits2() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(
                bad,
                "\uFEFFid,name,region,departement,population,signature,communes\r\n"
                        + "A,\"Nord, ouest\",32,59,0,2025-02-30,59350\r\n"
                        + "A,B,32,59,1000,2023-01-01,59350\r\n");
        Run r = cpts("simulate", bad.toString(), "--draws", "10");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains(bad + ":2:23: error PORTFOLIO_POPULATION")
                .contains(bad + ":2:25: error PORTFOLIO_SIGNATURE")
                .contains(bad + ":3:1: error PORTFOLIO_ID");
        assertNoStackTrace(r);
    }

    @Test
    void unknownRuleVersionAndBadSetAreClearErrors() throws Exception {
        Run r = cpts("simulate", "--rules", "avenant-9", "--draws", "10");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("TARIFF_UNKNOWN_VERSION").contains("accord-2019, avenant-2");
        Run s = cpts("simulate", "--set", "fonctionnement.taille1=abc", "--draws", "10", "--lang", "fr");
        assertThat(s.exit()).isEqualTo(2);
        assertThat(s.err()).contains("TARIFF_BAD_VALUE").contains("valeur invalide");
        assertNoStackTrace(r);
        assertNoStackTrace(s);
    }

    @Test
    void aciComputesExplainsAndRejectsRatesOutsideZeroOne() throws Exception {
        Path ok = tmp.resolve("scenarios.csv");
        Files.writeString(
                ok,
                "id,population,region,signature,contract_year,missions\n"
                        + "gex,97000,84,2023-03-01,2,acces@2023-06-01=0.8 parcours@2024-01-15=1 prevention@2024-01-15=50% crises@2023-09-01=0\n");
        Run r = cpts("aci", ok.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("id,band,rule_version,fonctionnement").contains("gex,3,avenant-2,75000.00");
        Run e = cpts("aci", ok.toString(), "--explain", "gex");
        assertThat(e.out()).contains("Total").contains("ESTIMATE").contains("Payment schedule");
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(
                bad,
                "id,population,region,signature,contract_year,missions\n"
                        + "x,1000,84,2023-03-01,1,acces@2023-06-01=1.2\n");
        Run b = cpts("aci", bad.toString());
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains(bad + ":2:24").contains("ACHIEVEMENT_OUT_OF_RANGE");
        assertNoStackTrace(b);
    }

    @Test
    void territoryGivesPopulationAndRejectsUnknownCodes() throws Exception {
        Run r = cpts("territory", "2A004", "2A041");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Communes: 2").contains("Corse");
        Run bad = cpts("territory", "99999", "7505");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("99999").contains("7505");
        assertNoStackTrace(bad);
    }

    @Test
    void pathwayListShowDiagramSchema() throws Exception {
        Run list = cpts("pathway", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).hasSize(11);
        assertThat(list.out())
                .contains("P2   snp-sas")
                .contains("P8b  pcr-patient")
                .contains("unconfirmed parameter");
        Run show = cpts("pathway", "show", "P2");
        assertThat(show.exit()).isZero();
        assertThat(show.out())
                .startsWith("# P2 — Soins non programmés via le SAS (`snp-sas` v1)")
                .contains("| `consultationDelay` | PT48H | CONFIRMED |");
        Run dot = cpts("pathway", "diagram", "snp-sas", "--format", "dot");
        assertThat(dot.out()).startsWith("digraph \"snp-sas v1\"").contains("[shape=doublecircle]");
        assertThat(cpts("pathway", "diagram", "p8b").out()).startsWith("stateDiagram-v2");
        assertThat(cpts("pathway", "schema", "P1").out())
                .contains("\"$id\": \"https://cptskit.github.io/schemas/pathways/acces-mt/v1/");
        Run unknown = cpts("pathway", "show", "P9");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("PATHWAY_UNKNOWN");
        Run badFormat = cpts("pathway", "diagram", "P2", "--format", "svg");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertNoStackTrace(badFormat);
    }

    @Test
    void pathwayCheckReadsALogAndNamesLineAndColumn() throws Exception {
        Path log = tmp.resolve("p2.jsonl");
        String first = "{\"pathway\":\"snp-sas\",\"version\":1,\"type\":\"trieParArm\",\"at\":\"2025-03-03T08:00:00Z\","
                + "\"patient\":\"pat-1\",\"data\":{\"orientation\":\"REGULATION_MG\"}}";
        String second = "{\"pathway\":\"snp-sas\",\"version\":1,\"type\":\"regule\",\"at\":\"2025-03-03T08:10:00Z\","
                + "\"patient\":\"pat-1\",\"data\":{\"decision\":\"RDV\"}}";
        Files.writeString(log, first + "\r\n" + second + "\r\n");
        Run ok = cpts("pathway", "check", "P2", log.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out())
                .contains("2 events, state RDV_A_TROUVER")
                .contains("Task.status=accepted")
                .contains("Pending deadline consultation: due 2025-03-05T08:10:00Z -> delaiConsultationDepasse");
        Files.writeString(log, first + "\n" + second.replace("\"RDV\"", "\"PLUS_TARD\"") + "\n{\"pathway\" 1}\n");
        Run bad = cpts("--lang", "fr", "pathway", "check", "P2", log.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err())
                .contains(log + ":2:1")
                .contains("EVENT_DATA_INVALID")
                .contains(log + ":3:12");
        assertNoStackTrace(bad);
        Run missing = cpts("pathway", "check", "P2", tmp.resolve("none.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertNoStackTrace(missing);
    }

    @Test
    void publishedJarsLoadWithoutImmutablesAtRunTime() throws Exception {
        // target/lib is the runtime class path Maven gives a consumer of cpts-core, cpts-aci and cpts-json.
        Path lib = Path.of("target", "lib");
        List<java.net.URL> urls = new ArrayList<>();
        List<Path> ours = new ArrayList<>();
        try (var files = Files.list(lib)) {
            for (Path jar : files.toList()) {
                assertThat(jar.getFileName().toString())
                        .doesNotContain("immutables")
                        .doesNotContain("value-annotations");
                urls.add(jar.toUri().toURL());
                if (jar.getFileName().toString().startsWith("cpts-")) {
                    ours.add(jar);
                }
            }
        }
        assertThat(ours).hasSize(5); // core, aci, pathways, fhir, json
        try (var loader =
                new java.net.URLClassLoader(urls.toArray(new java.net.URL[0]), ClassLoader.getPlatformClassLoader())) {
            int loaded = 0;
            for (Path jar : ours) {
                try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
                    for (var e : java.util.Collections.list(zip.entries())) {
                        String name = e.getName();
                        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                            Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                            loaded++;
                        }
                    }
                }
            }
            assertThat(loaded).isGreaterThan(30); // every class of the published jars
            assertThat(loader.getResource("org/immutables/value/Value.class")).isNull();
        }
    }

    @Test
    void validateReportsEveryViolationWithExit1AndBadInputWithExit2() throws Exception {
        Path example = Path.of("..", "docs", "examples", "cpts.json");
        Run ok = cpts("validate", example.toString(), "--on", "2025-01-01");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("0 error(s)");
        Path sisa = tmp.resolve("sisa.json");
        Files.writeString(
                sisa,
                Files.readString(example).replace("ASSOCIATION_1901", "SISA").replace("SM54", "SM04"));
        Run bad = cpts("validate", sisa.toString(), "--on", "2025-01-01", "--lang", "fr");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("NO_GENERAL_PRACTITIONER", "CPTS_LEGAL_FORM", "SISA_MEDECINS", "L.4041-4");
        Run before = cpts("validate", sisa.toString(), "--on", "2021-01-01", "--no-gp-rule");
        assertThat(before.out()).doesNotContain("CPTS_LEGAL_FORM").contains("SISA_MEDECINS");
        Path broken = tmp.resolve("broken.json");
        Files.writeString(
                broken,
                "{\"name\": \"x\", \"communes\": [\"99999\"],\n \"members\": [{\"type\": \"professional\","
                        + " \"idnps\": \"810002909372\", \"profession\": \"10\"}]}");
        Run b = cpts("validate", broken.toString());
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err())
                .contains(broken + ":1:27 (communes): error TERRITORY_UNKNOWN_COMMUNE")
                .contains(broken + ":2:48 (members[0].idnps): error RPPS_KEY");
        Files.writeString(broken, "{\"name\": ");
        Run syntax = cpts("validate", broken.toString());
        assertThat(syntax.exit()).isEqualTo(2);
        assertThat(syntax.err()).contains("JSON_SYNTAX");
        assertNoStackTrace(b);
        assertNoStackTrace(syntax);
    }

    @Test
    void usageErrorsExit2() throws Exception {
        assertThat(cpts("simulate", "--draws", "many").exit()).isEqualTo(2);
        assertThat(cpts("nope").exit()).isEqualTo(2);
        assertThat(cpts("--help").exit()).isZero();
    }

    @Test
    void membersImportSelectsTheProfessionalsOfTheCommunesAndReportsEveryRefusedLine() throws Exception {
        Run synthetic = cpts("members", "synthetic", "3000", "--seed", "7", "--bad-every", "100");
        assertThat(synthetic.exit()).isZero();
        Path file = tmp.resolve("PS_LibreAcces_Personne_activite.txt");
        Files.writeString(file, synthetic.out());
        Path json = tmp.resolve("members.json");
        Run r = cpts("members", "import", file.toString(), "--commune", "01053", "2A004", "--out", json.toString());
        assertNoStackTrace(r);
        assertThat(r.exit()).isEqualTo(1);
        java.util.List<String> refused =
                r.err().lines().filter(l -> l.startsWith(file + ":")).toList();
        assertThat(refused)
                .isNotEmpty()
                .allMatch(l -> l.matches(".*\\.txt:\\d+:\\d+.*(ANNUAIRE_|RPPS_|ADELI_|PROFESSION_).*"));
        assertThat(r.err())
                .contains("3000 lines: ")
                .contains(" skipped (no practice); ")
                .doesNotContain("[#");
        String members = Files.readString(json);
        assertThat(members).contains("\"members\"").contains("\"type\" : \"professional\"");
        // the members it writes are what cpts validate reads
        Path cptsFile = tmp.resolve("cpts.json");
        Files.writeString(
                cptsFile,
                "{\"name\": \"CPTS test\", \"communes\": [\"01053\"], \"lifecycle\": {\"initiative\": \"2024-01-10\"}, "
                        + members.substring(members.indexOf("\"members\""), members.lastIndexOf('}'))
                        + "}");
        Run validate = cpts("validate", cptsFile.toString());
        assertNoStackTrace(validate);
        assertThat(validate.exit()).as(validate.err()).isIn(0, 1);

        Run noTerritory = cpts("members", "import", file.toString());
        assertThat(noTerritory.exit()).isEqualTo(2);
        assertThat(noTerritory.err()).contains("MEMBERS_NO_TERRITORY");
        Path notAnExtraction = tmp.resolve("other.txt");
        Files.writeString(notAnExtraction, "a|b|c\n1|2|3\n");
        Run other = cpts("members", "import", notAnExtraction.toString(), "--commune", "01053");
        assertNoStackTrace(other);
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains(notAnExtraction + ":1:1").contains("ANNUAIRE_HEADER");
    }

    @Test
    void runningOutOfMemoryNamesTheOptionsToLowerWithExitTwo() throws Exception {
        // 10,000,000 draws keep 640 MB of national totals: beyond a 96 MB heap, whatever the machine.
        Run r = cptsWithJvm(
                List.of("-Xmx96m"), "simulate", "--draws", "10000000", "--by-cpts-draws", "1", "--out", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("OUT_OF_MEMORY").contains("--draws").contains("--by-cpts-draws");
        assertNoStackTrace(r);
        assertThat(r.err()).doesNotContain("internal error");
    }

    @Test
    void aHundredThousandDrawsRunInFourHundredMegabytes() throws Exception {
        // Issue #23: 100,000 draws with -Xmx400m ended in an internal error; the series above 20,000
        // draws are streamed into sketches (a 40-CPTS portfolio keeps the test short).
        Path portfolio = tmp.resolve("small.csv");
        java.util.List<String> lines = Files.readAllLines(
                Path.of("../cpts-aci/src/main/resources/io/github/cptskit/aci/simulation/default-portfolio.csv"));
        java.util.List<String> kept = new ArrayList<>();
        int data = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("id,") || data++ < 40) {
                kept.add(line);
            }
        }
        Files.write(portfolio, kept);
        Run r = cptsWithJvm(
                List.of("-Xmx400m"),
                "simulate",
                portfolio.toString(),
                "--draws",
                "100000",
                "--by-cpts-draws",
                "100",
                "--out",
                tmp.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("100000 draws").contains("percentiles of the breakdowns");
        assertThat(Files.readString(tmp.resolve("run.json"))).contains("breakdowns streamed, within 0.0122 %");
    }

    @Test
    void membersImportJoinsTheThreeFilesAndExits0WhenOnlyLinesWithoutPracticeWereSkipped() throws Exception {
        Path sf = tmp.resolve("PS_LibreAcces_SavoirFaire.txt");
        Path dp = tmp.resolve("PS_LibreAcces_Dipl_AutExerc.txt");
        Run synthetic = cpts(
                "members",
                "synthetic",
                "4000",
                "--seed",
                "9",
                "--savoir-faire-out",
                sf.toString(),
                "--diplomas-out",
                dp.toString());
        assertThat(synthetic.exit()).isZero();
        Path file = tmp.resolve("PS_LibreAcces_Personne_activite.txt");
        Files.writeString(file, synthetic.out());
        Path json = tmp.resolve("members.json");
        Run r = cpts(
                "members",
                "import",
                file.toString(),
                "--commune",
                "01053",
                "2A004",
                "--savoir-faire",
                sf.toString(),
                "--diplomas",
                dp.toString(),
                "--out",
                json.toString(),
                "--sort-memory",
                "10000",
                "--temp-dir",
                tmp.toString());
        assertNoStackTrace(r);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err())
                .containsPattern("4000 lines: \\d+ imported, 0 refused, [1-9]\\d* skipped \\(no practice\\)");
        assertThat(r.err()).contains("savoir-faire " + sf + " — ").contains("diplomas " + dp + " — ");
        String members = Files.readString(json);
        // doctors get their ordinal specialty from the savoir-faire file; diplomas are written
        assertThat(members).contains("\"SM54\"").contains("\"diplomas\" : [ {");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".run") || n.endsWith(".partial"));
        }
        Path cptsFile = tmp.resolve("cpts.json");
        Files.writeString(
                cptsFile,
                "{\"name\": \"CPTS test\", \"communes\": [\"01053\"], \"lifecycle\": {\"initiative\": \"2024-01-10\"}, "
                        + members.substring(members.indexOf("\"members\""), members.lastIndexOf('}'))
                        + "}");
        Run validate = cpts("validate", cptsFile.toString());
        assertNoStackTrace(validate);
        assertThat(validate.exit()).as(validate.err()).isIn(0, 1);
    }

    @Test
    void membersImportRefusesAnUnwritableOutBeforeReadingAndRunsOutOfMemoryWithACode() throws Exception {
        Path file = tmp.resolve("ps.txt");
        Files.writeString(file, cpts("members", "synthetic", "2000").out());
        Run out = cpts(
                "members",
                "import",
                file.toString(),
                "--commune",
                "01053",
                "--out",
                tmp.resolve("no/such/dir/m.json").toString());
        assertNoStackTrace(out);
        assertThat(out.exit()).isEqualTo(2);
        assertThat(out.err()).contains("OUTPUT_NOT_WRITABLE").doesNotContain("lines:");
        Run dir = cpts("members", "import", file.toString(), "--commune", "01053", "--out", tmp.toString());
        assertThat(dir.exit()).isEqualTo(2);
        assertThat(dir.err()).contains("OUTPUT_NOT_WRITABLE").doesNotContain("lines:");

        // a 100 MB line: refused by the cap at -Xmx64m; with the cap lifted, a coded out-of-memory, exit 2
        Path big = tmp.resolve("big.txt");
        String text = Files.readString(file);
        try (var w = Files.newBufferedWriter(big)) {
            w.write(text, 0, text.indexOf('\n') + 1);
            for (int i = 0; i < 1000; i++) {
                w.write("A".repeat(100_000));
            }
            w.write("|\n");
            w.write(text, text.indexOf('\n') + 1, text.length() - text.indexOf('\n') - 1);
        }
        Run capped = cptsWithJvm(
                List.of("-Xmx64m"),
                "members",
                "import",
                big.toString(),
                "--commune",
                "01053",
                "--out",
                tmp.resolve("m.json").toString());
        assertNoStackTrace(capped);
        assertThat(capped.exit()).isIn(0, 1);
        assertThat(capped.err())
                .contains(big + ":2:1: error ANNUAIRE_LINE_TOO_LONG")
                .contains("2001 lines: ");
        Run oom = cptsWithJvm(
                List.of("-Xmx64m"),
                "members",
                "import",
                big.toString(),
                "--commune",
                "01053",
                "--max-line-length",
                "200000000",
                "--out",
                tmp.resolve("m2.json").toString());
        assertNoStackTrace(oom);
        assertThat(oom.exit()).isEqualTo(2);
        assertThat(oom.err()).contains("MEMBERS_OUT_OF_MEMORY").doesNotContain("internal error");
        assertThat(tmp.resolve("m2.json")).doesNotExist();
    }
}
