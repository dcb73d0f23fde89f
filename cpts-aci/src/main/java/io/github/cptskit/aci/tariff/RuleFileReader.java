package io.github.cptskit.aci.tariff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.law.LegalReference;
import io.github.cptskit.core.law.Sourced;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads one rule file (JSON) into a {@link RuleText}, reporting every problem with file, line, column
 * and the path of the field. Format: {@code docs/aci.md}.
 */
final class RuleFileReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String source;
    // A Vector: appending to a Vavr List copies it, which made 200,000 problems take minutes.
    private io.vavr.collection.Vector<Problem> problems = io.vavr.collection.Vector.empty();
    // Past MAX_PROBLEMS: the problems found but not listed, the parameters not even checked.
    private int dropped;
    private int unchecked;

    private RuleFileReader(String source) {
        this.source = source;
    }

    /**
     * Reads a rule file.
     *
     * @param reader the content
     * @param source the file name used in problems
     * @return the text, or every problem found
     */
    static Validation<Seq<Problem>, RuleText> read(Reader reader, String source) {
        return new RuleFileReader(source).parse(reader);
    }

    private Validation<Seq<Problem>, RuleText> parse(Reader reader) {
        String version = null;
        String title = null;
        LocalDate effective = null;
        LocalDate textDate = null;
        Option<String> url = Option.none();
        Map<String, Sourced<String>> parameters = LinkedHashMap.empty();
        Map<String, ValueRange> ranges = LinkedHashMap.empty();
        JsonLocation start = JsonLocation.NA;
        try (JsonParser p = JSON.createParser(reader)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return fail(AciProblem.TARIFF_SYNTAX_NOT_AN_OBJECT, p.currentTokenLocation(), "");
            }
            start = p.currentTokenLocation();
            java.util.List<PendingParameter> pending = new java.util.ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                seen.add(field);
                JsonToken t = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                switch (field) {
                    case "version" -> version = text(p, t, at, field);
                    case "title" -> title = text(p, t, at, field);
                    case "url" -> url = Option.of(text(p, t, at, field));
                    case "effective" -> effective = date(text(p, t, at, field), at, field);
                    case "textDate" -> textDate = date(text(p, t, at, field), at, field);
                    case "parameters" -> readParameters(p, t, at, pending);
                    default -> p.skipChildren(); // unknown top-level fields are documentation
                }
            }
            pending = checked(pending);
            if (!seen.contains("version")) {
                missing(start, "version");
            } else if (version != null && version.isBlank()) {
                blank(start, "version");
            }
            if (!seen.contains("title")) {
                missing(start, "title");
            } else if (title != null && title.isBlank()) {
                blank(start, "title"); // a blank title made LegalReference throw (found by fuzzing, #8)
            }
            if (!seen.contains("effective")) {
                missing(start, "effective");
            }
            if (problems.isEmpty()) {
                LegalReference base = LegalReference.of(title, "");
                if (textDate != null) {
                    base = base.withDate(textDate);
                }
                for (PendingParameter pp : pending) {
                    LegalReference ref = new LegalReference(
                            base.text() + (pp.source.isEmpty() ? "" : " — " + pp.source), pp.article, base.date(), url);
                    parameters = parameters.put(pp.path, Sourced.of(pp.value, ref, pp.confidence));
                    if (pp.range != null) {
                        ranges = ranges.put(pp.path, pp.range);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            return fail(AciProblem.TARIFF_SYNTAX_MALFORMED, l, "", e.getOriginalMessage());
        } catch (IOException e) {
            return fail(AciProblem.TARIFF_IO_READ, JsonLocation.NA, "", e.getMessage());
        }
        if (!problems.isEmpty()) {
            return invalid();
        }
        return Validation.valid(new RuleText(version, title, effective, url, parameters, ranges));
    }

    private record PendingParameter(
            String path,
            String value,
            String article,
            Confidence confidence,
            String source,
            ValueRange range,
            JsonLocation at) {}

    /**
     * Checks the parameters read as {@link TariffRules} checks them, once the whole file is read: a
     * mission the file declares ({@code missions.<key>.obligatoire}) makes its other paths known.
     */
    private java.util.List<PendingParameter> checked(java.util.List<PendingParameter> pending) {
        java.util.Set<MissionKey> missions =
                new java.util.HashSet<>(MissionKey.builtIn().toJavaList());
        for (PendingParameter pp : pending) {
            Parameter.slotOf(pp.path, null)
                    .filter(s -> s.parameter() == Parameter.MISSION_MANDATORY)
                    .forEach(s -> missions.add(s.mission().get()));
        }
        java.util.List<PendingParameter> ok = new java.util.ArrayList<>();
        io.vavr.collection.Vector<Problem> bad = io.vavr.collection.Vector.empty();
        for (PendingParameter pp : pending) {
            if (problems.size() + bad.size() >= TariffRules.MAX_PROBLEMS) {
                unchecked++; // not even checked: each unknown name costs a search for the nearest one
                continue;
            }
            Option<Problem> b = ParameterKind.checkParameter(pp.path, pp.value, missions);
            if (b.isDefined()) {
                bad = bad.append(b.get().at(location(pp.at, "parameters." + pp.path)));
            } else {
                ok.add(pp);
            }
        }
        // Reported in file order with the other problems.
        problems = problems.appendAll(bad)
                .sortBy(p -> p.location()
                        .map(l -> (long) l.line() * 100_000 + l.column())
                        .getOrElse(0L));
        return ok;
    }

    private void readParameters(JsonParser p, JsonToken t, JsonLocation at, java.util.List<PendingParameter> out)
            throws IOException {
        if (t != JsonToken.START_OBJECT) {
            problem(AciProblem.TARIFF_SYNTAX_PARAMETERS_NOT_AN_OBJECT, at, "parameters");
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String path = p.currentName();
            JsonToken vt = p.nextToken();
            JsonLocation vat = p.currentTokenLocation();
            if (vt.isScalarValue()) {
                // Short form in user files: "path": value.
                out.add(new PendingParameter(path, p.getText(), "", Confidence.USER_SUPPLIED, source, null, vat));
                continue;
            }
            if (vt != JsonToken.START_OBJECT) {
                problem(AciProblem.TARIFF_SYNTAX_VALUE, vat, "parameters." + path);
                p.skipChildren();
                continue;
            }
            String value = null;
            String article = "";
            String src = "";
            Confidence confidence = Confidence.USER_SUPPLIED;
            ValueRange range = null;
            JsonLocation rangeAt = vat;
            int reported = problems.size();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken ft = p.nextToken();
                JsonLocation fat = p.currentTokenLocation();
                String where = "parameters." + path + "." + f;
                switch (f) {
                    case "value" -> value = ft.isScalarValue() ? p.getText() : textOrEmpty(p, ft, fat, where);
                    case "article" -> article = textOrEmpty(p, ft, fat, where);
                    case "source" -> src = textOrEmpty(p, ft, fat, where);
                    case "confidence" -> {
                        String c = text(p, ft, fat, where);
                        try {
                            confidence = c == null ? confidence : Confidence.valueOf(c);
                        } catch (IllegalArgumentException e) {
                            problem(AciProblem.TARIFF_BAD_CONFIDENCE, fat, where, c);
                        }
                    }
                    case "range" -> {
                        rangeAt = fat;
                        range = range(p, ft, fat, where);
                    }
                    default -> p.skipChildren();
                }
            }
            if (range != null && value != null) {
                BigDecimal central = decimal(value);
                if (central == null || !range.contains(central)) {
                    problem(
                            AciProblem.TARIFF_RANGE_EXCLUDES_VALUE,
                            rangeAt,
                            "parameters." + path + ".range",
                            range,
                            path,
                            value);
                    range = null;
                }
            }
            if (problems.size() > reported) {
                continue; // a parameter whose object already has a problem is not checked again
            }
            if (value == null) {
                problem(AciProblem.TARIFF_MISSING_VALUE, vat, "parameters." + path, path);
            } else {
                out.add(new PendingParameter(path, value, article, confidence, src, range, vat));
            }
        }
    }

    /** Reads {@code [low, high]}: two numbers, low ≤ high; anything else is reported once. */
    private ValueRange range(JsonParser p, JsonToken t, JsonLocation at, String where) throws IOException {
        java.util.List<BigDecimal> bounds = new java.util.ArrayList<>();
        boolean wellFormed = t == JsonToken.START_ARRAY;
        if (wellFormed) {
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                if (e == JsonToken.VALUE_NUMBER_INT || e == JsonToken.VALUE_NUMBER_FLOAT) {
                    bounds.add(decimal(p.getText()));
                } else {
                    wellFormed = false;
                    p.skipChildren();
                }
            }
        } else {
            p.skipChildren();
        }
        if (!wellFormed || bounds.size() != 2 || bounds.contains(null)) {
            problem(AciProblem.TARIFF_BAD_RANGE, at, where);
            return null;
        }
        if (bounds.get(0).compareTo(bounds.get(1)) > 0) {
            problem(AciProblem.TARIFF_BAD_RANGE_UPSIDE_DOWN, at, where, bounds.get(0), bounds.get(1));
            return null;
        }
        return new ValueRange(bounds.get(0), bounds.get(1));
    }

    private static BigDecimal decimal(String text) {
        try {
            BigDecimal d = new BigDecimal(text.strip());
            // Bounded so that a hostile 1e999999999 cannot blow up later arithmetic (fuzzing, #8).
            return d.precision() - d.scale() > 15 || d.scale() > 15 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(JsonParser p, JsonToken t, JsonLocation at, String field) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            problem(AciProblem.TARIFF_SYNTAX_STRING, at, field, field);
            p.skipChildren();
            return null; // reported once here: not again as blank or as a bad date
        }
        return p.getText();
    }

    private String textOrEmpty(JsonParser p, JsonToken t, JsonLocation at, String field) throws IOException {
        String text = text(p, t, at, field);
        return text == null ? "" : text;
    }

    private LocalDate date(String text, JsonLocation at, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(AciProblem.TARIFF_BAD_DATE, at, field, text);
            return null;
        }
    }

    private void missing(JsonLocation at, String field) {
        problem(AciProblem.TARIFF_MISSING_FIELD, at, field, field);
    }

    private void blank(JsonLocation at, String field) {
        problem(AciProblem.TARIFF_BLANK_FIELD, at, field, field);
    }

    private void problem(AciProblem entry, JsonLocation at, String path, Object... arguments) {
        if (problems.size() < TariffRules.MAX_PROBLEMS) {
            problems = problems.append(Problem.of(entry, arguments).at(location(at, path)));
        } else {
            dropped++; // counted, so that the last problem says how many more there were
        }
    }

    private Validation<Seq<Problem>, RuleText> fail(
            AciProblem entry, JsonLocation at, String path, Object... arguments) {
        problem(entry, at, path, arguments);
        return invalid();
    }

    /** The problems, and past the cap one more that says how many were left out. */
    private Validation<Seq<Problem>, RuleText> invalid() {
        if (unchecked > 0 || dropped > 0) {
            problems = problems.append(
                    Problem.of(AciProblem.TARIFF_TOO_MANY_PROBLEMS, dropped, unchecked, TariffRules.MAX_PROBLEMS));
        }
        return Validation.invalid(problems);
    }

    private Location location(JsonLocation at, String path) {
        int line = Math.max(0, at.getLineNr());
        int column = Math.max(0, at.getColumnNr());
        return new Location(source, line, column, path);
    }
}
