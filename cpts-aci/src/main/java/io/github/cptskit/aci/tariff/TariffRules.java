package io.github.cptskit.aci.tariff;

import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.law.EffectiveDated;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.territory.SizeBand;
import io.github.cptskit.core.territory.SizeBandScale;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ACI tariff as dated data: the legal texts (accord 2019, avenant 2, and any layer a user adds)
 * stacked in date order, each setting parameters from its effective date, in the manner of OpenFisca.
 * The formulas that use them are in {@code io.github.cptskit.aci.calculation}.
 *
 * <p>The parameters are declared once, in {@link Parameter} (path, kind, bands, missions, when they
 * must be set): every way of changing rules ({@link #plus(RuleText)}, {@link #with(String, String)},
 * the rule-file readers) refuses an undeclared path or a malformed value. Missions are data
 * ({@link MissionKey}): a mission is in force once its {@code missions.<key>.obligatoire} flag is,
 * and a text may declare a new key that way. The bundled rules are one file with each parameter's
 * values by date ({@link #load(Reader, String)} reads that form).
 *
 * <p>The bundled figures are not all confirmed: the per-mission amounts by band were found in no
 * source and ship as labelled estimates (docs/aci-estimates.md), several others are unconfirmed.
 * {@link Tariff#unconfirmedParameters()} lists them; replace any figure in one step with
 * {@link #with(String, String)} or a rule file of your own ({@link #plus(RuleText)}).
 *
 * <pre>{@code
 * TariffRules rules = TariffRules.bundled()
 *     .with("missions.acces.fixe.taille2", "40000").get();   // your contract's real figure
 * Tariff t = rules.on(LocalDate.of(2025, 1, 1)).get();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TariffRules {

    /**
     * The most problems one rule or reform file lists: past it the remaining parameters are not
     * checked, and one more problem, {@code TARIFF_TOO_MANY_PROBLEMS}, says how many problems were
     * found but not listed and how many parameters were left unchecked (a file of 200,000 unknown
     * names took minutes to answer, issue #27).
     */
    public static final int MAX_PROBLEMS = 100;

    private static final String BUNDLED = "aci-rules.json";

    private static final java.util.Set<MissionKey> BUILT_IN =
            MissionKey.builtIn().toJavaSet();

    private final List<RuleText> texts;
    private final EffectiveDated<SizeBandScale> scale;

    /**
     * The tariff of each period of these rules (the texts in force and the size-band scale's step),
     * built and checked once: building one reads and checks every parameter (most of the time of an
     * explained remuneration, the profiler showed, issue #24). The figures are immutable, so a day of a
     * known period gets the same snapshot re-dated. At most one entry per period; invalid periods are
     * not kept (their problems name the day).
     */
    private final java.util.concurrent.ConcurrentHashMap<Period, Tariff> tariffs =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A period of the rules: how many texts are in force, and since when the scale is. */
    private record Period(int texts, LocalDate scaleSince) {
        // Written out: a record's generated equals and hashCode bootstrap through method handles on first use.
        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Period p && texts == p.texts && scaleSince.equals(p.scaleSince);
        }

        @Override
        public int hashCode() {
            return 31 * texts + scaleSince.hashCode();
        }
    }

    private TariffRules(List<RuleText> texts, EffectiveDated<SizeBandScale> scale) {
        this.texts = texts;
        this.scale = scale;
    }

    /**
     * The rules bundled with cptskit: the accord of 2019 and avenant 2, with the size-band scale of
     * cpts-core. Loaded once.
     *
     * @return the bundled rules
     */
    public static TariffRules bundled() {
        return Bundled.RULES;
    }

    private static final class Bundled {
        static final TariffRules RULES = loadBundled();

        private static TariffRules loadBundled() {
            // Moneta's bootstrap (~100 ms cold) overlaps the reading of the rule files (cold start).
            if (!"false".equals(System.getProperty("cptskit.moneta.warmup"))) {
                Thread warmUp = new Thread(io.github.cptskit.aci.calculation.Amounts::warmUp, "cptskit-moneta-warmup");
                warmUp.setDaemon(true);
                warmUp.start();
            }
            try (InputStream in = TariffRules.class.getResourceAsStream(BUNDLED)) {
                Reader r = new InputStreamReader(Objects.requireNonNull(in, BUNDLED), StandardCharsets.UTF_8);
                Validation<Seq<Problem>, TariffRules> rules = load(r, BUNDLED);
                if (rules.isInvalid()) {
                    throw new IllegalStateException("bundled " + BUNDLED + ": " + rules.getError());
                }
                return rules.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Rules made of the given texts, with the bundled size-band scale.
     *
     * @param texts the texts, in strictly increasing order of effective date
     * @return the rules, or the problem {@code TARIFF_DATES_NOT_ORDERED}
     */
    public static Validation<Seq<Problem>, TariffRules> of(Seq<RuleText> texts) {
        List<Problem> problems = List.empty();
        for (int i = 1; i < texts.size(); i++) {
            RuleText a = texts.get(i - 1);
            RuleText b = texts.get(i);
            if (!b.effective().isAfter(a.effective())) {
                problems = problems.append(Problem.of(
                        AciProblem.TARIFF_DATES_NOT_ORDERED, b.version(), b.effective(), a.version(), a.effective()));
            }
        }
        java.util.Set<MissionKey> missions = new java.util.HashSet<>(BUILT_IN);
        for (RuleText t : texts) {
            missions.addAll(declaredMissions(t));
            problems = problems.appendAll(checkParameters(t, missions));
        }
        return problems.isEmpty()
                ? Validation.valid(new TariffRules(List.ofAll(texts), SizeBandScale.bundled()))
                : Validation.invalid(problems);
    }

    /**
     * Every parameter path a rule text may set, declared once: the figures and rules a calculation
     * reads. A rule file, a reform, {@code --set} or this API naming another path is refused.
     *
     * @return the paths, sorted
     */
    public static Seq<String> knownParameters() {
        return List.ofAll(Parameter.paths(MissionKey.builtIn()));
    }

    /**
     * Checks one parameter as every path that changes rules checks it, for the six missions of the
     * accord (a text that declares another mission is checked with {@link #plus(RuleText)}).
     *
     * @param path the path
     * @param value the raw value
     * @return none if known and well formed; otherwise {@code TARIFF_UNKNOWN_PARAMETER} (naming the
     *     nearest known path) or {@code TARIFF_BAD_VALUE}
     */
    public static Option<Problem> checkParameter(String path, String value) {
        return ParameterKind.checkParameter(
                Objects.requireNonNull(path, "path"), Objects.requireNonNull(value, "value"), BUILT_IN);
    }

    /**
     * Reads a rule file (same format as the bundled ones, see docs/aci.md).
     *
     * @param file the file
     * @return the text, or every problem with file, line, column and path
     */
    public static Validation<Seq<Problem>, RuleText> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return RuleFileReader.read(r, file.toString());
        } catch (IOException e) {
            return Validation.invalid(
                    List.of(Problem.of(AciProblem.TARIFF_IO, e.getMessage()).at(Location.of(file.toString(), 0, 0))));
        }
    }

    /**
     * Reads whole rules in the dated form of the bundled {@code aci-rules.json}: the texts once, then
     * each parameter with its values by effective date (docs/aci.md). The texts are checked as
     * {@link #of(Seq)} checks them, and their consistency as {@link #plus(RuleText)} does.
     *
     * @param reader the JSON content
     * @param source the name used in problems
     * @return the rules, or every problem with file, line, column and path
     */
    public static Validation<Seq<Problem>, TariffRules> load(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return DatedRuleFileReader.read(reader, source).flatMap(TariffRules::of).flatMap(TariffRules::consistent);
    }

    /**
     * Reads rule text from a reader.
     *
     * @param reader the JSON content
     * @param source the name used in problems
     * @return the text, or every problem
     */
    public static Validation<Seq<Problem>, RuleText> read(Reader reader, String source) {
        return RuleFileReader.read(reader, source);
    }

    /**
     * These rules with one more text on top (a user's contract, a reform). Its parameters replace the
     * earlier ones from its effective date; it must take effect after the last text, unless it has
     * the same date, in which case it overrides that text's parameters from the same day.
     *
     * @param text the text
     * @return the new rules, or the problem {@code TARIFF_DATES_NOT_ORDERED}
     */
    public Validation<Seq<Problem>, TariffRules> plus(RuleText text) {
        Objects.requireNonNull(text, "text");
        java.util.Set<MissionKey> missions = missions().toJavaSet();
        missions.addAll(declaredMissions(text));
        List<Problem> problems = checkParameters(text, missions);
        if (!texts.isEmpty() && text.effective().isBefore(texts.last().effective())) {
            problems = problems.append(Problem.of(
                    AciProblem.TARIFF_DATES_NOT_ORDERED_BEFORE,
                    text.version(),
                    text.effective(),
                    texts.last().version()));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return consistent(new TariffRules(texts.append(text), scale));
    }

    /** Every parameter of a text is one a calculation reads, with a well-formed value. */
    private static List<Problem> checkParameters(RuleText text, java.util.Set<MissionKey> missions) {
        List<Problem> problems = List.empty();
        for (var e : text.parameters()) {
            Option<Problem> bad = ParameterKind.checkParameter(e._1, e._2.value(), missions);
            if (bad.isDefined()) {
                problems = problems.append(bad.get());
            }
        }
        return problems;
    }

    /**
     * The missions a text declares: the keys whose {@code missions.<key>.obligatoire} it sets.
     *
     * @param text the text
     * @return the keys, built-in ones included
     */
    static java.util.Set<MissionKey> declaredMissions(RuleText text) {
        java.util.Set<MissionKey> keys = new java.util.LinkedHashSet<>();
        for (String path : text.parameters().keySet()) {
            Parameter.slotOf(path, null)
                    .filter(s -> s.parameter() == Parameter.MISSION_MANDATORY)
                    .forEach(s -> keys.add(s.mission().get()));
        }
        return keys;
    }

    /**
     * Every mission these rules know: the six of the accord (in {@link Mission} order), then those
     * the texts declare, in the order they are declared. {@link Tariff#missions()} says which are in
     * force on a day.
     *
     * @return the missions
     */
    public Seq<MissionKey> missions() {
        java.util.Set<MissionKey> all =
                new java.util.LinkedHashSet<>(MissionKey.builtIn().toJavaList());
        for (RuleText t : texts) {
            all.addAll(declaredMissions(t));
        }
        return List.ofAll(all);
    }

    /**
     * The rules if consistent: the errors of {@link #check()} (a sum of maxima above its ceiling) are
     * errors on every path that changes rules (rule files, reforms, {@code --set}, this API); a
     * user who means to exceed a ceiling raises it in the same change. Warnings stay in
     * {@link #check()}.
     */
    private static Validation<Seq<Problem>, TariffRules> consistent(TariffRules rules) {
        // Only the ceilings here: a text that leaves parameters missing is reported where it is used (on).
        List<Problem> errors = List.ofAll(rules.check())
                .filter(p -> p.isError()
                        && (p.code().equals("TARIFF_CEILING_EXCEEDED")
                                || p.code().equals("TARIFF_BAND_THRESHOLDS")
                                || declaresMissingFigure(p)));
        return errors.isEmpty() ? Validation.valid(rules) : Validation.invalid(errors);
    }

    /** A figure missing for a mission a text declares (the bundled texts set every accord mission's). */
    private static boolean declaresMissingFigure(Problem p) {
        return p.code().equals("TARIFF_MISSING_PARAMETER")
                && p.location()
                        .map(l -> Parameter.slotOf(l.path(), null)
                                .flatMap(Parameter.Slot::mission)
                                .exists(m -> m.mission().isEmpty()))
                        .getOrElse(false);
    }

    /**
     * These rules with one parameter replaced by a user's value on every date. The value is flagged
     * {@code USER_SUPPLIED}; its source reads {@code user-supplied value, <path> = <value>}.
     *
     * @param path the parameter path
     * @param value the raw value, e.g. {@code 40000} or {@code MOIS}
     * @return the new rules, or a coded problem for an unknown path (naming the nearest known one) or a
     *     malformed value; the consistency of the whole is {@link #check()}'s, or use
     *     {@link #with(io.vavr.collection.Map)} to change and check at once
     */
    public Validation<Seq<Problem>, TariffRules> with(String path, String value) {
        // One step of a composed change: names and values are checked here, consistency by whoever
        // completes the change (with(Map), plus and the command line check it as a whole).
        return replace(Objects.requireNonNull(path, "path"), Objects.requireNonNull(value, "value"), "")
                .mapError(List::of);
    }

    /**
     * These rules with several parameters replaced at once, then checked as a whole: raising an amount
     * and its ceiling together is consistent, raising the amount alone is {@code
     * TARIFF_CEILING_EXCEEDED}.
     *
     * @param values path to raw value, e.g. {@code missions.acces.fixe.taille2 → 40000}
     * @return the new rules, or every problem (unknown paths with the nearest known one, malformed
     *     values, parameters no text in force sets, inconsistencies)
     */
    public Validation<Seq<Problem>, TariffRules> with(io.vavr.collection.Map<String, String> values) {
        return with(values, "");
    }

    /**
     * {@link #with(io.vavr.collection.Map)}, saying how the user supplied the figures: each figure's
     * source reads {@code user-supplied value, <how> <path>=<value>} (the command line passes {@code
     * --set}); without it, {@code user-supplied value, <path> = <value>}.
     *
     * @param values path to raw value
     * @param how how the figures were supplied, e.g. {@code --set}; empty for none
     * @return the new rules, or every problem
     */
    public Validation<Seq<Problem>, TariffRules> with(io.vavr.collection.Map<String, String> values, String how) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(how, "how");
        List<Problem> problems = List.empty();
        TariffRules rules = this;
        for (var e : values) {
            Validation<Problem, TariffRules> one = rules.replace(e._1, e._2, how);
            if (one.isInvalid()) {
                problems = problems.append(one.getError());
            } else {
                rules = one.get();
            }
        }
        return problems.isEmpty() ? consistent(rules) : Validation.invalid(problems);
    }

    private Validation<Problem, TariffRules> replace(String path, String value, String how) {
        Option<Problem> bad =
                ParameterKind.checkParameter(path, value, missions().toJavaSet());
        if (bad.isDefined()) {
            return Validation.invalid(bad.get());
        }
        if (!parameterPaths().contains(path)) {
            return Validation.invalid(Problem.of(AciProblem.TARIFF_PARAMETER_NOT_SET, path));
        }
        // The figure's origin in domain terms: a value the user supplied for this parameter.
        Sourced<String> user = Sourced.userSupplied(
                value, how.isBlank() ? path + " = " + value : how.strip() + " " + path + "=" + value);
        List<RuleText> replaced = texts.map(t -> t.parameters().containsKey(path)
                ? new RuleText(
                        t.version(),
                        t.title(),
                        t.effective(),
                        t.url(),
                        t.parameters().put(path, user),
                        t.ranges().remove(path)) // a user's own figure is taken as certain
                : t);
        return Validation.valid(new TariffRules(replaced, scale));
    }

    /**
     * These rules with another size-band scale.
     *
     * @param dated the dated scale
     * @return the new rules
     */
    public TariffRules withScale(EffectiveDated<SizeBandScale> dated) {
        return new TariffRules(texts, dated);
    }

    /**
     * These rules cut after a version: what the law was under that text, ignoring later ones (the
     * command line's {@code --rules VERSION}).
     *
     * @param version for example {@code accord-2019}
     * @return the rules up to that text, or the problem {@code TARIFF_UNKNOWN_VERSION}
     */
    public Validation<Seq<Problem>, TariffRules> upTo(String version) {
        int i = texts.indexWhere(t -> t.version().equals(version));
        if (i < 0) {
            return Validation.invalid(List.of(Problem.of(
                    AciProblem.TARIFF_UNKNOWN_VERSION, version, versions().mkString(", "))));
        }
        return Validation.valid(new TariffRules(texts.take(i + 1), scale));
    }

    /**
     * The versions of the texts, in date order.
     *
     * @return the versions
     */
    public Seq<String> versions() {
        return texts.map(RuleText::version);
    }

    /**
     * The texts, in date order.
     *
     * @return the texts
     */
    public Seq<RuleText> texts() {
        return texts;
    }

    /**
     * The effective date of a version.
     *
     * @param version a version
     * @return its effective date, or none
     */
    public Option<LocalDate> effectiveDateOf(String version) {
        return texts.find(t -> t.version().equals(version)).map(RuleText::effective);
    }

    /**
     * Every parameter path set by any text.
     *
     * @return the paths, sorted
     */
    public Seq<String> parameterPaths() {
        return texts.flatMap(t -> t.parameters().keySet()).distinct().sorted();
    }

    /**
     * One parameter as dated data.
     *
     * @param path the path
     * @return its steps, each with source and confidence (empty if no text sets it)
     */
    public EffectiveDated<String> parameter(String path) {
        EffectiveDated<String> p = EffectiveDated.empty();
        for (RuleText t : texts) {
            Option<Sourced<String>> v = t.parameters().get(path);
            if (v.isDefined()) {
                p = p.from(t.effective(), v.get());
            }
        }
        return p;
    }

    /**
     * The range an estimated or unconfirmed figure in force on a day is believed to lie in, as
     * declared by the text that set the figure.
     *
     * @param path the parameter path
     * @param day the day
     * @return the range, or none if the figure in force is taken as certain (or not set)
     */
    public Option<ValueRange> range(String path, LocalDate day) {
        Option<RuleText> setter = texts.filter(
                        t -> !t.effective().isAfter(day) && t.parameters().containsKey(path))
                .lastOption();
        return setter.flatMap(t -> t.ranges().get(path));
    }

    /**
     * Every day on which something in these rules changes: each text's effective date and each step
     * of the size-band scale, in order. Between two such days, {@link #on(LocalDate)} gives the same
     * figures.
     *
     * @return the days, ascending, without duplicates
     */
    public Seq<LocalDate> changeDates() {
        return texts.map(RuleText::effective)
                .appendAll(scale.effectiveDates())
                .distinct()
                .sorted();
    }

    /**
     * The figures in force on a day, typed and checked.
     *
     * @param day the day
     * @return the tariff, or every problem (no text in force, missing or malformed parameters)
     */
    public Validation<Seq<Problem>, Tariff> on(LocalDate day) {
        Objects.requireNonNull(day, "day");
        int inForceCount = 0;
        for (RuleText t : texts) {
            if (!t.effective().isAfter(day)) {
                inForceCount++;
            }
        }
        LocalDate scaleSince = null;
        for (LocalDate d : scale.effectiveDates()) {
            if (!d.isAfter(day)) {
                scaleSince = d;
            }
        }
        Period period = scaleSince == null ? null : new Period(inForceCount, scaleSince);
        Tariff known = period == null ? null : tariffs.get(period);
        if (known != null) {
            return Validation.valid(known.on(day));
        }
        Validation<Seq<Problem>, Tariff> built = build(day);
        if (period != null && built.isValid()) {
            tariffs.putIfAbsent(period, built.get());
        }
        return built;
    }

    private Validation<Seq<Problem>, Tariff> build(LocalDate day) {
        List<RuleText> inForce = texts.filter(t -> !t.effective().isAfter(day));
        if (inForce.isEmpty()) {
            return Validation.invalid(List.of(texts.headOption()
                    .map(t -> Problem.of(AciProblem.TARIFF_NOT_IN_FORCE, day, t.effective()))
                    .getOrElse(() -> Problem.of(AciProblem.TARIFF_NOT_IN_FORCE_NO_TEXT, day))));
        }
        Map<String, Sourced<String>> values = HashMap.empty();
        for (RuleText t : inForce) {
            values = values.merge(t.parameters(), (old, neu) -> neu);
        }
        Option<Sourced<SizeBandScale>> sc = scale.at(day);
        if (sc.isEmpty()) {
            return Validation.invalid(List.of(Problem.of(AciProblem.TARIFF_NO_SIZE_BANDS, day)));
        }
        Validation<Problem, Sourced<SizeBandScale>> moved = thresholds(sc.get(), values, day);
        if (moved.isInvalid()) {
            return Validation.invalid(List.of(moved.getError()));
        }
        return TariffBuilder.build(day, inForce.last().version(), moved.get(), TreeMap.ofEntries(values), missions());
    }

    /**
     * The size-band scale with the thresholds a text in force sets ({@code tailles.seuil.taille2…4}),
     * each keeping its boundary rule; the scale as it is when no text sets any.
     */
    private static Validation<Problem, Sourced<SizeBandScale>> thresholds(
            Sourced<SizeBandScale> base, Map<String, Sourced<String>> values, LocalDate day) {
        Option<Sourced<String>> t2 = values.get(Parameter.BAND_THRESHOLD.path(SizeBand.TAILLE_2));
        Option<Sourced<String>> t3 = values.get(Parameter.BAND_THRESHOLD.path(SizeBand.TAILLE_3));
        Option<Sourced<String>> t4 = values.get(Parameter.BAND_THRESHOLD.path(SizeBand.TAILLE_4));
        if (t2.isEmpty() && t3.isEmpty() && t4.isEmpty()) {
            return Validation.valid(base);
        }
        SizeBandScale s = base.value();
        long a = t2.map(v -> Long.parseLong(v.value().strip())).getOrElse(s.taille2From());
        long b = t3.map(v -> Long.parseLong(v.value().strip())).getOrElse(s.taille3From());
        long c = t4.map(v -> Long.parseLong(v.value().strip())).getOrElse(s.taille4From());
        if (!(a > 0 && b > a && c > b)) {
            return Validation.invalid(Problem.of(AciProblem.TARIFF_BAND_THRESHOLDS, day, a, b, c));
        }
        Sourced<String> setter = t2.orElse(t3).orElse(t4).get();
        return Validation.valid(Sourced.of(
                new SizeBandScale(a, s.boundary2(), b, s.boundary3(), c, s.boundary4()),
                setter.reference(),
                setter.confidence()));
    }

    /**
     * Checks the consistency of the rules on each effective date: for each band, fonctionnement plus
     * every mission's fixed and variable maxima against the ceiling, and the parameters in force.
     * Inconsistencies are reported, never silently accepted; a sum below the ceiling is a warning
     * (the ceiling may cover amounts the model does not know), above it an error.
     *
     * @return the problems found, empty if consistent
     */
    public Seq<Problem> check() {
        List<Problem> problems = List.empty();
        for (RuleText t : texts) {
            Validation<Seq<Problem>, Tariff> tariff = on(t.effective());
            if (tariff.isInvalid()) {
                problems = problems.appendAll(tariff.getError());
                continue;
            }
            Tariff tf = tariff.get();
            for (SizeBand band : SizeBand.values()) {
                long sum = tf.fonctionnementCents(band);
                for (MissionKey m : tf.missions()) {
                    sum += tf.fixedCents(m, band) + tf.variableCents(m, band);
                }
                long ceiling = tf.ceilingCents(band);
                if (sum != ceiling) {
                    boolean above = sum > ceiling;
                    String s = euros(sum);
                    String c = euros(ceiling);
                    Problem p = above
                            ? Problem.of(AciProblem.TARIFF_CEILING_EXCEEDED, t.version(), band.number(), s, c)
                            : Problem.of(AciProblem.TARIFF_BELOW_CEILING, t.version(), band.number(), s, c);
                    problems = problems.append(
                            p.withReference(tf.source(Parameter.CEILING, band).reference()));
                }
            }
        }
        return problems;
    }

    private static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Override
    public String toString() {
        return "TariffRules" + versions().mkString("[", ", ", "]");
    }

    /**
     * {@link #of(Seq)} for any {@code Iterable}, such as a {@code java.util.List} (decision record 0004).
     *
     * @param texts the texts, in strictly increasing order of effective date
     * @return the rules, or the problem {@code TARIFF_DATES_NOT_ORDERED}
     */
    public static Validation<Seq<Problem>, TariffRules> of(Iterable<? extends RuleText> texts) {
        return of(List.<RuleText>ofAll(Objects.requireNonNull(texts, "texts")));
    }

    /**
     * {@link #with(io.vavr.collection.Map)} for a {@code java.util.Map}, in its iteration order
     * (decision record 0004).
     *
     * @param values path to raw value
     * @return the new rules, or every problem
     */
    public Validation<Seq<Problem>, TariffRules> with(java.util.Map<String, String> values) {
        return with(io.vavr.collection.LinkedHashMap.ofAll(Objects.requireNonNull(values, "values")));
    }

    /**
     * {@link #knownParameters()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public static java.util.List<String> knownParametersList() {
        return knownParameters().asJava();
    }

    /**
     * {@link #checkParameter(String,String)} as an {@code Optional} (decision record 0004).
     *
     * @param path the parameter path
     * @param value the raw value
     * @return the same value, or empty
     */
    public static java.util.Optional<Problem> checkParameterOptional(String path, String value) {
        return checkParameter(path, value).toJavaOptional();
    }

    /**
     * {@link #versions()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> versionsList() {
        return versions().asJava();
    }

    /**
     * {@link #texts()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<RuleText> textsList() {
        return texts().asJava();
    }

    /**
     * {@link #effectiveDateOf(String)} as an {@code Optional} (decision record 0004).
     *
     * @param version the text version
     * @return the same value, or empty
     */
    public java.util.Optional<LocalDate> effectiveDateOfOptional(String version) {
        return effectiveDateOf(version).toJavaOptional();
    }

    /**
     * {@link #parameterPaths()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> parameterPathsList() {
        return parameterPaths().asJava();
    }

    /**
     * {@link #range(String,LocalDate)} as an {@code Optional} (decision record 0004).
     *
     * @param path the parameter path
     * @param day the day
     * @return the same value, or empty
     */
    public java.util.Optional<ValueRange> rangeOptional(String path, LocalDate day) {
        return range(path, day).toJavaOptional();
    }

    /**
     * {@link #changeDates()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<LocalDate> changeDatesList() {
        return changeDates().asJava();
    }

    /**
     * {@link #check()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<Problem> checkList() {
        return check().asJava();
    }

    /**
     * {@link #missions()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<MissionKey> missionsList() {
        return missions().asJava();
    }
}
