package io.github.cptskit.fhir.annuaire;

import io.github.cptskit.core.identifier.Finess;
import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.InseeCode;
import io.github.cptskit.core.identifier.Siret;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Profession;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.fhir.problem.FhirProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.BufferedReader;
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

/**
 * A streaming reader of the Annuaire Santé's public extraction of professionals' activities,
 * {@code PS_LibreAcces_Personne_activite_*.txt}: UTF-8, one header line, fields separated by {@code |}
 * (each line ending with one), one line per activity of a professional (a profession, a savoir-faire,
 * a situation of practice at a site). The file is read line by line and never held in memory: each
 * line becomes an {@link Activity} or a {@link RefusedLine} with every problem found on it (a stable
 * code, French and English messages, file, line and column), and the counts always add up
 * ({@link ImportSummary}).
 *
 * <p>Columns are found by their names in the header ({@link #COLUMNS} lists the extraction's, in its
 * order), so that columns the ANS adds later do not break the reader; the {@link #REQUIRED} ones must be
 * there. A line is mapped so:
 *
 * <ul>
 *   <li>"Identification nationale PP": the IDNPS (8 + RPPS, 0 + ADELI), checked (the RPPS's Luhn key…)
 *       and equal to "Type d'identifiant PP" followed by "Identifiant PP";
 *   <li>"Code profession": TRE_G15, else TRE_R95 or TRE_R94 ({@link Profession});
 *   <li>"Code savoir-faire" where "Code type savoir-faire" is {@code S} (ordinal specialty): a TRE_R38
 *       {@link Specialty}; other savoir-faire types are not specialties and are not kept;
 *   <li>"Code mode exercice" (TRE_R23): {@code L} libéral, {@code S} salarié; a line without mode, or
 *       with another (cptskit's {@link ExerciseMode} has no other), is refused;
 *   <li>the site: "Numéro FINESS site" (a FINESS ET) or else "Numéro SIRET site";
 *   <li>"Code commune (coord. structure)": the INSEE code of the site's commune.
 * </ul>
 *
 * <p>The column names are those of the header of the public file (annuaire.sante.fr, « Extractions en
 * libre accès », file {@code PS_LibreAcces_Personne_activite}), as reproduced by open-source readers of
 * the file; the ANS's description of the extraction was not read from a stored source.
 * {@link #writeSynthetic} writes files of this format with made-up professionals, for tests and
 * benchmarks.
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
    public static final LegalReference REFERENCE = LegalReference.of(
            "ANS, annuaire.sante.fr, extractions en libre accès : PS_LibreAcces_Personne_activite (UTF-8, « | »)",
            "format de l'extraction des professionnels");

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

    /** The extraction's columns, in the order of its header. */
    public static final Seq<String> COLUMNS = List.of(
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

    /** The columns the reader needs. */
    public static final Seq<String> REQUIRED =
            List.of(TYPE_ID, ID, IDNPS, PROFESSION, SAVOIR_FAIRE_TYPE, SAVOIR_FAIRE, MODE, SIRET, FINESS, COMMUNE);

    private static final Map<String, Profession> PROFESSIONS = professions();

    /**
     * Reads an extraction from a stream of UTF-8 bytes (a byte that is not UTF-8 refuses its line,
     * {@code ANNUAIRE_ENCODING}).
     *
     * @param in the stream, read to its end but not closed
     * @param source the file name for the problems' locations
     * @param accepted receives each activity, in file order
     * @param refused receives each refused line, in file order
     * @return the counts, or the problems of a header without a required column ({@code ANNUAIRE_HEADER})
     *     or of an empty file ({@code ANNUAIRE_EMPTY}), when no line is read
     * @throws IOException if the stream cannot be read
     */
    public static Validation<Seq<Problem>, ImportSummary> read(
            InputStream in, String source, Consumer<Activity> accepted, Consumer<RefusedLine> refused)
            throws IOException {
        Objects.requireNonNull(in, "in");
        return read(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                source,
                accepted,
                refused);
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
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(refused, "refused");
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        String header = lines.readLine();
        if (header == null || header.isBlank()) {
            return Validation.invalid(
                    List.of(Problem.of(FhirProblem.ANNUAIRE_EMPTY).at(Location.of(source, 1, 1))));
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        java.util.List<String> names = split(header, null);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i).strip(), i);
        }
        Seq<String> missing = REQUIRED.filter(c -> !index.containsKey(c));
        if (!missing.isEmpty()) {
            return Validation.invalid(
                    missing.map(c -> Problem.of(FhirProblem.ANNUAIRE_HEADER, c).at(Location.of(source, 1, 1))));
        }
        LineReader reader = new LineReader(source, names.size(), index);
        long read = 0;
        long imported = 0;
        String line;
        long number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isEmpty()) {
                // a blank last line (or CR LF at the end) is no data line
                continue;
            }
            read++;
            Object result = reader.line(line, number);
            if (result instanceof Activity a) {
                imported++;
                accepted.accept(a);
            } else {
                refused.accept((RefusedLine) result);
            }
        }
        return Validation.valid(new ImportSummary(read, imported, read - imported));
    }

    /** Maps the lines of one file: the header's positions, reused for every line. */
    private static final class LineReader {
        private final String source;
        private final int width;
        private final int typeId;
        private final int id;
        private final int idnps;
        private final int profession;
        private final int sfType;
        private final int sf;
        private final int mode;
        private final int siret;
        private final int finess;
        private final int commune;
        private final int[] starts;

        LineReader(String source, int width, Map<String, Integer> index) {
            this.source = source;
            this.width = width;
            this.typeId = index.get(TYPE_ID);
            this.id = index.get(ID);
            this.idnps = index.get(IDNPS);
            this.profession = index.get(PROFESSION);
            this.sfType = index.get(SAVOIR_FAIRE_TYPE);
            this.sf = index.get(SAVOIR_FAIRE);
            this.mode = index.get(MODE);
            this.siret = index.get(SIRET);
            this.finess = index.get(FINESS);
            this.commune = index.get(COMMUNE);
            this.starts = new int[width + 1];
        }

        Object line(String line, long number) {
            java.util.List<Problem> problems = new java.util.ArrayList<>(2);
            int n = (int) Math.min(Integer.MAX_VALUE, number);
            if (line.indexOf('\uFFFD') >= 0) {
                problems.add(problem(n, line.indexOf('\uFFFD') + 1, FhirProblem.ANNUAIRE_ENCODING));
                return new RefusedLine(number, List.ofAll(problems));
            }
            java.util.List<String> f = split(line, starts);
            if (f.size() != width) {
                problems.add(problem(n, 1, FhirProblem.ANNUAIRE_COLUMNS, f.size(), width));
                return new RefusedLine(number, List.ofAll(problems));
            }
            Idnps professional = idnps(f, n, problems);
            Profession p = required(f, profession, n, problems) ? profession(f, n, problems) : null;
            ExerciseMode m = mode(f, n, problems);
            Specialty specialty = specialty(f, n, problems);
            StructureId site = site(f, n, problems);
            Option<InseeCode> where = commune(f, n, problems);
            if (!problems.isEmpty() || professional == null || p == null || m == null) {
                return new RefusedLine(number, List.ofAll(problems));
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
            return new Activity(number, b.build(), where);
        }

        private Idnps idnps(java.util.List<String> f, int n, java.util.List<Problem> problems) {
            if (!required(f, idnps, n, problems)) {
                return null;
            }
            var v = Idnps.parse(f.get(idnps));
            if (v.isInvalid()) {
                v.getError().forEach(p -> problems.add(p.at(at(n, idnps, IDNPS))));
                return null;
            }
            String declared = f.get(typeId).strip() + f.get(id).strip();
            if (!declared.equals(v.get().value())) {
                problems.add(problem(
                        n,
                        column(typeId),
                        FhirProblem.ANNUAIRE_ID_MISMATCH,
                        v.get().value(),
                        declared));
                return null;
            }
            return v.get();
        }

        private Profession profession(java.util.List<String> f, int n, java.util.List<Problem> problems) {
            String code = f.get(profession).strip();
            Profession p = PROFESSIONS.get(code);
            if (p == null) {
                Profession.ofCode(code).getError().forEach(e -> problems.add(e.at(at(n, profession, PROFESSION))));
            }
            return p;
        }

        private ExerciseMode mode(java.util.List<String> f, int n, java.util.List<Problem> problems) {
            String code = f.get(mode).strip();
            switch (code) {
                case "L":
                    return ExerciseMode.LIBERAL;
                case "S":
                    return ExerciseMode.SALARIE;
                case "":
                    problems.add(problem(n, column(mode), FhirProblem.ANNUAIRE_MODE_MISSING));
                    return null;
                default:
                    problems.add(problem(n, column(mode), FhirProblem.ANNUAIRE_MODE_UNSUPPORTED, code));
                    return null;
            }
        }

        private Specialty specialty(java.util.List<String> f, int n, java.util.List<Problem> problems) {
            String code = f.get(sf).strip();
            if (!f.get(sfType).strip().equals("S") || code.isEmpty()) {
                return null;
            }
            try {
                return Specialty.of(code);
            } catch (IllegalArgumentException e) {
                problems.add(problem(n, column(sf), FhirProblem.ANNUAIRE_SPECIALTY_INVALID, code));
                return null;
            }
        }

        private StructureId site(java.util.List<String> f, int n, java.util.List<Problem> problems) {
            String et = f.get(finess).strip();
            if (!et.isEmpty()) {
                var v = Finess.parse(et);
                if (v.isInvalid()) {
                    v.getError().forEach(p -> problems.add(p.at(at(n, finess, FINESS))));
                    return null;
                }
                return StructureId.finessEt(v.get());
            }
            String s = f.get(siret).strip();
            if (!s.isEmpty()) {
                var v = Siret.parse(s);
                if (v.isInvalid()) {
                    v.getError().forEach(p -> problems.add(p.at(at(n, siret, SIRET))));
                    return null;
                }
                return StructureId.of(v.get());
            }
            return null;
        }

        private Option<InseeCode> commune(java.util.List<String> f, int n, java.util.List<Problem> problems) {
            String code = f.get(commune).strip();
            if (code.isEmpty()) {
                return Option.none();
            }
            var v = InseeCode.parse(code);
            if (v.isInvalid()) {
                v.getError().forEach(p -> problems.add(p.at(at(n, commune, COMMUNE))));
                return Option.none();
            }
            return Option.some(v.get());
        }

        private boolean required(java.util.List<String> f, int i, int n, java.util.List<Problem> problems) {
            if (!f.get(i).isBlank()) {
                return true;
            }
            String name = i == idnps ? IDNPS : PROFESSION;
            problems.add(problem(n, column(i), FhirProblem.ANNUAIRE_FIELD_MISSING, name));
            return false;
        }

        private int column(int field) {
            return starts[field] + 1;
        }

        private Location at(int line, int field, String name) {
            return Location.of(source, line, column(field)).withPath(name);
        }

        private Problem problem(int line, int column, FhirProblem entry, Object... facts) {
            return Problem.of(entry, facts).at(Location.of(source, line, column));
        }
    }

    /**
     * Writes a synthetic extraction of this format: a header, then {@code lines} lines of made-up
     * professionals (names {@code SYNTHETIQUE}, valid RPPS and ADELI numbers drawn from the seed, one to
     * three consecutive lines each, at FINESS or SIRET sites in the given communes); about one line in
     * {@code 1 / badEvery} is wrong in one of the ways the reader refuses (bad RPPS key, unknown
     * profession, missing mode, wrong number of fields). No real person's data: for tests, benchmarks
     * and trying a pipeline.
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
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(communes, "communes");
        if (communes.isEmpty() || lines < 0 || badEvery < 0) {
            throw new IllegalArgumentException("communes, lines >= 0 and badEvery >= 0 expected");
        }
        io.github.cptskit.fhir.internal.Synthetic.write(out, lines, seed, communes, badEvery, COLUMNS);
    }

    /**
     * The fields of a line: split on {@code |}, the empty field after a final {@code |} dropped; the
     * start of each field is written to {@code starts} when given.
     */
    private static java.util.List<String> split(String line, int[] starts) {
        java.util.List<String> fields = new java.util.ArrayList<>(56);
        int from = 0;
        int end = line.endsWith("|") ? line.length() - 1 : line.length();
        while (true) {
            int bar = line.indexOf('|', from);
            if (bar < 0 || bar >= end) {
                if (starts != null && fields.size() < starts.length) {
                    starts[fields.size()] = from;
                }
                fields.add(line.substring(from, end));
                return fields;
            }
            if (starts != null && fields.size() < starts.length) {
                starts[fields.size()] = from;
            }
            fields.add(line.substring(from, bar));
            from = bar + 1;
        }
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
