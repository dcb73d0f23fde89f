package io.github.cptskit.aci.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.SizeBandScale;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Users stacking their own texts on the bundled rules, replacing figures, cutting versions. */
class TariffLayersTest {

    private final TariffRules rules = TariffRules.bundled();

    private static RuleText text(String version, LocalDate effective, String... pathValues) {
        Map<String, Sourced<String>> params = HashMap.empty();
        for (int i = 0; i < pathValues.length; i += 2) {
            params = params.put(pathValues[i], Sourced.userSupplied(pathValues[i + 1], version));
        }
        return RuleText.of(version, "Title " + version, effective, params);
    }

    @Test
    void textsMustBeInStrictlyIncreasingDateOrder() {
        RuleText a = text("a", LocalDate.of(2020, 1, 1));
        RuleText b = text("b", LocalDate.of(2020, 1, 1));
        RuleText c = text("c", LocalDate.of(2019, 1, 1));
        Seq<Problem> problems = TariffRules.of(List.of(a, b, c)).getError();
        assertThat(problems.map(Problem::code)).containsExactly("TARIFF_DATES_NOT_ORDERED", "TARIFF_DATES_NOT_ORDERED");
        assertThat(problems.map(Problem::messageEn))
                .containsExactly(
                        "text b (2020-01-01) must take effect after a (2020-01-01)",
                        "text c (2019-01-01) must take effect after b (2020-01-01)");
        assertThat(problems.head().messageFr())
                .isEqualTo("le texte b (2020-01-01) doit prendre effet après a (2020-01-01)");
        TariffRules ordered = TariffRules.of(List.of(c, a)).get();
        assertThat(ordered.versions()).containsExactly("c", "a");
        assertThat(ordered.texts()).containsExactly(c, a);
        assertThat(TariffRules.of(List.of(a)).get().versions()).containsExactly("a");
    }

    @Test
    void noTextInForceSaysTheFirstDate() {
        Problem p = rules.on(LocalDate.of(2019, 8, 24)).getError().single();
        assertThat(p.messageEn()).isEqualTo("no ACI text is in force on 2019-08-24 (first: 2019-08-25)");
        assertThat(p.messageFr())
                .isEqualTo("aucun texte de l'ACI n'est en vigueur le 2019-08-24 (premier : 2019-08-25)");
        Problem none = TariffRules.of(List.empty())
                .get()
                .on(LocalDate.of(2024, 1, 1))
                .getError()
                .single();
        assertThat(none.code()).isEqualTo("TARIFF_NOT_IN_FORCE");
        assertThat(none.messageEn()).isEqualTo("no ACI text is in force on 2024-01-01 (first: none)");
        assertThat(none.messageFr()).isEqualTo("aucun texte de l'ACI n'est en vigueur le 2024-01-01 (premier : aucun)");
        assertThat(rules.on(LocalDate.of(2019, 8, 25)).get().version()).isEqualTo("accord-2019");
        assertThat(rules.on(LocalDate.of(2022, 3, 31)).get().version()).isEqualTo("accord-2019");
    }

    @Test
    void aLayerOnTopReplacesFiguresFromItsDate() {
        RuleText mine = text("mine", LocalDate.of(2025, 1, 1), "fonctionnement.taille2", "55000");
        TariffRules stacked = rules.plus(mine).get();
        assertThat(stacked.versions()).containsExactly("accord-2019", "avenant-2", "mine");
        assertThat(stacked.on(LocalDate.of(2024, 12, 31)).get().fonctionnementCents(SizeBand.TAILLE_2))
                .isEqualTo(6_000_000L);
        Tariff t = stacked.on(LocalDate.of(2025, 1, 1)).get();
        assertThat(t.version()).isEqualTo("mine");
        assertThat(t.fonctionnementCents(SizeBand.TAILLE_2)).isEqualTo(5_500_000L);
        assertThat(t.ceilingCents(SizeBand.TAILLE_4)).isEqualTo(58_000_000L);
        // Same day as the last text: allowed, it overrides that text from the same day.
        RuleText sameDay = text("fix", LocalDate.of(2022, 4, 1), "plafond.taille4", "600000");
        assertThat(rules.plus(sameDay).get().on(LocalDate.of(2022, 4, 1)).get().ceilingCents(SizeBand.TAILLE_4))
                .isEqualTo(60_000_000L);
        Problem before =
                rules.plus(text("old", LocalDate.of(2022, 3, 31))).getError().single();
        assertThat(before.code()).isEqualTo("TARIFF_DATES_NOT_ORDERED");
        assertThat(before.messageEn()).isEqualTo("text old (2022-03-31) takes effect before avenant-2");
        assertThat(before.messageFr()).isEqualTo("le texte old (2022-03-31) prend effet avant avenant-2");
        assertThat(TariffRules.of(List.empty()).get().plus(mine).get().versions())
                .containsExactly("mine");
    }

