package io.github.cptskit.spring.boot;

import io.github.cptskit.aci.calculation.Remuneration;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.calculation.Scenario;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The application's {@link RemunerationCalculator} (the bundled ACI rules unless the host declares its
 * own calculator bean), counting what it calculates ({@code cpts.remunerations}) and the problems it
 * reports ({@code cpts.problems}).
 *
 * <pre>{@code
 * Remuneration r = Results.orElseThrow(remunerations.calculate(scenario));
 * }</pre>
 */
public final class RemunerationService {
    private final RemunerationCalculator calculator;
    private final CptsMetrics metrics;

    /**
     * @param calculator the calculator
     * @param metrics where to count
     */
    public RemunerationService(RemunerationCalculator calculator, CptsMetrics metrics) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * @param scenario a CPTS's contract year
     * @return its remuneration with its explanation, or every problem
     */
    public Validation<Seq<Problem>, Remuneration> calculate(Scenario scenario) {
        Validation<Seq<Problem>, Remuneration> r = calculator.calculate(Objects.requireNonNull(scenario, "scenario"));
        metrics.remuneration(r.isValid());
        if (r.isInvalid()) {
            r.getError().forEach(p -> metrics.problem(p.code()));
        }
        return r;
    }

    /** @return the calculator */
    public RemunerationCalculator calculator() {
        return calculator;
    }
}
