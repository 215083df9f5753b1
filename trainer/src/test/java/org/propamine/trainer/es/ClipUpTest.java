package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ClipUpTest {

    @Test
    void normalisedMomentumWithSpeedLimitByHand() {
        ClipUp clipUp = new ClipUp(0.5, 0.5);
        double[] g = {3, 4}; // ‖g‖ = 5, g/‖g‖ = (0.6, 0.8)
        double[] theta = {0, 0};
        OptimizerState s = clipUp.init(2);
        s = clipUp.update(s, theta, g, 0.4, theta); // v = 0.4·(0.6, 0.8) = (0.24, 0.32), ‖v‖ = 0.4 ≤ 0.5
        assertArrayEquals(new double[] {0.24, 0.32}, theta, 1e-15);
        // v = 0.5·(0.24, 0.32) + (0.24, 0.32) = (0.36, 0.48), ‖v‖ = 0.6 > 0.5 → clipped to (0.3, 0.4)
        s = clipUp.update(s, theta, g, 0.4, theta);
        assertArrayEquals(new double[] {0.3, 0.4}, s.first(), 1e-15);
        assertArrayEquals(new double[] {0.54, 0.72}, theta, 1e-15);
        // the step does not depend on the gradient's scale
        double[] a = new double[2];
        double[] b = new double[2];
        clipUp.update(clipUp.init(2), new double[2], new double[] {3e-6, 4e-6}, 0.4, a);
        clipUp.update(clipUp.init(2), new double[2], new double[] {3e6, 4e6}, 0.4, b);
        assertArrayEquals(a, b, 1e-15);
    }
}
