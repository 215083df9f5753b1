package org.propamine.agent.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Three LIF neurons, 10 steps, β = 0.5, v_th = 1, constant currents I = (0.5, 1.5, 3.0), so
 * v ← 0.5v + 0.5I, i.e. v ← 0.5v + (0.25, 0.75, 1.5).
 * <pre>
 * n0: v_t = 0.5(1 − 0.5^t) &lt; 1, never spikes; v_10 = 0.5·1023/1024 = 0.49951171875.
 * n1 soft: .75 | 1.125 S→.125 | .8125 | 1.15625 S→.15625 | .828125 | 1.1640625 S→.1640625 | .83203125 |
 *          1.166015625 S→.166015625 | .8330078125 | 1.16650390625 S→.16650390625      (spikes at t = 2,4,6,8,10)
 * n2 soft: 1.5 S→.5 | 1.75 S→.75 | 1.875 S→.875 | ... v_t = 1 − 0.5^t after the reset (spikes every step);
 *          v_10 = 1 − 1/1024 = .9990234375
 * n1 hard: .75 | 1.125 S→0 | .75 | 1.125 S→0 ... (spikes at t = 2,4,...,10), v_9 = .75, v_10 = 0
 * n2 hard: 1.5 S→0 every step, v = 0
 * </pre>
 */
class LifGoldenTest {
    private static final double[] I = {0.5, 1.5, 3.0};

    private static double[][] run(ResetMechanism reset, double[] vOut) {
        LifParams p = new LifParams(0.02, 1.0, reset, 0.02 * Math.log(2));
        double[] v = new double[3], s = new double[3];
        double[][] spikes = new double[10][];
        for (int t = 0; t < 10; t++) {
            Lif.step(p, 0.5, I, v, s, 3);
            spikes[t] = s.clone();
        }
        System.arraycopy(v, 0, vOut, 0, 3);
        return spikes;
    }

    @Test
    void softReset() {
        double[] v = new double[3];
        double[][] s = run(ResetMechanism.SOFT, v);
        for (int t = 0; t < 10; t++) {
            double n1 = (t % 2 == 1) ? 1 : 0;
            assertArrayEquals(new double[] {0, n1, 1}, s[t], 0.0, "step " + (t + 1));
        }
        assertArrayEquals(new double[] {0.49951171875, 0.16650390625, 0.9990234375}, v, 1e-15);
    }

    @Test
    void hardReset() {
        double[] v = new double[3];
        double[][] s = run(ResetMechanism.HARD, v);
        for (int t = 0; t < 10; t++) {
            double n1 = (t % 2 == 1) ? 1 : 0;
            assertArrayEquals(new double[] {0, n1, 1}, s[t], 0.0, "step " + (t + 1));
        }
        assertArrayEquals(new double[] {0.49951171875, 0, 0}, v, 1e-15);
    }

    @Test
    void betaFollowsTimeConstants() {
        LifParams p = new LifParams(0.02, 1.0, ResetMechanism.SOFT, 0.02 * Math.log(2));
        assertEquals(0.5, p.beta(), 1e-15);
        assertEquals(Math.exp(-0.0125 / 0.02), LifParams.defaults().beta(), 0.0);
    }

    @Test
    void adaptiveThresholdRisesAfterSpikes() {
        // b = 0.5, ρ = exp(−Δt/τ_a) passed as 0.5, β = 0.5, I = 3 (v ← .5v + 1.5), soft reset by ϑ = 1 + .5a:
        // t1: ϑ = 1,    v = 1.5  S → v = .5,     a = 1
        // t2: ϑ = 1.5,  v = 1.75 S → v = .25,    a = .5 + 1 = 1.5
        // t3: ϑ = 1.75, v = 1.625 no → v = 1.625, a = .75
        // t4: ϑ = 1.375, v = 2.3125 S → v = .9375, a = 1.375
        AdaptiveLifParams p = new AdaptiveLifParams(LifParams.defaults(), 0.1, 0.5);
        double[] v = new double[1], a = new double[1], s = new double[1];
        double[] expectedS = {1, 1, 0, 1};
        double[] expectedV = {0.5, 0.25, 1.625, 0.9375};
        double[] expectedA = {1, 1.5, 0.75, 1.375};
        for (int t = 0; t < 4; t++) {
            AdaptiveLif.step(p, 0.5, 0.5, new double[] {3.0}, v, a, s, 1);
            assertEquals(expectedS[t], s[0], 0.0, "spike at step " + (t + 1));
            assertEquals(expectedV[t], v[0], 1e-15, "v at step " + (t + 1));
            assertEquals(expectedA[t], a[0], 1e-15, "a at step " + (t + 1));
        }
    }

    @Test
    void surrogateDerivativesMatchFiniteDifferences() {
        SurrogateGradient[] gs = {SurrogateGradient.fastSigmoid(10), SurrogateGradient.atan(2), SurrogateGradient.triangle(0.5)};
        for (SurrogateGradient g : gs) {
            assertEquals(0.5, g.value(0), 1e-15);
            assertEquals(0, g.value(-1e6), 1e-5);
            assertEquals(1, g.value(1e6), 1e-5);
            for (double x = -0.9; x <= 0.9; x += 0.0731) {
                double h = 1e-6;
                double fd = (g.value(x + h) - g.value(x - h)) / (2 * h);
                assertEquals(fd, g.derivative(x), 1e-6, "at x = " + x);
            }
        }
        // SPEC form: fast sigmoid derivative ∝ 1/(1 + k|x|)²: at k = 10, x = 0.1 → (10/2)/4 = 1.25.
        assertEquals(1.25, SurrogateGradient.fastSigmoid(10).derivative(0.1), 1e-15);
        assertEquals(1.0 / 0.5 * 0.5, SurrogateGradient.triangle(0.5).derivative(0.25), 1e-15);
    }
}
