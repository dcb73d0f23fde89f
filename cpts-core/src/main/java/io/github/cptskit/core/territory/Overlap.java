package io.github.cptskit.core.territory;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A commune claimed by two CPTS or more of a {@link TerritoryPortfolio}: in principle each commune
 * belongs to a single CPTS, so an overlap is worth a warning.
 *
 * <pre>{@code
 * portfolio.overlaps().forEach(o -> System.out.println(o.commune() + " claimed by " + o.claimants()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param commune the commune claimed more than once
 * @param claimants the names of the CPTS that claim it, in the portfolio's order (two or more)
 */
public record Overlap(Commune commune, Seq<String> claimants) {
    /** Without cpts-json's CptsModule, Jackson would write this type partially: refuse (docs/decisions/0005). */
    @JsonValue
    private Object jsonWithoutCptsModule() {
        throw new UnsupportedOperationException("JSON needs io.github.cptskit.json.CptsModule (cpts-json)");
    }

    /**
     * Checks the components.
     *
     * @param commune the commune claimed more than once
     * @param claimants the names of the CPTS that claim it, in the portfolio's order (two or more)
     */
    public Overlap {
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(claimants, "claimants");
        if (claimants.size() < 2) {
            throw new IllegalArgumentException("an overlap needs two claimants or more: " + claimants);
        }
    }

    @Override
    public String toString() {
        return commune + " claimed by " + claimants.mkString(", ");
    }

    /**
     * {@link #claimants()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> claimantsList() {
        return claimants().asJava();
    }
}
