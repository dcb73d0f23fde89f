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
            Path batch,
            int cptsDraws,
            Map<String, Path> outputs,
            Fits.Used fit,
            String distribution,
            boolean compared) {
        var sim = r.simulation();
        StringBuilder b = new StringBuilder("{\n");
        Map<String, String> build = build();
        field(b, "tool", q("cptskit " + build.get("version")));
        field(b, "builtFromCommit", q(build.get("commit")));
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
        field(b, "achievements", q(distribution));
        field(b, "sets", array(model.sets.stream().map(Provenance::q).toList()));
        Map<String, String> options = new TreeMap<>();
        options.put("rules", model.rulesVersion == null ? "null" : q(model.rulesVersion));
        options.put("on", model.on == null ? "null" : q(model.on.toString()));
        options.put("priors", Boolean.toString(model.priors));
        options.put("fitYears", model.fitYears == null ? "null" : q(model.fitYears));
        options.put("publicFiguresCompared", Boolean.toString(compared));
        field(b, "options", object(options));
        field(
                b,
                "rulesByYear",
                object(sim.rulesByYear().toJavaMap(e -> e).entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                e -> e.getKey().toString(), e -> q(e.getValue()), (a, c) -> a, TreeMap::new))));
        // Every input actually used, bundled ones included.
        Map<String, String> bundled = io.github.cptskit.aci.simulation.BundledInputs.sha256();
        Map<String, String> files = new TreeMap<>();
        files.put(
                "rules",
                q(bundled.get("rules")
                        + (model.sets.isEmpty() ? "" : " with --set " + String.join(" ", model.sets))
                        + (model.rulesVersion == null ? "" : " up to " + model.rulesVersion)
                        + (model.on == null ? "" : " in force on " + model.on)));
        files.put("modelParameters", q(bundled.get("modelParameters")));
        files.put(
                "portfolio",
                q(
                        portfolio.synthetic()
                                ? bundled.get("portfolio")
                                : portfolio.source() + " sha256:" + portfolio.fingerprint()));
        files.put(
                "targets",
                q(
                        model.targetsFile == null
                                ? bundled.get("targets")
                                : model.targetsFile + " sha256:" + sha256(model.targetsFile)));
        if (model.paramsFile != null) {
            files.put("params", q(model.paramsFile + " sha256:" + sha256(model.paramsFile)));
        }
        boolean bundledFit =
                !model.priors && model.paramsFile == null && fit.status().equals("matches")
                        || fit.status().equals("transferred") && model.paramsFile == null;
        files.put("fit", bundledFit ? q(bundled.get("fit")) : fit.status().equals("priors") ? "null" : q(fit.status()));
        if (batch != null) {
            files.put("batch", q(batch + " sha256:" + sha256(batch)));
        }
        for (SimulationOutputs.Reform reform : reforms) {
            files.put("reform:" + reform.name(), q(reform.file() + " sha256:" + sha256(reform.file())));
        }
        field(b, "inputs", object(files));
        ModelParameters p = sim.parameters();
        Map<String, String> fitInfo = new TreeMap<>();
        fitInfo.put("priorFingerprint", q(p.fingerprint()));
        fitInfo.put("posterior", p.posterior().map(x -> q(x.method())).getOrElse("null"));
        fitInfo.put("status", q(fit.status()));
        fitInfo.put("statement", q(fit.statement()));
        fitInfo.put(
                "inputs",
                p.posterior()
                        .map(x -> object(new TreeMap<>(x.inputs().entrySet().stream()
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> q(e.getValue()))))))
                        .getOrElse("null"));
        field(b, "fit", object(fitInfo));
        field(
                b,
                "unconfirmedFigures",
                array(sim.unconfirmed().map(Provenance::q).toJavaList()));
        Map<String, String> out = new TreeMap<>();
        outputs.forEach((name, path) -> out.put(name, q("sha256:" + sha256(path))));
        b.append("  \"outputs\": ").append(object(out)).append("\n}\n");
        return b.toString();
    }

    /** The version and commit recorded by the build (src/build/BuildInfo.java); "unknown" if absent. */
    static Map<String, String> build() {
        Map<String, String> m = new TreeMap<>(Map.of("version", "unknown", "commit", "unknown"));
        try (java.io.InputStream in = Provenance.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                m.put("version", p.getProperty("version", "unknown"));
                m.put("commit", p.getProperty("commit", "unknown"));
            }
        } catch (IOException e) {
            // reported as unknown
        }
        return m;
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
}
