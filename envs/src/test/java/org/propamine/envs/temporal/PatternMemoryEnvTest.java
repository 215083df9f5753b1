package org.propamine.envs.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.EnvChecker;
import org.propamine.envs.StepResult;

class PatternMemoryEnvTest {

    @Test
    void passesTheEnvChecker() {
        EnvChecker.check(new PatternMemoryEnv(PatternMemoryConfig.defaults().withBits(8).withNoise(new InputNoise(0.2, 0.05))), 40, true);
    }

    @Test
    void sameSeedGivesBitIdenticalEpisodesAndOtherSeedsDiffer() {
        PatternMemoryConfig cfg = PatternMemoryConfig.defaults().withNoise(new InputNoise(0.3, 0.05));
        var a = TemporalDeterminism.run(new PatternMemoryEnv(cfg), 7, 1);
        var b = TemporalDeterminism.run(new PatternMemoryEnv(cfg), 7, 1);
        TemporalDeterminism.assertSame(a, b);
        assertTrue(TemporalDeterminism.differ(a, TemporalDeterminism.run(new PatternMemoryEnv(cfg), 8, 1)));
        // reset(seed) on a used env restarts exactly
        PatternMemoryEnv env = new PatternMemoryEnv(cfg);
        TemporalDeterminism.run(env, 3, 2);
        TemporalDeterminism.assertSame(TemporalDeterminism.run(env, 7, 1), a);
    }

    @Test
    void episodeStructureFollowsMiconiProtocol() {
        PatternMemoryConfig cfg = PatternMemoryConfig.defaults();
        PatternMemoryEnv env = new PatternMemoryEnv(cfg);
        // 5 patterns x 2 presentations x (6 on + 4 off) + 6 test steps = 106
        assertEquals(106, env.episodeLength());
        StepResult r = env.reset(11);
        int[] onSteps = new int[5];
        double[] zero = new double[64];
        for (int t = 0; t < 100; t++) {
            int shown = env.patternShownAt(t);
            int active = 0;
            for (double v : r.observation()) active += (int) v;
            // a shown pattern activates exactly one of the two channels of each of the 64 bits; +1 tonic channel
            assertEquals(shown >= 0 ? 65 : 1, active, "active channels at step " + t);
            assertEquals(1.0, r.observation()[128], "tonic channel");
            assertEquals(0.0, env.targetMask());
            if (shown >= 0) onSteps[shown]++;
            r = env.step(zero);
            assertEquals(0.0, r.reward());
        }
        for (int c : onSteps) assertEquals(12, c); // each pattern: 2 presentations x 6 steps
        for (int t = 100; t < 106; t++) {
            int active = 0;
            for (double v : r.observation()) active += (int) v;
            assertEquals(33, active, "test pattern shows half of the bits (+ the tonic channel)");
            assertEquals(1.0, env.targetMask());
            // visible bits agree with the target
            double[] target = env.target();
            for (int i = 0; i < 64; i++) {
                if (r.observation()[2 * i] == 1) assertEquals(1.0, target[i]);
                if (r.observation()[2 * i + 1] == 1) assertEquals(-1.0, target[i]);
            }
            r = env.step(zero);
            // zero output vs ±1 targets: squared error 1 per bit, reward -1/6 per test step
            assertEquals(-1.0 / 6, r.reward(), 1e-15);
        }
        assertTrue(r.truncated());
        assertEquals(1.0, r.info().get("mse"), 1e-15);
        assertEquals(1.0, r.info().get("bit_error"), "sign(0) matches no bit");
    }

    @Test
    void perfectAndInvertedAnswersGiveZeroAndFullBitError() {
        PatternMemoryEnv env = new PatternMemoryEnv(PatternMemoryConfig.defaults());
        for (double sign : new double[] {1, -1}) {
            env.reset(5);
            double ret = 0;
            StepResult r = null;
            double[] a = new double[64];
            for (int t = 0; t < env.episodeLength(); t++) {
                for (int i = 0; i < 64; i++) a[i] = sign * env.target()[i];
                r = env.step(a);
                ret += r.reward();
            }
            if (sign > 0) {
                assertEquals(0.0, r.info().get("bit_error"));
                assertEquals(0.0, ret, 1e-15);
            } else {
                assertEquals(1.0, r.info().get("bit_error"));
                assertEquals(1.0, r.info().get("bit_error_all"));
                assertEquals(-4.0, ret, 1e-12); // (−1 − 1)² = 4 per bit
            }
        }
    }

    @Test
    void spuriousSpikesAtRateOneFillEveryChannel() {
        PatternMemoryEnv env = new PatternMemoryEnv(PatternMemoryConfig.defaults().withNoise(new InputNoise(0, 1)));
        StepResult r = env.reset(1);
        for (double v : r.observation()) assertEquals(1.0, v);
    }

    @Test
    void badInputIsRejectedWithOneLineNamingTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> PatternMemoryConfig.defaults().withBits(7));
        assertEquals("patternMemory.bits is 7, expected an even number >= 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new InputNoise(-1, 0));
        assertTrue(e.getMessage().startsWith("noise.currentSigma is -1.0"));
        e = assertThrows(IllegalArgumentException.class, () -> new InputNoise(0, 1.5));
        assertTrue(e.getMessage().startsWith("noise.spuriousSpikeRate is 1.5"));
        PatternMemoryEnv env = new PatternMemoryEnv(PatternMemoryConfig.defaults());
        env.reset(0);
        double[] nan = new double[64];
        nan[3] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> env.step(nan));
        assertThrows(IllegalArgumentException.class, () -> env.step(new double[3]));
    }
}
