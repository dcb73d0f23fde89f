package io.github.cptskit.core.legalform;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Problem;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Which legal forms a CPTS itself may take, as an effective-dated rule. Before the ordonnance
 * n° 2021-584 of 12 May 2021 (JORF 13 May 2021) no form was imposed; CSP L.1434-12-1, which it
 * created, requires an association (loi 1901, or the local law of Alsace-Moselle), with a transition
 * for existing CPTS until 14 May 2022. During the transition, up to and including 14 May 2022, another
 * form gets a warning naming the deadline; from 15 May 2022 it is an error. The transition's end date
 * comes from a single secondary source and is flagged {@code UNCONFIRMED}.
 *
 * <pre>{@code
 * CptsLegalForms.bundled().check(LegalForm.SISA, LocalDate.of(2020, 1, 1));  // none: allowed then
 * CptsLegalForms.bundled().check(LegalForm.SISA, LocalDate.of(2022, 5, 14)); // Some(warning): last day
 * CptsLegalForms.bundled().check(LegalForm.SISA, LocalDate.of(2022, 5, 15)); // Some(error CPTS_LEGAL_FORM)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CptsLegalForms {

    /** What the law allows on a day. */
    public enum Regime {
        /** Any legal form. */
        ANY_FORM,
        /** Association required, non-association forms tolerated until the end of the transition. */
        ASSOCIATION_TRANSITION,
        /** Association required. */
        ASSOCIATION_ONLY
    }

    /**
     * The last day a CPTS may still have another form than an association, with a warning: 14 May
     * 2022 (lemediasocial.fr, single source: {@code UNCONFIRMED}). From the next day it is an error.
     */
    public static final LocalDate LAST_TRANSITION_DAY = LocalDate.of(2022, 5, 14);

    private static final LegalReference L1434_12_1 = LegalReference.of(
                    "Code de la santé publique (ordonnance n° 2021-584 du 12 mai 2021, JORF 13 mai 2021)",
                    "art. L.1434-12-1")
            .withDate(LocalDate.of(2021, 5, 12));

    private static final CptsLegalForms BUNDLED = new CptsLegalForms(EffectiveDated.<Regime>empty()
            .from(
                    LocalDate.of(2019, 1, 1),
                    Sourced.of(
                            Regime.ANY_FORM,
                            LegalReference.of(
                                    "Code de la santé publique", "art. L.1434-12 (no form imposed before 2021)"),
                            Confidence.CONFIRMED))
            .from(
                    LocalDate.of(2021, 5, 14),
                    Sourced.of(Regime.ASSOCIATION_TRANSITION, L1434_12_1, Confidence.CONFIRMED))
            .from(
                    LAST_TRANSITION_DAY.plusDays(1),
                    Sourced.of(
                            Regime.ASSOCIATION_ONLY,
                            LegalReference.of(
                                    L1434_12_1.text()
                                            + " — transition until 14 May 2022 (lemediasocial.fr, single source)",
                                    L1434_12_1.article()),
                            Confidence.UNCONFIRMED)));

    private final EffectiveDated<Regime> regime;

    private CptsLegalForms(EffectiveDated<Regime> regime) {
        this.regime = regime;
    }

    /**
     * The rule as the project's sources state it.
     *
     * @return the bundled rule
     */
    public static CptsLegalForms bundled() {
        return BUNDLED;
    }

    /**
     * A rule with other dates (when a user has checked them on Légifrance).
     *
     * @param dated the regime per date
     * @return the rule
     */
    public static CptsLegalForms of(EffectiveDated<Regime> dated) {
        return new CptsLegalForms(dated);
    }

    /**
     * The regime in force on a day.
     *
     * @param day the day
     * @return the regime with its source (any form before the first date)
     */
    public Option<Sourced<Regime>> regimeOn(LocalDate day) {
        return regime.at(day);
    }

    /**
     * Checks the legal form of a CPTS on a day.
     *
     * @param form the form
     * @param day the day
     * @return none if allowed; a warning during the transition; an error once only associations are allowed
     */
    public Option<Problem> check(LegalForm form, LocalDate day) {
        if (form.isAssociation()) {
            return Option.none();
        }
        return regime.at(day).flatMap(r -> switch (r.value()) {
            case ANY_FORM -> Option.<Problem>none();
            case ASSOCIATION_TRANSITION ->
                Option.of(Problem.warning(
                                "CPTS_LEGAL_FORM_TRANSITION",
                                "une CPTS constituée en " + form
                                        + " doit adopter la forme associative au plus tard le 14 mai 2022",
                                "a CPTS constituted as a " + form + " must become an association by 14 May 2022")
                        .withReference(r.reference()));
            case ASSOCIATION_ONLY ->
                Option.of(Problem.error(
                                "CPTS_LEGAL_FORM",
                                "une CPTS est une association (loi 1901 ou droit local d'Alsace-Moselle), pas une "
                                        + form
                                        + (r.confidence().needsWarning()
                                                ? " (date de fin de transition non confirmée)"
                                                : ""),
                                "a CPTS is an association (loi 1901 or Alsace-Moselle local law), not a " + form
                                        + (r.confidence().needsWarning() ? " (end of transition unconfirmed)" : ""))
                        .withReference(r.reference()));
        });
    }

    /**
     * {@link #regimeOn(LocalDate)} as an {@code Optional} (decision record 0004).
     *
     * @param day the day
     * @return the same value, or empty
     */
    public java.util.Optional<Sourced<Regime>> regimeOnOptional(LocalDate day) {
        return regimeOn(day).toJavaOptional();
    }

    /**
     * {@link #check(LegalForm,LocalDate)} as an {@code Optional} (decision record 0004).
     *
     * @param form the form
     * @param day the day
     * @return the same value, or empty
     */
    public java.util.Optional<Problem> checkOptional(LegalForm form, LocalDate day) {
        return check(form, day).toJavaOptional();
    }
}
