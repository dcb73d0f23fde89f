package io.github.cptskit.aci.simulation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The bundled SYNTHETIC national portfolio: about 700 CPTS built from the real INSEE communes so that
 * their number over time, their sizes and their coverage follow the public counts (docs/portfolio.md,
 * made by {@code scripts/generate-portfolio.py}). It stands for the CPTS of France, of which no public
 * list with territories and contract dates exists; it is <b>not</b> a list of real CPTS, and every
 * output made from it says so.
 *
 * <pre>{@code
 * Seq<Signatory> france = SyntheticPortfolio.signatories();
 * Simulation sim = Simulation.builder(TariffRules.bundled(), france).build().get();
 * }</pre>
 */
public final class SyntheticPortfolio {

    /** The resource's name, beside this class. */
    public static final String RESOURCE = "default-portfolio.csv";

    private SyntheticPortfolio() {}

    /**
     * The portfolio's CSV text ({@code id,name,region,departement,population,signature,communes}, comment
     * lines first), for readers that report line and column.
     *
     * @return the text
     */
    public static String csv() {
        try (InputStream in = SyntheticPortfolio.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The signatories of the portfolio, in file order.
     *
     * @return the signatories
     */
    public static Seq<Signatory> signatories() {
        return Holder.SIGNATORIES;
    }

    private static final class Holder {
        static final Seq<Signatory> SIGNATORIES = parse(csv());
    }

    private static Seq<Signatory> parse(String csv) {
        java.util.List<Signatory> out = new java.util.ArrayList<>();
        boolean header = true;
        for (String line : csv.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            // The generator quotes only names; id, region, département, population and date come first
            // and last around the name, so split around it.
            String id = line.substring(0, line.indexOf(','));
            String rest = line.substring(line.indexOf(',') + 1);
            int afterName = rest.startsWith("\"") ? rest.indexOf("\",") + 2 : rest.indexOf(',') + 1;
            String[] f = rest.substring(afterName).split(",", -1);
            out.add(new Signatory(id, f[0], Long.parseLong(f[2]), LocalDate.parse(f[3])));
        }
        return List.ofAll(out);
    }

    /**
     * {@link #signatories()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public static java.util.List<Signatory> signatoriesList() {
        return signatories().asJava();
    }
}
