package io.github.cptskit.aci.tariff;

import io.github.cptskit.aci.internal.JsonTree;
import io.github.cptskit.aci.internal.JsonTree.Node;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

/**
 * Reads a rule file in the dated form (the bundled {@code aci-rules.json}): the legal texts once, then
 * one entry per parameter with its values by effective date, in the manner of OpenFisca. Each dated
 * value carries its article, source and confidence once for all its bands (a band may override them)
 * and, for an estimate, its range. Format and example: docs/aci.md. Every problem names file, line,
 * column and path; the parameters are checked as every way of changing rules checks them.
 */
final class DatedRuleFileReader {

    private static final java.util.Set<String> META = java.util.Set.of("article", "source", "confidence");

    /** A fault of the document itself is reported with the tariff's codes, as the single-text reader's. */
    private static final JsonTree.Entries JSON = new JsonTree.Entries(
            AciProblem.TARIFF_SYNTAX_EMPTY,
            AciProblem.TARIFF_SYNTAX_MALFORMED,
            AciProblem.TARIFF_SYNTAX_TRAILING,
            AciProblem.TARIFF_SYNTAX_DUPLICATE_KEY,
            AciProblem.TARIFF_IO_READ);

    private final String source;
    // A Vector: appending to a Vavr List copies it, which made 200,000 problems take minutes.
    private io.vavr.collection.Vector<Problem> problems = io.vavr.collection.Vector.empty();
    // Past MAX_PROBLEMS: the problems found but not listed.
    private int dropped;

    private DatedRuleFileReader(String source) {
        this.source = source;
    }

    /**
     * Reads a dated rule file.
     *
     * @param reader the content
     * @param source the file name used in problems
     * @return the texts in date order, each with the parameters it sets, or every problem
     */
    static Validation<Seq<Problem>, Seq<RuleText>> read(Reader reader, String source) {
        Validation<Problem, Node> root = JsonTree.parse(reader, source, JSON);
        if (root.isInvalid()) {
            return Validation.invalid(List.of(root.getError()));
        }
        return new DatedRuleFileReader(source).texts(root.get());
    }

    private record Header(
            String version, String title, LocalDate effective, Option<LocalDate> textDate, Option<String> url) {}

    private record Value(String path, Sourced<String> value, Option<ValueRange> range, Location at, LocalDate day) {}

