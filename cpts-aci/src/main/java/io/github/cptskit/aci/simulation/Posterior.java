package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.internal.JsonTree.Node;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted joint distribution of model parameters, as equally weighted particles: each particle is
 * one set of parameter values, resampled from the prior draws by their weight against the public
 * totals ({@link Calibration}). A simulation with a posterior draws a particle per draw, so that the
 * parameters' correlations in the fit are kept.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Posterior {

    private final String method;
    private final String priorFingerprint;
    private final Seq<String> observations;
    private final Seq<String> names;
    private final double[][] particles;
    private final java.util.SortedMap<String, String> inputs;

    /**
     * A posterior.
     *
     * @param method how it was fitted, in one sentence (written to files and outputs)
     * @param priorFingerprint {@link ModelParameters#fingerprint()} of the priors it was fitted from
     * @param observations the figures it was fitted on, each described in one line
     * @param names the parameters, in the order of each particle's values
     * @param particles the particles: one value per name each; copied
     * @throws IllegalArgumentException if there is no particle or one has the wrong length
     */
    public Posterior(
            String method, String priorFingerprint, Seq<String> observations, Seq<String> names, double[][] particles) {
        this(method, priorFingerprint, observations, names, particles, java.util.Map.of());
    }

    /**
     * A posterior that records the fingerprint of every input of its fit ({@link Calibration#fingerprints}).
     *
     * @param method how it was fitted, in one sentence
     * @param priorFingerprint {@link ModelParameters#fingerprint()} of the priors it was fitted from
     * @param observations the figures it was fitted on, each described in one line
     * @param names the parameters, in the order of each particle's values
     * @param particles the particles: one value per name each; copied
     * @param inputs input name to SHA-256 (empty for a fit that did not record them); copied
     * @throws IllegalArgumentException if there is no particle or one has the wrong length
     */
    public Posterior(
            String method,
            String priorFingerprint,
            Seq<String> observations,
            Seq<String> names,
            double[][] particles,
            java.util.Map<String, String> inputs) {
        this.inputs = java.util.Collections.unmodifiableSortedMap(
                new java.util.TreeMap<>(Objects.requireNonNull(inputs, "inputs")));
        this.method = Objects.requireNonNull(method, "method");
        this.priorFingerprint = Objects.requireNonNull(priorFingerprint, "priorFingerprint");
        this.observations = Objects.requireNonNull(observations, "observations");
        this.names = Objects.requireNonNull(names, "names");
        Objects.requireNonNull(particles, "particles");
        if (particles.length == 0) {
            throw new IllegalArgumentException("a posterior needs at least one particle");
        }
        this.particles = new double[particles.length][];
        for (int i = 0; i < particles.length; i++) {
            if (particles[i].length != names.size()) {
                throw new IllegalArgumentException(
                        "particle " + i + " has " + particles[i].length + " values for " + names.size() + " names");
            }
            this.particles[i] = particles[i].clone();
        }
    }

    /**
     * How it was fitted.
     *
     * @return one sentence
     */
    public String method() {
        return method;
    }

    /**
     * The fingerprint of the priors it was fitted from.
     *
     * @return hexadecimal SHA-256
     */
    public String priorFingerprint() {
        return priorFingerprint;
    }

    /**
     * The fingerprint of each input of the fit: {@code model}, {@code priors}, {@code rules},
     * {@code portfolio}, {@code targets} ({@link Calibration#fingerprints}); empty for a fit written
     * before they were recorded.
     *
     * @return name to hexadecimal SHA-256, sorted, unmodifiable
     */
    public java.util.SortedMap<String, String> inputs() {
        return inputs;
    }

    /**
     * The figures it was fitted on.
     *
     * @return one line each
     */
    public Seq<String> observations() {
        return observations;
    }

    /**
     * The fitted parameters' names.
     *
     * @return the names, in particle order
     */
    public Seq<String> names() {
        return names;
    }

    /**
     * The number of particles.
     *
     * @return at least 1
     */
    public int size() {
        return particles.length;
    }

    /**
     * One value of one particle.
     *
     * @param particle the particle's index
     * @param name the parameter's index in {@link #names()}
     * @return the value
     */
    public double value(int particle, int name) {
        return particles[particle][name];
    }

    /**
     * The P5, P50 and P95 of one parameter over the particles.
     *
     * @param name the parameter's name
     * @return {P5, P50, P95}, or none if the posterior does not fit this parameter
     */
    public Option<double[]> quantiles(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            return Option.none();
        }
        double[] v = new double[particles.length];
        for (int p = 0; p < v.length; p++) {
            v[p] = particles[p][i];
        }
        Arrays.sort(v);
        return Option.some(new double[] {rank(v, 0.05), rank(v, 0.5), rank(v, 0.95)});
    }

    static double rank(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String toJson(ModelParameters params) {
        StringBuilder b = new StringBuilder("{\n    \"method\": ").append(ModelParameters.quote(method));
        b.append(",\n    \"priorFingerprint\": \"").append(priorFingerprint).append('"');
        if (!inputs.isEmpty()) {
            b.append(",\n    \"inputs\": {");
            int i = 0;
            for (var e : inputs.entrySet()) {
                b.append(i++ == 0 ? "" : ", ")
                        .append(ModelParameters.quote(e.getKey()))
                        .append(": ")
                        .append(ModelParameters.quote(e.getValue()));
            }
            b.append('}');
        }
        b.append(",\n    \"observations\": [")
                .append(observations.map(ModelParameters::quote).mkString(", "))
                .append(']');
        b.append(",\n    \"names\": [")
                .append(names.map(ModelParameters::quote).mkString(", "))
                .append(']');
        b.append(",\n    \"particles\": [\n");
        for (int p = 0; p < particles.length; p++) {
            b.append("      [");
            for (int i = 0; i < names.size(); i++) {
                ModelParameter mp = params.get(names.get(i));
                b.append(i == 0 ? "" : ", ")
                        .append(
                                mp.kind() == ModelParameter.Kind.DATE
                                        ? ModelParameters.quote(mp.exact(particles[p][i]))
                                        : mp.exact(particles[p][i]));
            }
            b.append(p + 1 < particles.length ? "],\n" : "]\n");
        }
        return b.append("    ]\n  }").toString();
    }

    static Option<Posterior> read(
            Node node, LinkedHashMap<String, ModelParameter> params, java.util.List<Problem> problems) {
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(syntax(AciProblem.MODEL_FILE_SYNTAX_POSTERIOR_NOT_AN_OBJECT, node));
            return Option.none();
        }
        Map<String, Node> f = node.members();
        String method = f.get("method") != null && f.get("method").value() instanceof String s ? s : null;
        String fingerprint =
                f.get("priorFingerprint") != null && f.get("priorFingerprint").value() instanceof String s ? s : null;
        Node namesNode = f.get("names");
        Node particlesNode = f.get("particles");
        if (method == null || fingerprint == null || namesNode == null || particlesNode == null) {
            problems.add(syntax(AciProblem.MODEL_FILE_SYNTAX_POSTERIOR_FIELDS, node));
            return Option.none();
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        if (!(namesNode.value() instanceof java.util.List)) {
            problems.add(syntax(AciProblem.MODEL_FILE_SYNTAX_NAMES_NOT_A_LIST, namesNode));
            return Option.none();
        }
        for (Node n : namesNode.elements()) {
            if (!(n.value() instanceof String s) || !params.containsKey(s)) {
                problems.add(Problem.of(AciProblem.MODEL_UNKNOWN_PARAMETER, n.value())
                        .at(n.location()));
            } else {
                names.add(s);
            }
        }
        java.util.Map<String, String> inputs = new java.util.TreeMap<>();
        Node in = f.get("inputs");
        if (in != null && in.isObject()) {
            for (var e : in.members().entrySet()) {
                if (e.getValue().value() instanceof String s && s.matches("[0-9a-f]{64}")) {
                    inputs.put(e.getKey(), s);
                } else {
                    problems.add(syntax(AciProblem.MODEL_FILE_SYNTAX_POSTERIOR_FIELDS, e.getValue()));
                }
            }
        } else if (in != null) {
            problems.add(syntax(AciProblem.MODEL_FILE_SYNTAX_POSTERIOR_FIELDS, in));
        }
        java.util.List<String> observations = new java.util.ArrayList<>();
        Node obs = f.get("observations");
        if (obs != null && obs.value() instanceof java.util.List) {
            for (Node o : obs.elements()) {
                observations.add(String.valueOf(o.value()));
            }
        }
        if (!(particlesNode.value() instanceof java.util.List)
                || particlesNode.elements().isEmpty()) {
            problems.add(syntax(AciProblem.MODEL_FILE_SYNTAX_PARTICLES_EMPTY, particlesNode));
            return Option.none();
        }
        double[][] particles = new double[particlesNode.elements().size()][];
        int p = 0;
        for (Node row : particlesNode.elements()) {
            if (!(row.value() instanceof java.util.List) || row.elements().size() != names.size()) {
                problems.add(syntax(AciProblem.MODEL_FILE_SYNTAX_PARTICLE_SIZE, row, names.size()));
                return Option.none();
            }
            double[] values = new double[names.size()];
            for (int i = 0; i < values.length; i++) {
                Node v = row.elements().get(i);
                ModelParameter mp = params.get(names.get(i)).get();
                Double d = v.value() instanceof BigDecimal bd
                        ? Double.valueOf(bd.doubleValue())
                        : v.value() instanceof String s && mp.kind() == ModelParameter.Kind.DATE ? date(s) : null;
                if (d == null || d < mp.low() || d > mp.high()) {
                    problems.add(Problem.of(
                                    AciProblem.MODEL_POSTERIOR_VALUE,
                                    names.get(i),
                                    v.value(),
                                    mp.format(mp.low()),
                                    mp.format(mp.high()))
                            .at(v.location()));
                    return Option.none();
                }
                values[i] = d;
            }
            particles[p++] = values;
        }
        if (problems.size() > before) {
            return Option.none();
        }
        return Option.some(
                new Posterior(method, fingerprint, List.ofAll(observations), List.ofAll(names), particles, inputs));
    }

    private static Double date(String s) {
        try {
            return (double) java.time.LocalDate.parse(s).toEpochDay();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Problem syntax(AciProblem entry, Node at, Object... arguments) {
        return Problem.of(entry, arguments).at(at.location());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Posterior p
                && p.method.equals(method)
                && p.priorFingerprint.equals(priorFingerprint)
                && p.names.equals(names)
                && Arrays.deepEquals(p.particles, particles)
                && p.inputs.equals(inputs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, priorFingerprint, names, Arrays.deepHashCode(particles));
    }

    @Override
    public String toString() {
        return "Posterior[" + particles.length + " particles of " + names.mkString(", ") + "; " + method + "]";
    }

    /**
     * {@link #observations()} as an unmodifiable {@code java.util.List}, in the same order (decision record 0004).
     *
     * @return the same elements
     */
    public java.util.List<String> observationsList() {
        return observations().asJava();
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
     * {@link #quantiles(String)} as an {@code Optional} (decision record 0004).
     *
     * @param name the parameter's name
     * @return the same value, or empty
     */
    public java.util.Optional<double[]> quantilesOptional(String name) {
        return quantiles(name).toJavaOptional();
    }
}
