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
        Path target = Path.of("target");
        String cp =
                System.getProperty("cpts.cli.jar") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                cp,
                "io.github.cptskit.cli.Main"));
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
    void simulateOnTheBundledPortfolioReportsAndWritesCsvAndSvg() throws Exception {
        Run r = cpts("simulate", "--draws", "300", "--out", tmp.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("SYNTHETIC")
                .contains("Rules: avenant-2")
                .contains("national total: mean")
                .contains("taille 4")
                .contains("Corse")
                .contains("unconfirmed or estimated");
        String csv = Files.readString(tmp.resolve("simulation-draws.csv"));
        assertThat(csv)
                .startsWith("# cptskit ACI simulation")
                .contains("# unconfirmed or estimated figures used")
                .contains("missions.acces.fixe.taille1")
                .contains("draw,total_eur");
        assertThat(csv.lines().filter(l -> !l.startsWith("#")).count()).isEqualTo(301);
        assertThat(Files.readString(tmp.resolve("simulation-distribution.svg")))
                .startsWith("<svg")
                .contains("P50");
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
                tmp.resolve("a").toString());
        Run b = cpts(
                "simulate",
                "--draws",
                "200",
                "--seed",
                "5",
                "--out",
                tmp.resolve("b").toString());
        assertThat(Files.readString(tmp.resolve("a/simulation-draws.csv")))
                .isEqualTo(Files.readString(tmp.resolve("b/simulation-draws.csv")));
        assertThat(a.exit()).isZero();
        assertThat(b.exit()).isZero();
    }

    @Test
    void aReformRunsSideBySide() throws Exception {
        Path reform = tmp.resolve("reform.json");
        Files.writeString(
                reform,
                "{\"version\": \"reform\", \"title\": \"+10 000 € fonctionnement taille 1\","
                        + " \"effective\": \"2025-01-01\", \"parameters\": {\"fonctionnement.taille1\": 60000}}");
        Run r = cpts("simulate", "--draws", "100", "--reform", reform.toString(), "--out", tmp.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Reform minus baseline");
    }

    @Test
    void brokenPortfolioNamesFileLineAndColumnAndExits2() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(
                bad,
                "\uFEFFid,name,region,departement,population,signature,communes\r\n"
                        + "A,\"Nord, ouest\",32,59,-12,2025-02-30,59350\r\n"
                        + "A,B,32,59,1000,2023-01-01,59350\r\n");
        Run r = cpts("simulate", bad.toString(), "--draws", "10");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains(bad + ":2:23: error PORTFOLIO_POPULATION")
                .contains(bad + ":2:27: error PORTFOLIO_SIGNATURE")
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
        // target/lib is the runtime class path Maven gives a consumer of cpts-core and cpts-aci.
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
        assertThat(ours).hasSize(3); // core, aci, pathways
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
}
