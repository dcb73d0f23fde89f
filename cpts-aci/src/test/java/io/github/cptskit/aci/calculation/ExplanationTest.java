package io.github.cptskit.aci.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Sourced;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** What a reader sees: the explanation of every euro, labels, amounts as accountants write them. */
class ExplanationTest {

    private static final LocalDate SIG = LocalDate.of(2021, 1, 1);

    /** Taille 1, year 2 (2022-01-01 .. 2022-12-31), user's own figures for the three missions. */
    private static Remuneration remuneration() {
        TariffRules mine = TariffRules.bundled();
        for (String m : new String[] {"acces", "parcours", "prevention"}) {
            mine = mine.with("missions." + m + ".fixe.taille1", "20000").get();
            mine = mine.with("missions." + m + ".variable.taille1", "10000").get();
        }
        Scenario s = Scenario.builder("cpts-gex")
                .population(30_000)
                .signedOn(SIG)
                .contractYear(2)
                .mission(Mission.ACCES, SIG, Achievement.FULL)
                .mission(Mission.PARCOURS, SIG, Achievement.parse("0.25").get())
                .mission(Mission.PREVENTION, LocalDate.of(2022, 7, 2), Achievement.NONE)
                .build()
                .get();
        return RemunerationCalculator.of(mine).calculate(s).get();
    }

    @Test
    void theExplanationInFrench() {
        String text = remuneration().explain(Locale.FRENCH);
        assertThat(text).isEqualTo(FRENCH);
    }

    @Test
    void theExplanationInEnglish() {
        String text = remuneration().explain(Locale.ENGLISH);
        assertThat(text).isEqualTo(ENGLISH);
    }

    private static final TariffRules BUNDLED = TariffRules.bundled();

    private static String citation(String path) {
        return BUNDLED.on(SIG).get().source(path).reference().citation();
    }

    /** The French citation: the bundled sources are bilingual (issue #24). */
    private static String citationFr(String path) {
        return BUNDLED.on(SIG).get().source(path).reference().citation(Locale.FRENCH);
    }

    private static String user(String path, String value) {
        return "      " + path + " = " + value + " [USER_SUPPLIED] " + path + " = " + value + " — user-supplied value";
    }

    private static String userFr(String path, String value) {
        return "      " + path + " = " + value + " [fourni par l'utilisateur] " + path + " = " + value
                + " — valeur fournie par l'utilisateur";
    }

    private static final String FONCTIONNEMENT =
            "      fonctionnement.taille1 = 50000 [CONFIRMED] " + citation("fonctionnement.taille1");
    private static final String FONCTIONNEMENT_FR =
            "      fonctionnement.taille1 = 50000 [confirmé] " + citationFr("fonctionnement.taille1");
    private static final String PRORATA =
            "      paiement.prorata.methode = JOURS_CALENDAIRES [ESTIMATE] " + citation("paiement.prorata.methode");
    private static final String PRORATA_FR =
            "      paiement.prorata.methode = JOURS_CALENDAIRES [estimation] " + citationFr("paiement.prorata.methode");

