package org.propamine.envs.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.envs.EnvChecker;
import org.propamine.envs.StepResult;

class CueRewardEnvTest {

    @Test
    void passesTheEnvChecker() {
        EnvChecker.check(new CueRewardEnv(CueRewardConfig.defaults().withNoise(new InputNoise(0.2, 0.05))), 40, true);
    }

    @Test
    void sameSeedGivesBitIdenticalEpisodesAndOtherSeedsDiffer() {
        CueRewardConfig cfg = CueRewardConfig.defaults().withNoise(new InputNoise(0.2, 0.02));
        var a = TemporalDeterminism.run(new CueRewardEnv(cfg), 21, 4);
        TemporalDeterminism.assertSame(a, TemporalDeterminism.run(new CueRewardEnv(cfg), 21, 4));
        assertTrue(TemporalDeterminism.differ(a, TemporalDeterminism.run(new CueRewardEnv(cfg), 22, 4)));
    }

    @Test
    void oracleAnswersEarnOnePerTrialAndAlwaysAbsentEarnsTheAbsentFraction() {
        CueRewardEnv env = new CueRewardEnv(CueRewardConfig.defaults());
        assertEquals(44, env.observationSpace().size());
        assertEquals(120, env.episodeLength()); // 20 trials x (2+2 cue steps + response + feedback)
        double[] a = new double[1];
        double totalAbsentReward = 0;
        int presentTrials = 0;
        int episodes = 50;
        for (int seed = 0; seed < episodes; seed++) {
            StepResult r = env.reset(seed);
            double oracle = 0;
            for (int t = 0; t < env.episodeLength(); t++) {
                if (env.targetMask() == 1) presentTrials += env.target()[0] > 0 ? 1 : 0;
                a[0] = env.target()[0];
                r = env.step(a);
                oracle += r.reward();
            }
            assertEquals(20.0, oracle);
            assertEquals(1.0, r.info().get("accuracy"));
            r = env.reset(seed);
            a[0] = -1;
            for (int t = 0; t < env.episodeLength(); t++) r = env.step(a);
            totalAbsentReward += r.info().get("accuracy") * 20;
        }
        // "always absent" is right exactly on the trials without the target
        assertEquals(episodes * 20 - presentTrials, totalAbsentReward, 1e-9);
        double presentFraction = presentTrials / (episodes * 20.0);
        assertTrue(Math.abs(presentFraction - 0.5) < 0.06, "target present in about half of the trials: " + presentFraction);
    }

    @Test
    void feedbackStepReportsRewardAndAnswerAndPairsAreDistinctCues() {
        CueRewardEnv env = new CueRewardEnv(CueRewardConfig.defaults());
        StepResult r = env.reset(3);
        double[] a = {1};
        for (int trial = 0; trial < 20; trial++) {
            double[] first = r.observation().clone();
            r = env.step(a);
            r = env.step(a);
            double[] second = r.observation().clone();
            assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(second), "the two cues of a pair differ");
            r = env.step(a);
            r = env.step(a);
            assertEquals(1.0, r.observation()[40], "response prompt");
            boolean present = env.target()[0] > 0;
            r = env.step(a); // answer "present"
            assertEquals(present ? 1.0 : 0.0, r.reward());
            assertEquals(r.reward(), r.observation()[41], "reward channel on the feedback step");
            assertEquals(1.0, r.observation()[42], "answer-present channel");
            assertEquals(0.0, r.observation()[43]);
            r = env.step(a);
        }
        assertTrue(r.truncated());
    }
}
