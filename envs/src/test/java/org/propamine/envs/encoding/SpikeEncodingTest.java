package org.propamine.envs.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.propamine.envs.Box;
import org.propamine.envs.pointmass.PointMassEnv;

class SpikeEncodingTest {
    private static final Box UNIT2 = Box.uniform(-1, 1, 2);

    @Test
    void currentEncoderSplitsSignsAndRepeatsRows() {
        // range [−1, 1] ⇒ z = x; gain 2: x = (0.5, −0.25) ⇒ channels (+1, 0, 0, +0.5), the same in each of K = 3 rows.
        FixedObservationEnv env = new FixedObservationEnv(UNIT2);
        env.next[0] = 0.5;
        env.next[1] = -0.25;
        SpikeEncoding enc = SpikeEncoding.of(env, "current", 3, true, Map.of("gain", 2.0));
        assertArrayEquals(new int[] {3, 4}, enc.observationSpace().shape());
        double[] obs = enc.reset(1).observation();
        assertArrayEquals(new double[] {1, 0, 0, 0.5, 1, 0, 0, 0.5, 1, 0, 0, 0.5}, obs, 1e-15);
        assertTrue(enc.observationSpace().contains(obs));
        // no split: z·gain = (1, −0.5); out-of-range values are clamped to ±gain
        env.next[0] = 7;
        double[] plain = SpikeEncoding.of(env, "current", 1, false, Map.of("gain", 2.0)).reset(1).observation();
        assertArrayEquals(new double[] {2, -0.5}, plain, 1e-15);
    }

    @Test
    void unboundedDimensionsUseTheScale() {
        FixedObservationEnv env = new FixedObservationEnv(Box.uniform(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1));
        env.next[0] = 1.5;
        // scale 3 ⇒ range [−3, 3] ⇒ z = 0.5
        assertArrayEquals(new double[] {0.5}, SpikeEncoding.of(env, "current", 1, false, Map.of("scale", 3.0)).reset(0).observation(), 1e-15);
    }

    @Test
    void poissonIsSeededAndHasTheRightRate() {
        FixedObservationEnv env = new FixedObservationEnv(UNIT2);
        env.next[0] = 0.5;   // split: p(+) = 0.5·max_prob, p(−) = 0
        env.next[1] = -1.0;  // p(+) = 0, p(−) = max_prob
        SpikeEncoding a = SpikeEncoding.of(env, "poisson", 4, true, Map.of("max_prob", 0.8));
        SpikeEncoding b = SpikeEncoding.of(env, "poisson", 4, true, Map.of("max_prob", 0.8));
        double[] count = new double[4];
        int steps = 5000;
        a.reset(123);
        b.reset(123);
        boolean differsFromOtherSeed = false;
        SpikeEncoding c = SpikeEncoding.of(env, "poisson", 4, true, Map.of("max_prob", 0.8));
        c.reset(124);
        for (int t = 0; t < steps; t++) {
            double[] ra = a.step(new double[1]).observation();
            double[] rb = b.step(new double[1]).observation();
            double[] rc = c.step(new double[1]).observation();
            assertArrayEquals(ra, rb, 0.0);
            differsFromOtherSeed |= !Arrays.equals(ra, rc);
            for (int k = 0; k < 4; k++) for (int ch = 0; ch < 4; ch++) count[ch] += ra[k * 4 + ch];
        }
        assertTrue(differsFromOtherSeed);
        // expected rates 0.4, 0, 0, 0.8 over 20000 draws (σ ≈ 0.0035 for p = 0.4)
        assertEquals(0.4, count[0] / (4.0 * steps), 0.02);
        assertEquals(0, count[1], 0.0);
        assertEquals(0, count[2], 0.0);
        assertEquals(0.8, count[3] / (4.0 * steps), 0.02);
        // reset with the same seed replays the stream
        double[] first = a.reset(123).observation().clone();
        a.reset(123);
        assertArrayEquals(first, a.reset(123).observation(), 0.0);
    }

