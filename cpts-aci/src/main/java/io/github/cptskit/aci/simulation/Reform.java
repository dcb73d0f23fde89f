package io.github.cptskit.aci.simulation;

import io.github.cptskit.aci.internal.JsonTree;
import io.github.cptskit.aci.internal.JsonTree.Node;
import io.github.cptskit.aci.problem.AciProblem;
import io.github.cptskit.aci.tariff.RuleText;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reform: a rule file (docs/aci.md) that may also change the model's assumptions in a
 * {@code model} section (the avenant-2 uplift's switch and rate, uptake of the optional missions,
 * start delays, ramp-up, achievements: any {@link ModelParameters} name, with the syntax of
 * {@code --params}), and may be a <em>counterfactual</em>: with {@code "counterfactual": true} it
 * may be dated before a known text, and the texts from its date on are dropped ("no avenant 2").
 * Every name is checked: an unknown one is an error with file, line, column and the nearest name.
 *
 * <pre>{@code
 * Reform r = Reform.read(reader, "no-avenant-2.json").get();
 * TariffRules rules = r.rules(TariffRules.bundled()).get();
 * ModelParameters params = r.parameters(ModelParameters.bundledFitted()).get();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reform {

    /** The largest reform file read, in characters: a hostile file cannot exhaust memory. */
    public static final int MAX_CHARS = 1 << 20;

    private final RuleText text;
    private final boolean counterfactual;
    private final Option<Node> model;

    private Reform(RuleText text, boolean counterfactual, Option<Node> model) {
        this.text = text;
        this.counterfactual = counterfactual;
        this.model = model;
    }

    /**
     * Reads a reform file.
     *
     * @param reader the JSON text
     * @param source the file name used in problems
     * @return the reform, or every problem with line and column
     */
    public static Validation<Seq<Problem>, Reform> read(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        String content;
        try {
            char[] buffer = new char[8192];
            StringBuilder b = new StringBuilder();
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                b.append(buffer, 0, n);
                if (b.length() > MAX_CHARS) {
                    return Validation.invalid(List.of(Problem.of(AciProblem.REFORM_TOO_LARGE, MAX_CHARS)
                            .at(io.github.cptskit.core.problem.Location.of(source, 0, 0))));
                }
            }
            content = b.toString();
        } catch (IOException e) {
            return Validation.invalid(List.of(Problem.of(AciProblem.TARIFF_IO, e.getMessage())
                    .at(io.github.cptskit.core.problem.Location.of(source, 0, 0))));
        }
        Validation<Problem, Node> tree = JsonTree.parse(new StringReader(content), source);
        if (tree.isInvalid()) {
            return Validation.invalid(List.of(tree.getError()));
        }
        Node root = tree.get();
        if (!root.isObject()) {
            return Validation.invalid(
                    List.of(Problem.of(AciProblem.TARIFF_SYNTAX_NOT_AN_OBJECT).at(root.location())));
        }
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        // Model parameters written among the rule parameters: say where they go, not "unknown".
        java.util.Set<String> moved = new java.util.HashSet<>();
        Node rules = root.members().get("parameters");
        ModelParameters names = ModelParameters.bundled();
        if (rules != null && rules.isObject()) {
            for (var e : rules.members().entrySet()) {
                if (names.names().contains(e.getKey())) {
                    problems.add(Problem.of(AciProblem.REFORM_MODEL_PARAMETER_IN_RULES, e.getKey())
                            .at(e.getValue().location()));
                    moved.add(e.getKey());
                }
            }
        }
        Validation<Seq<Problem>, RuleText> text = TariffRules.read(new StringReader(content), source);
        if (text.isInvalid()) {
            for (Problem p : text.getError()) {
                boolean reported = p.code().equals("TARIFF_UNKNOWN_PARAMETER")
                        && moved.stream().anyMatch(name -> p.messageEn().matches(".*: \\Q" + name + "\\E( .*)?"));
                if (!reported) {
                    problems.add(p);
                }
            }
        }
        boolean counterfactual = false;
        Node cf = root.members().get("counterfactual");
        if (cf != null) {
            if (cf.value() instanceof Boolean b) {
                counterfactual = b;
            } else {
                problems.add(Problem.of(AciProblem.REFORM_COUNTERFACTUAL_VALUE).at(cf.location()));
            }
        }
        Option<Node> model = Option.of(root.members().get("model"));
        if (model.isDefined()) {
            // Checked against the bundled names now, so that every problem of the file is reported at once.
            names.plusMembers(model.get()).mapError(e -> problems.addAll(e.toJavaList()));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(List.ofAll(problems));
        }
        return Validation.valid(new Reform(text.get(), counterfactual, model));
    }

    /**
     * The reform's name (its {@code version}).
     *
     * @return the name
     */
    public String version() {
        return text.version();
    }

    /**
     * The day the reform takes effect.
     *
     * @return the day
     */
    public LocalDate effective() {
        return text.effective();
    }

    /**
     * Whether this is a counterfactual: the texts in force from its date on are dropped.
     *
     * @return true for a counterfactual
     */
    public boolean counterfactual() {
        return counterfactual;
    }

    /**
     * Whether it changes model parameters.
     *
     * @return true if it has a {@code model} section
     */
    public boolean changesModel() {
        return model.isDefined();
    }

    /**
     * The rule texts a counterfactual drops from the given rules (none for a reform).
     *
     * @param base the rules
     * @return the versions dropped
     */
    public Seq<String> dropped(TariffRules base) {
        Objects.requireNonNull(base, "base");
        return counterfactual
                ? base.texts().filter(t -> !t.effective().isBefore(effective())).map(RuleText::version)
                : List.empty();
    }

    /**
     * The rules with this reform on top; a counterfactual first drops the texts from its date on.
     *
     * @param base the baseline rules
     * @return the rules, or every problem (dates not ordered for a reform dated before a known text,
     *     a ceiling exceeded…)
     */
    public Validation<Seq<Problem>, TariffRules> rules(TariffRules base) {
        Objects.requireNonNull(base, "base");
        if (!counterfactual) {
            return base.plus(text);
        }
        Option<RuleText> last =
                base.texts().filter(t -> t.effective().isBefore(effective())).lastOption();
        if (last.isEmpty()) {
            return Validation.invalid(List.of(Problem.of(AciProblem.REFORM_BEFORE_FIRST_TEXT, effective(), version())));
        }
        return base.upTo(last.get().version()).flatMap(r -> r.plus(text));
    }

    /**
     * The model parameters with this reform's {@code model} section laid over them (its posterior kept:
     * a reform is compared with the baseline on the same draws).
     *
     * @param base the baseline parameters
     * @return the parameters, or every problem with line and column
     */
    public Validation<Seq<Problem>, ModelParameters> parameters(ModelParameters base) {
        Objects.requireNonNull(base, "base");
        return model.isEmpty() ? Validation.valid(base) : base.plusMembers(model.get());
    }

    @Override
    public String toString() {
        return "Reform[" + version() + " from " + effective() + (counterfactual ? ", counterfactual" : "")
                + (model.isDefined() ? ", model " + model.get().members().keySet() : "") + "]";
    }

    /**
     * {@link #dropped(TariffRules)} as an unmodifiable {@code java.util.List} (decision record 0004).
     *
     * @param base the rules the reform applies to
     * @return the same elements
     */
    public java.util.List<String> droppedList(TariffRules base) {
        return dropped(base).asJava();
    }
}