    // prévention from 2022-07-02 to the anniversary 2023-01-01: 183 of 365 days;
    // 20,000 x 183/365 = 10,027.397 -> 10,027.40, advance 75 % = 7,520.55, balance 2,506.85.
    private static final String FRENCH = String.join(
            "\n",
            "Rémunération ACI de cpts-gex, année de contrat du 2022-01-01 au 2022-12-31, taille 1, règles accord-2019",
            "  Fonctionnement : 50\u00a0000,00 €",
            "      = 50\u00a0000,00 € (taille lue sur un barème non confirmé, population 30\u00a0000)",
            FONCTIONNEMENT_FR,
            "  accès aux soins — part fixe : 20\u00a0000,00 €",
            "      = 20\u00a0000,00 €",
            userFr("missions.acces.fixe.taille1", "20000"),
            "  accès aux soins — part variable : 10\u00a0000,00 €",
            "      = 10\u00a0000,00 € × réalisation 1",
            userFr("missions.acces.variable.taille1", "10000"),
            "  parcours pluriprofessionnels — part fixe : 20\u00a0000,00 €",
            "      = 20\u00a0000,00 €",
            userFr("missions.parcours.fixe.taille1", "20000"),
            "  parcours pluriprofessionnels — part variable : 2\u00a0500,00 €",
            "      = 10\u00a0000,00 € × réalisation 0,25",
            userFr("missions.parcours.variable.taille1", "10000"),
            "  prévention — part fixe : 10\u00a0027,40 €  [chiffre non confirmé]",
            "      = 20\u00a0000,00 € × 183/365 jours",
            userFr("missions.prevention.fixe.taille1", "20000"),
            PRORATA_FR,
            "  prévention — part variable : 0,00 €  [chiffre non confirmé]",
            "      = 10\u00a0000,00 € × réalisation 0 × 183/365 jours",
            userFr("missions.prevention.variable.taille1", "10000"),
            PRORATA_FR,
            "  Total : 112\u00a0527,40 €",
            "  Échéancier :",
            "    2022-01-01  37\u00a0500,00 €  avance 75 % fonctionnement",
            "    2022-01-01  15\u00a0000,00 €  avance 75 % acces.fixe",
            "    2022-01-01  15\u00a0000,00 €  avance 75 % parcours.fixe",
            "    2022-07-02  7\u00a0520,55 €  avance 75 % prevention.fixe",
            "    2023-01-01  12\u00a0500,00 €  solde fonctionnement",
            "    2023-01-01  5\u00a0000,00 €  solde acces.fixe",
            "    2023-01-01  10\u00a0000,00 €  variable acces (après l'évaluation des indicateurs)",
            "    2023-01-01  5\u00a0000,00 €  solde parcours.fixe",
            "    2023-01-01  2\u00a0500,00 €  variable parcours (après l'évaluation des indicateurs)",
            "    2023-01-01  2\u00a0506,85 €  solde prevention.fixe",
            "  ! avertissement UNCONFIRMED_FIGURES: chiffres non confirmés ou estimés utilisés : paiement.prorata.methode"
                    + " (estimation) ; remplacez-les par les vôtres quand vous les connaissez",
            "  ! avertissement MISSION_STARTED_LATE: la mission prevention a démarré le 2022-07-02, après le délai de 12"
                    + " mois suivant la signature [" + citationFr("missions.prevention.demarrage.mois") + "]",
            "");

