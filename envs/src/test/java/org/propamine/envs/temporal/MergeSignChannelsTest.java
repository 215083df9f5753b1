package org.propamine.envs.temporal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.EnvChecker;
import org.propamine.envs.StepResult;

class MergeSignChannelsTest {

    @Test
    void passesTheEnvChecker() {
        PatternMemoryConfig cfg = PatternMemoryConfig.defaults().withBits(8).withNoise(new InputNoise(0.2, 0.05));
        EnvChecker.check(new MergeSignChannels(new PatternMemoryEnv(cfg), 8), 40, true);
    }

    @Test
    void eachPairBecomesOneSignedCurrentAndTheRestPassesThrough() {
        PatternMemoryConfig cfg = PatternMemoryConfig.defaults().withBits(6);
        PatternMemoryEnv split = new PatternMemoryEnv(cfg);
        MergeSignChannels merged = new MergeSignChannels(new PatternMemoryEnv(cfg), 6);
        assertEquals(7, merged.observationSpace().size());
        assertEquals(-1, merged.observationSpace().low(0));
        assertEquals(1, merged.observationSpace().high(0));
        assertEquals(0, merged.observationSpace().low(6));
        StepResult a = split.reset(5);
        StepResult b = merged.reset(5);
        double[] action = new double[6];
        int zeros = 0;
        for (int t = 0; t < cfg.episodeLength(); t++) {
            double[] o = a.observation();
            for (int k = 0; k < 6; k++) {
                assertEquals(o[2 * k] - o[2 * k + 1], b.observation()[k], 0.0, "step " + t + " bit " + k);
                if (b.observation()[k] == 0) zeros++;
            }
            assertEquals(1.0, b.observation()[6], 0.0, "tonic channel passes through");
            assertEquals(split.targetMask(), merged.targetMask(), 0.0);
            assertArrayEquals(split.target(), merged.target(), 0.0);
            if (t + 1 < cfg.episodeLength()) {
                a = split.step(action);
                b = merged.step(action);
                assertEquals(a.reward(), b.reward(), 0.0);
            }
        }
        assertTrue(zeros > 0, "blank steps and zeroed bits read 0");
        assertEquals(split.episodeLength(), merged.episodeLength());
    }

    @Test
    void mergesTheCueChannelsOfCueReward() {
        CueRewardConfig cfg = CueRewardConfig.defaults();
        MergeSignChannels env = new MergeSignChannels(new CueRewardEnv(cfg), cfg.cueBits());
        assertEquals(cfg.cueBits() + 4, env.observationSpace().size());
        double[] first = env.reset(3).observation();
        for (int k = 0; k < cfg.cueBits(); k++) assertEquals(1.0, Math.abs(first[k]), 0.0, "a shown cue is ±1 on every bit");
    }

    @Test
    void refusesMorePairsThanChannels() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new MergeSignChannels(new PatternMemoryEnv(PatternMemoryConfig.defaults().withBits(4)), 5));
        assertTrue(e.getMessage().contains("cannot merge 5 sign-channel pairs of 9 channels"), e.getMessage());
    }
}