    @Test
    void withReplacesAParameterInEveryTextThatSetsIt() {
        TariffRules mine = rules.with("plafond.taille4", "600000").get();
        EffectiveDated<String> p = mine.parameter("plafond.taille4");
        assertThat(p.effectiveDates()).containsExactly(LocalDate.of(2019, 8, 25), LocalDate.of(2022, 4, 1));
        for (LocalDate d : p.effectiveDates()) {
            Sourced<String> v = p.at(d).get();
            assertThat(v.value()).isEqualTo("600000");
            assertThat(v.confidence()).isEqualTo(Confidence.USER_SUPPLIED);
            assertThat(v.reference().text()).isEqualTo("plafond.taille4 = 600000");
            assertThat(v.reference().citation(Locale.FRENCH))
                    .isEqualTo("plafond.taille4 = 600000 — valeur fournie par l'utilisateur");
        }
        // A text that did not set it still does not.
        TariffRules f = rules.with("fonctionnement.taille1", "55000.50").get();
        assertThat(f.texts().get(1).parameters().containsKey("fonctionnement.taille1"))
                .isFalse();
        assertThat(f.on(LocalDate.of(2023, 1, 1)).get().fonctionnementCents(SizeBand.TAILLE_1))
                .isEqualTo(5_500_050L);
        assertThat(f.texts().get(0).title()).isEqualTo(rules.texts().get(0).title());
        assertThat(f.texts().get(0).url()).isEqualTo(rules.texts().get(0).url());
        // The bundled rules are untouched.
        assertThat(rules.on(LocalDate.of(2023, 1, 1)).get().fonctionnementCents(SizeBand.TAILLE_1))
                .isEqualTo(5_000_000L);
    }

    @Test
    void withRejectsUnknownPathsAndMalformedValuesWithTheirMessages() {
        Problem unknown =
                rules.with("missions.nope.fixe.taille2", "1").getError().single();
        assertThat(unknown.messageEn())
                .isEqualTo("unknown parameter: missions.nope.fixe.taille2 (did you mean missions.acces.fixe.taille2?)");
        assertThat(unknown.messageFr())
                .isEqualTo(
                        "paramètre inconnu : missions.nope.fixe.taille2 (vouliez-vous dire missions.acces.fixe.taille2 ?)");
        assertThat(rules.with("zzz", "1").getError().single().messageEn()).isEqualTo("unknown parameter: zzz");
        assertThat(rules.with("paiement.prorata.methode", "SEMAINES")
                        .getError()
                        .single()
                        .messageEn())
                .isEqualTo(
                        "invalid value for paiement.prorata.methode: \"SEMAINES\" (expected JOURS_CALENDAIRES or MOIS)");
        assertThat(rules.with("paiement.prorata.methode", "MOIS")
                        .get()
                        .on(LocalDate.of(2020, 1, 1))
                        .get()
                        .proRata())
                .isEqualTo(ProRata.MOIS);
    }

    @Test
    void upToCutsAfterAVersionAndListsTheKnownOnes() {
        assertThat(rules.upTo("avenant-2").get().versions()).containsExactly("accord-2019", "avenant-2");
        TariffRules old = rules.upTo("accord-2019").get();
        assertThat(old.on(LocalDate.of(2025, 1, 1)).get().inForce(Mission.CRISES))
                .isFalse();
        Problem p = rules.upTo("avenant-9").getError().single();
        assertThat(p.messageEn()).isEqualTo("unknown rule version: avenant-9 (known: accord-2019, avenant-2)");
        assertThat(p.messageFr())
                .isEqualTo("version de règles inconnue : avenant-9 (connues : accord-2019, avenant-2)");
    }

    @Test
    void versionsDatesAndPathsAreListed() {
        assertThat(rules.effectiveDateOf("avenant-2")).contains(LocalDate.of(2022, 4, 1));
        assertThat(rules.effectiveDateOf("accord-2019")).contains(LocalDate.of(2019, 8, 25));
        assertThat(rules.effectiveDateOf("nope")).isEmpty();
        Seq<String> paths = rules.parameterPaths();
        assertThat(paths.toJavaList())
                .isSorted()
                .doesNotHaveDuplicates()
                .contains("plafond.taille4", "missions.crises.fixe.taille1");
        assertThat(paths.size()).isEqualTo(rules.texts().head().parameters().size() + 11);
        assertThat(rules.parameter("nope").isEmpty()).isTrue();
        assertThat(rules.parameter("fonctionnement.taille1").effectiveDates())
                .containsExactly(LocalDate.of(2019, 8, 25));
        assertThat(rules).hasToString("TariffRules[accord-2019, avenant-2]");
    }

