package io.github.cptskit.cli;

import io.github.cptskit.aci.simulation.ModelParameters;
import io.github.cptskit.aci.simulation.SimulationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code run.json}: what a run of {@code cpts simulate} was made of, so that a reader can tell which
 * inputs gave a result and make it again. No clock time in it: the same inputs give the same file.
 */
final class Provenance {
    private Provenance() {}

    static String json(
            java.util.List<String> args,
            SimulationResult r,
            Portfolio portfolio,
            ModelOptions model,
            java.util.List<SimulationOutputs.Reform> reforms,
            int cptsDraws,
            Map<String, Path> outputs) {
        var sim = r.simulation();
        StringBuilder b = new StringBuilder("{\n");
        field(b, "tool", q("cptskit 0.1.0-SNAPSHOT"));
        field(b, "gitCommit", gitCommit());
        field(b, "java", q(System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"));
        field(b, "commandLine", array(args.stream().map(Provenance::q).toList()));
        field(b, "seed", Long.toString(r.seed()));
        field(b, "draws", Integer.toString(r.draws()));
        field(
                b,
                "percentiles",
                q(
                        r.exactPercentiles()
                                ? "exact: order statistics (nearest rank) of the draws"
                                : String.format(
                                        java.util.Locale.ROOT,
                                        "national total exact; breakdowns streamed, within %.4f %% of the exact ones",
                                        100 * io.github.cptskit.aci.simulation.Simulation.SKETCH_RELATIVE_ERROR)));
        field(b, "drawsInPerCptsFile", Integer.toString(cptsDraws));
        field(b, "basis", q(sim.basis().cliName()));
        field(b, "years", "[" + sim.firstYear() + ", " + sim.lastYear() + "]");
        field(b, "sets", array(model.sets.stream().map(Provenance::q).toList()));
        field(
                b,
                "rulesByYear",
                object(sim.rulesByYear().toJavaMap(e -> e).entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                e -> e.getKey().toString(), e -> q(e.getValue()), (a, c) -> a, TreeMap::new))));
        Map<String, String> files = new TreeMap<>();
        files.put("portfolio", q(portfolio.source() + " sha256:" + portfolio.fingerprint()));
        if (model.paramsFile != null) {
            files.put("params", q(model.paramsFile + " sha256:" + sha256(model.paramsFile)));
        }
        for (SimulationOutputs.Reform reform : reforms) {
            files.put("reform:" + reform.name(), q(reform.file() + " sha256:" + sha256(reform.file())));
        }
        field(b, "inputs", object(files));
        ModelParameters p = sim.parameters();
        field(
                b,
                "modelParameters",
                object(new TreeMap<>(Map.of(
                        "priorFingerprint", q(p.fingerprint()),
                        "posterior", p.posterior().map(x -> q(x.method())).getOrElse("null")))));
        field(
                b,
                "unconfirmedFigures",
                array(sim.unconfirmed().map(Provenance::q).toJavaList()));
        Map<String, String> out = new TreeMap<>();
        outputs.forEach((name, path) -> out.put(name, q("sha256:" + sha256(path))));
        b.append("  \"outputs\": ").append(object(out)).append("\n}\n");
        return b.toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  ").append(q(name)).append(": ").append(value).append(",\n");
    }

    private static String array(java.util.List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String object(Map<String, String> m) {
        StringBuilder b = new StringBuilder("{");
        int i = 0;
        for (var e : m.entrySet()) {
            b.append(i++ == 0 ? "" : ", ").append(q(e.getKey())).append(": ").append(e.getValue());
        }
        return b.append('}').toString();
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String sha256(Path file) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }

    /** The commit of the working copy the command runs in, when git and a checkout are there. */
    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? q(out) : "null";
        } catch (IOException e) {
            return "null";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "null";
        }
    }
}
