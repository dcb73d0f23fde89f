package io.github.cptskit.aci.simulation;

import io.github.cptskit.core.indicator.Achievement;
import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * How the achievement of a variable part is drawn in a simulation. Three documented families:
 * {@link Fixed} (no uncertainty), {@link Uniform} between two rates, and {@link Beta}(α, β) whose mean
 * is α / (α + β), the usual model of a rate.
 *
 * <pre>{@code
 * AchievementDistribution d = AchievementDistribution.beta(8, 2); // mean 0.8
 * }</pre>
 *
 * <p>Implementations are immutable, thread-safe and serializable; randomness comes only from the
 * generator passed in, so a simulation is reproducible from its seed.
 */
public sealed interface AchievementDistribution extends Serializable {

    /**
     * Draws an achievement.
     *
     * @param random the generator
     * @return the achievement in parts per million, 0 to 1,000,000
     */
    int samplePpm(SplittableRandom random);

    /**
     * The quantile function (inverse of the distribution function): the achievement below which a
     * share {@code u} of the draws fall. National simulations tabulate it once and draw by looking
     * it up, which is much faster than {@link #samplePpm} for Beta.
     *
     * @param u the share, 0 to 1
     * @return the achievement in parts per million, 0 to 1,000,000
     * @throws IllegalArgumentException if u is outside [0, 1] or not a number
     */
    int ppmAt(double u);

    /**
     * The same achievement every draw.
     *
     * @param a the achievement
     * @return the distribution
     */
    static AchievementDistribution fixed(Achievement a) {
        return new Fixed(a.partsPerMillion());
    }

    /**
     * Uniform between two rates.
     *
     * @param low the lowest rate
     * @param high the highest rate, at least low
     * @return the distribution
     */
    static AchievementDistribution uniform(Achievement low, Achievement high) {
        return new Uniform(low.partsPerMillion(), high.partsPerMillion());
    }

    /**
     * Beta(α, β).
     *
     * @param alpha α, positive
     * @param beta β, positive
     * @return the distribution
     */
    static AchievementDistribution beta(double alpha, double beta) {
        return new Beta(alpha, beta);
    }

    /**
     * A fixed achievement.
     *
     * @param ppm the achievement in parts per million
     * @serial exclude its serial form is between JVMs of one cptskit version, not API
     */
    record Fixed(int ppm) implements AchievementDistribution {
        /**
         * Checks the range.
         *
         * @param ppm the achievement in parts per million
         */
        public Fixed {
            new Achievement(ppm);
        }

        @Override
        public int samplePpm(SplittableRandom random) {
            return ppm;
        }

        @Override
        public int ppmAt(double u) {
            checkShare(u);
            return ppm;
        }
    }

    /**
     * A uniform achievement.
     *
     * @param lowPpm the lowest, parts per million
     * @param highPpm the highest, parts per million
     * @serial exclude its serial form is between JVMs of one cptskit version, not API
     */
    record Uniform(int lowPpm, int highPpm) implements AchievementDistribution {
        /**
         * Checks the range.
         *
         * @param lowPpm the lowest, parts per million
         * @param highPpm the highest, parts per million
         */
        public Uniform {
            if (lowPpm < 0 || highPpm > Achievement.SCALE || lowPpm > highPpm) {
                throw new IllegalArgumentException("0 <= low <= high <= 1 expected");
            }
        }

        @Override
        public int samplePpm(SplittableRandom random) {
            return lowPpm + random.nextInt(highPpm - lowPpm + 1);
        }

        @Override
        public int ppmAt(double u) {
            checkShare(u);
            return (int) Math.round(lowPpm + u * (highPpm - lowPpm));
        }
    }

    /**
     * A Beta(α, β) achievement, drawn as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β) (Marsaglia and
     * Tsang's method).
     *
     * @param alpha α, positive
     * @param beta β, positive
     * @serial exclude its serial form is between JVMs of one cptskit version, not API
     */
    record Beta(double alpha, double beta) implements AchievementDistribution {
        /**
         * Checks the parameters.
         *
         * @param alpha α, positive
         * @param beta β, positive
         */
        public Beta {
            if (!(alpha > 0 && beta > 0 && alpha < 1e6 && beta < 1e6)) {
                throw new IllegalArgumentException(
                        "Beta parameters must be positive and finite: " + alpha + ", " + beta);
            }
        }

        @Override
        public int samplePpm(SplittableRandom random) {
            double x = gamma(alpha, random);
            double y = gamma(beta, random);
            double sum = x + y;
            double rate = sum > 0 ? x / sum : 0.5;
            return (int) Math.round(rate * Achievement.SCALE);
        }

        @Override
        public int ppmAt(double u) {
            checkShare(u);
            if (u == 0 || u == 1) {
                return u == 0 ? 0 : Achievement.SCALE;
            }
            // Bisection on the regularised incomplete beta function: 26 halvings reach 1.5e-8, below half a ppm.
            double lo = 0;
            double hi = 1;
            for (int i = 0; i < 26; i++) {
                double mid = (lo + hi) / 2;
                if (io.github.cptskit.aci.internal.SpecialFunctions.regularizedBeta(mid, alpha, beta) < u) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return (int) Math.round((lo + hi) / 2 * Achievement.SCALE);
        }

        private static double gamma(double shape, SplittableRandom r) {
            if (shape < 1) {
                // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
                return gamma(shape + 1, r) * Math.pow(r.nextDouble(), 1 / shape);
            }
            double d = shape - 1.0 / 3;
            double c = 1 / Math.sqrt(9 * d);
            while (true) {
                double x = gaussian(r);
                double v = 1 + c * x;
                if (v <= 0) {
                    continue;
                }
                v = v * v * v;
                double u = r.nextDouble();
                if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                    return d * v;
                }
            }
        }

        private static double gaussian(SplittableRandom r) {
            double u1 = r.nextDouble();
            double u2 = r.nextDouble();
            return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        }
    }

    private static void checkShare(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("a share between 0 and 1 is expected: " + u);
        }
    }
}
