package io.github.cptskit.fhir.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class PsLibreAccesTest {

    static final Seq<String> COMMUNES = List.of("01053", "01173", "2A004", "97411", "75056");

    static String synthetic(long lines, long seed, int badEvery) throws IOException {
        StringWriter w = new StringWriter();
        PsLibreAcces.writeSynthetic(w, lines, seed, COMMUNES, badEvery);
        return w.toString();
    }

    record Read(
            Validation<Seq<Problem>, ImportSummary> summary,
            java.util.List<Activity> activities,
            java.util.List<RefusedLine> refused) {}

    static Read read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static Read read(byte[] bytes) throws IOException {
        java.util.List<Activity> a = new ArrayList<>();
        java.util.List<RefusedLine> r = new ArrayList<>();
        var s = PsLibreAcces.read(new ByteArrayInputStream(bytes), "ps.txt", a::add, r::add);
        return new Read(s, a, r);
    }

    /** The header of the older 52-column file, the shape of the real sample the issue imported. */
    static String header() {
        return PsLibreAcces.COLUMNS_52.mkString("", "|", "|\n");
    }

    /** A line of the extraction with the given fields set (by column name), the others empty. */
    static String line(String... nameValue) {
        String[] f = new String[PsLibreAcces.COLUMNS_52.size()];
        java.util.Arrays.fill(f, "");
        for (int i = 0; i < nameValue.length; i += 2) {
            f[PsLibreAcces.COLUMNS_52.indexOf(nameValue[i])] = nameValue[i + 1];
        }
        return String.join("|", f) + "|\n";
    }

    static final String[] GP = {
        PsLibreAcces.TYPE_ID, "8",
        PsLibreAcces.ID, "10002909371",
        PsLibreAcces.IDNPS, "810002909371",
        PsLibreAcces.PROFESSION, "10",
        PsLibreAcces.SAVOIR_FAIRE_TYPE, "S",
        PsLibreAcces.SAVOIR_FAIRE, "SM54",
        PsLibreAcces.MODE, "L",
        PsLibreAcces.FINESS, "010002129",
        PsLibreAcces.COMMUNE, "01053"
    };

    static String[] with(String[] base, String name, String value) {
        String[] copy = base.clone();
        for (int i = 0; i < copy.length; i += 2) {
            if (copy[i].equals(name)) {
                copy[i + 1] = value;
                return copy;
            }
        }
        String[] longer = java.util.Arrays.copyOf(copy, copy.length + 2);
        longer[copy.length] = name;
        longer[copy.length + 1] = value;
        return longer;
    }

    @Test
    void aLineIsAProfessionalWithProfessionSpecialtyModeSiteAndCommune() throws IOException {
        Read r = read(header() + line(GP));
        assertThat(r.summary().get()).isEqualTo(new ImportSummary(1, 1, 0));
        Activity a = r.activities().get(0);
        assertThat(a.line()).isEqualTo(2);
        Member.HealthProfessional p = a.professional();
        assertThat(p.id().value()).isEqualTo("810002909371");
        assertThat(p.profession()).isEqualTo(Profession.MEDECIN);
        assertThat(p.specialties()).containsExactly(Specialty.SM54);
        assertThat(p.mode()).isEqualTo(ExerciseMode.LIBERAL);
        assertThat(p.practisesAt()).containsExactly(new StructureId("FINESS_ET", "010002129"));
        assertThat(a.commune().get().value()).isEqualTo("01053");
    }

    @Test
    void aBomAndCrLfLineEndsAreRead() throws IOException {
        Read r = read("\uFEFF" + (header() + line(GP)).replace("\n", "\r\n"));
        assertThat(r.summary().get().imported()).isEqualTo(1);
    }

    @Test
    void everyBadLineIsRefusedWithItsLineColumnAndCodesAndTheOthersImported() throws IOException {
        String text = header()
                + line(with(GP, PsLibreAcces.IDNPS, "810002909372")) // line 2: bad RPPS key
                + line(GP) // line 3
                + line(with(with(GP, PsLibreAcces.PROFESSION, "99"), PsLibreAcces.MODE, "B")) // line 4: two problems
                + "8|10002909371|810002909371|\n" // line 5: too few fields
                + line(with(GP, PsLibreAcces.TYPE_ID, "0")) // line 6: the IDNPS is not 0 + identifier
                + line(with(GP, PsLibreAcces.MODE, "B")) // line 7
                + line(with(GP, PsLibreAcces.COMMUNE, "ABCDE")) // line 8
                + line(with(GP, PsLibreAcces.SAVOIR_FAIRE, "médecine")) // line 9
                + line(with(GP, PsLibreAcces.IDNPS, "")); // line 10
        Read r = read(text);
        assertThat(r.summary().get()).isEqualTo(new ImportSummary(9, 1, 8));
        assertThat(r.activities()).extracting(Activity::line).containsExactly(3L);
        var byLine = new java.util.TreeMap<Long, java.util.List<String>>();
        for (RefusedLine l : r.refused()) {
            byLine.put(l.line(), l.problems().map(Problem::code).toJavaList());
            for (Problem p : l.problems()) {
                assertThat(p.location().get().source()).isEqualTo("ps.txt");
                assertThat(p.location().get().line()).isEqualTo(l.line());
                assertThat(p.location().get().column()).isPositive();
                assertThat(p.messageFr()).isNotBlank();
                assertThat(p.messageEn()).isNotBlank();
            }
        }
        assertThat(byLine.get(2L)).containsExactly("RPPS_KEY");
        assertThat(byLine.get(4L)).containsExactlyInAnyOrder("PROFESSION_UNKNOWN", "ANNUAIRE_MODE_UNSUPPORTED");
        assertThat(byLine.get(5L)).containsExactly("ANNUAIRE_COLUMNS");
        assertThat(byLine.get(6L)).containsExactly("ANNUAIRE_ID_MISMATCH");
        assertThat(byLine.get(7L)).containsExactly("ANNUAIRE_MODE_UNSUPPORTED");
        assertThat(byLine.get(8L)).isNotEmpty().allMatch(c -> c.startsWith("INSEE"));
        assertThat(byLine.get(9L)).containsExactly("ANNUAIRE_SPECIALTY_INVALID");
        assertThat(byLine.get(10L)).containsExactly("ANNUAIRE_FIELD_MISSING");
        // the column of the IDNPS field: after the two fields before it and their separators
        Problem key = r.refused().get(0).problems().head();
        assertThat(key.location().get().column()).isEqualTo("8|10002909371|".length() + 1);
    }

    @Test
    void bytesThatAreNotUtf8RefuseTheirLineOnly() throws IOException {
        byte[] good = (header() + line(GP)).getBytes(StandardCharsets.UTF_8);
        byte[] bad = line(GP).getBytes(StandardCharsets.UTF_8);
        bad[40] = (byte) 0xC3;
        bad[41] = (byte) 0x28;
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Read r = read(all);
        assertThat(r.summary().get()).isEqualTo(new ImportSummary(2, 1, 1));
        assertThat(r.refused().get(0).problems().head().code()).isEqualTo("ANNUAIRE_ENCODING");
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrEmptyIsRefusedWhole() throws IOException {
        Read other = read("a|b|c|\n1|2|3|\n");
        assertThat(other.summary().getError().map(Problem::code).distinct()).containsExactly("ANNUAIRE_HEADER");
        assertThat(other.summary().getError()).hasSize(PsLibreAcces.REQUIRED.size());
        assertThat(other.activities()).isEmpty();
        assertThat(read("").summary().getError().head().code()).isEqualTo("ANNUAIRE_EMPTY");
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrder() throws IOException {
        String text = "Code profession|Identification nationale PP|Extra|Type d'identifiant PP|Identifiant PP|"
                + "Code type savoir-faire|Code savoir-faire|Code mode exercice|Numéro SIRET site|Numéro FINESS site|"
                + "Code commune (coord. structure)|\n"
                + "60|0691234567|x|0|691234567|||S|73282932000074||2A004|\n";
        Read r = read(text);
        Member.HealthProfessional p = r.activities().get(0).professional();
        assertThat(p.id().value()).isEqualTo("0691234567");
        assertThat(p.profession()).isEqualTo(Profession.INFIRMIER);
        assertThat(p.mode()).isEqualTo(ExerciseMode.SALARIE);
        assertThat(p.practisesAt()).containsExactly(new StructureId("SIRET", "73282932000074"));
    }

    @Test
    void aSyntheticFileIsReadWithCountsThatAddUp() throws IOException {
        Read clean = read(synthetic(5_000, 7, 0));
        ImportSummary cs = clean.summary().get();
        assertThat(cs.refused()).isZero();
        // about one professional in ten has no practice: their lines are skipped, not refused
        assertThat(cs.skipped()).isBetween(250L, 750L);
        assertThat(cs.imported() + cs.skipped()).isEqualTo(5_000);
        Read dirty = read(synthetic(5_000, 7, 20));
        ImportSummary s = dirty.summary().get();
        assertThat(s.lines()).isEqualTo(5_000);
        assertThat(s.refused()).isBetween(100L, 500L);
        assertThat(s.imported() + s.refused() + s.skipped()).isEqualTo(5_000);
        assertThat(dirty.activities()).hasSize((int) s.imported());
        assertThat(dirty.refused()).hasSize((int) s.refused());
        assertThat(dirty.refused())
                .flatExtracting(l -> l.problems().map(Problem::code).toJavaList())
                .allMatch(c -> c.startsWith("ANNUAIRE_")
                        || c.startsWith("RPPS_")
                        || c.startsWith("ADELI_")
                        || c.equals("PROFESSION_UNKNOWN"));
        assertThat(synthetic(5_000, 7, 20)).isEqualTo(synthetic(5_000, 7, 20));
    }

    @Test
    void professionalsGatherTheirActivities() throws IOException {
        String text = header()
                + line(GP)
                + line(with(
                        with(with(GP, PsLibreAcces.MODE, "S"), PsLibreAcces.SAVOIR_FAIRE, "SM26"),
                        PsLibreAcces.FINESS,
                        "010002137"))
                + line(with(GP, PsLibreAcces.PROFESSION, "21"));
        Professionals gathered = new Professionals("ps.txt");
        var s = PsLibreAcces.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "ps.txt", gathered, l -> {});
        assertThat(s.get().imported()).isEqualTo(3);
        Member.HealthProfessional p = gathered.members().single();
        assertThat(p.mode()).isEqualTo(ExerciseMode.MIXTE);
        assertThat(p.specialties()).containsExactly(Specialty.SM54, Specialty.SM26);
        assertThat(p.practisesAt()).hasSize(2);
        assertThat(gathered.warnings().single().code()).isEqualTo("ANNUAIRE_SECOND_PROFESSION");
        assertThat(gathered.warnings().single().location().get().line()).isEqualTo(4);
        assertThat(gathered.membersList()).containsExactly(p);
        assertThat(gathered.warningsList()).containsExactlyElementsOf(gathered.warnings());
        assertThat(s.get().toString()).isEqualTo("3 lines: 3 imported, 0 refused, 0 skipped");
    }

    static String synthetic(Seq<String> columns, long lines, long seed, int badEvery) throws IOException {
        StringWriter w = new StringWriter();
        PsLibreAcces.writeSynthetic(w, null, null, columns, lines, seed, COMMUNES, badEvery, false);
        return w.toString();
    }

    /** What a read gives, independent of the columns' places: activities and the codes of each refused line. */
    static java.util.List<String> outcome(Read r) {
        java.util.List<String> all = new ArrayList<>();
        for (Activity a : r.activities()) {
            all.add(a.line() + " " + a.professional() + " " + a.commune());
        }
        for (RefusedLine l : r.refused()) {
            all.add(l.line() + " " + l.problems().map(Problem::code).mkString(","));
        }
        ImportSummary s = r.summary().get();
        all.add(s.toString());
        return all;
    }

    @Test
    void theCurrent56ColumnFileImportsTheSameMembersAsThe52ColumnOne() throws IOException {
        Read old = read(synthetic(PsLibreAcces.COLUMNS_52, 3_000, 11, 50));
        Read current = read(synthetic(PsLibreAcces.COLUMNS_56, 3_000, 11, 50));
        assertThat(PsLibreAcces.COLUMNS_52).hasSize(52);
        assertThat(PsLibreAcces.COLUMNS_56)
                .hasSize(56)
                .endsWith("Code rôle", "Libellé rôle", "Code genre activité", "Libellé genre activité");
        assertThat(current.activities()).isNotEmpty();
        assertThat(outcome(current)).isEqualTo(outcome(old));
        // and the hand-written 52-column lines read as 56-column lines (the four new fields filled)
        String header56 = PsLibreAcces.COLUMNS_56.mkString("", "|", "|\n");
        String gp56 = line(GP).replace("|\n", "|FON-01|Titulaire|GENR01|Activité standard|\n");
        assertThat(outcome(read(header56 + gp56))).isEqualTo(outcome(read(header() + line(GP))));
    }

    @Test
    void eachColumnRemovedOrReorderedGivesTheSameMembersOrNamesTheMissingColumn() throws IOException {
        java.util.List<String> reference = outcome(read(synthetic(PsLibreAcces.COLUMNS_56, 800, 5, 40)));
        for (String removed : PsLibreAcces.COLUMNS_56) {
            Read r = read(synthetic(PsLibreAcces.COLUMNS_56.remove(removed), 800, 5, 40));
            if (PsLibreAcces.REQUIRED.contains(removed)) {
                assertThat(r.summary().getError().map(Problem::code))
                        .as(removed)
                        .containsExactly("ANNUAIRE_HEADER");
                assertThat(r.summary().getError().head().messageEn()).contains(removed);
                assertThat(r.activities()).isEmpty();
            } else {
                assertThat(outcome(r)).as(removed).isEqualTo(reference);
            }
        }
        java.util.Random shuffle = new java.util.Random(3);
        for (int round = 0; round < 5; round++) {
            java.util.List<String> order = new ArrayList<>(PsLibreAcces.COLUMNS_56.asJava());
            java.util.Collections.shuffle(order, shuffle);
            Read r = read(synthetic(List.ofAll(order), 800, 5, 40));
            // the same activities; a refused line's columns moved, not its codes
            assertThat(outcome(r)).isEqualTo(reference);
        }
    }

    @Test
    void aLineWithoutExerciseModeDescribesNoPracticeAndIsSkippedNotRefused() throws IOException {
        String noPractice = line(
                PsLibreAcces.TYPE_ID, "8",
                PsLibreAcces.ID, "10002909371",
                PsLibreAcces.IDNPS, "810002909371",
                PsLibreAcces.PROFESSION, "10");
        Read r = read(header() + noPractice + line(GP) + noPractice);
        assertThat(r.summary().get()).isEqualTo(new ImportSummary(3, 1, 0, 2));
        assertThat(r.refused()).isEmpty();
        assertThat(r.activities()).extracting(Activity::line).containsExactly(3L);
    }

    @Test
    void aLoneCrInsideAFieldIsDataOnlyLfOrCrLfEndALine() throws IOException {
        String gp = line(GP);
        String withCr = gp.replace("|8|", "|8|"); // unchanged start
        int bar = gp.indexOf('|', gp.indexOf("810002909371") + 13);
        String crInField = gp.substring(0, bar) + "x\ry" + gp.substring(bar); // a CR in the empty field after the IDNPS
        String text = header() + withCr + crInField.replace("\n", "\r\n") + gp;
        Read r = read(text);
        assertThat(r.summary().get()).isEqualTo(new ImportSummary(3, 3, 0));
        assertThat(r.activities()).extracting(Activity::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aLineLongerThanTheCapIsRefusedWithoutBeingHeldAndTheNextOnesAreRead() throws IOException {
        String longLine = line(with(GP, "Raison sociale site", "A".repeat(5_000)));
        byte[] bytes = (header() + line(GP) + longLine + line(GP)).getBytes(StandardCharsets.UTF_8);
        java.util.List<Activity> a = new ArrayList<>();
        java.util.List<RefusedLine> refused = new ArrayList<>();
        var s = PsLibreAcces.read(new ByteArrayInputStream(bytes), "ps.txt", 3_000, a::add, refused::add);
        assertThat(s.get()).isEqualTo(new ImportSummary(3, 2, 1));
        Problem p = refused.get(0).problems().single();
        assertThat(p.code()).isEqualTo("ANNUAIRE_LINE_TOO_LONG");
        assertThat(p.location().get().line()).isEqualTo(3);
        assertThat(p.messageEn())
                .contains(String.valueOf(longLine.length() - 1))
                .contains("3000");
        assertThat(a).extracting(Activity::line).containsExactly(2L, 4L);
        // a header longer than the cap refuses the file
        var header = PsLibreAcces.read(new ByteArrayInputStream(bytes), "ps.txt", 100, x -> {}, x -> {});
        assertThat(header.getError().single().code()).isEqualTo("ANNUAIRE_LINE_TOO_LONG");
    }

    @Test
    void theSavoirFaireAndDiplomaFilesAreReadByColumnName() throws IOException {
        String sf = PsLibreAcces.SAVOIR_FAIRE_COLUMNS.mkString("", "|", "|\n")
                + "8|10002909371|810002909371|SYNTHETIQUE|X|10|Médecin|C|Civil|S|Spécialité ordinale|SM54|Médecine générale|\n"
                + "8|10002909371|810002909371|SYNTHETIQUE|X|10|Médecin|C|Civil|CAPA|Capacité|CAPA08|Gérontologie|\n"
                + "8|10002909371|810002909372|SYNTHETIQUE|X|10|Médecin|C|Civil|S|Spécialité ordinale|SM54|x|\n"
                + "8|10002909371|810002909371|SYNTHETIQUE|X|10|Médecin|C|Civil|S|Spécialité ordinale|médecine|x|\n"
                + "8|10002909371|810002909371|SYNTHETIQUE|X|10|Médecin|C|Civil|||||\n";
        java.util.List<SavoirFaire> read = new ArrayList<>();
        java.util.List<RefusedLine> refused = new ArrayList<>();
        var s = PsLibreAcces.readSavoirFaire(
                new ByteArrayInputStream(sf.getBytes(StandardCharsets.UTF_8)),
                "sf.txt",
                1_000,
                read::add,
                refused::add);
        assertThat(s.get()).isEqualTo(new ImportSummary(5, 2, 2, 1));
        assertThat(read.get(0).specialty().get()).isEqualTo(Specialty.SM54);
        assertThat(read.get(1).type()).isEqualTo("CAPA");
        assertThat(read.get(1).specialty().isEmpty()).isTrue();
        assertThat(refused)
                .extracting(l -> l.problems().head().code())
                .containsExactly("RPPS_KEY", "ANNUAIRE_SPECIALTY_INVALID");

        String dipl = PsLibreAcces.DIPLOMA_COLUMNS.mkString("", "|", "|\n")
                + "8|10002909371|810002909371|SYNTHETIQUE|X|DE|Diplôme d'État|DE01|Docteur en médecine|||||\n"
                + "8|10002909371|810002909371|SYNTHETIQUE|X|||||AUTEXE|Autorisation|DISC|Discipline|\n"
                + "8|10002909371|810002909371|SYNTHETIQUE|X|||||||||\n";
        java.util.List<Diploma> diplomas = new ArrayList<>();
        var d = PsLibreAcces.readDiplomas(
                new ByteArrayInputStream(dipl.getBytes(StandardCharsets.UTF_8)),
                "d.txt",
                1_000,
                diplomas::add,
                x -> {});
        assertThat(d.get()).isEqualTo(new ImportSummary(3, 2, 0, 1));
        assertThat(diplomas.get(0).diploma()).isEqualTo("DE01");
        assertThat(diplomas.get(1).authorisationType()).isEqualTo("AUTEXE");
        assertThat(diplomas.get(1).authorisationDiscipline()).isEqualTo("DISC");
        var wrong = PsLibreAcces.readDiplomas(
                new ByteArrayInputStream(sf.getBytes(StandardCharsets.UTF_8)), "d.txt", 1_000, x -> {}, x -> {});
        assertThat(wrong.getError().map(Problem::code).distinct()).containsExactly("ANNUAIRE_HEADER");
        assertThat(wrong.getError().head().messageEn()).contains("PS_LibreAcces_Dipl_AutExerc");
    }

    @Test
    void aPractisingLineWithoutCommuneIsImportedWithoutOne() throws IOException {
        Read r = read(header() + line(with(GP, PsLibreAcces.COMMUNE, "")));
        assertThat(r.summary().get()).isEqualTo(new ImportSummary(1, 1, 0));
        assertThat(r.activities().get(0).commune().isEmpty()).isTrue();
        assertThat(r.activities().get(0).communeOptional()).isEmpty();
    }

    @Test
    void theCapOnALineIsAtLeastOneCharacterForEachOfTheThreeFiles() throws IOException {
        byte[] bytes = (header() + line(GP)).getBytes(StandardCharsets.UTF_8);
        for (int cap : new int[] {0, -1}) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(
                            () -> PsLibreAcces.read(new ByteArrayInputStream(bytes), "ps.txt", cap, x -> {}, x -> {}))
                    .withMessageContaining("maxLineLength");
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> PsLibreAcces.readSavoirFaire(
                            new ByteArrayInputStream(bytes), "sf.txt", cap, x -> {}, x -> {}));
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() ->
                            PsLibreAcces.readDiplomas(new ByteArrayInputStream(bytes), "d.txt", cap, x -> {}, x -> {}));
        }
        // a cap of one character is a cap: the header is longer, the file is refused with the lengths
        var one = PsLibreAcces.read(new ByteArrayInputStream(bytes), "ps.txt", 1, x -> {}, x -> {});
        Problem p = one.getError().single();
        assertThat(p.code()).isEqualTo("ANNUAIRE_LINE_TOO_LONG");
        assertThat(p.messageEn())
                .isEqualTo("line of " + (header().length() - 1) + " characters, longer than the cap of 1: not read");
        assertThat(p.location().get().line()).isEqualTo(1);
    }

    @Test
    void badSitesAreReportedAtTheirColumnAndCharactersAreReadLikeBytes() throws IOException {
        Read r = read(header()
                + line(with(GP, PsLibreAcces.FINESS, "0100021"))
                + line(with(with(GP, PsLibreAcces.FINESS, ""), PsLibreAcces.SIRET, "7328293200007")));
        assertThat(r.refused())
                .extracting(l -> l.problems()
                        .map(p -> p.code() + " " + p.location().get().path())
                        .mkString(";"))
                .containsExactly("FINESS_LENGTH " + PsLibreAcces.FINESS, "SIRET_LENGTH " + PsLibreAcces.SIRET);
        java.util.List<Activity> a = new ArrayList<>();
        var s = PsLibreAcces.read(new java.io.StringReader(header() + line(GP)), "ps.txt", a::add, x -> {});
        assertThat(s.get()).isEqualTo(new ImportSummary(1, 1, 0));
        assertThat(a.get(0).professional().id().value()).isEqualTo("810002909371");
    }

    @Test
    void aByteThatIsNotUtf8IsLocatedAtItsCharacterAndABlankHeaderIsAnEmptyFile() throws IOException {
        byte[] head = header().getBytes(StandardCharsets.UTF_8);
        byte[] bad = line(GP).getBytes(StandardCharsets.UTF_8);
        bad[0] = (byte) 0xFF;
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Problem p = read(all).refused().get(0).problems().single();
        assertThat(p.code()).isEqualTo("ANNUAIRE_ENCODING");
        assertThat(p.location().get().column()).isEqualTo(1);
        assertThat(read("\uFEFF  \n" + line(GP)).summary().getError().single().code())
                .isEqualTo("ANNUAIRE_EMPTY");
    }

    @Test
    void aSavoirFaireLineWithATypeAndNoCodeOrTheReverseNamesTheEmptyColumnAndABadHeaderIsRefused() throws IOException {
        String sf = PsLibreAcces.SAVOIR_FAIRE_COLUMNS.mkString("", "|", "|\n")
                + "8|10002909371|810002909371|N|P|10|M|C|C|S|S|||\n"
                + "8|10002909371|810002909371|N|P|10|M|C|C|||SM54|x|\n";
        java.util.List<RefusedLine> refused = new ArrayList<>();
        var s = PsLibreAcces.readSavoirFaire(
                new ByteArrayInputStream(sf.getBytes(StandardCharsets.UTF_8)), "sf.txt", 1_000, x -> {}, refused::add);
        assertThat(s.get()).isEqualTo(new ImportSummary(2, 0, 2, 0));
        assertThat(refused)
                .extracting(l -> l.problems().single().messageEn())
                .containsExactly(
                        "empty field: \"" + PsLibreAcces.SAVOIR_FAIRE + "\"",
                        "empty field: \"" + PsLibreAcces.SAVOIR_FAIRE_TYPE + "\"");
        var wrong = PsLibreAcces.readSavoirFaire(
                new ByteArrayInputStream("x|y|\n1|2|\n".getBytes(StandardCharsets.UTF_8)),
                "sf.txt",
                1_000,
                x -> {},
                x -> {});
        assertThat(wrong.getError().map(Problem::code)).hasSize(5).allMatch(c -> c.equals("ANNUAIRE_HEADER"));
        assertThat(wrong.getError().head().messageEn()).contains("PS_LibreAcces_SavoirFaire");
    }

    @Test
    void aSyntheticFileOfNoLineIsItsHeaderAndNegativeCountsAreRefused() throws IOException {
        StringWriter w = new StringWriter();
        PsLibreAcces.writeSynthetic(w, 0, 1, java.util.List.of("01053"), 0);
        assertThat(w.toString()).isEqualTo(PsLibreAcces.COLUMNS_56.mkString("", "|", "|\n"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> PsLibreAcces.writeSynthetic(new StringWriter(), -1, 1, COMMUNES, 0));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> PsLibreAcces.writeSynthetic(new StringWriter(), 1, 1, COMMUNES, -1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> PsLibreAcces.writeSynthetic(new StringWriter(), 1, 1, List.empty(), 0));
    }
}
