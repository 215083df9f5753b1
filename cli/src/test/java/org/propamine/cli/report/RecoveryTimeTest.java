package org.propamine.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RecoveryTimeTest {

    /** Speed 1 before damage at step 100, 0 for 30 steps after it, then 0.8 to the end (300 steps). */
    private static double[] dipThenPlateau() {
        double[] v = new double[300];
        Arrays.fill(v, 0, 100, 1.0);
        Arrays.fill(v, 130, 300, 0.8);
        return v;
    }

    @Test
    void stepsUntilTheRollingMeanReaches90PercentOfThePlateau() {
        // plateau = mean of the last third of [100, 300) = steps 234..299, all 0.8; threshold 0.72.
        // window 20 ending at t holds (t - 129) steps of 0.8 once t >= 130: mean = 0.8 (t - 129) / 20 >= 0.72
        // <=> t - 129 >= 18 <=> t = 147; recovery = 147 + 1 - 100 = 48 steps
        assertEquals(48, RecoveryTime.of(dipThenPlateau(), 100));
    }

    @Test
    void noDropMeansTheWindowLengthItself() {
        double[] v = new double[200];
        Arrays.fill(v, 0.5);
        // the first full window after damage at step 50 ends at t = 69: recovery = 20
        assertEquals(20, RecoveryTime.of(v, 50));
        assertEquals(5, RecoveryTime.of(v, v.length, 50, 5, 0.9));
    }

    @Test
    void undefinedWhenTheRobotStopsOrTooFewSteps() {
        double[] stopped = new double[200];
        Arrays.fill(stopped, 0, 100, 1.0);
        assertTrue(Double.isNaN(RecoveryTime.of(stopped, 100)), "plateau 0");
        double[] shortTail = new double[110];
        Arrays.fill(shortTail, 1.0);
        assertTrue(Double.isNaN(RecoveryTime.of(shortTail, 100)), "only 10 steps after damage, window 20");
    }

    @Test
    void onlyThePrefixOfLengthIsRead() {
        double[] v = dipThenPlateau();
        double[] longer = Arrays.copyOf(v, 400);
        Arrays.fill(longer, 300, 400, 99.0);
        assertEquals(48, RecoveryTime.of(longer, 300, 100, 20, 0.9));
    }

    @Test
    void badArgumentsAreRefused() {
        double[] v = new double[10];
        assertThrows(IllegalArgumentException.class, () -> RecoveryTime.of(v, 10, 10, 2, 0.9));
        assertThrows(IllegalArgumentException.class, () -> RecoveryTime.of(v, 10, 0, 0, 0.9));
        assertThrows(IllegalArgumentException.class, () -> RecoveryTime.of(v, 10, 0, 2, 1.5));
    }
}
