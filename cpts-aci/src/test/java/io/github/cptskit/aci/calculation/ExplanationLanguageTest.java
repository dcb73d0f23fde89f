package io.github.cptskit.aci.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #17: an explanation and its payment schedule read entirely in French with {@link
 * Locale#FRENCH} and entirely in English with {@link Locale#ENGLISH}. What another part of cptskit
 * writes is left out of the check: the citations of the rules' sources (data of the rule files) and
 * the warnings (problem messages).
 */
class ExplanationLanguageTest {

    private static final TariffRules RULES = TariffRules.bundled();

    /** English words that must not appear in a French explanation. */
    private static final Set<String> ENGLISH = HashSet.of(
            "achievement",
            "advance",
            "after",
            "and",
            "assessed",
            "band",
            "balance",
            "budget",
            "cap",
            "ceiling",
            "confirmed",
            "contract",
            "days",
            "deducted",
            "estimate",
            "figure",
            "fixed",
            "from",
            "indicators",
            "intent",
            "letter",
            "months",
            "of",
            "operating",
            "payment",
            "remuneration",
            "rules",
            "scale",
            "schedule",
            "size",
            "supplied",
            "support",
            "the",
            "to",
            "unconfirmed",
            "user",
            "year");

    /** French words that must not appear in an English explanation (fonctionnement is a legal term). */
    private static final Set<String> FRENCH = HashSet.of(
            "année",
            "après",
            "au",
            "avance",
            "barème",
            "chiffre",
            "confirmé",
            "contrat",
            "de",
            "des",
            "du",
            "déduit",
            "échéancier",
            "écrêtement",
            "estimation",
            "évaluation",
            "fixe",
            "fourni",
            "indicateurs",
            "jours",
            "la",
            "lettre",
            "lue",
            "mois",
            "non",
            "plafond",
            "réalisation",
            "règles",
            "rémunération",
            "solde",
            "soutien",
            "sur",
            "taille",
            "utilisateur");

    /** Parameter paths and payment keys ({@code missions.acces.fixe.taille2}, {@code acces.fixe}): identifiers. */
    private static final Pattern IDENTIFIER = Pattern.compile("\\p{L}+(\\.\\p{L}[\\p{L}0-9]*)+");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * The CPTS of the README in its second contract year (advances and balances, an achievement of
     * 0.58), and the same CPTS in its first year (fonctionnement in full, missions from mid-year in
     * days), in months, and above its ceiling (the cap line and payment).
     */
    private static List<Remuneration> remunerations() {
        LocalDate signed = LocalDate.of(2023, 3, 1);
        Scenario.Builder gex = Scenario.builder("gex")
                .population(97_000)
                .signedOn(signed)
                .mission(
                        Mission.ACCES,
                        LocalDate.of(2023, 6, 1),
                        Achievement.parse("0.58").get())
                .mission(Mission.PARCOURS, LocalDate.of(2024, 1, 15), Achievement.FULL)
                .mission(
                        Mission.PREVENTION,
                        LocalDate.of(2024, 1, 15),
                        Achievement.parse("50%").get())
                .mission(Mission.CRISES, LocalDate.of(2023, 9, 1), Achievement.NONE);
        Scenario second = gex.contractYear(2).build().get();
        Scenario first = gex.contractYear(1).build().get();
        RemunerationCalculator calc = RemunerationCalculator.of(RULES);
        return List.of(
                calc.calculate(second).get(),
                calc.calculate(first).get(),
                RemunerationCalculator.of(
                                RULES.with("paiement.prorata.methode", "MOIS").get())
                        .calculate(first)
                        .get(),
                RemunerationCalculator.of(
                                RULES.with("fonctionnement.taille3", "400000").get())
                        .calculate(first)
                        .get());
    }

    /**
     * The explanation without what other parts of cptskit write: the citations, the raw values of the
     * parameters (codes such as {@code JOURS_CALENDAIRES}) and the warnings.
     */
    private static String ownText(Remuneration r, Locale locale) {
        String text = r.explain(locale);
        for (UsedParameter p : r.lines().flatMap(Line::parameters)) {
            text = text.replace(p.value().reference().citation(), "")
                    .replace(" = " + p.value().value() + " [", " = [");
        }
        return List.of(text.split("\n")).filter(l -> !l.startsWith("  ! ")).mkString("\n");
    }

