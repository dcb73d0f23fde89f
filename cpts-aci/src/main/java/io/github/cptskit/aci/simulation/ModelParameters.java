package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.internal.JsonTree;
import io.github.cptskit.aci.internal.JsonTree.Node;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.law.Confidence;
import io.github.cptskit.core.problem.Location;
import io.github.cptskit.core.problem.NearestName;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.LinkedHashMap;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of the national simulation model ({@link ModelParameter}), each declared once with
 * its central value, its range, its source and its confidence, and optionally a {@link Posterior}
 * fitted by {@link Calibration}. The bundled set is {@code model-parameters.json} beside this class;
 * a user's file ({@code cpts simulate --params FILE}) overrides some of them: a number fixes a
 * parameter, an object changes its range; a fitted file also brings its posterior.
 *
 * <pre>{@code
 * ModelParameters p = ModelParameters.bundled().with("realisation.moyenne", 0.6).get();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelParameters {

    /** The model these parameters belong to; a file for another model is refused. */
    public static final String MODEL = "cptskit-national-1";

    private static final String BUNDLED = "model-parameters.json";

    /** The share of a public total that is not ACI money ({@link PublicFigure.Coverage#ACI_AND_OTHER}). */
    static final String NON_ACI_SHARE = "chiffres.publics.part.hors.aci";

    /** Its largest value. */
    static final double MAX_NON_ACI_SHARE = 0.9;

    private final LinkedHashMap<String, ModelParameter> parameters;
    private final Option<Posterior> posterior;

    private ModelParameters(LinkedHashMap<String, ModelParameter> parameters, Option<Posterior> posterior) {
        this.parameters = parameters;
        this.posterior = posterior;
    }

    /**
     * The parameters bundled with cptskit (priors, not fitted): see docs/simulation.md.
     *
     * @return the parameters
     */
    public static ModelParameters bundled() {
        return Holder.BUNDLED_PARAMETERS;
    }

    private static final class Holder {
        static final ModelParameters BUNDLED_PARAMETERS = load(BUNDLED);
    }

    /**
     * The bundled parameters with the bundled posterior fitted on the public totals by
     * {@code cpts calibrate} (docs/simulation.md, "Calibration"): the default of {@code cpts simulate}.
     *
     * @return the fitted parameters
     */
    public static ModelParameters bundledFitted() {
        return FittedHolder.FITTED;
    }

    private static final class FittedHolder {
        static final ModelParameters FITTED = loadOver(bundled(), "fitted-parameters.json");
    }

    private static ModelParameters load(String resource) {
        Validation<Seq<Problem>, ModelParameters> v = read(resourceReader(resource), "(bundled) " + resource);
        if (v.isInvalid()) {
            throw new IllegalStateException("bundled model parameters are invalid: " + v.getError());
        }
        return v.get();
    }

    private static ModelParameters loadOver(ModelParameters base, String resource) {
        Validation<Seq<Problem>, ModelParameters> v = base.plus(resourceReader(resource), "(bundled) " + resource);
        if (v.isInvalid()) {
            throw new IllegalStateException("bundled fitted parameters are invalid: " + v.getError());
        }
        return v.get();
    }

    private static Reader resourceReader(String resource) {
        InputStream in = ModelParameters.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource " + resource));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * Reads a complete parameter file (every parameter declared with kind, values, unit, confidence,
     * source and description).
     *
     * @param reader the JSON text
     * @param source the file name used in problems
     * @return the parameters, or every problem with line and column
     */
    public static Validation<Seq<Problem>, ModelParameters> read(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return new ModelParameters(LinkedHashMap.empty(), Option.none()).overlay(reader, source, true);
    }

    /**
     * These parameters with a user's file laid over them: a number fixes a parameter, an object
     * replaces some of its fields ({@code low}, {@code central}, {@code high}, {@code value},
     * {@code confidence}, {@code source}); a {@code posterior} section (written by
     * {@code cpts calibrate}) replaces the posterior. Unknown names are errors that suggest the
     * nearest known name.
     *
     * @param reader the JSON text
     * @param source the file name used in problems
     * @return the parameters, or every problem with line and column
     */
    public Validation<Seq<Problem>, ModelParameters> plus(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return overlay(reader, source, false);
    }

    /**
     * These parameters with one fixed at a value (the {@code --set} of the command line).
     *
     * @param name the parameter's name
     * @param value its value (epoch day for a date)
     * @return the parameters, or the coded problem for an unknown name or a value its kind refuses
     */
    public Validation<Seq<Problem>, ModelParameters> with(String name, double value) {
        Objects.requireNonNull(name, "name");
        Option<ModelParameter> p = parameters.get(name);
        if (p.isEmpty()) {
            return invalid(unknown(name, null));
        }
        Option<Problem> bad = checkValue(p.get(), value, null);
        if (bad.isDefined()) {
            return invalid(bad.get());
        }
        return Validation.valid(new ModelParameters(parameters.put(name, p.get().at(value)), posterior));
    }

    /**
     * These parameters with one fixed at a value written as text (a number, or a day for dates).
     *
     * @param name the parameter's name
     * @param text the value
     * @return the parameters, or a coded problem
     */
    public Validation<Seq<Problem>, ModelParameters> with(String name, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Option<ModelParameter> p = parameters.get(name);
        if (p.isEmpty()) {
            return invalid(unknown(name, null));
        }
        Option<Double> v = parse(p.get().kind(), text.strip());
        if (v.isEmpty()) {
            return invalid(Problem.of(
                    p.get().kind() == ModelParameter.Kind.DATE
                            ? AciProblem.MODEL_PARAMETER_VALUE_UNREADABLE_DATE
                            : AciProblem.MODEL_PARAMETER_VALUE_UNREADABLE,
                    name,
                    text));
        }
        return with(name, v.get());
    }

    /**
     * Every parameter at its central value, certain, without posterior: the deterministic model.
     *
     * @return the collapsed parameters
     */
    public ModelParameters collapsed() {
        return new ModelParameters(parameters.mapValues(ModelParameter::collapsed), Option.none());
    }

    /**
     * These parameters without their posterior: the priors only.
     *
     * @return the priors
     */
    public ModelParameters priors() {
        return new ModelParameters(parameters, Option.none());
    }

    /**
     * These parameters with a posterior.
     *
     * @param fitted the posterior; its names must be parameters of this set
     * @return the parameters
     * @throws IllegalArgumentException if the posterior names an unknown parameter
     */
    public ModelParameters withPosterior(Posterior fitted) {
        Objects.requireNonNull(fitted, "fitted");
        for (String n : fitted.names()) {
            if (!parameters.containsKey(n)) {
                throw new IllegalArgumentException("posterior of an unknown parameter: " + n);
            }
        }
        return new ModelParameters(parameters, Option.some(fitted));
    }

    /**
     * One parameter.
     *
     * @param name its name
     * @return the parameter
     * @throws IllegalArgumentException if there is no such parameter (use {@link #names()})
     */
    public ModelParameter get(String name) {
        Objects.requireNonNull(name, "name");
        return parameters.get(name).getOrElseThrow(() -> new IllegalArgumentException("unknown parameter: " + name));
    }

    /**
     * The parameters' names, in declaration order.
     *
     * @return the names
     */
    public Seq<String> names() {
        return parameters.keySet().toList();
    }

    /**
     * Every parameter, in declaration order.
     *
     * @return the parameters
     */
    public Seq<ModelParameter> all() {
        return parameters.values().toList();
    }

    /**
     * The parameters a simulation draws (those with a range).
     *
     * @return the uncertain parameters
     */
    public Seq<ModelParameter> uncertain() {
        return all().filter(ModelParameter::uncertain);
    }

    /**
     * The posterior, if these parameters were fitted.
     *
     * @return the posterior
     */
    public Option<Posterior> posterior() {
        return posterior;
    }

    /**
     * A fingerprint of the priors (names, kinds, ranges and central values; not sources or
     * posterior): a fitted file records the fingerprint of the priors it was fitted from, so that a
     * stale fit is detected.
     *
     * @return hexadecimal SHA-256
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(MODEL).append('\n');
        for (ModelParameter p : parameters.values()) {
            text.append(p.name())
                    .append(' ')
                    .append(p.kind())
                    .append(' ')
                    .append(p.format(p.low()))
                    .append(' ')
                    .append(p.format(p.central()))
                    .append(' ')
                    .append(p.format(p.high()))
                    .append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    /**
     * The parameters as a complete file, readable by {@link #read(Reader, String)}, with the posterior
     * if any.
     *
     * @return JSON text
     */
    public String toJson() {
        StringBuilder b = new StringBuilder("{\n  \"model\": \"").append(MODEL).append("\",\n");
        b.append("  \"priorFingerprint\": \"").append(fingerprint()).append("\",\n");
        b.append("  \"parameters\": {\n");
        int i = 0;
        for (ModelParameter p : parameters.values()) {
            b.append("    ")
                    .append(quote(p.name()))
                    .append(": {\"kind\": \"")
                    .append(p.kind())
                    .append("\", ");
            if (p.uncertain()) {
                b.append("\"low\": ")
                        .append(number(p, p.low()))
                        .append(", \"central\": ")
                        .append(number(p, p.central()))
                        .append(", \"high\": ")
                        .append(number(p, p.high()));
            } else {
                b.append("\"value\": ").append(number(p, p.central()));
            }
            b.append(", \"unit\": ")
                    .append(quote(p.unit()))
                    .append(", \"confidence\": \"")
                    .append(p.confidence())
                    .append("\", \"source\": ")
                    .append(quote(p.source()))
                    .append(", \"description\": ")
                    .append(quote(p.description()))
                    .append('}')
                    .append(++i < parameters.size() ? ",\n" : "\n");
        }
        b.append("  }");
        if (posterior.isDefined()) {
            b.append(",\n  \"posterior\": ").append(posterior.get().toJson(this));
        }
        return b.append("\n}\n").toString();
    }

    private String number(ModelParameter p, double v) {
        return p.kind() == ModelParameter.Kind.DATE ? quote(p.exact(v)) : p.exact(v);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * These parameters with the members of a JSON object laid over them, as the {@code parameters}
     * of {@link #plus(Reader, String)}: the {@code model} section of a reform file.
     */
    Validation<Seq<Problem>, ModelParameters> plusMembers(Node params) {
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        if (!params.isObject()) {
            return invalid(Problem.of(AciProblem.MODEL_FILE_SYNTAX_PARAMETERS_NOT_AN_OBJECT)
                    .at(params.location()));
        }
        LinkedHashMap<String, ModelParameter> result = parameters;
        for (var e : params.members().entrySet()) {
            Option<ModelParameter> p = override(e.getKey(), e.getValue(), problems);
            if (p.isDefined()) {
                result = result.put(e.getKey(), p.get());
            }
        }
        return problems.isEmpty()
                ? Validation.valid(new ModelParameters(result, posterior))
                : Validation.invalid(List.ofAll(problems));
    }

    // ---- reading ----

    private Validation<Seq<Problem>, ModelParameters> overlay(Reader reader, String source, boolean complete) {
        Validation<Problem, Node> tree = JsonTree.parse(reader, source);
        if (tree.isInvalid()) {
            return Validation.invalid(List.of(tree.getError()));
        }
        Node root = tree.get();
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        if (!root.isObject()) {
            return Validation.invalid(List.of(
                    Problem.of(AciProblem.MODEL_FILE_SYNTAX_NOT_AN_OBJECT).at(root.location())));
        }
        Map<String, Node> top = root.members();
        Node model = top.get("model");
        if (model != null && !MODEL.equals(model.value())) {
            problems.add(Problem.of(AciProblem.MODEL_FILE_MODEL, model.value(), MODEL)
                    .at(model.location()));
        }
        for (var e : top.entrySet()) {
            if (!java.util.Set.of("model", "title", "priorFingerprint", "parameters", "posterior")
                    .contains(e.getKey())) {
                problems.add(Problem.of(AciProblem.MODEL_FILE_UNKNOWN_FIELD, e.getKey())
                        .at(e.getValue().location()));
            }
        }
        LinkedHashMap<String, ModelParameter> result = parameters;
        Node params = top.get("parameters");
        if (params == null && complete) {
            problems.add(Problem.of(AciProblem.MODEL_FILE_SYNTAX_NO_PARAMETERS).at(root.location()));
        } else if (params != null && !params.isObject()) {
            problems.add(Problem.of(AciProblem.MODEL_FILE_SYNTAX_PARAMETERS_NOT_AN_OBJECT)
                    .at(params.location()));
        } else if (params != null) {
            for (var e : params.members().entrySet()) {
                Option<ModelParameter> p = complete
                        ? declaration(e.getKey(), e.getValue(), problems)
                        : override(e.getKey(), e.getValue(), problems);
                if (p.isDefined()) {
                    result = result.put(e.getKey(), p.get());
                }
            }
        }
        Option<Posterior> post = posterior;
        Node postNode = top.get("posterior");
        if (postNode != null) {
            post = Posterior.read(postNode, result, problems);
        }
        return problems.isEmpty()
                ? Validation.valid(new ModelParameters(result, post))
                : Validation.invalid(List.ofAll(problems));
    }

    private Option<ModelParameter> declaration(String name, Node node, java.util.List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(Problem.of(AciProblem.MODEL_FILE_SYNTAX_PARAMETER_NOT_AN_OBJECT, name)
                    .at(node.location()));
            return Option.none();
        }
        Map<String, Node> f = node.members();
        int before = problems.size();
        ModelParameter.Kind kind = null;
        Node k = f.get("kind");
        try {
            kind = k == null ? null : ModelParameter.Kind.valueOf(String.valueOf(k.value()));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            problems.add(
                    Problem.of(AciProblem.MODEL_PARAMETER_KIND, name).at(k == null ? node.location() : k.location()));
            return Option.none();
        }
        String unit = string(f, "unit", name, node, problems);
        String src = string(f, "source", name, node, problems);
        String desc = string(f, "description", name, node, problems);
        Confidence conf = confidence(f.get("confidence"), name, node, problems);
        ModelParameter shell = new ModelParameter(name, kind, 0, 0, 0, "", Confidence.USER_SUPPLIED, "", "");
        double[] values = values(shell, f, node, problems, null);
        if (problems.size() > before || values == null) {
            return Option.none();
        }
        return make(name, kind, values, unit, conf, src, desc, node, problems);
    }

    private Option<ModelParameter> override(String name, Node node, java.util.List<Problem> problems) {
        Option<ModelParameter> known = parameters.get(name);
        if (known.isEmpty()) {
            problems.add(unknown(name, node.location()));
            return Option.none();
        }
        ModelParameter p = known.get();
        if (!node.isObject()) {
            Option<Double> v = node.value() instanceof BigDecimal d
                    ? Option.some(d.doubleValue())
                    : node.value() instanceof String s ? parse(p.kind(), s) : Option.none();
            if (v.isEmpty()) {
                problems.add(Problem.of(AciProblem.MODEL_PARAMETER_VALUE, name).at(node.location()));
                return Option.none();
            }
            Option<Problem> bad = checkValue(p, v.get(), node.location());
            if (bad.isDefined()) {
                problems.add(bad.get());
                return Option.none();
            }
            return Option.some(p.at(v.get()));
        }
        Map<String, Node> f = node.members();
        int before = problems.size();
        // The description is documentation (a file written by an older version may word it otherwise).
        java.util.Map<String, String> model = java.util.Map.of("kind", p.kind().name(), "unit", p.unit());
        for (String fixed : model.keySet()) {
            if (f.containsKey(fixed) && !model.get(fixed).equals(f.get(fixed).value())) {
                // Part of the model, not of the user's belief: changing it would be a silent no-op.
                problems.add(Problem.of(AciProblem.MODEL_PARAMETER_FIXED_FIELD, name, fixed)
                        .at(f.get(fixed).location()));
            }
        }
        double[] values = values(p, f, node, problems, p);
        Confidence conf = f.containsKey("confidence")
                ? confidence(f.get("confidence"), name, node, problems)
                : Confidence.USER_SUPPLIED;
        String src = f.containsKey("source") ? string(f, "source", name, node, problems) : "user file";
        if (problems.size() > before || values == null) {
            return Option.none();
        }
        return make(name, p.kind(), values, p.unit(), conf, src, p.description(), node, problems);
    }

    private static Option<ModelParameter> make(
            String name,
            ModelParameter.Kind kind,
            double[] v,
            String unit,
            Confidence conf,
            String src,
            String desc,
            Node node,
            java.util.List<Problem> problems) {
        try {
            ModelParameter p = new ModelParameter(name, kind, v[0], v[1], v[2], unit, conf, src, desc);
            for (double x : v) {
                Option<Problem> bad = checkValue(p, x, node.location());
                if (bad.isDefined()) {
                    problems.add(bad.get());
                    return Option.none();
                }
            }
            return Option.some(p);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(AciProblem.MODEL_PARAMETER_RANGE, name, v[0], v[1], v[2])
                    .at(node.location()));
            return Option.none();
        }
    }

    /** low, central, high from "value" or the three fields, defaulting to the known parameter's. */
    private static double[] values(
            ModelParameter shape,
            Map<String, Node> f,
            Node node,
            java.util.List<Problem> problems,
            ModelParameter known) {
        for (String field : f.keySet()) {
            if (!java.util.Set.of(
                            "kind", "value", "low", "central", "high", "unit", "confidence", "source", "description")
                    .contains(field)) {
                problems.add(Problem.of(AciProblem.MODEL_FILE_UNKNOWN_FIELD_OF_PARAMETER, field)
                        .at(f.get(field).location()));
            }
        }
        if (f.containsKey("value")) {
            Double v = number(shape.kind(), f.get("value"), problems);
            return v == null ? null : new double[] {v, v, v};
        }
        Double lo = f.containsKey("low")
                ? number(shape.kind(), f.get("low"), problems)
                : known == null ? null : known.low();
        Double ce = f.containsKey("central")
                ? number(shape.kind(), f.get("central"), problems)
                : known == null ? null : known.central();
        Double hi = f.containsKey("high")
                ? number(shape.kind(), f.get("high"), problems)
                : known == null ? null : known.high();
        if (lo == null || ce == null || hi == null) {
            if (known == null && (!f.containsKey("low") || !f.containsKey("central") || !f.containsKey("high"))) {
                problems.add(
                        Problem.of(AciProblem.MODEL_PARAMETER_VALUE_MISSING).at(node.location()));
            }
            return null;
        }
        return new double[] {lo, ce, hi};
    }

    private static Double number(ModelParameter.Kind kind, Node n, java.util.List<Problem> problems) {
        Option<Double> v = n.value() instanceof BigDecimal d
                ? (kind == ModelParameter.Kind.DATE ? Option.none() : Option.some(d.doubleValue()))
                : n.value() instanceof String s ? parse(kind, s) : Option.none();
        if (v.isEmpty() || !Double.isFinite(v.get())) {
            problems.add(Problem.of(
                            kind == ModelParameter.Kind.DATE
                                    ? AciProblem.MODEL_PARAMETER_VALUE_DATE_EXPECTED
                                    : AciProblem.MODEL_PARAMETER_VALUE_NUMBER_EXPECTED)
                    .at(n.location()));
            return null;
        }
        return v.get();
    }

    private static Option<Double> parse(ModelParameter.Kind kind, String text) {
        try {
            if (kind == ModelParameter.Kind.DATE) {
                return Option.some((double) LocalDate.parse(text).toEpochDay());
            }
            BigDecimal d = new BigDecimal(text);
            return d.precision() - d.scale() > 15 ? Option.none() : Option.some(d.doubleValue());
        } catch (DateTimeParseException | NumberFormatException e) {
            return Option.none();
        }
    }

    private static Option<Problem> checkValue(ModelParameter p, double v, Location at) {
        AciProblem reason = null;
        switch (p.kind()) {
            case SWITCH -> {
                if (v != 0 && v != 1) {
                    reason = AciProblem.MODEL_PARAMETER_VALUE_SWITCH;
                }
            }
            case INTEGER -> {
                if (v != Math.rint(v) || v < 0 || v > 1200) {
                    reason = AciProblem.MODEL_PARAMETER_VALUE_INTEGER;
                }
            }
            case DATE -> {
                // parsed from a valid date already
            }
            case CONTINUOUS -> {
                boolean unitInterval = java.util.Set.of("rate", "share", "probability", "quantile", "factor")
                        .contains(p.unit());
                if (!Double.isFinite(v) || (unitInterval && (v < 0 || v > 1)) || v < 0) {
                    reason = unitInterval
                            ? AciProblem.MODEL_PARAMETER_VALUE_UNIT_INTERVAL
                            : AciProblem.MODEL_PARAMETER_VALUE_NEGATIVE;
                }
                if (reason == null && p.name().equals(NON_ACI_SHARE) && v > MAX_NON_ACI_SHARE) {
                    // A public total cannot be all non-ACI money: T / (1 - share) must stay finite.
                    reason = AciProblem.MODEL_PARAMETER_VALUE_SHARE_CAP;
                }
            }
        }
        if (reason == null) {
            return Option.none();
        }
        Problem problem = Problem.of(reason, p.name(), p.format(v));
        return Option.some(at == null ? problem : problem.at(at));
    }

    private static String string(
            Map<String, Node> f, String field, String name, Node node, java.util.List<Problem> out) {
        Node n = f.get(field);
        if (n == null || !(n.value() instanceof String s) || s.isBlank()) {
            out.add(Problem.of(AciProblem.MODEL_PARAMETER_FIELD, name, field)
                    .at(n == null ? node.location() : n.location()));
            return "";
        }
        return s;
    }

    private static Confidence confidence(Node n, String name, Node node, java.util.List<Problem> out) {
        try {
            if (n != null && n.value() instanceof String s) {
                return Confidence.valueOf(s);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        out.add(Problem.of(AciProblem.MODEL_PARAMETER_FIELD_CONFIDENCE, name)
                .at(n == null ? node.location() : n.location()));
        return Confidence.USER_SUPPLIED;
    }

    Problem unknown(String name, Location at) {
        String near = NearestName.of(name, parameters.keySet());
        Problem p = near == null
                ? Problem.of(AciProblem.MODEL_UNKNOWN_PARAMETER, name)
                : Problem.of(AciProblem.MODEL_UNKNOWN_PARAMETER_NEAR, name, near);
        return at == null ? p : p.at(at);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelParameters m && m.parameters.equals(parameters) && m.posterior.equals(posterior);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }

    @Override
    public String toString() {
        return "ModelParameters" + parameters.values().mkString("[", ", ", "]")
                + posterior.map(p -> " + " + p).getOrElse("");
    }

    private static <T> Validation<Seq<Problem>, T> invalid(Problem p) {
        return Validation.invalid(List.of(p));
    }

    /**
     * {@link #names()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> namesList() {
        return names().asJava();
    }

    /**
     * {@link #all()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<ModelParameter> allList() {
        return all().asJava();
    }

    /**
     * {@link #uncertain()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<ModelParameter> uncertainList() {
        return uncertain().asJava();
    }

    /**
     * {@link #posterior()} as an {@code Optional} (decision record 0004).
     *
     * @return the same value, or empty
     */
    public java.util.Optional<Posterior> posteriorOptional() {
        return posterior().toJavaOptional();
    }
}
