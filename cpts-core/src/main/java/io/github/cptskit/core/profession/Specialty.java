package io.github.cptskit.core.profession;

import io.github.cptskit.core.law.LegalReference;
import java.util.Objects;

/**
 * A medical or other ordinal specialty, coded in the ANS nomenclature TRE_R38-SpecialiteOrdinale
 * (OID 1.2.250.1.213.2.28).
 *
 * <p>General practice has <b>three</b> active codes: SM26 "Qualifié en Médecine générale", SM53
 * "Spécialiste en Médecine générale" and SM54 "Médecine générale"; {@link #isGeneralPractice()} accepts
 * all three (code that tests SM54 alone misses GPs).
 *
 * <pre>{@code
 * Specialty.of("SM26").isGeneralPractice(); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the TRE_R38 code, e.g. {@code SM54}
 */
public record Specialty(String code) {

    /** The FHIR code system of TRE_R38. */
    public static final String SYSTEM =
            "https://mos.esante.gouv.fr/NOS/TRE_R38-SpecialiteOrdinale/FHIR/TRE-R38-SpecialiteOrdinale";

    /** Where the codes come from. */
    public static final LegalReference REFERENCE =
            LegalReference.of("ANS, TRE_R38-SpecialiteOrdinale (OID 1.2.250.1.213.2.28)", "spécialités ordinales");

    /** Qualifié en médecine générale. */
    public static final Specialty SM26 = new Specialty("SM26");
    /** Spécialiste en médecine générale. */
    public static final Specialty SM53 = new Specialty("SM53");
    /** Médecine générale. */
    public static final Specialty SM54 = new Specialty("SM54");
    /** Cardiologie et maladies vasculaires. */
    public static final Specialty CARDIOLOGIE = new Specialty("SM04");
    /** Pédiatrie. */
    public static final Specialty PEDIATRIE = new Specialty("SM40");
    /** Pneumologie. */
    public static final Specialty PNEUMOLOGIE = new Specialty("SM41");
    /** Psychiatrie. */
    public static final Specialty PSYCHIATRIE = new Specialty("SM42");
    /** Médecine d'urgence. */
    public static final Specialty MEDECINE_URGENCE = new Specialty("SM59");

    /**
     * Checks the code.
     *
     * @param code the TRE_R38 code, e.g. {@code SM54}
     */
    public Specialty {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z]{2,3}\\d{2}")) {
            throw new IllegalArgumentException("not a TRE_R38 code: " + code);
        }
    }

    /**
     * A specialty by its code.
     *
     * @param code the code, e.g. {@code SM54}
     * @return the specialty
     */
    public static Specialty of(String code) {
        return new Specialty(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether this is general practice: SM26, SM53 or SM54.
     *
     * @return true for the three general-practice codes
     */
    public boolean isGeneralPractice() {
        return code.equals("SM26") || code.equals("SM53") || code.equals("SM54");
    }

    @Override
    public String toString() {
        return code;
    }
}
