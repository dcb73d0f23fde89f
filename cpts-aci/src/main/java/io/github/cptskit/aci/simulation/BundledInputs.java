package io.github.cptskit.aci.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The SHA-256 of the data files bundled with cpts-aci that a simulation may use (the rules, the model
 * parameters, the bundled fit, the public figures, the synthetic portfolio), so that a run's
 * provenance can name exactly which bundled inputs it used.
 *
 * <pre>{@code
 * String rules = BundledInputs.sha256().get("rules");
 * }</pre>
 */
public final class BundledInputs {

    private BundledInputs() {}

    private static final String[][] FILES = {
        {"rules", "/io/github/cptskit/aci/tariff/aci-rules.json"},
        {"modelParameters", "/io/github/cptskit/aci/simulation/model-parameters.json"},
        {"fit", "/io/github/cptskit/aci/simulation/fitted-parameters.json"},
        {"targets", "/io/github/cptskit/aci/simulation/public-figures.json"},
        {"portfolio", "/io/github/cptskit/aci/simulation/default-portfolio.csv"}
    };

    /**
     * Each bundled data file's SHA-256.
     *
     * @return input name ({@code rules}, {@code modelParameters}, {@code fit}, {@code targets},
     *     {@code portfolio}) to {@code "<resource path> sha256:<hex>"}, sorted by name
     */
    public static SortedMap<String, String> sha256() {
        SortedMap<String, String> out = new TreeMap<>();
        for (String[] f : FILES) {
            try (InputStream in = BundledInputs.class.getResourceAsStream(f[1])) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("missing resource " + f[1]));
                }
                out.put(
                        f[0],
                        "(bundled) " + f[1].substring(1) + " sha256:"
                                + HexFormat.of()
                                        .formatHex(MessageDigest.getInstance("SHA-256")
                                                .digest(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // every JDK has SHA-256
            }
        }
        return out;
    }
}
