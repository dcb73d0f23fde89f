package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.calculation.Amounts;
import io.github.cptskit.aci.internal.JsonTree;
import io.github.cptskit.aci.internal.JsonTree.Node;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.problem.NearestName;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A public figure of national ACI spending, with its source, as the simulation is calibrated on and
 * checked against (domain reference {@code aci.md} §6). The figures are data: the bundled ones are
 * {@code public-figures.json} beside this class, and a user's file with the same format replaces
 * them ({@link #read(Reader, String)}, {@code cpts simulate --targets FILE}). Each says on what
 * {@link Basis} it counts money, what it {@link Coverage covers} and how a simulation uses it
 * ({@link Role}).
 *
 * <pre>{@code
 * Seq<PublicFigure> targets = PublicFigure.read(reader, "my-targets.json").get();
 * Seq<PublicFigure> only2023 = PublicFigure.fitting(targets, List.of(2023)).get();
 * }</pre>
 *
 * @param year the calendar year
 * @param amountCents the amount in euro cents
 * @param quote what the source says
 * @param source who says it, where
 * @param citation a short form of the source for charts, e.g. {@code Sénat r25-032}
 * @param confidence how sure it is
 * @param role how the simulation uses it
 * @param basis how the figure dates money (the public totals are payments: {@link Basis#CASH})
 * @param coverage what money the figure counts
 */
public record PublicFigure(
        int year,
        long amountCents,
        String quote,
        String source,
        String citation,
        Confidence confidence,
        Role role,
        Basis basis,
        Coverage coverage) {

    /** How a simulation uses a public figure. */
    public enum Role {
        /** Fitted by {@link Calibration}. */
        FIT,
        /** Left out of the fit, shown as an out-of-sample check. */
        HELD_OUT,
        /** Shown for context only (partisan or inconsistent source). */
        CONTEXT;

        /**
         * The name in a targets file.
         *
         * @return {@code fit}, {@code held-out} or {@code context}
         */
        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What money a public figure counts. */
    public enum Coverage {
        /** ACI payments to CPTS only. */
        ACI,
        /**
         * Payments to CPTS that may include money outside the ACI (FIR funding by the ARS, support
         * before signature): the model parameter {@code chiffres.publics.part.hors.aci} is the share
         * of such a figure that is not ACI money.
         */
        ACI_AND_OTHER,
        /** Part of a year only (e.g. to 30 September): never fitted, shown for context. */
        PART_OF_YEAR;

        /**
         * The name in a targets file.
         *
         * @return {@code aci}, {@code aci-and-other} or {@code part-of-year}
         */
        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Checks the components.
     *
     * @param year the calendar year
     * @param amountCents the amount in euro cents
     * @param quote what the source says
     * @param source who says it, where
     * @param citation a short form of the source for charts, e.g. {@code Sénat r25-032}
     * @param confidence how sure it is
     * @param role how the simulation uses it
     * @param basis how the figure dates money (the public totals are payments: {@link Basis#CASH})
     * @param coverage what money the figure counts
     */
    public PublicFigure {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(coverage, "coverage");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a positive amount is expected: " + amountCents);
        }
        if (coverage == Coverage.PART_OF_YEAR && role == Role.FIT) {
            throw new IllegalArgumentException("a figure for part of a year cannot be fitted");
        }
    }

    /**
     * A cash-basis figure of ACI payments only.
     *
     * @param year the calendar year
     * @param amountCents the amount in euro cents
     * @param quote what the source says
     * @param source who says it, where
     * @param citation a short form of the source
     * @param confidence how sure it is
     * @param role how the simulation uses it
     */
    public PublicFigure(
            int year,
            long amountCents,
            String quote,
            String source,
            String citation,
            Confidence confidence,
            Role role) {
        this(year, amountCents, quote, source, citation, confidence, role, Basis.CASH, Coverage.ACI);
    }

    /**
     * The same figure with another role.
     *
     * @param newRole the role
     * @return the figure
     */
    public PublicFigure withRole(Role newRole) {
        return new PublicFigure(year, amountCents, quote, source, citation, confidence, newRole, basis, coverage);
    }

    /**
     * The amount in EUR.
     *
     * @return the amount
     */
    public MonetaryAmount amount() {
        return Amounts.ofCents(amountCents);
    }

    /**
     * The public figures bundled with cptskit ({@code public-figures.json}, from the domain reference
     * {@code aci.md} §6): 2022 and 2023 fitted, 2024 held out, a partisan partial figure as context.
     *
     * @return the figures, in file order
     */
    public static Seq<PublicFigure> bundled() {
        return Holder.FIGURES;
    }

    /**
     * The bundled targets file's bytes, for provenance (its SHA-256 is recorded in run.json).
     *
     * @return the bytes
     */
    public static byte[] bundledBytes() {
        try (InputStream in = PublicFigure.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + BUNDLED));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String BUNDLED = "public-figures.json";

    private static final class Holder {
        static final Seq<PublicFigure> FIGURES = load();

        private static Seq<PublicFigure> load() {
            Validation<Seq<Problem>, Seq<PublicFigure>> v = read(
                    new InputStreamReader(new java.io.ByteArrayInputStream(bundledBytes()), StandardCharsets.UTF_8),
                    "(bundled) " + BUNDLED);
            if (v.isInvalid()) {
                throw new IllegalStateException("bundled public figures are invalid: " + v.getError());
            }
            return v.get();
        }
    }

    private static final java.util.Set<String> FIELDS = java.util.Set.of(
            "year", "amount", "basis", "coverage", "role", "confidence", "quote", "source", "citation");

    /** More figures than any real set of public totals: a hostile file cannot make the fit slow. */
    static final int MAX_FIGURES = 1_000;

    /**
     * Reads a targets file: {@code {"title": …, "figures": [{"year": 2022, "amount": 105800000,
     * "basis": "cash", "coverage": "aci-and-other", "role": "fit", "confidence": "CONFIRMED",
     * "quote": …, "source": …, "citation": …}, …]}} (amounts in euros, at most two decimals; docs/simulation.md).
     *
     * @param reader the JSON text
     * @param source the file name used in problems
     * @return the figures in file order, or every problem with line and column
     */
    public static Validation<Seq<Problem>, Seq<PublicFigure>> read(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Validation<Problem, Node> tree = JsonTree.parse(reader, source);
        if (tree.isInvalid()) {
            return Validation.invalid(List.of(tree.getError()));
        }
        Node root = tree.get();
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        if (!root.isObject()) {
            return Validation.invalid(
                    List.of(Problem.of(AciProblem.TARGETS_SYNTAX).at(root.location())));
        }
        for (var e : root.members().entrySet()) {
            if (!java.util.Set.of("title", "figures").contains(e.getKey())) {
                problems.add(Problem.of(AciProblem.TARGETS_UNKNOWN_FIELD, e.getKey(), "title, figures")
                        .at(e.getValue().location()));
            }
        }
        Node list = root.members().get("figures");
        if (list == null
                || !(list.value() instanceof java.util.List)
                || list.elements().isEmpty()) {
            problems.add(Problem.of(AciProblem.TARGETS_SYNTAX).at(list == null ? root.location() : list.location()));
            return Validation.invalid(List.ofAll(problems));
        }
        if (list.elements().size() > MAX_FIGURES) {
            problems.add(Problem.of(AciProblem.TARGETS_TOO_MANY, MAX_FIGURES).at(list.location()));
            return Validation.invalid(List.ofAll(problems));
        }
        java.util.List<PublicFigure> out = new java.util.ArrayList<>();
        for (Node n : list.elements()) {
            figure(n, problems).forEach(out::add);
        }
        return problems.isEmpty() ? Validation.valid(List.ofAll(out)) : Validation.invalid(List.ofAll(problems));
    }

    private static Option<PublicFigure> figure(Node n, java.util.List<Problem> problems) {
        if (!n.isObject()) {
            problems.add(Problem.of(AciProblem.TARGETS_SYNTAX).at(n.location()));
            return Option.none();
        }
        int before = problems.size();
        Map<String, Node> f = n.members();
        for (var e : f.entrySet()) {
            if (!FIELDS.contains(e.getKey())) {
                String near = NearestName.of(e.getKey(), FIELDS);
                problems.add(Problem.of(
                                AciProblem.TARGETS_UNKNOWN_FIELD,
                                e.getKey(),
                                near == null ? String.join(", ", new java.util.TreeSet<>(FIELDS)) : near)
                        .at(e.getValue().location()));
            }
        }
        for (String field : FIELDS) {
            if (!f.containsKey(field)) {
                problems.add(Problem.of(AciProblem.TARGETS_FIELD_MISSING, field).at(n.location()));
            }
        }
        if (problems.size() > before) {
            return Option.none();
        }
        Integer year = f.get("year").value() instanceof BigDecimal d
                        && d.stripTrailingZeros().scale() <= 0
                        && d.compareTo(BigDecimal.valueOf(2019)) >= 0
                        && d.compareTo(BigDecimal.valueOf(2100)) <= 0
                ? d.intValue()
                : null;
        if (year == null) {
            bad(problems, f, "year", "an integer from 2019 to 2100");
        }
        Long cents = f.get("amount").value() instanceof BigDecimal d
                        && d.signum() > 0
                        && d.stripTrailingZeros().scale() <= 2
                        && d.compareTo(BigDecimal.valueOf(10_000_000_000_000L)) < 0
                ? d.movePointRight(2).longValueExact()
                : null;
        if (cents == null) {
            bad(problems, f, "amount", "a positive amount in euros below 10^13, at most two decimals");
        }
        Basis basis =
                f.get("basis").value() instanceof String s ? Basis.ofName(s).getOrNull() : null;
        if (basis == null) {
            bad(problems, f, "basis", "cash, accrual or contract-year");
        }
        Coverage coverage = pick(Coverage.values(), f.get("coverage"), Coverage::fileName);
        if (coverage == null) {
            bad(problems, f, "coverage", "aci, aci-and-other or part-of-year");
        }
        Role role = pick(Role.values(), f.get("role"), Role::fileName);
        if (role == null) {
            bad(problems, f, "role", "fit, held-out or context");
        }
        Confidence confidence = pick(Confidence.values(), f.get("confidence"), Confidence::name);
        if (confidence == null) {
            bad(problems, f, "confidence", "CONFIRMED, UNCONFIRMED, ESTIMATE or USER_SUPPLIED");
        }
        String[] texts = new String[3];
        String[] names = {"quote", "source", "citation"};
        for (int i = 0; i < 3; i++) {
            if (f.get(names[i]).value() instanceof String s && !s.isBlank() && s.length() <= 2_000) {
                texts[i] = s;
            } else {
                bad(problems, f, names[i], "a text of 1 to 2,000 characters");
            }
        }
        if (problems.size() > before) {
            return Option.none();
        }
        if (coverage == Coverage.PART_OF_YEAR && role == Role.FIT) {
            problems.add(Problem.of(AciProblem.TARGETS_PART_OF_YEAR_FITTED, year)
                    .at(f.get("role").location()));
            return Option.none();
        }
        return Option.some(
                new PublicFigure(year, cents, texts[0], texts[1], texts[2], confidence, role, basis, coverage));
    }

    private static <E> E pick(E[] values, Node n, java.util.function.Function<E, String> name) {
        if (n.value() instanceof String s) {
            for (E e : values) {
                if (name.apply(e).equals(s)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static void bad(java.util.List<Problem> problems, Map<String, Node> f, String field, String expected) {
        Node n = f.get(field);
        problems.add(Problem.of(AciProblem.TARGETS_VALUE, field, String.valueOf(n.value()), expected)
                .at(n.location()));
    }

    /**
     * The same figures with the fitted ones chosen by year: every figure of those years that is not
     * context becomes {@link Role#FIT}, every other non-context figure {@link Role#HELD_OUT}
     * ({@code --fit-years}).
     *
     * @param figures the figures
     * @param years the years to fit
     * @return the figures, or {@code TARGETS_FIT_YEAR} for a year with no fittable figure
     */
    public static Validation<Seq<Problem>, Seq<PublicFigure>> fitting(
            Iterable<PublicFigure> figures, Iterable<Integer> years) {
        Seq<PublicFigure> all = List.ofAll(Objects.requireNonNull(figures, "figures"));
        java.util.Set<Integer> chosen = new java.util.TreeSet<>();
        Objects.requireNonNull(years, "years").forEach(chosen::add);
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        for (int y : chosen) {
            if (!all.exists(f -> f.year() == y && f.role() != Role.CONTEXT)) {
                problems.add(Problem.of(
                        AciProblem.TARGETS_FIT_YEAR,
                        y,
                        all.filter(f -> f.role() != Role.CONTEXT)
                                .map(f -> String.valueOf(f.year()))
                                .distinct()
                                .mkString(", ")));
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(List.ofAll(problems));
        }
        return Validation.valid(all.map(
                f -> f.role() == Role.CONTEXT ? f : f.withRole(chosen.contains(f.year()) ? Role.FIT : Role.HELD_OUT)));
    }

    /**
     * {@link #bundled()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public static java.util.List<PublicFigure> bundledList() {
        return bundled().asJava();
    }
}
