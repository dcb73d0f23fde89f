package io.github.cptskit.fhir.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PsLibreAcces#writeSynthetic}: what its javadoc promises of the three files, read back column by
 * column (tests, benchmarks and users trying a pipeline rely on their shape and proportions).
 */
class SyntheticFilesTest {

    static final Seq<String> COMMUNES = List.of("01053", "2A004", "97411");

    record Files(
            java.util.List<Map<String, String>> activities,
            java.util.List<Map<String, String>> savoirFaire,
            java.util.List<Map<String, String>> diplomas,
            String activityText) {}

    static java.util.List<Map<String, String>> rows(String text, Seq<String> columns) {
        String[] lines = text.split("\n");
        assertThat(lines[0]).isEqualTo(columns.mkString("", "|", "|"));
        java.util.List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\\|", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size() && c < f.length - 1; c++) {
                row.put(columns.get(c), f[c]);
            }
            row.put("#fields", String.valueOf(f.length - 1));
            rows.add(row);
        }
        return rows;
    }

    static Files write(long lines, long seed, int badEvery, boolean sorted) throws IOException {
        StringWriter a = new StringWriter();
        StringWriter s = new StringWriter();
        StringWriter d = new StringWriter();
        PsLibreAcces.writeSynthetic(a, s, d, PsLibreAcces.COLUMNS_56, lines, seed, COMMUNES, badEvery, sorted);
        return new Files(
                rows(a.toString(), PsLibreAcces.COLUMNS_56),
                rows(s.toString(), PsLibreAcces.SAVOIR_FAIRE_COLUMNS),
                rows(d.toString(), PsLibreAcces.DIPLOMA_COLUMNS),
                a.toString());
    }

    static String get(Map<String, String> row, String column) {
        return row.get(column);
    }

    /** The persons of the activity file, in order, each with its consecutive lines. */
    static java.util.List<java.util.List<Map<String, String>>> persons(java.util.List<Map<String, String>> rows) {
        java.util.List<java.util.List<Map<String, String>>> persons = new ArrayList<>();
        String last = null;
        for (Map<String, String> r : rows) {
            String who = get(r, "Prénom d'exercice");
            if (!who.equals(last)) {
                persons.add(new ArrayList<>());
                last = who;
            }
            persons.get(persons.size() - 1).add(r);
        }
        return persons;
    }

    static double share(java.util.List<?> all, java.util.function.Predicate<Object> p) {
        return all.stream().filter(p).count() / (double) all.size();
    }

    @Test
    void everyCleanLineIsAPractisingOrNonPractisingMadeUpProfessionalAtASiteOfTheGivenCommunes() throws IOException {
        Files f = write(6_000, 17, 0, false);
        assertThat(f.activities()).hasSize(6_000);
        var persons = persons(f.activities());
        for (int n = 0; n < persons.size(); n++) {
            var lines = persons.get(n);
            assertThat(lines).hasSizeBetween(1, 3);
            Map<String, String> first = lines.get(0);
            for (Map<String, String> r : lines) {
                // one person, one profession and one mode on all their lines
                assertThat(get(r, PsLibreAcces.IDNPS)).isEqualTo(get(first, PsLibreAcces.IDNPS));
                assertThat(get(r, PsLibreAcces.PROFESSION)).isEqualTo(get(first, PsLibreAcces.PROFESSION));
                assertThat(get(r, PsLibreAcces.MODE)).isEqualTo(get(first, PsLibreAcces.MODE));
                assertThat(get(r, "#fields")).isEqualTo("56");
                assertThat(get(r, PsLibreAcces.IDNPS))
                        .isEqualTo(get(r, PsLibreAcces.TYPE_ID) + get(r, PsLibreAcces.ID));
                assertThat(Idnps.parse(get(r, PsLibreAcces.IDNPS)).isValid()).isTrue();
                assertThat(get(r, PsLibreAcces.TYPE_ID)).isIn("8", "0");
                assertThat(get(r, "Code civilité d'exercice")).isEqualTo("DR");
                assertThat(get(r, "Libellé civilité d'exercice")).isEqualTo("Docteur");
                assertThat(get(r, "Nom d'exercice")).isEqualTo("SYNTHETIQUE");
                assertThat(get(r, "Prénom d'exercice")).isEqualTo("PERSONNE" + (n + 1));
                assertThat(get(r, "Libellé profession")).isNotEmpty();
                assertThat(get(r, "Code catégorie professionnelle")).isEqualTo("C");
                assertThat(get(r, "Libellé catégorie professionnelle")).isEqualTo("Civil");
                assertThat(get(r, "Code pays (coord. structure)")).isEqualTo("99000");
                // a column the generator does not fill is empty
                assertThat(get(r, "Libellé rôle") + get(r, "Adresse e-mail (coord. structure)"))
                        .isEmpty();
                boolean specialty = get(r, PsLibreAcces.SAVOIR_FAIRE_TYPE).equals("S");
                assertThat(get(r, PsLibreAcces.SAVOIR_FAIRE).isEmpty()).isEqualTo(!specialty);
                assertThat(get(r, "Libellé type savoir-faire")).isEqualTo(specialty ? "Spécialité ordinale" : "");
                if (specialty) {
                    assertThat(get(r, PsLibreAcces.PROFESSION)).isEqualTo("10");
                }
                String mode = get(r, PsLibreAcces.MODE);
                String finess = get(r, PsLibreAcces.FINESS);
                String siret = get(r, PsLibreAcces.SIRET);
                String commune = get(r, PsLibreAcces.COMMUNE);
                if (mode.isEmpty()) {
                    // no practice: no site, no commune, no role
                    assertThat(finess
                                    + siret
                                    + commune
                                    + get(r, "Numéro SIREN site")
                                    + get(r, "Raison sociale site")
                                    + get(r, PsLibreAcces.ROLE)
                                    + get(r, PsLibreAcces.ACTIVITY_KIND)
                                    + get(r, "Libellé mode exercice"))
                            .isEmpty();
                    continue;
                }
                assertThat(mode).isIn("L", "S");
                assertThat(get(r, "Libellé mode exercice"))
                        .isEqualTo(mode.equals("L") ? "Libéral,indépendant,artisan,commerçant" : "Salarié");
                assertThat(commune).isIn(COMMUNES.asJava());
                assertThat(get(r, "Raison sociale site")).isEqualTo("CABINET SYNTHETIQUE " + (n + 1));
                assertThat(get(r, PsLibreAcces.ROLE)).isEqualTo("FON-01");
                assertThat(get(r, PsLibreAcces.ACTIVITY_KIND)).isEqualTo("GENR01");
                // one site: a FINESS ET of the commune's département, or a SIRET and its SIREN
                assertThat(finess.isEmpty()).isNotEqualTo(siret.isEmpty());
                if (finess.isEmpty()) {
                    assertThat(Siret.parse(siret).isValid()).as(siret).isTrue();
                    assertThat(get(r, "Numéro SIREN site")).isEqualTo(siret.substring(0, 9));
                } else {
                    assertThat(finess).hasSize(9);
                    assertThat(finess)
                            .startsWith(commune.startsWith("97") ? commune.substring(0, 3) : commune.substring(0, 2));
                    assertThat(get(r, "Numéro SIREN site")).isEmpty();
                }
            }
        }
        // the proportions the javadoc gives: about one professional in ten without practice; then the
        // generator's own: 80 % RPPS, a quarter salaried, a third at a FINESS site
        java.util.List<Map<String, String>> heads =
                persons.stream().map(l -> l.get(0)).toList();
        assertThat(share(
                        heads,
                        r -> get((Map<String, String>) r, PsLibreAcces.MODE).isEmpty()))
                .isBetween(0.07, 0.13);
        assertThat(share(
                        heads,
                        r -> get((Map<String, String>) r, PsLibreAcces.TYPE_ID).equals("8")))
                .isBetween(0.75, 0.85);
        java.util.List<Map<String, String>> practising = f.activities().stream()
                .filter(r -> !get(r, PsLibreAcces.MODE).isEmpty())
                .toList();
        assertThat(share(
                        practising,
                        r -> get((Map<String, String>) r, PsLibreAcces.MODE).equals("S")))
                .isBetween(0.2, 0.3);
        assertThat(share(
                        practising,
                        r -> !get((Map<String, String>) r, PsLibreAcces.FINESS).isEmpty()))
                .isBetween(0.28, 0.39);
        assertThat(practising.stream().map(r -> get(r, PsLibreAcces.COMMUNE)).distinct())
                .containsExactlyInAnyOrderElementsOf(COMMUNES);
        assertThat(persons.stream().mapToInt(java.util.List::size).max().getAsInt())
                .isEqualTo(3);
        assertThat(persons.stream().mapToInt(java.util.List::size).min().getAsInt())
                .isEqualTo(1);
    }

    @Test
    void theSavoirFaireAndDiplomaFilesDescribeTheSameProfessionals() throws IOException {
        Files f = write(3_000, 23, 0, false);
        var persons = persons(f.activities());
        Map<String, String> idOf = new LinkedHashMap<>();
        Map<String, String> professionOf = new LinkedHashMap<>();
        for (int n = 0; n < persons.size(); n++) {
            Map<String, String> head = persons.get(n).get(0);
            idOf.put("PERSONNE" + (n + 1), get(head, PsLibreAcces.IDNPS));
            professionOf.put("PERSONNE" + (n + 1), get(head, PsLibreAcces.PROFESSION));
        }
        // savoir-faire: the doctors' ordinal specialty (type S), and a competence for every third person
        Set<String> withSpecialty = new java.util.HashSet<>();
        Set<String> withCompetence = new java.util.HashSet<>();
        for (Map<String, String> r : f.savoirFaire()) {
            String who = get(r, "Prénom d'exercice");
            int n = Integer.parseInt(who.substring("PERSONNE".length()));
            assertThat(get(r, "#fields")).isEqualTo("13");
            assertThat(get(r, PsLibreAcces.IDNPS)).isEqualTo(idOf.get(who));
            assertThat(get(r, PsLibreAcces.TYPE_ID) + get(r, PsLibreAcces.ID)).isEqualTo(idOf.get(who));
            assertThat(get(r, "Nom d'exercice")).isEqualTo("SYNTHETIQUE");
            assertThat(get(r, PsLibreAcces.PROFESSION)).isEqualTo(professionOf.get(who));
            if (get(r, PsLibreAcces.SAVOIR_FAIRE_TYPE).equals("S")) {
                assertThat(professionOf.get(who)).isEqualTo("10");
                assertThat(get(r, "Libellé type savoir-faire")).isEqualTo("Spécialité ordinale");
                assertThat(get(r, PsLibreAcces.SAVOIR_FAIRE)).isIn("SM54", "SM26", "SM04", "SM40");
                withSpecialty.add(who);
            } else {
                assertThat(get(r, PsLibreAcces.SAVOIR_FAIRE_TYPE)).isEqualTo("C");
                assertThat(get(r, "Libellé type savoir-faire")).isEqualTo("Compétence");
                assertThat(get(r, PsLibreAcces.SAVOIR_FAIRE)).isEqualTo("CSYNTH" + (n % 5));
                assertThat(n % 3).isZero();
                withCompetence.add(who);
            }
        }
        assertThat(withSpecialty)
                .containsExactlyInAnyOrderElementsOf(professionOf.entrySet().stream()
                        .filter(e -> e.getValue().equals("10"))
                        .map(Map.Entry::getKey)
                        .toList());
        assertThat(withCompetence).hasSize(persons.size() / 3);
        // diplomas: a diploma for everyone, an authorisation for every tenth person
        Set<String> authorised = new java.util.HashSet<>();
        java.util.Map<String, Integer> diplomas = new java.util.HashMap<>();
        for (Map<String, String> r : f.diplomas()) {
            String who = get(r, "Prénom d'exercice");
            int n = Integer.parseInt(who.substring("PERSONNE".length()));
            assertThat(get(r, PsLibreAcces.IDNPS)).isEqualTo(idOf.get(who));
            if (get(r, PsLibreAcces.DIPLOMA_TYPE).isEmpty()) {
                assertThat(get(r, PsLibreAcces.DIPLOMA)
                                + get(r, "Libellé type diplôme obtenu")
                                + get(r, "Libellé diplôme obtenu"))
                        .isEmpty();
                assertThat(get(r, PsLibreAcces.AUTHORISATION_TYPE)).isEqualTo("AUTEXE");
                assertThat(get(r, "Libellé type autorisation")).isEqualTo("Autorisation");
                assertThat(n % 10).isZero();
                authorised.add(who);
            } else {
                assertThat(get(r, PsLibreAcces.DIPLOMA_TYPE)).isEqualTo("DE");
                assertThat(get(r, "Libellé type diplôme obtenu")).isEqualTo("Diplôme");
                assertThat(get(r, PsLibreAcces.DIPLOMA)).isEqualTo("DE" + professionOf.get(who));
                assertThat(get(r, "Libellé diplôme obtenu")).isEqualTo("Diplôme synthétique");
                assertThat(get(r, PsLibreAcces.AUTHORISATION_TYPE) + get(r, "Libellé type autorisation"))
                        .isEmpty();
                diplomas.merge(who, 1, Integer::sum);
            }
        }
        assertThat(diplomas)
                .hasSize(persons.size())
                .allSatisfy((who, count) -> assertThat(count).isOne());
        assertThat(authorised).hasSize(persons.size() / 10);
    }

    @Test
    void sortedFilesHaveStrictlyIncreasingRppsBasedIdnps() throws IOException {
        Files f = write(2_000, 29, 0, true);
        var persons = persons(f.activities());
        String previous = "";
        for (var lines : persons) {
            String id = get(lines.get(0), PsLibreAcces.IDNPS);
            assertThat(id).startsWith("8").hasSize(12);
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
        // the same seed writes the same files; another seed others
        assertThat(write(2_000, 29, 0, true)).isEqualTo(f);
        assertThat(write(2_000, 30, 0, true).activityText()).isNotEqualTo(f.activityText());
    }

    @Test
    void badLinesAreWrongInOneOfTheDocumentedWaysOnly() throws IOException {
        Files f = write(8_000, 31, 10, false);
        java.util.List<Activity> read = new ArrayList<>();
        java.util.List<RefusedLine> refused = new ArrayList<>();
        var s = PsLibreAcces.read(
                        new ByteArrayInputStream(f.activityText().getBytes(StandardCharsets.UTF_8)),
                        "synthetic.txt",
                        read::add,
                        refused::add)
                .get();
        // about one line in ten is bad; each refused with the code of its fault
        assertThat(s.refused() / 8_000.0).isBetween(0.07, 0.13);
        assertThat(refused)
                .allSatisfy(l -> assertThat(l.problems().map(Problem::code))
                        .hasSize(1)
                        .first()
                        .isIn(
                                "RPPS_KEY",
                                "ADELI_LENGTH",
                                "PROFESSION_UNKNOWN",
                                "ANNUAIRE_MODE_UNSUPPORTED",
                                "ANNUAIRE_COLUMNS"));
        assertThat(refused.stream().map(l -> l.problems().head().code()).distinct())
                .containsExactlyInAnyOrder(
                        "RPPS_KEY",
                        "ADELI_LENGTH",
                        "PROFESSION_UNKNOWN",
                        "ANNUAIRE_MODE_UNSUPPORTED",
                        "ANNUAIRE_COLUMNS");
        // a line cut short has 53 fields of 56
        assertThat(f.activities()).anyMatch(r -> r.get("#fields").equals("53"));
    }
}