    @Test
    void populationHasGaussianFieldsAndDeterministicSpikes() {
        // [−1, 1] with n = 5 ⇒ centres −1, −.5, 0, .5, 1; spacing .5, σ = .5·.5 = .25. x = 0 ⇒ A = (e^−8, e^−2, 1, e^−2, e^−8).
        FixedObservationEnv env = new FixedObservationEnv(Box.uniform(-1, 1, 1));
        PopulationEncoder pop = (PopulationEncoder) Encoders.create("population", env.observationSpace(), 8, false, Map.of("neurons", 5.0, "sigma", 0.5));
        SpikeEncoding enc = new SpikeEncoding(env, pop);
        double[] r = enc.reset(0).observation();
        assertEquals(Math.exp(-8), pop.activation(0), 1e-15);
        assertEquals(Math.exp(-2), pop.activation(1), 1e-15);
        assertEquals(1.0, pop.activation(2), 0.0);
        // channel 2 (A = 1) spikes in every one of the 8 substeps; channel 1 (A = e^−2 ≈ .1353) integrates to
        // 8·.1353 = 1.083 ⇒ exactly one spike, in substep 8 (7·.1353 = .947 < 1).
        for (int k = 0; k < 8; k++) {
            assertEquals(1.0, r[k * 5 + 2], 0.0);
            assertEquals(k == 7 ? 1.0 : 0.0, r[k * 5 + 1], 0.0, "substep " + k);
            assertEquals(0.0, r[k * 5], 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> Encoders.create("population", UNIT2, 4, true, Map.of()));
    }

    @Test
    void deltaSpikesOnThresholdCrossings() {
        // θ = 0.1, range [−1, 1] (z = x). Reset at x = 0 (no spikes). Step to x = 0.25 over K = 4:
        // z_k = .0625, .125, .1875, .25; r = 0 → k=2: .125 − 0 ≥ .1 ⇒ up, r = .1; k=3: .0875 no; k=4: .15 ⇒ up, r = .2.
        // Then x = 0 : z_k = .1875, .125, .0625, 0: r − z = .0125, .075, .1375 ⇒ down at k=3, r = .1; k=4: .1 ⇒ down, r = 0.
        FixedObservationEnv env = new FixedObservationEnv(Box.uniform(-1, 1, 1));
        SpikeEncoding split = SpikeEncoding.of(env, "delta", 4, true, Map.of("threshold", 0.1));
        SpikeEncoding signed = SpikeEncoding.of(env, "delta", 4, false, Map.of("threshold", 0.1));
        assertArrayEquals(new double[8], split.reset(0).observation(), 0.0);
        signed.reset(0);
        env.next[0] = 0.25;
        assertArrayEquals(new double[] {0, 0, 1, 0, 0, 0, 1, 0}, split.step(new double[1]).observation(), 0.0);
        assertArrayEquals(new double[] {0, 1, 0, 1}, signed.step(new double[1]).observation(), 0.0);
        env.next[0] = 0;
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 1, 0, 1}, split.step(new double[1]).observation(), 0.0);
        assertArrayEquals(new double[] {0, 0, -1, -1}, signed.step(new double[1]).observation(), 0.0);
    }

    @Test
    void badArgumentsGiveOneClearLine() {
        assertEquals("encoding.type = 'morse': expected one of [current, poisson, population, delta]",
                assertThrows(IllegalArgumentException.class, () -> Encoders.create("morse", UNIT2, 4, false, Map.of())).getMessage());
        assertEquals("encoding.rate: unknown for type poisson, expected one of [max_prob, scale]".length(),
                assertThrows(IllegalArgumentException.class, () -> Encoders.create("poisson", UNIT2, 4, false, Map.of("rate", 1.0))).getMessage().length());
        assertEquals("encoding.max_prob = 1.5: expected 0 < max_prob <= 1",
                assertThrows(IllegalArgumentException.class, () -> Encoders.create("poisson", UNIT2, 4, false, Map.of("max_prob", 1.5))).getMessage());
        assertEquals("encoding.substeps = 0: expected > 0",
                assertThrows(IllegalArgumentException.class, () -> Encoders.create("current", UNIT2, 0, false, Map.of())).getMessage());
        assertFalse(assertThrows(IllegalArgumentException.class,
                () -> Encoders.create("delta", UNIT2, 4, false, Map.of("threshold", -1.0))).getMessage().contains("\n"));
    }

    @Test
    void wrappedPointMassPassesTheEnvChecker() {
        for (String type : new String[] {"current", "poisson", "population", "delta"}) {
            // the delta code of a reset observation is empty by design, so it cannot depend on the seed
            org.propamine.envs.EnvChecker.check(SpikeEncoding.of(new PointMassEnv(), type, 4, !type.equals("population"), Map.of()), 50,
                    !type.equals("delta"));
        }
    }

    @Test
    void everyEncoderAllocatesNothingPerStep() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (String type : new String[] {"current", "poisson", "population", "delta"}) {
            PointMassEnv pm = new PointMassEnv();
            SpikeEncoding enc = SpikeEncoding.of(pm, type, 4, !type.equals("population"), Map.of());
            double[] action = {0.3, -0.2};
            enc.reset(5);
            for (int t = 0; t < 2000; t++) enc.step(action);
            long before = mx.getThreadAllocatedBytes(thread);
            for (int t = 0; t < 1000; t++) enc.step(action);
            long allocated = mx.getThreadAllocatedBytes(thread) - before;
            assertTrue(allocated < 1024, type + " allocated " + allocated + " bytes in 1000 steps");
        }
    }
}
