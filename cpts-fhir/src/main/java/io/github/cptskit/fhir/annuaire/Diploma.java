package io.github.cptskit.fhir.annuaire;

import io.github.cptskit.core.identifier.Idnps;
import java.util.Objects;

/**
 * One line of the Annuaire Santé's extraction {@code PS_LibreAcces_Dipl_AutExerc}: a diploma a
 * professional obtained, an authorisation to practise, or both (a field the line leaves empty is
 * {@code ""}).
 *
 * <pre>{@code
 * diploma.diplomaType();  // e.g. "DE" (diplôme d'État)
 * diploma.diploma();      // e.g. "DE01"
 * }</pre>
 *
 * @param line the 1-based line number in its file
 * @param professional the professional's IDNPS
 * @param diplomaType the "Code type diplôme obtenu"
 * @param diploma the "Code diplôme obtenu"
 * @param authorisationType the "Code type autorisation"
 * @param authorisationDiscipline the "Code discipline autorisation"
 */
public record Diploma(
        long line,
        Idnps professional,
        String diplomaType,
        String diploma,
        String authorisationType,
        String authorisationDiscipline) {
    /** Checks the components.
     *
     * @param line the 1-based line number in its file
     * @param professional the professional's IDNPS
     * @param diplomaType the "Code type diplôme obtenu"
     * @param diploma the "Code diplôme obtenu"
     * @param authorisationType the "Code type autorisation"
     * @param authorisationDiscipline the "Code discipline autorisation"
     */
    public Diploma {
        Objects.requireNonNull(professional, "professional");
        Objects.requireNonNull(diplomaType, "diplomaType");
        Objects.requireNonNull(diploma, "diploma");
        Objects.requireNonNull(authorisationType, "authorisationType");
        Objects.requireNonNull(authorisationDiscipline, "authorisationDiscipline");
        if (line < 2) {
            throw new IllegalArgumentException("data lines start at 2 (line 1 is the header): " + line);
        }
        if (diploma.isEmpty() && authorisationType.isEmpty()) {
            throw new IllegalArgumentException("a diploma or an authorisation expected");
        }
    }
}
