package io.github.cptskit.fhir.annuaire;

/**
 * The counts of a read: the data lines read (the header not counted), those imported and those refused,
 * which always add up ({@code lines == imported + refused}).
 *
 * <pre>{@code
 * summary.lines();    // 1000000
 * summary.refused();  // 12
 * }</pre>
 *
 * @param lines the data lines read
 * @param imported the lines imported as activities
 * @param refused the lines refused with their problems
 */
public record ImportSummary(long lines, long imported, long refused) {
    /** Checks that the counts add up. */
    public ImportSummary {
        if (imported < 0 || refused < 0 || lines != imported + refused) {
            throw new IllegalArgumentException(
                    "counts do not add up: " + lines + " lines, " + imported + " imported, " + refused + " refused");
        }
    }

    @Override
    public String toString() {
        return lines + " lines: " + imported + " imported, " + refused + " refused";
    }
}
