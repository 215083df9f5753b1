package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdvantagesTest {

    @Test
    void rewardToGoMinusThePerStepMeanScaledToUnitRms() {
        // episode 0: rewards 1, 2 (G = 1 + 0.5·2 = 2, 2); episode 1: rewards 0, 0, 3 (G = 0.75, 1.5, 3)
        double[][] rewards = {{1, 2, 0}, {0, 0, 3}};
        double[][] a = new double[2][3];
        Advantages.compute(rewards, new int[] {2, 3}, 0.5, a);
        // baselines: t0 (2 + 0.75)/2 = 1.375, t1 (2 + 1.5)/2 = 1.75, t2 = 3 (one episode running: advantage 0)
        double[] raw = {2 - 1.375, 2 - 1.75, 0.75 - 1.375, 1.5 - 1.75, 0};
        double rms = 0;
        for (double v : raw) rms += v * v;
        rms = Math.sqrt(rms / 5);
        assertEquals(raw[0] / rms, a[0][0], 1e-15);
        assertEquals(raw[1] / rms, a[0][1], 1e-15);
        assertEquals(raw[2] / rms, a[1][0], 1e-15);
        assertEquals(raw[3] / rms, a[1][1], 1e-15);
        assertEquals(0, a[1][2], 0);
    }

    @Test
    void leftOutEpisodesAndEqualReturnsGiveZeroAdvantages() {
        double[][] rewards = {{1, 1}, {1, 1}, {5, 5}};
        double[][] a = new double[3][2];
        a[2][0] = 42;
        Advantages.compute(rewards, new int[] {2, 2, 0}, 1, a);
        assertEquals(0, a[0][0], 0);
        assertEquals(0, a[1][1], 0);
        assertEquals(42, a[2][0], 0, "a left-out episode is not written");
        assertThrows(IllegalArgumentException.class, () -> Advantages.compute(rewards, new int[] {2, 2, 2}, 1.5, a));
    }
}
