package io.github.cptskit.core.indicator;

import io.github.cptskit.core.problem.CoreProblem;
import io.github.cptskit.core.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigInteger;
import java.util.Objects;

/**
 * One indicator of a variable part with its weight in the contract and its achievement. The
 * indicators of a CPTS's contract are agreed locally with the CPAM and the ARS (the national text
 * sets only the maxima), so their names and weights are the user's data.
 *
 * <pre>{@code
 * Achievement a = IndicatorResult.combine(List.of(
 *     new IndicatorResult("patients sans MT ayant trouvé un MT", 2, Achievement.parse("0.6").get()),
 *     new IndicatorResult("créneaux SNP publiés", 1, Achievement.FULL))).get();   // 0.733333
 * }</pre>
 *
 * @param name the indicator's name in the contract
 * @param weight its weight, 1 or more
 * @param achievement its achievement
 */
public record IndicatorResult(String name, int weight, Achievement achievement) {

    /**
     * Checks the components.
     *
     * @param name the indicator's name in the contract
     * @param weight its weight, 1 or more
     * @param achievement its achievement
     */
    public IndicatorResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(achievement, "achievement");
        if (weight < 1) {
            throw new IllegalArgumentException("an indicator's weight is 1 or more: " + weight);
        }
    }

    /**
     * The weighted mean of indicators' achievements, rounded half-up to the millionth: the achievement
     * of the variable part they measure.
     *
     * @param indicators the indicators, at least one (any {@code Iterable}: a {@code java.util.List} or a Vavr {@code Seq})
     * @return the achievement, or the problem {@code INDICATORS_EMPTY}
     */
    public static Validation<Seq<Problem>, Achievement> combine(Iterable<? extends IndicatorResult> indicators) {
        Objects.requireNonNull(indicators, "indicators");
        if (!indicators.iterator().hasNext()) {
            return Validation.invalid(List.of(Problem.of(CoreProblem.INDICATORS_EMPTY)));
        }
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ZERO;
        for (IndicatorResult i : List.ofAll(indicators)) {
            num = num.add(BigInteger.valueOf((long) i.weight())
                    .multiply(BigInteger.valueOf(i.achievement().partsPerMillion())));
            den = den.add(BigInteger.valueOf(i.weight()));
        }
        // half-up: (2n + d) / 2d
        int ppm = num.shiftLeft(1).add(den).divide(den.shiftLeft(1)).intValueExact();
        return Validation.valid(new Achievement(ppm));
    }
}
