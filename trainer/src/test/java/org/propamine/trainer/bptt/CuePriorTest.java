package org.propamine.trainer.bptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.envs.StepResult;
import org.propamine.envs.temporal.InputNoise;
import org.propamine.envs.temporal.TemporalTask;

/**
 * Regression test for CueReward staying at chance for every rule: with the {@link CuePrior} wiring, signed cue
 * currents and 50 ms traces, the neuromodulator carries the trial's outcome (+ when the pair held the target, −
 * when not) on the feedback step and nothing on any other step, and an untrained NM-Hebbian network already
 * answers well above chance, while the same network without plasticity stays at chance (it cannot know the
 * target).
 */
class CuePriorTest {
    private static final TemporalExperiment.Task TASK = TemporalExperiment.Task.CUE_REWARD;
    private static final TemporalExperimentConfig SIZES = TemporalExperimentConfig.full();

    @Test
    void modulatorIsTheTrialOutcomeOnFeedbackStepsAndZeroElsewhere() {
        NetworkSpec spec = TemporalExperiment.network(TASK, SIZES, "nm-hebbian");
        DifferentiableSnn net = new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE);
        net.setParameters(TemporalExperiment.trainer(TASK, SIZES, "nm-hebbian", InputNoise.none(), 1).initialParameters());
        TemporalTask env = TemporalExperiment.envs(TASK, SIZES, InputNoise.none()).get();
        net.reset();
        StepResult r = env.reset(11);
        double[] out = new double[1];
        double[] action = new double[1];
        double present = 0;
        double expected = Math.tanh(5.0 * (1 - Math.exp(-0.01 / TemporalExperiment.CUE_TRACE_TAU)));
        int feedbacks = 0;
        for (int t = 0; t < env.episodeLength(); t++) {
            net.envStep(r.observation(), out);
            double m = net.layers[0].bigM[t];
            if (t % 6 == 5) {
                assertEquals(present > 0 ? expected : -expected, m, 1e-12, "feedback step " + t);
                feedbacks++;
            } else {
                assertEquals(0.0, m, 1e-12, "step " + t);
            }
            if (env.targetMask() > 0) present = env.target()[0];
            action[0] = env.targetMask() > 0 ? (out[0] > 0 ? 1 : -1) : 0;
            r = env.step(action);
        }
        assertEquals(20, feedbacks);
    }

    @Test
    void untrainedNeuromodulatedHebbianBeatsChanceAndTheNonPlasticNetworkDoesNot() {
        double plastic = untrained("nm-hebbian");
        double none = untrained("none");
        assertTrue(plastic >= 13.0, "nm-hebbian " + plastic);
        assertTrue(none <= 10.6, "none " + none);
    }

    @Test
    void tooSmallNetworkIsOneClearError() {
        NetworkSpec spec = TemporalNetworks.defaults(8).spec("CueReward-v1", 24, 1, "nm-hebbian");
        SnnLayout layout = new SnnLayout(spec);
        var e = assertThrows(IllegalArgumentException.class,
                () -> TemporalExperiment.CUE_PRIOR.apply(spec, layout, new double[layout.size]));
        assertTrue(e.getMessage().contains("8 hidden") && e.getMessage().contains(">= 9"), e.getMessage());
    }

    /** Greedy reward per episode (of 20 trials) of the prior's untrained network on 32 fixed episodes. */
    private static double untrained(String rule) {
        TemporalTrainer trainer = TemporalExperiment.trainer(TASK, SIZES, rule, InputNoise.none(), 1);
        return trainer.evaluate(trainer.initialParameters());
    }
}
