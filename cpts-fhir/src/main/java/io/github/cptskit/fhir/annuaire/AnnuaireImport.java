package io.github.cptskit.fhir.annuaire;

import io.github.cptskit.core.identifier.Idnps;
import io.github.cptskit.core.identifier.InseeCode;
import io.github.cptskit.core.member.Member;
import io.github.cptskit.core.member.StructureId;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.profession.ExerciseMode;
import io.github.cptskit.core.profession.Specialty;
import io.github.cptskit.fhir.internal.ExternalSort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The import of the Annuaire Santé's extraction as a whole: the activities of
 * {@code PS_LibreAcces_Personne_activite} that a predicate selects (e.g. those in a territory's
 * communes), gathered into one {@link Professional} per IDNPS and joined with their lines of
 * {@code PS_LibreAcces_SavoirFaire} (the ordinal specialties, type {@code S}, are added to the member's
 * specialties: {@code SM54} for general practice…) and {@code PS_LibreAcces_Dipl_AutExerc}, each
 * professional handed over as soon as it is complete, in increasing IDNPS order.
 *
 * <p>Bounded memory, whatever the size of the files: the selected activities are sorted by IDNPS with
 * an external sort (held in memory up to {@link #withSortMemory}, then written to run files in the
 * temporary directory and merged); a savoir-faire or diploma file already sorted by IDNPS (checked by a
 * first pass over it) is merged as it is read, another one is sorted the same way first. No map of the
 * professionals is kept. Every line of the three files is counted (imported, refused with its
 * problems, or skipped because it describes nothing to import), and every refused line is handed to
 * the caller, in file order within each file.
 *
 * <pre>{@code
 * var summary = AnnuaireImport.of(activities)
 *     .withSavoirFaire(savoirFaire)
 *     .withDiplomas(diplomas)
 *     .run(a -> a.commune().exists(territory::contains), out::write, refused -> report(refused), warning -> log(warning));
 * }</pre>
 *
 * <p>Immutable: each {@code with} method gives a new import; {@link #run} may be called from any thread.
 */
public final class AnnuaireImport {
    /** The characters of records held in memory before a sort writes a run file: about 16 MB. */
    public static final long DEFAULT_SORT_MEMORY = 8_000_000;

    private final Path activities;
    private final @Nullable Path savoirFaire;
    private final @Nullable Path diplomas;
    private final @Nullable Path tempDirectory;
    private final int maxLineLength;
    private final long sortMemory;
    private final @Nullable LongConsumer progress;

    private AnnuaireImport(
            Path activities,
            @Nullable Path savoirFaire,
            @Nullable Path diplomas,
            @Nullable Path tempDirectory,
            int maxLineLength,
            long sortMemory,
            @Nullable LongConsumer progress) {
        this.activities = activities;
        this.savoirFaire = savoirFaire;
        this.diplomas = diplomas;
        this.tempDirectory = tempDirectory;
        this.maxLineLength = maxLineLength;
        this.sortMemory = sortMemory;
        this.progress = progress;
    }

    /**
     * An import of a file of activities, without savoir-faire or diplomas.
     *
     * @param activities the {@code PS_LibreAcces_Personne_activite} file
     * @return the import
     */
    public static AnnuaireImport of(Path activities) {
        return new AnnuaireImport(
                Objects.requireNonNull(activities, "activities"),
                null,
                null,
                null,
                PsLibreAcces.DEFAULT_MAX_LINE_LENGTH,
                DEFAULT_SORT_MEMORY,
                null);
    }

    /**
     * This import with a savoir-faire file.
     *
     * @param file the {@code PS_LibreAcces_SavoirFaire} file
     * @return a new import
     */
    public AnnuaireImport withSavoirFaire(Path file) {
        return new AnnuaireImport(
                activities,
                Objects.requireNonNull(file, "file"),
                diplomas,
                tempDirectory,
                maxLineLength,
                sortMemory,
                progress);
    }

    /**
     * This import with a diplomas file.
     *
     * @param file the {@code PS_LibreAcces_Dipl_AutExerc} file
     * @return a new import
     */
    public AnnuaireImport withDiplomas(Path file) {
        return new AnnuaireImport(
                activities,
                savoirFaire,
                Objects.requireNonNull(file, "file"),
                tempDirectory,
                maxLineLength,
                sortMemory,
                progress);
    }

    /**
     * This import with its run files in a directory (default: {@code java.io.tmpdir}).
     *
     * @param directory an existing, writable directory
     * @return a new import
     */
    public AnnuaireImport withTempDirectory(Path directory) {
        return new AnnuaireImport(
                activities,
                savoirFaire,
                diplomas,
                Objects.requireNonNull(directory, "directory"),
                maxLineLength,
                sortMemory,
                progress);
    }

    /**
     * This import with another cap on the length of a line (default
     * {@link PsLibreAcces#DEFAULT_MAX_LINE_LENGTH}).
     *
     * @param characters the longest line read, at least 1
     * @return a new import
     */
    public AnnuaireImport withMaxLineLength(int characters) {
        if (characters < 1) {
            throw new IllegalArgumentException("characters must be at least 1: " + characters);
        }
        return new AnnuaireImport(activities, savoirFaire, diplomas, tempDirectory, characters, sortMemory, progress);
    }

    /**
     * This import with another amount of records held in memory by a sort before it writes a run file
     * (default {@link #DEFAULT_SORT_MEMORY}).
     *
     * @param characters the characters held, at least 1
     * @return a new import
     */
    public AnnuaireImport withSortMemory(long characters) {
        if (characters < 1) {
            throw new IllegalArgumentException("characters must be at least 1: " + characters);
        }
        return new AnnuaireImport(
                activities, savoirFaire, diplomas, tempDirectory, maxLineLength, characters, progress);
    }

    /**
     * This import telling how many bytes of the activities file it has read (for a progress bar).
     *
     * @param bytesRead receives the bytes read at each read, on the thread that runs the import
     * @return a new import
     */
    public AnnuaireImport withProgress(LongConsumer bytesRead) {
        return new AnnuaireImport(
                activities,
                savoirFaire,
                diplomas,
                tempDirectory,
                maxLineLength,
                sortMemory,
                Objects.requireNonNull(bytesRead, "bytesRead"));
    }

    /**
     * The counts of an import.
     *
     * @param activities the lines of the activities file
     * @param selected the activities the predicate selected
     * @param professionals the professionals handed over
     * @param savoirFaire the lines of the savoir-faire file, if one was given
     * @param diplomas the lines of the diplomas file, if one was given
     * @param runFiles the run files the sorts wrote (0 when everything fitted in memory or was sorted)
     */
    public record Summary(
            ImportSummary activities,
            long selected,
            long professionals,
            Optional<ImportSummary> savoirFaire,
            Optional<ImportSummary> diplomas,
            int runFiles) {
        /** Checks the components.
         *
         * @param activities the lines of the activities file
         * @param selected the activities the predicate selected
         * @param professionals the professionals handed over
         * @param savoirFaire the lines of the savoir-faire file, if one was given
         * @param diplomas the lines of the diplomas file, if one was given
         * @param runFiles the run files the sorts wrote (0 when everything fitted in memory or was sorted)
         */
        public Summary {
            Objects.requireNonNull(activities, "activities");
            Objects.requireNonNull(savoirFaire, "savoirFaire");
            Objects.requireNonNull(diplomas, "diplomas");
        }

        /**
         * The lines refused in the three files.
         *
         * @return the count
         */
        public long refused() {
            return activities.refused()
                    + savoirFaire.map(ImportSummary::refused).orElse(0L)
                    + diplomas.map(ImportSummary::refused).orElse(0L);
        }
    }

    /**
     * Runs the import.
     *
     * @param select which activities to keep (e.g. those of a territory)
     * @param professionals receives each professional with a selected activity, in increasing IDNPS order
     * @param refused receives each refused line of the three files
     * @param warnings receives the warnings ({@code ANNUAIRE_SECOND_PROFESSION})
     * @return the counts, or the problems of the files' headers (all three checked before any line is read)
     * @throws IOException if a file cannot be read or a run file written
     */
    public Validation<Seq<Problem>, Summary> run(
            Predicate<Activity> select,
            Consumer<Professional> professionals,
            Consumer<RefusedLine> refused,
            Consumer<Problem> warnings)
            throws IOException {
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(professionals, "professionals");
        Objects.requireNonNull(refused, "refused");
        Objects.requireNonNull(warnings, "warnings");
        Path temp = tempDirectory != null ? tempDirectory : Path.of(System.getProperty("java.io.tmpdir"));
        java.util.List<Closeable> resources = new ArrayList<>();
        try {
            Reader a = open(activities, resources, progress);
            var act = PsLibreAcces.activities(a, activities.toString(), maxLineLength);
            Validation<Seq<Problem>, PsLibreAcces.Lines<SavoirFaire>> sf = Validation.valid(null);
            Validation<Seq<Problem>, PsLibreAcces.Lines<Diploma>> dp = Validation.valid(null);
            if (savoirFaire != null) {
                sf = PsLibreAcces.savoirFaire(open(savoirFaire, resources), savoirFaire.toString(), maxLineLength);
            }
            if (diplomas != null) {
                dp = PsLibreAcces.diplomas(open(diplomas, resources), diplomas.toString(), maxLineLength);
            }
            Seq<Problem> header = List.<Problem>empty()
                    .appendAll(act.isInvalid() ? act.getError() : List.empty())
                    .appendAll(sf.isInvalid() ? sf.getError() : List.empty())
                    .appendAll(dp.isInvalid() ? dp.getError() : List.empty());
            if (!header.isEmpty()) {
                return Validation.invalid(header);
            }
            // 1. the selected activities, sorted by IDNPS
            ExternalSort sorted = new ExternalSort(temp, sortMemory);
            resources.add(sorted);
            PsLibreAcces.Lines<Activity> lines = act.get();
            long selected = 0;
            while (lines.next()) {
                Activity v = lines.value();
                if (v != null) {
                    if (select.test(v)) {
                        selected++;
                        sorted.add(v.professional().id().value(), encode(v));
                    }
                } else if (lines.refused() != null) {
                    refused.accept(lines.refused());
                }
            }
            // 2. the savoir-faire and diplomas, merged as read when sorted, else sorted first
            Side<SavoirFaire> sfSide = savoirFaire == null
                    ? null
                    : side(
                            savoirFaire,
                            sf.get(),
                            temp,
                            resources,
                            refused,
                            AnnuaireImport::encode,
                            AnnuaireImport::savoirFaire,
                            SavoirFaire::professional,
                            () -> PsLibreAcces.savoirFaire(
                                            open(savoirFaire, resources), savoirFaire.toString(), maxLineLength)
                                    .get());
            Side<Diploma> dpSide = diplomas == null
                    ? null
                    : side(
                            diplomas,
                            dp.get(),
                            temp,
                            resources,
                            refused,
                            AnnuaireImport::encode,
                            AnnuaireImport::diploma,
                            Diploma::professional,
                            () -> PsLibreAcces.diplomas(open(diplomas, resources), diplomas.toString(), maxLineLength)
                                    .get());
            // 3. one professional per IDNPS, joined
            long count = 0;
            try {
                Iterator<String[]> it = sorted.sorted();
                java.util.List<Activity> group = new ArrayList<>();
                String key = null;
                while (true) {
                    String[] record = it.hasNext() ? it.next() : null;
                    if (record == null || !record[0].equals(key)) {
                        if (key != null) {
                            professionals.accept(professional(activities.toString(), group, sfSide, dpSide, warnings));
                            count++;
                            group.clear();
                        }
                        if (record == null) {
                            break;
                        }
                        key = record[0];
                    }
                    group.add(activity(record));
                }
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            Optional<ImportSummary> sfSummary = Optional.empty();
            Optional<ImportSummary> dpSummary = Optional.empty();
            int runs = sorted.runs();
            if (sfSide != null) {
                sfSummary = Optional.of(sfSide.finish());
                runs += sfSide.runs();
            }
            if (dpSide != null) {
                dpSummary = Optional.of(dpSide.finish());
                runs += dpSide.runs();
            }
            return Validation.valid(new Summary(lines.summary(), selected, count, sfSummary, dpSummary, runs));
        } finally {
            IOException failed = null;
            for (Closeable c : resources) {
                try {
                    c.close();
                } catch (IOException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    private static Reader open(Path file, java.util.List<Closeable> resources) throws IOException {
        return open(file, resources, null);
    }

    private static Reader open(Path file, java.util.List<Closeable> resources, @Nullable LongConsumer progress)
            throws IOException {
        InputStream in = Files.newInputStream(file);
        if (progress != null) {
            in = new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        progress.accept(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) {
                        progress.accept(n);
                    }
                    return n;
                }
            };
        }
        Reader r = PsLibreAcces.utf8(in);
        resources.add(r);
        return r;
    }

    private static Professional professional(
            String source,
            java.util.List<Activity> group,
            @Nullable Side<SavoirFaire> sf,
            @Nullable Side<Diploma> dp,
            Consumer<Problem> warnings) {
        Professionals gathered = new Professionals(source);
        for (Activity a : group) {
            gathered.add(a);
        }
        Member.HealthProfessional member = gathered.members().head();
        gathered.warnings().forEach(warnings);
        Idnps id = member.id();
        java.util.List<SavoirFaire> savoirFaire = sf == null ? java.util.List.of() : sf.take(id.value());
        java.util.List<Diploma> diplomas = dp == null ? java.util.List.of() : dp.take(id.value());
        Seq<Specialty> specialties = member.specialties();
        for (SavoirFaire s : savoirFaire) {
            specialties = specialties.appendAll(s.specialty());
        }
        return new Professional(member.withSpecialties(specialties.distinct()), savoirFaire, diplomas);
    }

    // --- the records the sorts hold

    private static String[] encode(Activity a) {
        Member.HealthProfessional p = a.professional();
        StructureId site = p.practisesAt().headOption().getOrNull();
        return new String[] {
            p.id().value(),
            Long.toString(a.line()),
            p.profession().name(),
            p.mode().name(),
            p.specialties().headOption().map(Specialty::code).getOrElse(""),
            site == null ? "" : site.scheme(),
            site == null ? "" : site.value(),
            a.commune().map(InseeCode::value).getOrElse("")
        };
    }

    private static Activity activity(String[] f) {
        Member.HealthProfessional.Builder b = Member.HealthProfessional.builder()
                .id(Idnps.parse(f[0]).get())
                .profession(io.github.cptskit.core.profession.Profession.valueOf(f[2]))
                .mode(ExerciseMode.valueOf(f[3]));
        if (!f[4].isEmpty()) {
            b.specialties(List.of(Specialty.of(f[4])));
        }
        if (!f[5].isEmpty()) {
            b.practisesAt(List.of(new StructureId(f[5], f[6])));
        }
        Option<InseeCode> commune = f[7].isEmpty()
                ? Option.none()
                : Option.some(InseeCode.parse(f[7]).get());
        return new Activity(Long.parseLong(f[1]), b.build(), commune);
    }

    private static String[] encode(SavoirFaire s) {
        return new String[] {s.professional().value(), Long.toString(s.line()), s.type(), s.code()};
    }

    private static SavoirFaire savoirFaire(String[] f) {
        return new SavoirFaire(Long.parseLong(f[1]), Idnps.parse(f[0]).get(), f[2], f[3]);
    }

    private static String[] encode(Diploma d) {
        return new String[] {
            d.professional().value(),
            Long.toString(d.line()),
            d.diplomaType(),
            d.diploma(),
            d.authorisationType(),
            d.authorisationDiscipline()
        };
    }

    private static Diploma diploma(String[] f) {
        return new Diploma(Long.parseLong(f[1]), Idnps.parse(f[0]).get(), f[2], f[3], f[4], f[5]);
    }

    // --- the savoir-faire and diplomas side of the join

    private interface Reopen<T> {
        PsLibreAcces.Lines<T> open() throws IOException;
    }

    private <T> Side<T> side(
            Path file,
            PsLibreAcces.Lines<T> first,
            Path temp,
            java.util.List<Closeable> resources,
            Consumer<RefusedLine> refused,
            java.util.function.Function<T, String[]> encode,
            java.util.function.Function<String[], T> decode,
            java.util.function.Function<T, Idnps> id,
            Reopen<T> reopen)
            throws IOException {
        // the first pass: is the file sorted by IDNPS? (the refused lines are reported by the second)
        String last = "";
        boolean inOrder = true;
        while (first.next()) {
            T v = first.value();
            if (v != null) {
                String k = id.apply(v).value();
                if (k.compareTo(last) < 0) {
                    inOrder = false;
                    break;
                }
                last = k;
            }
        }
        if (inOrder) {
            return new Side<>(reopen.open(), null, null, refused, decode, id);
        }
        ExternalSort sort = new ExternalSort(temp, sortMemory);
        resources.add(sort);
        PsLibreAcces.Lines<T> lines = reopen.open();
        while (lines.next()) {
            T v = lines.value();
            if (v != null) {
                sort.add(id.apply(v).value(), encode.apply(v));
            } else if (lines.refused() != null) {
                refused.accept(lines.refused());
            }
        }
        return new Side<>(lines, sort, sort.sorted(), refused, decode, id);
    }

    /** One side of the merge: the values of a file in IDNPS order, read as the merge needs them. */
    private static final class Side<T> {
        private final PsLibreAcces.Lines<T> lines;
        private final @Nullable ExternalSort sort;
        private final @Nullable Iterator<String[]> sorted;
        private final Consumer<RefusedLine> refused;
        private final java.util.function.Function<String[], T> decode;
        private final java.util.function.Function<T, Idnps> id;
        private @Nullable T head;
        private boolean started;

        Side(
                PsLibreAcces.Lines<T> lines,
                @Nullable ExternalSort sort,
                @Nullable Iterator<String[]> sorted,
                Consumer<RefusedLine> refused,
                java.util.function.Function<String[], T> decode,
                java.util.function.Function<T, Idnps> id) {
            this.lines = lines;
            this.sort = sort;
            this.sorted = sorted;
            this.refused = refused;
            this.decode = decode;
            this.id = id;
        }

        private void advance() {
            head = null;
            if (sorted != null) {
                if (sorted.hasNext()) {
                    head = decode.apply(sorted.next());
                }
                return;
            }
            try {
                while (lines.next()) {
                    if (lines.value() != null) {
                        head = lines.value();
                        return;
                    }
                    if (lines.refused() != null) {
                        refused.accept(lines.refused());
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The values of one IDNPS, those of smaller IDNPS (no selected activity) passed over. */
        java.util.List<T> take(String key) {
            if (!started) {
                started = true;
                advance();
            }
            while (head != null && id.apply(head).value().compareTo(key) < 0) {
                advance();
            }
            java.util.List<T> found = new ArrayList<>(2);
            while (head != null && id.apply(head).value().equals(key)) {
                found.add(head);
                advance();
            }
            return found;
        }

        /** Reads to the end (so that every line is counted and every refusal reported). */
        ImportSummary finish() {
            if (!started) {
                started = true;
                advance();
            }
            while (head != null) {
                advance();
            }
            return lines.summary();
        }

        int runs() {
            return sort == null ? 0 : sort.runs();
        }
    }
}
