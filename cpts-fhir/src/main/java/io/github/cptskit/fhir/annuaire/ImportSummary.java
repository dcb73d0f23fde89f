package io.github.cptskit.fhir.annuaire;

/**
 * The counts of a read: the data lines (or resources) read (the header not counted), those imported,
 * those refused with their problems and those skipped because they describe nothing to import (a line
 * of the extraction without exercise mode: no practice; a FHIR resource of another type), which always
 * add up ({@code lines == imported + refused + skipped}).
 *
 * <pre>{@code
 * summary.lines();    // 1000000
 * summary.refused();  // 12
 * summary.skipped();  // 80000
 * }</pre>
 *
 * @param lines the data lines read
 * @param imported the lines imported
 * @param refused the lines refused with their problems
 * @param skipped the lines that describe nothing to import (counted, not errors)
 */
public record ImportSummary(long lines, long imported, long refused, long skipped) {
    /** Checks that the counts add up.
     *
     * @param lines the data lines read
     * @param imported the lines imported
     * @param refused the lines refused with their problems
     * @param skipped the lines that describe nothing to import (counted, not errors)
     */
    public ImportSummary {
        if (imported < 0 || refused < 0 || skipped < 0 || lines != imported + refused + skipped) {
            throw new IllegalArgumentException("counts do not add up: " + lines + " lines, " + imported + " imported, "
                    + refused + " refused, " + skipped + " skipped");
        }
    }

    /**
     * Counts without skipped lines.
     *
     * @param lines the data lines read
     * @param imported the lines imported
     * @param refused the lines refused
     */
    public ImportSummary(long lines, long imported, long refused) {
        this(lines, imported, refused, 0);
    }

    @Override
    public String toString() {
        return lines + " lines: " + imported + " imported, " + refused + " refused, " + skipped + " skipped";
    }
}
