package org.propamine.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PlasticityStep#oneSidedSmall} (the clip written as {@code u − relu(u − c)}) gives the same bits as
 * {@link PlasticityStep#oneSided} ({@code σ·min(c, σ·v)}) wherever it is used: H ∈ [−c, c], H ≠ −0 and
 * {@code |q x_j| ≤ c}; and the guard that chooses between them.
 */
class OneSidedClipTest {

    @Test
    void reluClipEqualsMinClipBitForBitOnRandomAndEdgeValues() {
        SplittableRandom rng = new SplittableRandom(7);
        int clippedUp = 0, unclipped = 0;
        for (double c : new double[] {1.0, 0.08, 3.7, 0x1p-1000}) {
            for (int n = 0; n < 400_000; n++) {
                double h = pick(rng, c);
                double xj = rng.nextInt(8) == 0 ? (rng.nextBoolean() ? 1.0 : -1.0) : rng.nextDouble(-2, 2);
                if (xj == 0) continue;
                double qLimit = c / Math.abs(xj);
                double q = switch (rng.nextInt(6)) {
                    case 0 -> qLimit;                              // increment exactly c
                    case 1 -> -qLimit;
                    case 2 -> 0.0;
                    case 3 -> rng.nextDouble(-1e-12, 1e-12) * qLimit;
                    default -> rng.nextDouble(-1, 1) * qLimit;
                };
                if (!(Math.abs(q * xj) <= c)) continue;
                double sign = Math.signum(q) * Math.signum(xj) < 0 ? -1 : 1;
                double expected = PlasticityStep.oneSided(h, q, xj, sign, c);
                double actual = PlasticityStep.oneSidedSmall(h, q, xj, sign, c);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                        () -> "c " + c + ", h " + h + ", q " + q + ", x " + xj + ": " + expected + " vs " + actual);
                if (Math.abs(expected) == c) clippedUp++;
                else unclipped++;
            }
        }
        assertTrue(clippedUp > 10_000 && unclipped > 100_000, clippedUp + " clipped, " + unclipped + " unclipped");
    }

    /** H values: ±c, +0, near ±c, subnormal, uniform in [−c, c]. */
    private static double pick(SplittableRandom rng, double c) {
        return switch (rng.nextInt(7)) {
            case 0 -> c;
            case 1 -> -c;
            case 2 -> 0.0;
            case 3 -> Math.nextDown(c);
            case 4 -> Double.MIN_VALUE;
            default -> rng.nextDouble(-c, c);
        };
    }

    @Test
    void maxAbsIsTheLargestMagnitudeAndNaNWhenAnyIsNaN() {
        assertEquals(0.75, PlasticityStep.maxAbs(new double[] {0.5, -0.75, 0.1, 0.2, -0.3}, 5));
        assertEquals(0.2, PlasticityStep.maxAbs(new double[] {0.1, -0.2, 9.0}, 2));
        assertEquals(0.0, PlasticityStep.maxAbs(new double[0], 0));
        assertTrue(Double.isNaN(PlasticityStep.maxAbs(new double[] {1, 2, 3, 4, 5, Double.NaN}, 6)));
    }

    @Test
    void largeOrNonFiniteIncrementsTakeTheMinClip() {
        PlasticParameters p = new PlasticParameters(PlasticityConfig.defaults(Rules.resolve("bcm")).withClip(0.5), 2, 3);
        PlasticState s = new PlasticState(p);
        s.pendingQMax = 0.25;
        assertTrue(s.smallIncrements(2.0));
        assertTrue(s.smallIncrements(-2.0));
        assertFalse(s.smallIncrements(2.5));
        s.pendingQMax = Double.NaN;
        assertFalse(s.smallIncrements(1e-9));
        s.pendingQMax = Double.POSITIVE_INFINITY;
        assertFalse(s.smallIncrements(1e-9));
    }
}