    private static final String ENGLISH = String.join(
            "\n",
            "ACI remuneration of cpts-gex, contract year from 2022-01-01 to 2022-12-31, size band 1, rules accord-2019",
            "  Operating budget (fonctionnement): 50\u00a0000,00 €",
            "      = 50\u00a0000,00 € (band from an unconfirmed scale, population 30000)",
            FONCTIONNEMENT,
            "  access to care — fixed part: 20\u00a0000,00 €",
            "      = 20\u00a0000,00 €",
            user("missions.acces.fixe.taille1", "20000"),
            "  access to care — variable part: 10\u00a0000,00 €",
            "      = 10\u00a0000,00 € × achievement 1",
            user("missions.acces.variable.taille1", "10000"),
            "  multi-professional care pathways — fixed part: 20\u00a0000,00 €",
            "      = 20\u00a0000,00 €",
            user("missions.parcours.fixe.taille1", "20000"),
            "  multi-professional care pathways — variable part: 2\u00a0500,00 €",
            "      = 10\u00a0000,00 € × achievement 0.25",
            user("missions.parcours.variable.taille1", "10000"),
            "  prevention — fixed part: 10\u00a0027,40 €  [unconfirmed figure]",
            "      = 20\u00a0000,00 € × 183/365 days",
            user("missions.prevention.fixe.taille1", "20000"),
            PRORATA,
            "  prevention — variable part: 0,00 €  [unconfirmed figure]",
            "      = 10\u00a0000,00 € × achievement 0 × 183/365 days",
            user("missions.prevention.variable.taille1", "10000"),
            PRORATA,
            "  Total: 112\u00a0527,40 €",
            "  Payment schedule:",
            "    2022-01-01  37\u00a0500,00 €  advance 75 % fonctionnement",
            "    2022-01-01  15\u00a0000,00 €  advance 75 % acces.fixe",
            "    2022-01-01  15\u00a0000,00 €  advance 75 % parcours.fixe",
            "    2022-07-02  7\u00a0520,55 €  advance 75 % prevention.fixe",
            "    2023-01-01  12\u00a0500,00 €  balance fonctionnement",
            "    2023-01-01  5\u00a0000,00 €  balance acces.fixe",
            "    2023-01-01  10\u00a0000,00 €  variable acces (after the indicators are assessed)",
            "    2023-01-01  5\u00a0000,00 €  balance parcours.fixe",
            "    2023-01-01  2\u00a0500,00 €  variable parcours (after the indicators are assessed)",
            "    2023-01-01  2\u00a0506,85 €  balance prevention.fixe",
            "  ! warning UNCONFIRMED_FIGURES: unconfirmed or estimated figures used: paiement.prorata.methode"
                    + " (ESTIMATE); replace them with your own when you know them",
            "  ! warning MISSION_STARTED_LATE: mission prevention started on 2022-07-02, after the 12-month deadline"
                    + " from signature [" + citation("missions.prevention.demarrage.mois") + "]",
            "");

    @Test
    void withoutScheduleOrWarningsTheExplanationEndsAtTheTotal() {
        Remuneration r = remuneration();
        Remuneration bare = new Remuneration(
                r.scenarioId(),
                r.yearStart(),
                r.yearEnd(),
                r.band(),
                r.ruleVersion(),
                r.lines().take(1),
                r.lines().head().amount(),
                List.empty(),
                List.empty());
        assertThat(bare.explain(Locale.ENGLISH))
                .endsWith(FONCTIONNEMENT + "\n  Total: 50\u00a0000,00 €\n")
                .doesNotContain("schedule");
        assertThat(bare.explain(Locale.FRENCH)).endsWith("  Total : 50\u00a0000,00 €\n");
    }

    @Test
    void linesHaveKeysAndLabelsInBothLanguages() {
        Sourced<String> estimate = Sourced.of("1", LegalReference.of("t", "a"), Confidence.ESTIMATE);
        Sourced<String> sure = Sourced.of("1", LegalReference.of("t", "a"), Confidence.CONFIRMED);
        Line f = new Line(
                Component.FONCTIONNEMENT,
                Option.none(),
                Amounts.ofCents(1),
                "x",
                List.of(new UsedParameter("fonctionnement.taille1", sure)));
        Line fixed = new Line(
                Component.FIXED,
                Option.some(Mission.QUALITE),
                Amounts.ofCents(1),
                "x",
                List.of(new UsedParameter("a", sure), new UsedParameter("b", estimate)));
        Line variable = new Line(
                Component.VARIABLE, Option.some(Mission.ACCOMPAGNEMENT), Amounts.ofCents(1), "x", List.empty());
        assertThat(f.key()).isEqualTo("fonctionnement");
        assertThat(fixed.key()).isEqualTo("qualite.fixe");
        assertThat(variable.key()).isEqualTo("accompagnement.variable");
        assertThat(f.label(Locale.FRENCH)).isEqualTo("Fonctionnement");
        assertThat(f.label(Locale.ENGLISH)).isEqualTo("Operating budget (fonctionnement)");
        assertThat(fixed.label(Locale.FRENCH)).isEqualTo("qualité et pertinence des soins — part fixe");
        assertThat(fixed.label(Locale.ENGLISH)).isEqualTo("quality and relevance of care — fixed part");
        assertThat(variable.label(Locale.FRENCH))
                .isEqualTo("accompagnement des professionnels de santé — part variable");
        assertThat(variable.label(Locale.ENGLISH)).isEqualTo("support to health professionals — variable part");
        assertThat(f.usesUnconfirmedFigures()).isFalse();
        assertThat(fixed.usesUnconfirmedFigures()).isTrue();
        assertThat(variable.usesUnconfirmedFigures()).isFalse();
        assertThat(new UsedParameter("fonctionnement.taille1", sure))
                .hasToString("fonctionnement.taille1 = 1 (CONFIRMED; t, a)");
    }

