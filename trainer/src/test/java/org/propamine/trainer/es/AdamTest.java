package org.propamine.trainer.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdamTest {

    @Test
    void constantGradientStepsByLearningRateTimesSign() {
        // With a constant gradient g, bias correction makes m̂ = g and v̂ = g², so every step is lr·sign(g) up to ε,
        // which is not bias-corrected: relative error ε/(√(1−β2^t)·|g|) ≤ 1e-8/(0.0316·0.5) ≈ 6e-7, i.e. ≤ 1e-8 here.
        Adam adam = Adam.defaults();
        double[] theta = {1, 1};
        double[] g = {2, -0.5};
        OptimizerState s = adam.init(2);
        for (int t = 1; t <= 3; t++) {
            double[] next = new double[2];
            s = adam.update(s, theta, g, 0.01, next);
            assertArrayEquals(new double[] {theta[0] + 0.01, theta[1] - 0.01}, next, 1e-8);
            if (t == 1) {
                // exact first step: a = lr·√0.001/0.1, m = 0.1·g, v = 0.001·g² → Δ = lr·√0.001·g/(√0.001·|g| + ε)
                double r = Math.sqrt(0.001);
                assertEquals(1 + 0.01 * r * 2 / (r * 2 + 1e-8), next[0], 1e-15);
            }
            theta = next;
            assertEquals(t, s.step());
        }
        // m after 3 steps = (1 − 0.9³) g = 0.271 g; v = (1 − 0.999³) g² = 0.002997001 g²
        assertEquals(0.271 * 2, s.first()[0], 1e-12);
        assertEquals(0.002997001 * 4, s.second()[0], 1e-15);
    }

    @Test
    void updateDoesNotModifyTheOldState() {
        Adam adam = Adam.defaults();
        OptimizerState s0 = adam.init(1);
        adam.update(s0, new double[] {0}, new double[] {1}, 0.1, new double[1]);
        assertEquals(0, s0.first()[0]);
        assertEquals(0, s0.step());
    }
}