    private static Set<String> words(String text) {
        String plain = IDENTIFIER.matcher(text).replaceAll(" ");
        Set<String> words = HashSet.empty();
        var m = WORD.matcher(plain);
        while (m.find()) {
            words = words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    @Test
    void theFrenchExplanationAndScheduleHaveNoEnglishWord() {
        for (Remuneration r : remunerations()) {
            String fr = ownText(r, Locale.FRENCH);
            assertThat(words(fr).intersect(ENGLISH)).as(fr).isEmpty();
            assertThat(words(fr)).contains("échéancier", "avance", "solde", "total");
        }
    }

    @Test
    void theEnglishExplanationAndScheduleHaveNoFrenchWord() {
        for (Remuneration r : remunerations()) {
            String en = ownText(r, Locale.ENGLISH);
            assertThat(words(en).intersect(FRENCH)).as(en).isEmpty();
            assertThat(words(en)).contains("payment", "schedule", "total");
        }
    }

    @Test
    void everyKindOfLineFactorAndPaymentIsWrittenInBothLanguages() {
        List<Remuneration> all = remunerations();
        String fr = all.map(r -> ownText(r, Locale.FRENCH)).mkString("\n");
        String en = all.map(r -> ownText(r, Locale.ENGLISH)).mkString("\n");
        assertThat(fr)
                .contains("× réalisation 0,58", " jours", " mois", "avance 75 % acces.fixe", "solde fonctionnement")
                .contains("(taille lue sur un barème non confirmé, population 97\u00a0000)")
                .contains("Écrêtement au plafond annuel : -", "écrêtement au plafond (déduit du solde)")
                .contains("[estimation]", "[confirmé]", "[fourni par l'utilisateur]", "Échéancier :", "Total : ");
        assertThat(en)
                .contains("× achievement 0.58", " days", " months", "advance 75 % acces.fixe", "balance fonctionnement")
                .contains("(band from an unconfirmed scale, population 97000)")
                .contains("Cap at the yearly ceiling: -", "ceiling cap (deducted from the balance)")
                .contains("Payment schedule:", "Total: ");
        for (Payment.Kind kind : Payment.Kind.values()) {
            Payment p = Payment.of(
                    kind,
                    kind.perMission() ? Option.some(Mission.ACCES) : Option.none(),
                    1,
                    LocalDate.of(2024, 1, 1),
                    Amounts.ofCents(100));
            assertThat(words(p.label(Locale.FRENCH)).intersect(ENGLISH))
                    .as(kind.name())
                    .isEmpty();
            assertThat(words(p.label(Locale.ENGLISH)).intersect(FRENCH))
                    .as(kind.name())
                    .isEmpty();
            assertThat(p.label()).isEqualTo(p.label(Locale.ENGLISH));
        }
    }

    @Test
    void partsStillAddUpToTheTotalToTheCent() {
        for (Remuneration r : remunerations()) {
            long total = Amounts.cents(r.total());
            assertThat(r.lines().map(l -> Amounts.cents(l.amount())).sum().longValue())
                    .isEqualTo(total);
            assertThat(r.schedule().map(p -> Amounts.cents(p.amount())).sum().longValue())
                    .isEqualTo(total);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysAndTheOtherLocalesReadEnglish() throws IOException {
        Properties en = load("explanation.properties");
        Properties fr = load("explanation_fr.properties");
        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(20);
        Remuneration r = remunerations().head();
        assertThat(r.explain(Locale.GERMAN)).isEqualTo(r.explain(Locale.ENGLISH));
        assertThat(r.explain(Locale.CANADA_FRENCH)).isEqualTo(r.explain(Locale.FRENCH));
        Locale before = Locale.getDefault();
        try {
            // The JVM's default locale does not leak into the English text.
            Locale.setDefault(Locale.FRANCE);
            assertThat(Texts.ENGLISH.format("explain.schedule")).isEqualTo("Payment schedule:");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