    @Test
    void missionsHaveKeysAndLabels() {
        assertThat(List.of(Mission.values()).map(Mission::key))
                .containsExactly("acces", "parcours", "prevention", "crises", "qualite", "accompagnement");
        assertThat(Mission.ACCES.label(Locale.FRENCH)).isEqualTo("accès aux soins");
        assertThat(Mission.ACCES.label(Locale.CANADA_FRENCH)).isEqualTo("accès aux soins");
        assertThat(Mission.ACCES.label(Locale.ENGLISH)).isEqualTo("access to care");
        assertThat(Mission.ACCES.label(Locale.GERMAN)).isEqualTo("access to care");
        assertThat(Mission.PREVENTION.label(Locale.ENGLISH)).isEqualTo("prevention");
        assertThat(Mission.ofKey("crises")).contains(Mission.CRISES);
        assertThat(Mission.ofKey(" Qualite ")).contains(Mission.QUALITE);
        assertThat(Mission.ofKey("ACCOMPAGNEMENT")).contains(Mission.ACCOMPAGNEMENT);
        assertThat(Mission.ofKey("numerique")).isEmpty();
        for (Mission m : Mission.values()) {
            assertThat(Mission.ofKey(m.key())).contains(m);
        }
    }

    @Test
    void amountsAreWrittenAsFrenchAccountingDoes() {
        assertThat(Amounts.format(Amounts.ofCents(0))).isEqualTo("0,00 €");
        assertThat(Amounts.format(Amounts.ofCents(5))).isEqualTo("0,05 €");
        assertThat(Amounts.format(Amounts.ofCents(99_999))).isEqualTo("999,99 €");
        assertThat(Amounts.format(Amounts.ofCents(100_000))).isEqualTo("1\u00a0000,00 €");
        assertThat(Amounts.format(Amounts.ofCents(12_345_678))).isEqualTo("123\u00a0456,78 €");
        assertThat(Amounts.format(Amounts.ofCents(123_456_789))).isEqualTo("1\u00a0234\u00a0567,89 €");
        assertThat(Amounts.format(Amounts.ofCents(-100_050))).isEqualTo("-1\u00a0000,50 €");
        assertThat(Amounts.format(Money.of(12, "EUR"))).isEqualTo("12,00 €");
    }

    @Test
    void centsRoundTripAndForeignOrFractionalAmountsAreRefused() {
        qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
                .check(c -> Amounts.cents(Amounts.ofCents(c)) == c);
        assertThat(Amounts.ofCents(6_000_000)).isEqualTo(Money.of(new BigDecimal("60000.00"), "EUR"));
        assertThat(Amounts.ofCents(6_000_000).getCurrency()).isEqualTo(Amounts.EUR);
        assertThat(Amounts.cents(Money.of(new BigDecimal("12.5"), "EUR"))).isEqualTo(1250L);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Amounts.cents(Money.of(1, Monetary.getCurrency("CHF"))))
                .withMessageStartingWith("amounts are in EUR: ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Amounts.cents(Money.of(new BigDecimal("0.001"), "EUR")))
                .withMessageStartingWith("amount is not a whole number of cents: ");
    }
}