    @Test
    void aScaleNotYetInForceIsReported() {
        SizeBandScale s = new SizeBandScale(30_000, 60_000, 120_000, SizeBandScale.Boundary.LOWER_BOUND_INCLUSIVE);
        TariffRules later = rules.withScale(EffectiveDated.of(LocalDate.of(2023, 1, 1), Sourced.userSupplied(s, "x")));
        Problem p = later.on(LocalDate.of(2022, 12, 31)).getError().single();
        assertThat(p.code()).isEqualTo("TARIFF_NO_SIZE_BANDS");
        assertThat(p.messageEn()).isEqualTo("no size-band scale in force on 2022-12-31");
        assertThat(p.messageFr()).isEqualTo("aucune échelle de tailles en vigueur le 2022-12-31");
        Tariff t = later.on(LocalDate.of(2023, 1, 1)).get();
        assertThat(t.scale()).isEqualTo(s);
        assertThat(t.scaleSource().confidence()).isEqualTo(Confidence.USER_SUPPLIED);
        assertThat(t.scale().bandOf(30_000)).isEqualTo(SizeBand.TAILLE_2);
    }

    @Test
    void checkReportsAnExceededCeilingAsAnErrorWithItsReference() {
        Seq<Problem> problems =
                rules.with("fonctionnement.taille1", "100000").get().check();
        assertThat(problems.map(p -> p.code() + " " + p.messageEn()))
                .containsExactly(
                        "TARIFF_CEILING_EXCEEDED accord-2019, band 1: fonctionnement + missions = 270000.00 € exceeds"
                                + " the ceiling of 220000.00 €",
                        "TARIFF_CEILING_EXCEEDED avenant-2, band 1: fonctionnement + missions = 332500.00 € exceeds"
                                + " the ceiling of 282500.00 €",
                        "TARIFF_BELOW_CEILING avenant-2, band 4: fonctionnement + missions = 575000.00 €, below the"
                                + " ceiling of 580000.00 €");
        assertThat(problems.head().isError()).isTrue();
        assertThat(problems.last().isError()).isFalse();
        assertThat(problems.head().messageFr())
                .isEqualTo("accord-2019, taille 1 : fonctionnement + missions = 270000.00 € dépasse le plafond de"
                        + " 220000.00 €");
        assertThat(problems.last().messageFr())
                .isEqualTo("avenant-2, taille 4 : fonctionnement + missions = 575000.00 €, sous le plafond de"
                        + " 580000.00 €");
        assertThat(problems.head().reference().get().article()).isEqualTo("art. 8 (montant maximal annuel)");
        assertThat(problems.last().reference().get().article()).isEqualTo("montant maximal pour les CPTS de taille 4");
        // Exactly at the ceiling: nothing to say.
        RuleText exact = text("fix", LocalDate.of(2022, 4, 1), "plafond.taille4", "575000");
        assertThat(rules.plus(exact).get().check()).isEmpty();
    }

    @Test
    void aTextWithAMalformedValueIsRefusedWhenLaidOnTheRules() {
        RuleText bad = text("bad", LocalDate.of(2026, 1, 1), "paiement.avance.pourcentage", "150");
        Problem p = rules.plus(bad).getError().single();
        assertThat(p.code()).isEqualTo("TARIFF_BAD_VALUE");
        assertThat(p.messageEn()).contains("paiement.avance.pourcentage").contains("150");
        RuleText abc = text("bad", LocalDate.of(2026, 1, 1), "fonctionnement.taille1", "abc");
        assertThat(rules.plus(abc).getError().map(Problem::code)).containsExactly("TARIFF_BAD_VALUE");
    }

    @Test
    void aMissingParameterIsReportedOnceWithItsPlace() {
        Problem missing = TariffRules.of(List.of(text("bare", LocalDate.of(2020, 1, 1), "fonctionnement.taille1", "1")))
                .get()
                .on(LocalDate.of(2020, 1, 1))
                .getError()
                .head();
        assertThat(missing.code()).isEqualTo("TARIFF_MISSING_PARAMETER");
        assertThat(missing.location().get()).hasToString("bare (plafond.taille1)");
        assertThat(missing.messageEn()).isEqualTo("parameter missing from rules bare: plafond.taille1");
        assertThat(missing.messageFr()).isEqualTo("paramètre manquant dans les règles bare : plafond.taille1");
    }

