package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.propamine.envs.Box;
import org.propamine.envs.StepResult;
import org.propamine.envs.temporal.TemporalTask;

/**
 * REINFORCE through the SNN learns a reactive cue → answer mapping (no within-episode learning needed): the
 * policy-gradient path is sound, so CueReward's difficulty lies in the meta-learning, not in the gradient.
 */
class ReinforceSanityTest {

    /** 8 trials of 2 steps: a cue (channel 0 = answer +1, channel 1 = answer −1) shown on both; answer on the second. */
    static final class CueAnswer implements TemporalTask {
        private final Box obs = Box.uniform(0, 1, 3);
        private final Box act = Box.uniform(-1, 1, 1);
        private final StepResult result = new StepResult(3);
        private final double[] target = new double[1];
        private SplittableRandom rng;
        private int t;
        private boolean plus;

        @Override public Box observationSpace() { return obs; }
        @Override public Box actionSpace() { return act; }
        @Override public double dt() { return 0.01; }
        @Override public int episodeLength() { return 16; }
        @Override public double[] target() { return target; }
        @Override public double targetMask() { return t % 2 == 1 ? 1 : 0; }

        @Override
        public StepResult reset(long seed) {
            rng = new SplittableRandom(seed);
            t = 0;
            plus = rng.nextBoolean();
            result.reward(0).truncated(false);
            return observe();
        }

        @Override
        public StepResult step(double[] action) {
            double reward = t % 2 == 1 && (action[0] > 0) == plus ? 1 : 0;
            t++;
            if (t % 2 == 0) plus = rng.nextBoolean();
            result.reward(reward).truncated(t == 16);
            return observe();
        }

        private StepResult observe() {
            double[] o = result.observation();
            o[0] = plus ? 1 : 0;
            o[1] = plus ? 0 : 1;
            o[2] = t % 2;
            target[0] = plus ? 1 : -1;
            return result;
        }
    }

    @Test
    void reinforceLearnsAReactiveMapping() {
        var spec = TemporalNetworks.defaults(8).withInit(TemporalExperiment.CUE_INIT).withReadoutTau(0.05)
                .spec("cue-answer", 3, 1, "none");
        var config = TemporalTrainerConfig.defaults().withIterations(200).withBatch(8).withLearningRate(3e-2).withEval(200, 16).withSeed(1);
        TemporalTrainer.Result r = new TemporalTrainer(CueAnswer::new, spec, Objective.REINFORCE, config).train(null, false, null);
        double before = r.curve().get(0).evalMetric();
        assertTrue(r.finalMetric() >= 7.5 && r.finalMetric() > before + 2,
                "greedy reward per episode (8 trials, chance 4): " + before + " -> " + r.finalMetric());
    }
}