    private Validation<Seq<Problem>, Seq<RuleText>> texts(Node root) {
        if (!root.isObject()) {
            problem(root.location(), AciProblem.TARIFF_SYNTAX_NOT_AN_OBJECT);
            return Validation.invalid(problems);
        }
        java.util.Map<String, Node> top = root.members();
        for (String k : top.keySet()) {
            if (!k.equals("texts") && !k.equals("parameters") && !k.equals("description")) {
                unknownField(top.get(k).location(), k);
            }
        }
        java.util.List<Header> headers = headers(top.get("texts"), root.location());
        java.util.Map<LocalDate, Header> byDate = new java.util.HashMap<>();
        for (Header h : headers) {
            byDate.put(h.effective, h);
        }
        java.util.List<Value> values = new ArrayList<>();
        Node parameters = top.get("parameters");
        if (parameters == null) {
            missing(root.location(), "parameters");
        } else if (!parameters.isObject()) {
            problem(parameters.location(), AciProblem.TARIFF_SYNTAX_PARAMETERS_NOT_AN_OBJECT);
        } else {
            for (var e : parameters.members().entrySet()) {
                parameter(e.getKey(), e.getValue(), byDate, values);
            }
        }
        // Checked as TariffRules checks them, once every mission the file declares is known.
        java.util.Set<MissionKey> missions =
                new java.util.HashSet<>(MissionKey.builtIn().toJavaList());
        for (Value v : values) {
            Parameter.slotOf(v.path, null)
                    .filter(s -> s.parameter() == Parameter.MISSION_MANDATORY)
                    .forEach(s -> missions.add(s.mission().get()));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        int unchecked = 0;
        for (Value v : values) {
            if (problems.size() >= TariffRules.MAX_PROBLEMS) {
                unchecked++; // not even checked: each unknown name costs a search for the nearest one
                continue;
            }
            ParameterKind.checkParameter(v.path, v.value.value(), missions)
                    .forEach(p -> problems = problems.append(p.at(v.at)));
            if (!seen.add(v.path + "@" + v.day)) {
                problem(v.at, AciProblem.TARIFF_SYNTAX_SET_TWICE, v.path, v.day);
            }
        }
        if (unchecked > 0 || dropped > 0) {
            problems = problems.append(
                    Problem.of(AciProblem.TARIFF_TOO_MANY_PROBLEMS, dropped, unchecked, TariffRules.MAX_PROBLEMS));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        java.util.List<Header> ordered = new ArrayList<>(headers);
        ordered.sort(java.util.Comparator.comparing(h -> h.effective));
        List<RuleText> texts = List.empty();
        for (Header h : ordered) {
            Map<String, Sourced<String>> set = LinkedHashMap.empty();
            Map<String, ValueRange> ranges = LinkedHashMap.empty();
            for (Value v : values) {
                if (v.day.equals(h.effective)) {
                    set = set.put(v.path, v.value);
                    if (v.range.isDefined()) {
                        ranges = ranges.put(v.path, v.range.get());
                    }
                }
            }
            texts = texts.append(new RuleText(h.version, h.title, h.effective, h.url, set, ranges));
        }
        return Validation.valid(texts);
    }

    private java.util.List<Header> headers(Node texts, Location rootAt) {
        java.util.List<Header> out = new ArrayList<>();
        if (texts == null) {
            missing(rootAt, "texts");
            return out;
        }
        if (!texts.isObject() || texts.members().isEmpty()) {
            problem(texts.location(), AciProblem.TARIFF_SYNTAX_TEXTS);
            return out;
        }
        java.util.Set<LocalDate> dates = new java.util.HashSet<>();
        for (var e : texts.members().entrySet()) {
            Node t = e.getValue();
            if (!t.isObject()) {
                problem(t.location(), AciProblem.TARIFF_SYNTAX_NOT_AN_OBJECT);
                continue;
            }
            java.util.Map<String, Node> f = t.members();
            String title = text(f.get("title"), t.location(), "title");
            LocalDate effective = date(f.get("effective"), t.location(), "effective");
            Option<LocalDate> textDate = f.containsKey("textDate")
                    ? Option.of(date(f.get("textDate"), t.location(), "textDate"))
                    : Option.none();
            Option<String> url =
                    f.containsKey("url") ? Option.of(text(f.get("url"), t.location(), "url")) : Option.none();
            if (title == null || effective == null) {
                continue;
            }
            if (!dates.add(effective)) {
                problem(f.get("effective").location(), AciProblem.TARIFF_DATES_NOT_ORDERED_SAME_DAY, effective);
                continue;
            }
            out.add(new Header(e.getKey(), title, effective, textDate, url));
        }
        return out;
    }

    private void parameter(
            String name, Node dated, java.util.Map<LocalDate, Header> byDate, java.util.List<Value> out) {
        if (!dated.isObject()) {
            problem(dated.location(), AciProblem.TARIFF_SYNTAX_DATED_VALUES);
            return;
        }
        for (var d : dated.members().entrySet()) {
            Node entry = d.getValue();
            LocalDate day;
            try {
                day = LocalDate.parse(d.getKey());
            } catch (DateTimeParseException e) {
                problem(entry.location(), AciProblem.TARIFF_BAD_DATE, d.getKey());
                continue;
            }
            Header h = byDate.get(day);
            if (h == null) {
                problem(entry.location(), AciProblem.TARIFF_UNKNOWN_DATE, day);
                continue;
            }
            if (!entry.isObject()) {
                problem(entry.location(), AciProblem.TARIFF_SYNTAX_NOT_AN_OBJECT);
                continue;
            }
            java.util.Map<String, Node> f = entry.members();
            Meta shared = meta(f, new Meta("", "", "", Confidence.USER_SUPPLIED));
            boolean byBand = f.keySet().stream().anyMatch(k -> k.startsWith("taille"));
            if (byBand) {
                for (var b : f.entrySet()) {
                    if (META.contains(b.getKey())) {
                        continue;
                    }
                    if (!b.getKey().matches("taille[1-9]")) {
                        unknownField(b.getValue().location(), b.getKey());
                        continue;
                    }
                    Node v = b.getValue();
                    if (v.isObject()) {
                        value(name + "." + b.getKey(), v, meta(v.members(), shared), h, out, true);
                    } else {
                        scalar(name + "." + b.getKey(), v, Option.none(), shared, h, out);
                    }
                }
            } else {
                value(name, entry, shared, h, out, false);
            }
        }
    }

    /** A parameter's article, its source in French and English (the same text when one is given), its confidence. */
    private record Meta(String article, String source, String sourceEn, Confidence confidence) {}

    /** A source: one text, or {@code {"fr": …, "en": …}} for a source written in both languages. */
    private String[] source(Node n) {
        if (n.isObject()) {
            java.util.Map<String, Node> m = n.members();
            for (var k : m.entrySet()) {
                if (!k.getKey().equals("fr") && !k.getKey().equals("en")) {
                    unknownField(k.getValue().location(), k.getKey());
                }
            }
            String fr = text(m.get("fr"), n.location(), "source.fr");
            String en = text(m.get("en"), n.location(), "source.en");
            return fr == null || en == null ? null : new String[] {fr, en};
        }
        String one = text(n, null, "source");
        return one == null ? null : new String[] {one, one};
    }

    private Meta meta(java.util.Map<String, Node> f, Meta base) {
        String article = f.containsKey("article") ? text(f.get("article"), null, "article") : base.article;
        String[] both = f.containsKey("source") ? source(f.get("source")) : new String[] {base.source, base.sourceEn};
        String src = both == null ? null : both[0];
        String srcEn = both == null ? null : both[1];
        Confidence confidence = base.confidence;
        Node c = f.get("confidence");
        if (c != null) {
            String name = text(c, null, "confidence");
            try {
                confidence = name == null ? confidence : Confidence.valueOf(name);
            } catch (IllegalArgumentException e) {
                problem(c.location(), AciProblem.TARIFF_BAD_CONFIDENCE, name);
            }
        }
        return new Meta(article == null ? "" : article, src == null ? "" : src, srcEn == null ? "" : srcEn, confidence);
    }

    /** An object {value, range?, article?, source?, confidence?}. */
    private void value(String path, Node object, Meta meta, Header h, java.util.List<Value> out, boolean band) {
        java.util.Map<String, Node> f = object.members();
        for (var k : f.entrySet()) {
            if (!k.getKey().equals("value") && !k.getKey().equals("range") && !META.contains(k.getKey())) {
                unknownField(k.getValue().location(), k.getKey());
            }
        }
        Node v = f.get("value");
        if (v == null) {
            problem(object.location(), AciProblem.TARIFF_MISSING_VALUE, path);
            return;
        }
        Option<ValueRange> range = Option.none();
        Node r = f.get("range");
        if (r != null) {
            range = range(r);
            if (range.isEmpty()) {
                return;
            }
        }
        scalar(path, v, range, meta, h, out);
    }

    private void scalar(String path, Node v, Option<ValueRange> range, Meta meta, Header h, java.util.List<Value> out) {
        if (v.value() instanceof BigDecimal n && !bounded(n)) {
            problem(v.location(), AciProblem.TARIFF_BAD_VALUE_BOUNDS, path);
            return;
        }
        String raw = v.value() instanceof BigDecimal d
                ? d.toPlainString()
                : v.value() instanceof String s ? s : v.value() instanceof Boolean b ? b.toString() : null;
        if (raw == null) {
            problem(v.location(), AciProblem.TARIFF_SYNTAX_VALUE_FOR, path);
            return;
        }
        if (range.isDefined()) {
            BigDecimal central = decimal(raw);
            if (central == null || !range.get().contains(central)) {
                problem(v.location(), AciProblem.TARIFF_RANGE_EXCLUDES_VALUE, range.get(), path, raw);
                return;
            }
        }
        LegalReference base = LegalReference.of(h.title, "");
        if (h.textDate.isDefined()) {
            base = base.withDate(h.textDate.get());
        }
        LegalReference ref = new LegalReference(base.text(), meta.article, base.date(), h.url);
        if (!meta.source.isEmpty()) {
            ref = ref.withNote(meta.source, meta.sourceEn);
        }
        out.add(new Value(path, Sourced.of(raw, ref, meta.confidence), range, v.location(), h.effective));
    }

    private Option<ValueRange> range(Node r) {
        java.util.List<Node> e = r.value() instanceof java.util.List<?> ? r.elements() : java.util.List.of();
        if (e.size() != 2
                || !(e.get(0).value() instanceof BigDecimal lo)
                || !(e.get(1).value() instanceof BigDecimal hi)
                || !bounded(lo)
                || !bounded(hi)) {
            problem(r.location(), AciProblem.TARIFF_BAD_RANGE);
            return Option.none();
        }
        if (lo.compareTo(hi) > 0) {
            problem(r.location(), AciProblem.TARIFF_BAD_RANGE_UPSIDE_DOWN, lo, hi);
            return Option.none();
        }
        return Option.some(new ValueRange(lo, hi));
    }

    /** At most 15 digits before and after the point: a hostile 1e999999999 cannot blow up later arithmetic. */
    private static boolean bounded(BigDecimal d) {
        return d.precision() - d.scale() <= 15 && d.scale() <= 15;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(Node n, Location parent, String field) {
        if (n == null) {
            missing(parent, field);
            return null;
        }
        if (!(n.value() instanceof String s)) {
            problem(n.location(), AciProblem.TARIFF_SYNTAX_STRING, field);
            return null;
        }
        if (s.isBlank() && (field.equals("title"))) {
            problem(n.location(), AciProblem.TARIFF_BLANK_FIELD, field);
            return null;
        }
        return s;
    }

    private LocalDate date(Node n, Location parent, String field) {
        String s = text(n, parent, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(n.location(), AciProblem.TARIFF_BAD_DATE, s);
            return null;
        }
    }

    private void unknownField(Location at, String field) {
        problem(at, AciProblem.TARIFF_SYNTAX_UNKNOWN_FIELD, field);
    }

    private void missing(Location at, String field) {
        problem(at, AciProblem.TARIFF_MISSING_FIELD, field);
    }

    private void problem(Location at, AciProblem entry, Object... arguments) {
        if (problems.size() >= TariffRules.MAX_PROBLEMS) {
            dropped++; // counted, so that the last problem says how many more there were
            return;
        }
        Problem p = Problem.of(entry, arguments);
        problems = problems.append(at == null ? p : p.at(at));
    }
}