    @Test
    void aReformAboveTheCeilingMustRaiseTheCeilingInTheSameText() {
        RuleText alone = text("reform", LocalDate.of(2026, 1, 1), "missions.acces.fixe.taille2", "40000");
        Problem p = rules.plus(alone).getError().single();
        assertThat(p.code()).isEqualTo("TARIFF_CEILING_EXCEEDED");
        RuleText both = text(
                "reform",
                LocalDate.of(2026, 1, 1),
                "missions.acces.fixe.taille2",
                "40000",
                "plafond.taille2",
                "372498");
        assertThat(rules.plus(both).get().check().filter(Problem::isError)).isEmpty();
        // The same change as --set values, applied and checked together.
        assertThat(rules.with(io.vavr.collection.LinkedHashMap.of("missions.acces.fixe.taille2", "40000"))
                        .getError()
                        .map(Problem::code))
                .containsOnly("TARIFF_CEILING_EXCEEDED");
        assertThat(rules.with(io.vavr.collection.LinkedHashMap.of(
                                "missions.acces.fixe.taille2", "40000", "plafond.taille2", "372498"))
                        .isValid())
                .isTrue();
    }

    @Test
    void aMissionBecomesMandatoryWithItsDeadlines() {
        RuleText layer = text(
                "qualite",
                LocalDate.of(2027, 1, 1),
                "missions.qualite.obligatoire",
                "true",
                "missions.qualite.demarrage.mois",
                "9",
                "missions.qualite.deploiement.mois",
                "30");
        Tariff t = rules.plus(layer).get().on(LocalDate.of(2027, 1, 1)).get();
        assertThat(t.mandatory(Mission.QUALITE)).isTrue();
        assertThat(t.inForce(Mission.QUALITE)).isTrue();
        assertThat(t.startMonths(Mission.QUALITE)).isEqualTo(9);
        assertThat(t.deploymentMonths(Mission.QUALITE)).isEqualTo(30);
        Tariff before = rules.on(LocalDate.of(2026, 1, 1)).get();
        assertThat(before.mandatory(Mission.QUALITE)).isFalse();
        assertThat(before.inForce(Mission.QUALITE)).isTrue();
        assertThat(before.startMonths(Mission.QUALITE)).isZero();
        assertThat(before.deploymentMonths(Mission.QUALITE)).isZero();
        assertThat(before.deploymentMonths(Mission.ACCES)).isEqualTo(18);
        assertThat(before.startMonths(Mission.PARCOURS)).isEqualTo(12);
        assertThat(before.deploymentMonths(Mission.PREVENTION)).isEqualTo(24);
        assertThat(before.fixedCents(Mission.QUALITE, SizeBand.TAILLE_3)).isEqualTo(2_458_300L);
        assertThat(before.variableCents(Mission.ACCES, SizeBand.TAILLE_1)).isEqualTo(2_833_300L);
        // Months that are not a number are refused with the text.
        RuleText badMonths = text("months", LocalDate.of(2027, 1, 1), "missions.acces.demarrage.mois", "six");
        assertThat(rules.plus(badMonths).getError().single().code()).isEqualTo("TARIFF_BAD_VALUE");
        // A parameter no calculation reads is refused with the nearest known one; so is a malformed one.
        RuleText unused = text(
                "unused", LocalDate.of(2027, 1, 1), "missions.qualite.demarrage.mois", "1.5", "custom.bonus", "lots");
        assertThat(rules.plus(unused).getError().map(Problem::code))
                .containsExactlyInAnyOrder("TARIFF_BAD_VALUE", "TARIFF_UNKNOWN_PARAMETER");
        RuleText badFlag = text("flag", LocalDate.of(2027, 1, 1), "missions.qualite.obligatoire", "2");
        assertThat(rules.plus(badFlag).getError().map(Problem::code)).containsExactly("TARIFF_BAD_VALUE");
    }

    @Test
    void aTariffDescribesItsDayAndSources() {
        Tariff t = rules.on(LocalDate.of(2023, 5, 2)).get();
        assertThat(t.day()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(t.version()).isEqualTo("avenant-2");
        assertThat(t.proRata()).isEqualTo(ProRata.JOURS_CALENDAIRES);
        assertThat(t.scaleSource().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(t.parameters().size()).isEqualTo(rules.parameterPaths().size());
        assertThat(t.source("missions.crises.fixe.taille4").value()).isEqualTo("50000");
        assertThatIllegalArgumentException().isThrownBy(() -> t.source("nope")).withMessage("no parameter nope");
        assertThat(t.unconfirmedParameters().toJavaList())
                .isSorted()
                .doesNotContain("plafond.taille4", "fonctionnement.taille2");
        assertThat(Mission.CRISES.label(Locale.FRENCH)).isEqualTo("réponse aux crises sanitaires graves");
    }
}
