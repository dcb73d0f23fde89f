package io.github.cptskit.fhir.annuaire;

import io.github.cptskit.core.member.Member;
import java.util.List;
import java.util.Objects;

/**
 * A professional of the Annuaire Santé as {@link AnnuaireImport} joins them from the three files of
 * the extraction: the member (IDNPS, profession, specialties of their activities and of their
 * ordinal-specialty savoir-faire, exercise mode, sites), every savoir-faire and every diploma or
 * authorisation the files give for them.
 *
 * <pre>{@code
 * professional.member().specialties();  // e.g. [SM54]
 * professional.diplomas().size();
 * }</pre>
 *
 * @param member the member
 * @param savoirFaire the lines of {@code PS_LibreAcces_SavoirFaire} for them, in file order
 * @param diplomas the lines of {@code PS_LibreAcces_Dipl_AutExerc} for them, in file order
 */
public record Professional(Member.HealthProfessional member, List<SavoirFaire> savoirFaire, List<Diploma> diplomas) {
    /** Checks and copies the components.
     *
     * @param member the member
     * @param savoirFaire the lines of {@code PS_LibreAcces_SavoirFaire} for them, in file order
     * @param diplomas the lines of {@code PS_LibreAcces_Dipl_AutExerc} for them, in file order
     */
    public Professional {
        Objects.requireNonNull(member, "member");
        savoirFaire = List.copyOf(Objects.requireNonNull(savoirFaire, "savoirFaire"));
        diplomas = List.copyOf(Objects.requireNonNull(diplomas, "diplomas"));
    }
}
