package io.github.cptskit.aci.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/**
 * The special functions against reference values computed independently with mpmath 1.3 at 50 digits
 * ({@code mp.betainc(a, b, 0, x, regularized=True)}, {@code mp.loggamma(x)}, {@code mp.erfc(x)}, and
 * the normal quantile as the root of {@code mp.ncdf(x) - p} at the exact double {@code p}). Each
 * tolerance is a little above the largest error measured on these points, so that a changed
 * coefficient or branch shows. The normal quantile's points are
 * {@code python3 -c "import mpmath as mp; mp.mp.dps = 50; print(mp.findroot(lambda x: mp.ncdf(x) - mp.mpf(0.52235), 0.05))"}
 * for p = 0.52235, and likewise for the others.
 *
 * <p>Mutants PIT leaves alive here are equivalent within these accuracies: the boundaries of
 * {@code x <= 0}, {@code x >= 1}, the symmetry switch and the tiny/convergence tests of the continued
 * fraction (both sides give the same value); {@code erfc}'s {@code x >= 0} (at 0 both branches are 1
 * ± 3e-8); the branch limits 0.02425 of the normal quantile; and the Halley step's arithmetic, whose
 * correction (about 1e-7, from erfc's error) is smaller than its own error, Acklam's formula alone
 * being good to 7.4e-9.
 */
class SpecialFunctionsTest {

    private static final double[][] QUANTILES = {
        {1e-12, -7.0344838253011319326},
        {1e-08, -5.6120012441747887279},
        {1e-05, -4.2648907939228246102},
        {0.001, -3.0902323061678135354},
        {0.01, -2.3263478740408410931},
        {0.02, -2.0537489106318230443},
        {0.024, -1.9773684281819467033},
        {0.025, -1.9599639845400542118},
        {0.05, -1.644853626951472688},
        {0.1, -1.2815515655446004353},
        {0.2, -0.84162123357291416552},
        {0.3, -0.52440051270804081597},
        {0.4, -0.25334710313579974132},
        {0.45, -0.12566134685507400616},
        {0.49, -0.025068908258711058033},
        {0.5, 0.0},
        {0.51, 0.025068908258711058033},
        // The worst point of a scan of 2,000 p from 1e-12 to 1 − 1e-8: error 1.042e-7 (from erfc's).
        {0.52235, 0.056052479809059399234},
        {0.55, 0.12566134685507414641},
        {0.6, 0.25334710313579974132},
        {0.7, 0.52440051270804065631},
        {0.8, 0.8416212335729143638},
        {0.9, 1.2815515655446005935},
        {0.95, 1.6448536269514722843},
        {0.975, 1.9599639845400538556},
        {0.976, 1.9773684281819463347},
        {0.98, 2.0537489106318226861},
        {0.99, 2.3263478740408407676},
        {0.999, 3.0902323061678132778},
        {0.99999, 4.2648907939238407699},
        {0.99999999, 5.6120012433055049826}
    };

    private static final double[][] ERFC = {
        {-3, 1.9999779095030014146},
        {-1.5, 1.9661051464753107271},
        {-0.5, 1.5204998778130465377},
        {0, 1.0},
        {0.25, 0.72367360983176306701},
        {0.5, 0.47950012218695346232},
        {1, 0.15729920705028513066},
        {2, 0.0046777349810472658379},
        {3.5, 7.4309837234141274552e-7},
        {5, 1.5374597944280348502e-12}
    };

    private static final double[][] BETA = {
        {0.5, 2, 3, 0.6875},
        {0.1, 0.5, 0.5, 0.20483276469913345754},
        {0.9, 0.5, 0.5, 0.79516723530086657191},
        {0.3, 10, 20, 0.36400408107194422775},
        {0.7, 10, 20, 0.99998285808282691033},
        {0.01, 200, 300, 1.525336387634633745e-257},
        {0.45, 200, 300, 0.98814634562026288124},
        {0.2, 1, 5, 0.67232000000000002274},
        {0.999, 3, 0.2, 0.66854148390108463065},
        {0.6, 5.5, 4.5, 0.61463817052274266326},
        {1e-05, 0.1, 0.1, 0.160402641359773422},
        {0.35, 2.4, 3.6, 0.42576774730676944874},
        {0.8, 2.4, 3.6, 0.98266514983849075392},
        {0.05, 0.7, 12, 0.61466365849996245605}
    };

