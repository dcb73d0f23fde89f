package io.github.cptskit.fhir.annuaire;

import io.github.cptskit.core.identifier.InseeCode;
import io.github.cptskit.core.member.Member;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One line of the Annuaire Santé's extraction read as a professional's activity: the professional
 * with their profession, the specialty of the line (if its savoir-faire is an ordinal specialty), their
 * exercise mode and the site of the line, and the commune where that site is.
 *
 * <pre>{@code
 * activity.professional().id().value(); // "810002909371"
 * activity.commune();                    // Some(01053)
 * }</pre>
 *
 * @param line the 1-based line number in the file
 * @param professional the professional as this line describes them
 * @param commune the INSEE code of the site's commune, if the line gives one
 */
public record Activity(long line, Member.HealthProfessional professional, Option<InseeCode> commune) {
    /** Checks the components.
     *
     * @param line the 1-based line number in the file
     * @param professional the professional as this line describes them
     * @param commune the INSEE code of the site's commune, if the line gives one
     */
    public Activity {
        Objects.requireNonNull(professional, "professional");
        Objects.requireNonNull(commune, "commune");
        if (line < 2) {
            throw new IllegalArgumentException("data lines start at 2 (line 1 is the header): " + line);
        }
    }

    /**
     * {@link #commune()} as an {@code Optional}.
     *
     * @return the INSEE code of the site's commune, or empty
     */
    public java.util.Optional<InseeCode> communeOptional() {
        return commune.toJavaOptional();
    }
}
