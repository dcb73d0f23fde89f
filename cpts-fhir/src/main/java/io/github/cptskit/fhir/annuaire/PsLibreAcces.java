package io.github.cptskit.fhir.annuaire;

import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.InseeCode;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.fhir.internal.PipeTable;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of the Annuaire Santé's public extraction ({@code PS_LibreAcces}): UTF-8, one header
 * line, fields separated by {@code |} (each line, header included, ending with one), no quotes. Its
 * three files are read here: {@code PS_LibreAcces_Personne_activite_*.txt} (one line per activity of a
 * professional: a profession, a savoir-faire, a situation of practice at a site; {@link #read}),
 * {@code PS_LibreAcces_SavoirFaire_*.txt} (their savoir-faire, among them their ordinal specialties;
 * {@link #readSavoirFaire}) and {@code PS_LibreAcces_Dipl_AutExerc_*.txt} (their diplomas and
 * authorisations; {@link #readDiplomas}); {@link AnnuaireImport} joins the three. A file is read line
 * by line and never held in memory: each line becomes a value or a {@link RefusedLine} with every
 * problem found on it (a stable code, French and English messages, file, line and column), or is
 * skipped when it describes nothing to import, and the counts always add up ({@link ImportSummary}).
 * Only LF or CR LF end a line (a lone CR is data); a line longer than the cap
 * ({@link #DEFAULT_MAX_LINE_LENGTH} unless given) is refused, {@code ANNUAIRE_LINE_TOO_LONG}.
 *
 * <p>Columns are found by their names in the header ({@link #COLUMNS_56} lists the current monthly
 * extraction's, {@link #COLUMNS_52} the older one's, in their order), so that the columns the ANS adds
 * do not break the reader; the {@link #REQUIRED} ones must be there. An activity line is mapped so:
 *
 * <ul>
 *   <li>"Identification nationale PP": the IDNPS (8 + RPPS, 0 + ADELI), checked (the RPPS's Luhn key…)
 *       and equal to "Type d'identifiant PP" followed by "Identifiant PP";
 *   <li>"Code profession": TRE_G15, else TRE_R95 or TRE_R94 ({@link Profession});
 *   <li>"Code savoir-faire" where "Code type savoir-faire" is {@code S} (ordinal specialty): a TRE_R38
 *       {@link Specialty}; other savoir-faire types are not specialties and are not kept;
 *   <li>"Code mode exercice" (TRE_R23): {@code L} libéral, {@code S} salarié; a line without mode
 *       describes no practice (a professional without current activity) and is skipped, counted in
 *       {@link ImportSummary#skipped()}; another mode is refused (cptskit's {@link ExerciseMode} has no
 *       other);
 *   <li>the site: "Numéro FINESS site" (a FINESS ET) or else "Numéro SIRET site";
 *   <li>"Code commune (coord. structure)": the INSEE code of the site's commune.
 * </ul>
 *
 * <p>The column names are those of the headers of the public files (annuaire.sante.fr, « Extractions en
 * libre accès »), as reproduced by open-source readers of the files (docs/fhir.md says which); the
 * ANS's own description of the extraction was not read from a stored source. {@link #writeSynthetic}
 * writes files of these formats with made-up professionals, for tests and benchmarks.
 *
 * <pre>{@code
 * ImportSummary s = PsLibreAcces.read(Files.newInputStream(file), file.toString(),
 *     activity -> keep(activity), refused -> report(refused)).get();
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call reads its own stream.
 */
public final class PsLibreAcces {
    private PsLibreAcces() {}

    /** Where the format comes from. */
    public static final LegalReference REFERENCE = io.github.cptskit.fhir.internal.References.PS_LIBRE_ACCES;

    /** Column: "Type d'identifiant PP" (0 ADELI, 8 RPPS). */
    public static final String TYPE_ID = "Type d'identifiant PP";
    /** Column: "Identifiant PP" (the ADELI or RPPS number). */
    public static final String ID = "Identifiant PP";
    /** Column: "Identification nationale PP" (the IDNPS). */
    public static final String IDNPS = "Identification nationale PP";
    /** Column: "Code profession". */
    public static final String PROFESSION = "Code profession";
    /** Column: "Code type savoir-faire". */
    public static final String SAVOIR_FAIRE_TYPE = "Code type savoir-faire";
    /** Column: "Code savoir-faire". */
    public static final String SAVOIR_FAIRE = "Code savoir-faire";
    /** Column: "Code mode exercice". */
    public static final String MODE = "Code mode exercice";
    /** Column: "Numéro SIRET site". */
    public static final String SIRET = "Numéro SIRET site";
    /** Column: "Numéro FINESS site". */
    public static final String FINESS = "Numéro FINESS site";
    /** Column: "Code commune (coord. structure)". */
    public static final String COMMUNE = "Code commune (coord. structure)";

    /** The older extraction's 52 columns, in the order of its header. */
    public static final Seq<String> COLUMNS_52 = List.of(
            TYPE_ID,
            ID,
            IDNPS,
            "Code civilité d'exercice",
            "Libellé civilité d'exercice",
            "Code civilité",
            "Libellé civilité",
            "Nom d'exercice",
            "Prénom d'exercice",
            PROFESSION,
            "Libellé profession",
            "Code catégorie professionnelle",
            "Libellé catégorie professionnelle",
            SAVOIR_FAIRE_TYPE,
            "Libellé type savoir-faire",
            SAVOIR_FAIRE,
            "Libellé savoir-faire",
            MODE,
            "Libellé mode exercice",
            SIRET,
            "Numéro SIREN site",
            FINESS,
            "Numéro FINESS établissement juridique",
            "Identifiant technique de la structure",
            "Raison sociale site",
            "Enseigne commerciale site",
            "Complément destinataire (coord. structure)",
            "Complément point géographique (coord. structure)",
            "Numéro Voie (coord. structure)",
            "Indice répétition voie (coord. structure)",
            "Code type de voie (coord. structure)",
            "Libellé type de voie (coord. structure)",
            "Libellé Voie (coord. structure)",
            "Mention distribution (coord. structure)",
            "Bureau cedex (coord. structure)",
            "Code postal (coord. structure)",
            COMMUNE,
            "Libellé commune (coord. structure)",
            "Code pays (coord. structure)",
            "Libellé pays (coord. structure)",
            "Téléphone (coord. structure)",
            "Téléphone 2 (coord. structure)",
            "Télécopie (coord. structure)",
            "Adresse e-mail (coord. structure)",
            "Code Département (structure)",
            "Libellé Département (structure)",
            "Ancien identifiant de la structure",
            "Autorité d'enregistrement",
            "Code secteur d'activité",
            "Libellé secteur d'activité",
            "Code section tableau pharmaciens",
            "Libellé section tableau pharmaciens");

    /** Column of the current monthly file (not in the older 52-column one): "Code rôle". */
    public static final String ROLE = "Code rôle";
    /** Column of the current monthly file (not in the older 52-column one): "Code genre activité". */
    public static final String ACTIVITY_KIND = "Code genre activité";

    /** The current monthly extraction's 56 columns: the older 52 then the role and kind of activity. */
    public static final Seq<String> COLUMNS_56 =
            COLUMNS_52.appendAll(List.of(ROLE, "Libellé rôle", ACTIVITY_KIND, "Libellé genre activité"));

    /** Column of the savoir-faire and diplomas files: "Nom d'exercice". */
    private static final String NAME = "Nom d'exercice";

    /** The columns of {@code PS_LibreAcces_SavoirFaire}, in the order of its header. */
    public static final Seq<String> SAVOIR_FAIRE_COLUMNS = List.of(
            TYPE_ID,
            ID,
            IDNPS,
            NAME,
            "Prénom d'exercice",
            PROFESSION,
            "Libellé profession",
            "Code catégorie professionnelle",
            "Libellé catégorie professionnelle",
            SAVOIR_FAIRE_TYPE,
            "Libellé type savoir-faire",
            SAVOIR_FAIRE,
            "Libellé savoir-faire");

    /** Column of {@code PS_LibreAcces_Dipl_AutExerc}: "Code type diplôme obtenu". */
    public static final String DIPLOMA_TYPE = "Code type diplôme obtenu";
    /** Column of {@code PS_LibreAcces_Dipl_AutExerc}: "Code diplôme obtenu". */
    public static final String DIPLOMA = "Code diplôme obtenu";
    /** Column of {@code PS_LibreAcces_Dipl_AutExerc}: "Code type autorisation". */
    public static final String AUTHORISATION_TYPE = "Code type autorisation";
    /** Column of {@code PS_LibreAcces_Dipl_AutExerc}: "Code discipline autorisation". */
    public static final String AUTHORISATION_DISCIPLINE = "Code discipline autorisation";

    /** The columns of {@code PS_LibreAcces_Dipl_AutExerc}, in the order of its header. */
    public static final Seq<String> DIPLOMA_COLUMNS = List.of(
            TYPE_ID,
            ID,
            IDNPS,
            NAME,
            "Prénom d'exercice",
            DIPLOMA_TYPE,
            "Libellé type diplôme obtenu",
            DIPLOMA,
            "Libellé diplôme obtenu",
            AUTHORISATION_TYPE,
            "Libellé type autorisation",
            AUTHORISATION_DISCIPLINE,
            "Libellé discipline autorisation");

    /** The columns the reader of activities needs. */
    public static final Seq<String> REQUIRED =
            List.of(TYPE_ID, ID, IDNPS, PROFESSION, SAVOIR_FAIRE_TYPE, SAVOIR_FAIRE, MODE, SIRET, FINESS, COMMUNE);

    /** The columns the reader of savoir-faire needs. */
    public static final Seq<String> SAVOIR_FAIRE_REQUIRED =
            List.of(TYPE_ID, ID, IDNPS, SAVOIR_FAIRE_TYPE, SAVOIR_FAIRE);

    /** The columns the reader of diplomas needs. */
    public static final Seq<String> DIPLOMA_REQUIRED =
            List.of(TYPE_ID, ID, IDNPS, DIPLOMA_TYPE, DIPLOMA, AUTHORISATION_TYPE, AUTHORISATION_DISCIPLINE);

    /**
     * The longest line read by default, in characters (a real line is under 1,000): a longer line is
     * refused ({@code ANNUAIRE_LINE_TOO_LONG}) without being held in memory.
     */
    public static final int DEFAULT_MAX_LINE_LENGTH = 65_536;

    private static final Map<String, Profession> PROFESSIONS = professions();

    /**
     * Reads an extraction from a stream of UTF-8 bytes (a byte that is not UTF-8 refuses its line,
     * {@code ANNUAIRE_ENCODING}), with lines of at most {@link #DEFAULT_MAX_LINE_LENGTH} characters.
     *
     * @param in the stream, read to its end but not closed
     * @param source the file name for the problems' locations
     * @param accepted receives each activity, in file order
     * @param refused receives each refused line, in file order
     * @return the counts (a line without exercise mode describes no practice: it is skipped, counted in
     *     {@link ImportSummary#skipped()}), or the problems of a header without a required column
     *     ({@code ANNUAIRE_HEADER}) or of an empty file ({@code ANNUAIRE_EMPTY}), when no line is read
     * @throws IOException if the stream cannot be read
     */
    public static Validation<Seq<Problem>, ImportSummary> read(
            InputStream in, String source, Consumer<Activity> accepted, Consumer<RefusedLine> refused)
            throws IOException {
        return read(in, source, DEFAULT_MAX_LINE_LENGTH, accepted, refused);
    }

    /**
     * Reads an extraction from a stream of UTF-8 bytes, with a cap on the length of a line.
     *
     * @param in the stream, read to its end but not closed
     * @param source the file name for the problems' locations
     * @param maxLineLength the longest line read, in characters (at least 1): a longer one is refused
     *     ({@code ANNUAIRE_LINE_TOO_LONG}) and never held whole in memory
     * @param accepted receives each activity, in file order
     * @param refused receives each refused line, in file order
     * @return the counts, or the header's problems
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException if {@code maxLineLength} is below 1
     */
    public static Validation<Seq<Problem>, ImportSummary> read(
            InputStream in,
            String source,
            int maxLineLength,
            Consumer<Activity> accepted,
            Consumer<RefusedLine> refused)
            throws IOException {
        Objects.requireNonNull(in, "in");
        return read(utf8(in), source, maxLineLength, accepted, refused);
    }

    /**
     * Reads an extraction from characters ({@link #read(InputStream, String, Consumer, Consumer)}).
     *
     * @param in the characters, read to their end but not closed
     * @param source the file name for the problems' locations
     * @param accepted receives each activity, in file order
     * @param refused receives each refused line, in file order
     * @return the counts, or the header's problems
     * @throws IOException if the stream cannot be read
     */
    public static Validation<Seq<Problem>, ImportSummary> read(
            Reader in, String source, Consumer<Activity> accepted, Consumer<RefusedLine> refused) throws IOException {
        return read(in, source, DEFAULT_MAX_LINE_LENGTH, accepted, refused);
    }

    private static Validation<Seq<Problem>, ImportSummary> read(
            Reader in, String source, int maxLineLength, Consumer<Activity> accepted, Consumer<RefusedLine> refused)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(refused, "refused");
        var opened = activities(in, source, maxLineLength);
        if (opened.isInvalid()) {
            return Validation.invalid(opened.getError());
        }
        return Validation.valid(drain(opened.get(), accepted, refused));
    }

    /**
     * Reads {@code PS_LibreAcces_SavoirFaire} from a stream of UTF-8 bytes: each line is a
     * {@link SavoirFaire} of a professional, or a {@link RefusedLine} (a bad IDNPS, a type {@code S}
     * whose code is no TRE_R38 specialty, and the problems of any line: encoding, length, fields).
     *
     * @param in the stream, read to its end but not closed
     * @param source the file name for the problems' locations
     * @param maxLineLength the longest line read, in characters (at least 1)
     * @param accepted receives each savoir-faire, in file order
     * @param refused receives each refused line, in file order
     * @return the counts, or the header's problems
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException if {@code maxLineLength} is below 1
     */
    public static Validation<Seq<Problem>, ImportSummary> readSavoirFaire(
            InputStream in,
            String source,
            int maxLineLength,
            Consumer<SavoirFaire> accepted,
            Consumer<RefusedLine> refused)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(refused, "refused");
        var opened = savoirFaire(utf8(in), source, maxLineLength);
        if (opened.isInvalid()) {
            return Validation.invalid(opened.getError());
        }
        return Validation.valid(drain(opened.get(), accepted, refused));
    }

    /**
     * Reads {@code PS_LibreAcces_Dipl_AutExerc} from a stream of UTF-8 bytes: each line is a
     * {@link Diploma} (a diploma, an authorisation or both) or a {@link RefusedLine}; a line with neither
     * diploma nor authorisation is skipped and counted.
     *
     * @param in the stream, read to its end but not closed
     * @param source the file name for the problems' locations
     * @param maxLineLength the longest line read, in characters (at least 1)
     * @param accepted receives each diploma, in file order
     * @param refused receives each refused line, in file order
     * @return the counts, or the header's problems
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException if {@code maxLineLength} is below 1
     */
    public static Validation<Seq<Problem>, ImportSummary> readDiplomas(
            InputStream in, String source, int maxLineLength, Consumer<Diploma> accepted, Consumer<RefusedLine> refused)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(refused, "refused");
        var opened = diplomas(utf8(in), source, maxLineLength);
        if (opened.isInvalid()) {
            return Validation.invalid(opened.getError());
        }
        return Validation.valid(drain(opened.get(), accepted, refused));
    }

    static Reader utf8(InputStream in) {
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static <T> ImportSummary drain(Lines<T> lines, Consumer<T> accepted, Consumer<RefusedLine> refused)
            throws IOException {
        while (lines.next()) {
            T value = lines.value();
            if (value != null) {
                accepted.accept(value);
            } else if (lines.refused() != null) {
                refused.accept(lines.refused());
            }
        }
        return lines.summary();
    }

    private static void checkCap(int maxLineLength) {
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be at least 1: " + maxLineLength);
        }
    }

    static Validation<Seq<Problem>, Lines<Activity>> activities(Reader in, String source, int maxLineLength)
            throws IOException {
        checkCap(maxLineLength);
        return PipeTable.open(in, source, "PS_LibreAcces_Personne_activite", REQUIRED, maxLineLength)
                .map(t -> new Lines<>(t, PsLibreAcces::activity));
    }

    static Validation<Seq<Problem>, Lines<SavoirFaire>> savoirFaire(Reader in, String source, int maxLineLength)
            throws IOException {
        checkCap(maxLineLength);
        return PipeTable.open(in, source, "PS_LibreAcces_SavoirFaire", SAVOIR_FAIRE_REQUIRED, maxLineLength)
                .map(t -> new Lines<>(t, PsLibreAcces::savoirFaire));
    }

    static Validation<Seq<Problem>, Lines<Diploma>> diplomas(Reader in, String source, int maxLineLength)
            throws IOException {
        checkCap(maxLineLength);
        return PipeTable.open(in, source, "PS_LibreAcces_Dipl_AutExerc", DIPLOMA_REQUIRED, maxLineLength)
                .map(t -> new Lines<>(t, PsLibreAcces::diploma));
    }

    /** What a mapper makes of a line: a value, a refusal, or nothing (the line is skipped). */
    interface Mapper<T> {
        @Nullable
        Object map(PipeTable t, java.util.List<Problem> problems);
    }

    /** The lines of one file, pulled one at a time, with their counts. */
    static final class Lines<T> {
        private final PipeTable table;
        private final Mapper<T> mapper;
        private @Nullable T value;
        private @Nullable RefusedLine refused;
        private long read;
        private long imported;
        private long rejected;
        private long skipped;
        private final java.util.List<Problem> problems = new java.util.ArrayList<>(4);

        Lines(PipeTable table, Mapper<T> mapper) {
            this.table = table;
            this.mapper = mapper;
        }

        /** Moves to the next data line: then exactly one of value, refused, or neither (skipped). */
        @SuppressWarnings("unchecked")
        boolean next() throws IOException {
            value = null;
            refused = null;
            if (!table.next()) {
                return false;
            }
            read++;
            if (table.refusal() != null) {
                rejected++;
                refused = table.refusal();
                return true;
            }
            problems.clear();
            Object r = mapper.map(table, problems);
            if (!problems.isEmpty()) {
                rejected++;
                refused = new RefusedLine(table.number(), List.ofAll(problems));
            } else if (r == null) {
                skipped++;
            } else {
                imported++;
                value = (T) r;
            }
            return true;
        }

        @Nullable
        T value() {
            return value;
        }

        @Nullable
        RefusedLine refused() {
            return refused;
        }

        ImportSummary summary() {
            return new ImportSummary(read, imported, rejected, skipped);
        }
    }

    private static @Nullable Object activity(PipeTable t, java.util.List<Problem> problems) {
        String modeCode = t.field(MODE);
        if (modeCode.isEmpty()) {
            // no exercise mode: the line describes no practice (a professional without activity)
            return null;
        }
        Idnps professional = idnps(t, problems);
        Profession p = required(t, PROFESSION, problems) ? profession(t, problems) : null;
        ExerciseMode m = mode(t, modeCode, problems);
        Specialty specialty = specialty(t, t.field(SAVOIR_FAIRE_TYPE), t.field(SAVOIR_FAIRE), problems);
        StructureId site = site(t, problems);
        Option<InseeCode> where = commune(t, problems);
        if (!problems.isEmpty() || professional == null || p == null || m == null) {
            return null;
        }
        Member.HealthProfessional.Builder b = Member.HealthProfessional.builder()
                .id(professional)
                .profession(p)
                .mode(m);
        if (specialty != null) {
            b.specialties(List.of(specialty));
        }
        if (site != null) {
            b.practisesAt(List.of(site));
        }
        return new Activity(t.number(), b.build(), where);
    }

    private static @Nullable Object savoirFaire(PipeTable t, java.util.List<Problem> problems) {
        Idnps professional = idnps(t, problems);
        String type = t.field(SAVOIR_FAIRE_TYPE);
        String code = t.field(SAVOIR_FAIRE);
        specialty(t, type, code, problems);
        if (type.isEmpty() && code.isEmpty()) {
            if (professional != null && problems.isEmpty()) {
                return null; // no savoir-faire on the line
            }
        } else if (type.isEmpty() || code.isEmpty()) {
            String empty = type.isEmpty() ? SAVOIR_FAIRE_TYPE : SAVOIR_FAIRE;
            problems.add(Problem.of(FhirProblem.ANNUAIRE_FIELD_MISSING, empty).at(t.at(empty)));
        }
        if (!problems.isEmpty() || professional == null) {
            return null;
        }
        return new SavoirFaire(t.number(), professional, type, code);
    }

    private static @Nullable Object diploma(PipeTable t, java.util.List<Problem> problems) {
        Idnps professional = idnps(t, problems);
        if (!problems.isEmpty() || professional == null) {
            return null;
        }
        String diploma = t.field(DIPLOMA);
        String authorisation = t.field(AUTHORISATION_TYPE);
        if (diploma.isEmpty() && authorisation.isEmpty()) {
            return null; // neither diploma nor authorisation: nothing to import
        }
        return new Diploma(
                t.number(),
                professional,
                t.field(DIPLOMA_TYPE),
                diploma,
                authorisation,
                t.field(AUTHORISATION_DISCIPLINE));
    }

    private static @Nullable Idnps idnps(PipeTable t, java.util.List<Problem> problems) {
        if (!required(t, IDNPS, problems)) {
            return null;
        }
        var v = Idnps.parse(t.field(IDNPS));
        if (v.isInvalid()) {
            v.getError().forEach(p -> problems.add(p.at(t.at(IDNPS))));
            return null;
        }
        String declared = t.field(TYPE_ID) + t.field(ID);
        if (!declared.equals(v.get().value())) {
            problems.add(Problem.of(FhirProblem.ANNUAIRE_ID_MISMATCH, v.get().value(), declared)
                    .at(t.at(TYPE_ID)));
            return null;
        }
        return v.get();
    }

    private static @Nullable Profession profession(PipeTable t, java.util.List<Problem> problems) {
        String code = t.field(PROFESSION);
        Profession p = PROFESSIONS.get(code);
        if (p == null) {
            Profession.ofCode(code).getError().forEach(e -> problems.add(e.at(t.at(PROFESSION))));
        }
        return p;
    }

    private static @Nullable ExerciseMode mode(PipeTable t, String code, java.util.List<Problem> problems) {
        switch (code) {
            case "L":
                return ExerciseMode.LIBERAL;
            case "S":
                return ExerciseMode.SALARIE;
            default:
                problems.add(
                        Problem.of(FhirProblem.ANNUAIRE_MODE_UNSUPPORTED, code).at(t.at(MODE)));
                return null;
        }
    }

    private static @Nullable Specialty specialty(
            PipeTable t, String type, String code, java.util.List<Problem> problems) {
        if (!type.equals("S") || code.isEmpty()) {
            return null;
        }
        try {
            return Specialty.of(code);
        } catch (IllegalArgumentException e) {
            problems.add(
                    Problem.of(FhirProblem.ANNUAIRE_SPECIALTY_INVALID, code).at(t.at(SAVOIR_FAIRE)));
            return null;
        }
    }

    private static @Nullable StructureId site(PipeTable t, java.util.List<Problem> problems) {
        String et = t.field(FINESS);
        if (!et.isEmpty()) {
            var v = Finess.parse(et);
            if (v.isInvalid()) {
                v.getError().forEach(p -> problems.add(p.at(t.at(FINESS))));
                return null;
            }
            return StructureId.finessEt(v.get());
        }
        String s = t.field(SIRET);
        if (!s.isEmpty()) {
            var v = Siret.parse(s);
            if (v.isInvalid()) {
                v.getError().forEach(p -> problems.add(p.at(t.at(SIRET))));
                return null;
            }
            return StructureId.of(v.get());
        }
        return null;
    }

    private static Option<InseeCode> commune(PipeTable t, java.util.List<Problem> problems) {
        String code = t.field(COMMUNE);
        if (code.isEmpty()) {
            return Option.none();
        }
        var v = InseeCode.parse(code);
        if (v.isInvalid()) {
            v.getError().forEach(p -> problems.add(p.at(t.at(COMMUNE))));
            return Option.none();
        }
        return Option.some(v.get());
    }

    private static boolean required(PipeTable t, String column, java.util.List<Problem> problems) {
        if (!t.field(column).isEmpty()) {
            return true;
        }
        problems.add(Problem.of(FhirProblem.ANNUAIRE_FIELD_MISSING, column).at(t.at(column)));
        return false;
    }

    /**
     * Writes a synthetic extraction of activities in the current 56-column format
     * ({@link #writeSynthetic(java.io.Writer, java.io.Writer, java.io.Writer, Iterable, long, long, Iterable, int,
     * boolean)} without the two other files).
     *
     * @param out where the lines go (LF line ends), not closed
     * @param lines the number of data lines
     * @param seed the seed: the same seed writes the same file
     * @param communes the INSEE codes of the communes of the sites, at least one
     * @param badEvery one bad line in about this many (0 for none)
     * @throws IOException if writing fails
     */
    public static void writeSynthetic(java.io.Writer out, long lines, long seed, Seq<String> communes, int badEvery)
            throws IOException {
        writeSynthetic(out, null, null, COLUMNS_56, lines, seed, communes, badEvery, false);
    }

    /**
     * Writes a synthetic extraction: a header, then {@code lines} lines of activities of made-up
     * professionals (names {@code SYNTHETIQUE}, valid RPPS and ADELI numbers drawn from the seed, one to
     * three consecutive lines each, at FINESS or SIRET sites in the given communes; about one in ten
     * without exercise mode: no practice), and, when their writers are given, the savoir-faire (the
     * doctors' ordinal specialty, and some competences) and diplomas of the same professionals. About
     * one activity line in {@code 1 / badEvery} is wrong in one of the ways the reader refuses (bad RPPS
     * key or ADELI number cut short, unknown profession, unsupported mode, wrong number of fields). No real person's data: for
     * tests, benchmarks and trying a pipeline.
     *
     * @param activities where the activities go (LF line ends), not closed
     * @param savoirFaire where the savoir-faire go, or null
     * @param diplomas where the diplomas go, or null
     * @param columns the activity file's columns, in order (e.g. {@link #COLUMNS_56}; a column missing is
     *     not written, an unknown one written empty)
     * @param lines the number of activity lines
     * @param seed the seed: the same seed writes the same files
     * @param communes the INSEE codes of the communes of the sites, at least one
     * @param badEvery one bad line in about this many (0 for none)
     * @param sorted true for professionals in increasing IDNPS order (RPPS only), false for random ones
     * @throws IOException if writing fails
     */
    public static void writeSynthetic(
            java.io.Writer activities,
            java.io.@Nullable Writer savoirFaire,
            java.io.@Nullable Writer diplomas,
            Iterable<String> columns,
            long lines,
            long seed,
            Iterable<String> communes,
            int badEvery,
            boolean sorted)
            throws IOException {
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(communes, "communes");
        Seq<String> communeCodes = List.ofAll(communes);
        if (communeCodes.isEmpty() || lines < 0 || badEvery < 0) {
            throw new IllegalArgumentException("communes, lines >= 0 and badEvery >= 0 expected");
        }
        new io.github.cptskit.fhir.internal.Synthetic(List.ofAll(columns), communeCodes, seed, badEvery, sorted)
                .write(activities, savoirFaire, diplomas, lines);
    }

    private static Map<String, Profession> professions() {
        Map<String, Profession> m = new HashMap<>();
        // TRE_G15 first, then the titles (R95) and social professions (R94): their codes do not collide.
        for (Profession.Nomenclature n : Profession.Nomenclature.values()) {
            for (Profession p : Profession.values()) {
                if (p.nomenclature() == n) {
                    m.putIfAbsent(p.code(), p);
                }
            }
        }
        return Map.copyOf(m);
    }

    /**
     * {@link #writeSynthetic(java.io.Writer, long, long, Seq, int)} with the communes in any
     * {@code java.util} collection.
     *
     * @param out where the lines go (LF line ends), not closed
     * @param lines the number of data lines
     * @param seed the seed: the same seed writes the same file
     * @param communes the INSEE codes of the communes of the sites, at least one
     * @param badEvery one bad line in about this many (0 for none)
     * @throws IOException if writing fails
     */
    public static void writeSynthetic(
            java.io.Writer out, long lines, long seed, java.util.Collection<String> communes, int badEvery)
            throws IOException {
        Objects.requireNonNull(communes, "communes");
        writeSynthetic(out, lines, seed, io.vavr.collection.List.ofAll(communes), badEvery);
    }
}