    private static final double[][] LOG_GAMMA = {
        {1e-05, 11.512919692895825626},
        {0.1, 2.252712651734205902},
        {0.3, 1.0957979948180755606},
        {0.5, 0.57236494292470008707},
        {1, 0.0},
        {1.5, -0.12078223763524522235},
        {2, 0.0},
        {2.5, 0.28468287047291915963},
        {7, 6.5792512120101009951},
        {20, 39.339884187199494036},
        {171, 706.57306224578734711},
        {1000, 5905.2204232091812118}
    };

    @Test
    void normalQuantileIsWithinItsDocumentedErrorInBothTailsAndTheCentre() {
        for (double[] r : QUANTILES) {
            assertThat(SpecialFunctions.normalQuantile(r[0])).as("p = %s", r[0]).isCloseTo(r[1], within(1.05e-7));
        }
    }

    @Test
    void normalQuantileRefusesProbabilitiesOutsideTheOpenInterval() {
        for (double p : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> SpecialFunctions.normalQuantile(p))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("(0, 1)");
        }
    }

    @Test
    void normalQuantileIsOddAroundOneHalfAndIncreasing() {
        qt().forAll(doubles().between(1e-9, 0.5 - 1e-6)).checkAssert(p -> {
            double low = SpecialFunctions.normalQuantile(p);
            assertThat(SpecialFunctions.normalQuantile(1 - p)).isCloseTo(-low, within(1e-7));
            assertThat(SpecialFunctions.normalQuantile(p + 1e-7)).isGreaterThan(low);
            assertThat(low).isLessThan(0);
        });
    }

    @Test
    void erfcIsWithinItsDocumentedRelativeError() {
        for (double[] r : ERFC) {
            assertThat(SpecialFunctions.erfc(r[0])).as("x = %s", r[0]).isCloseTo(r[1], within(1.2e-7 * r[1]));
        }
    }

    @Test
    void regularizedBetaMatchesTheReferenceOnBothSidesOfItsSymmetrySwitch() {
        for (double[] r : BETA) {
            assertThat(SpecialFunctions.regularizedBeta(r[0], r[1], r[2]))
                    .as("I_%s(%s, %s)", r[0], r[1], r[2])
                    .isCloseTo(r[3], within(1e-12 * r[3]));
        }
    }

    @Test
    void regularizedBetaIsZeroAndOneAtAndBeyondItsEnds() {
        assertThat(SpecialFunctions.regularizedBeta(0, 2, 3)).isZero();
        assertThat(SpecialFunctions.regularizedBeta(-0.5, 2, 3)).isZero();
        assertThat(SpecialFunctions.regularizedBeta(1, 2, 3)).isEqualTo(1);
        assertThat(SpecialFunctions.regularizedBeta(1.5, 2, 3)).isEqualTo(1);
    }

    @Test
    void regularizedBetaIsADistributionFunctionWithItsReflection() {
        qt().forAll(
                        doubles().between(0.001, 0.999),
                        doubles().between(0.2, 40),
                        doubles().between(0.2, 40))
                .checkAssert((x, a, b) -> {
                    double i = SpecialFunctions.regularizedBeta(x, a, b);
                    assertThat(i).isBetween(0.0, 1.0);
                    assertThat(i + SpecialFunctions.regularizedBeta(1 - x, b, a))
                            .isCloseTo(1, within(1e-10));
                    assertThat(SpecialFunctions.regularizedBeta(Math.min(0.9999, x + 0.01), a, b))
                            .isGreaterThanOrEqualTo(i - 1e-12);
                });
    }

    @Test
    void logGammaMatchesTheReferenceBelowAndAboveOneHalf() {
        for (double[] r : LOG_GAMMA) {
            assertThat(SpecialFunctions.logGamma(r[0]))
                    .as("x = %s", r[0])
                    .isCloseTo(r[1], within(1e-13 * Math.max(1, Math.abs(r[1]))));
        }
    }

    @Test
    void logGammaFollowsTheRecurrenceOfTheGammaFunction() {
        qt().forAll(doubles().between(0.01, 100))
                .checkAssert(x -> assertThat(SpecialFunctions.logGamma(x + 1))
                        .isCloseTo(SpecialFunctions.logGamma(x) + Math.log(x), within(1e-11 * Math.max(1, x))));
    }
}
