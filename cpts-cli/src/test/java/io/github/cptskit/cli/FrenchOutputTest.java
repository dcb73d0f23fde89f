package io.github.cptskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.aci.tariff.Mission;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.indicator.Achievement;
import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.ProblemCode;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.github.cptskit.json.problem.JsonProblem;
import io.github.cptskit.pathways.problem.PathwaysProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #24 (4): French output is French end to end. Every line of remuneration explanations (every
 * band, both accords, pro rata, cap, late and missing missions, unconfirmed figures, payment
 * schedules) and every problem of every module's catalogue, rendered with {@code Locale.FRENCH},
 * holds no English word of a list and no repository path ({@code docs/…}, {@code .md}); English output
 * holds no French-only word of a list.
 */
class FrenchOutputTest {

    /** Words that are English and not French (nor French legal terms, nor Latin used in French). */
    private static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "of",
            "is",
            "are",
            "not",
            "found",
            "with",
            "without",
            "estimate",
            "estimated",
            "expected",
            "missing",
            "must",
            "should",
            "from",
            "days",
            "months",
            "half",
            "key",
            "secondary",
            "assumed",
            "ceiling",
            "fixed",
            "unknown",
            "invalid",
            "required",
            "given",
            "between",
            "number",
            "year",
            "years",
            "which",
            "this",
            "that",
            "has",
            "have",
            "been",
            "only",
            "when",
            "where",
            "there",
            "their",
            "by",
            "for",
            "at",
            "to",
            "be",
            "in",
            "it",
            "than",
            "more",
            "less",
            "after",
            "before",
            "above",
            "below",
            "unconfirmed",
            "confirmed",
            "supplied",
            "user",
            "payment",
            "advance",
            "amount",
            "none",
            "any",
            "each",
            "every",
            "see",
            "was",
            "were");

    /** Words that are French and not English. */
    private static final Set<String> FRENCH = Set.of(
            "le",
            "la",
            "les",
            "des",
            "du",
            "une",
            "est",
            "sont",
            "pas",
            "avec",
            "sans",
            "entre",
            "jours",
            "mois",
            "moitié",
            "clé",
            "introuvable",
            "estimation",
            "attendu",
            "attendue",
            "obligatoire",
            "aucun",
            "aucune",
            "non",
            "confirmé",
            "fourni",
            "avance",
            "solde",
            "échéancier",
            "réalisation",
            "écrêtement");

    /** Problems that list the values of a command-line option, which are typed as they are (cash, fixed…). */
    private static final Set<String> OPTION_VALUES = Set.of("BASIS_UNKNOWN", "DISTRIBUTION_UNKNOWN");

    /** An upper-case code (RPPS_KEY, FINESS_PREFIX_UNCONFIRMED): a stable name, not a word of the text. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z0-9]+(_[A-Z0-9]+)+\\b");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");

    private static List<String> offending(String text, Set<String> words) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(CODE.matcher(text).replaceAll(" "));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (words.contains(w)) {
                found.add(w);
            }
        }
        if (text.contains("docs/") || text.contains(".md")) {
            found.add("a repository path");
        }
        return found;
    }

    /** The scenarios whose explanations hold every kind of line, warning and payment. */
    private static List<Remuneration> remunerations() {
        List<Remuneration> out = new ArrayList<>();
        // The bundled rules, and rules of a user's with a lower ceiling (a capped year) and months
        // for the pro rata (the other factor).
        TariffRules user = io.github.cptskit.core.problem.Results.orElseThrow(TariffRules.bundled()
                .with("plafond.taille1", "150000") // one step, unchecked: a ceiling below the sum of the parts
                .flatMap(r -> r.with("paiement.prorata.methode", "MOIS")));
        for (TariffRules rules : List.of(TariffRules.bundled(), user)) {
            out.addAll(remunerations(RemunerationCalculator.of(rules)));
        }
        return out;
    }

    private static List<Remuneration> remunerations(RemunerationCalculator calculator) {
        List<Remuneration> out = new ArrayList<>();
        for (long population : new long[] {10_000, 60_000, 120_000, 250_000}) {
            for (LocalDate signed :
                    new LocalDate[] {LocalDate.of(2020, 1, 15), LocalDate.of(2023, 3, 1), LocalDate.of(2027, 6, 1)}) {
                for (int year = 1; year <= 2; year++) {
                    for (Achievement a : new Achievement[] {
                        Achievement.FULL, Achievement.parse("0.5").get()
                    }) {
                        Scenario.Builder full = Scenario.builder("cpts-gex")
                                .population(population)
                                .signedOn(signed)
                                .contractYear(year);
                        for (Mission m : Mission.values()) {
                            full.mission(m, signed.plusMonths(m.ordinal() * 5L), a);
                        }
                        full.build().map(calculator::calculate).forEach(r -> r.forEach(out::add));
                        // missions without an achievement
                        Scenario.Builder bare = Scenario.builder("cpts-gex")
                                .population(population)
                                .signedOn(signed)
                                .contractYear(year);
                        for (Mission m : Mission.values()) {
                            bare.mission(m, signed.plusMonths(m.ordinal() * 2L), a);
                        }
                        bare.build()
                                .map(s -> s.withAchievements(io.vavr.collection.TreeMap.empty()))
                                .map(calculator::calculate)
                                .forEach(r -> r.forEach(out::add));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyExplanationLineIsFrenchInFrenchAndEnglishInEnglish() {
        List<Remuneration> all = remunerations();
        assertThat(all).hasSizeGreaterThan(50);
        Set<String> warnings = new TreeSet<>();
        Set<String> badFr = new TreeSet<>();
        Set<String> badEn = new TreeSet<>();
        boolean capped = false;
        for (Remuneration r : all) {
            r.warnings().forEach(w -> warnings.add(w.code()));
            capped |= r.explain(Locale.ENGLISH).contains("ceiling cap")
                    || r.explain(Locale.FRENCH).contains("crêt");
            for (String line : r.explain(Locale.FRENCH).split("\n")) {
                List<String> words = offending(line, ENGLISH);
                if (!words.isEmpty()) {
                    badFr.add(words + " in: " + line.strip());
                }
            }
            for (String line : r.explain(Locale.ENGLISH).split("\n")) {
                // Constants the user writes as they are (MOIS, USER_SUPPLIED) are no French words.
                List<String> words = offending(line.replaceAll("\\b\\p{Lu}{4,}\\b", " "), FRENCH);
                // French legal titles and terms stay French in English output: only our own words count.
                if (!words.isEmpty() && !line.contains("Accord conventionnel") && !line.contains("Avenant")) {
                    badEn.add(words + " in: " + line.strip());
                }
            }
        }
        assertThat(warnings)
                .as("the scenarios cover the warnings of an explanation")
                .contains(
                        "MISSION_NOT_IN_FORCE",
                        "MISSION_STARTED_LATE",
                        "UNCONFIRMED_FIGURES",
                        "RULES_BEYOND_LAST_KNOWN_CHANGE",
                        "SCENARIO_ACHIEVEMENT_MISSING");
        assertThat(capped).as("a capped remuneration is covered").isTrue();
        assertThat(badFr)
                .as("English or repository paths in French explanations")
                .isEmpty();
        assertThat(badEn).as("French words in English explanations").isEmpty();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyProblemOfEveryCatalogueIsFrenchInFrench() {
        List<String> bad = new ArrayList<>();
        int rendered = 0;
        for (Class<? extends Enum> c : List.<Class<? extends Enum>>of(
                CoreProblem.class,
                PathwaysProblem.class,
                AciProblem.class,
                FhirProblem.class,
                JsonProblem.class,
                CliProblem.class)) {
            for (Object o : c.getEnumConstants()) {
                ProblemCode entry = (ProblemCode) o;
                Object[] facts = new Object[10];
                java.util.Arrays.fill(facts, "X");
                Problem p = Problem.of(entry, facts);
                rendered++;
                if (OPTION_VALUES.contains(((Enum<?>) o).name())) {
                    continue;
                }
                // Command-line options and the constants a user writes in files (CONFIRMED…) are typed
                // as they are in both languages.
                String text =
                        p.format(Locale.FRENCH).replaceAll("--[a-z-]+", " ").replaceAll("\\b\\p{Lu}{4,}\\b", " ");
                List<String> words = offending(text, ENGLISH);
                if (!words.isEmpty()) {
                    bad.add(((Enum<?>) o).name() + " " + words + ": " + p.format(Locale.FRENCH));
                }
            }
        }
        assertThat(rendered).isGreaterThan(300);
        assertThat(bad).as("English or repository paths in French problems").isEmpty();
    }
}
