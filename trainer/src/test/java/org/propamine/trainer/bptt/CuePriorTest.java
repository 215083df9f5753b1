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
 * The {@link CuePrior} wiring on the C1 experiment's CueReward network: the clock ring spikes on its phase whatever
 * the noise; A' is the network's greedy answer; the learner retrieves on the even steps and never spikes on the
 * plastic odd steps 1 and 3, so a two-factor rule's trace changes (beyond its decay) on the feedback step only;
 * the modulator is nonzero only on the feedback step of a pair answered "present" and not rewarded; and untrained,
 * every plastic rule — two-factor or neuromodulated — answers well above chance while the non-plastic network
 * stays at chance.
 */
class CuePriorTest {
    private static final TemporalExperiment.Task TASK = TemporalExperiment.Task.CUE_REWARD;
    private static final TemporalExperimentConfig SIZES = TemporalExperimentConfig.full();
    private static final InputNoise L2 = TemporalExperimentConfig.C1_NOISE.get(2);
    private static final int FEEDBACK = CuePrior.TRIAL_STEPS - 1;
    private static final int RESPONSE = CuePrior.TRIAL_STEPS - 2;

    /** What one greedy episode did, step by step: the action, and whether the trial's pair held the target. */
    private record Episode(DifferentiableSnn net, double[] out, double[] held, double[] rewarded, int steps) {}

    private static Episode episode(String rule, InputNoise noise, long seed) {
        NetworkSpec spec = TemporalExperiment.network(TASK, SIZES, rule);
        DifferentiableSnn net = new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE);
        net.setParameters(TemporalExperiment.trainer(TASK, SIZES, rule, noise, 1).initialParameters());
        TemporalTask env = TemporalExperiment.envs(TASK, SIZES, noise).get();
        int n = env.episodeLength();
        double[] outs = new double[n], held = new double[n], rewarded = new double[n];
        double[] out = new double[1], action = new double[1];
        net.reset();
        StepResult r = env.reset(seed);
        double present = 0, reward = 0;
        for (int t = 0; t < n; t++) {
            net.envStep(r.observation(), out);
            outs[t] = out[0];
            boolean respond = env.targetMask() > 0;
            if (respond) present = env.target()[0];
            held[t] = present;
            action[0] = respond ? (out[0] > 0 ? 1 : -1) : 0;
            r = env.step(action);
            if (respond) reward = r.reward();
            rewarded[t] = reward;
        }
        return new Episode(net, outs, held, rewarded, n);
    }

    @Test
    void clockRingSpikesExactlyOnItsPhaseAtEveryNoiseLevel() {
        for (InputNoise noise : TemporalExperimentConfig.C1_NOISE) {
            Episode e = episode("nm-hebbian", noise, 5);
            for (int t = CuePrior.TRIAL_STEPS; t < e.steps(); t++) {
                for (int k = 0; k < CuePrior.TRIAL_STEPS; k++) {
                    assertEquals(t % CuePrior.TRIAL_STEPS == k ? 1.0 : 0.0, e.net().spike(0, t, CuePrior.CLOCK + k), "c" + k + " at step " + t);
                }
            }
        }
    }

    @Test
    void answerCopySpikesOnResponseStepsOnlyAndIsTheGreedyAnswer() {
        Episode e = episode("hebbian", TemporalExperimentConfig.C1_NOISE.get(1), 9);
        int absent = 0;
        for (int t = 0; t < e.steps(); t++) {
            double a = e.net().spike(0, t, CuePrior.ABSENT_COPY);
            if (t % CuePrior.TRIAL_STEPS == RESPONSE) {
                assertEquals(e.out()[t] > 0 ? 0.0 : 1.0, a, "response step " + t + ", out " + e.out()[t]);
                absent += (int) a;
            } else {
                assertEquals(0.0, a, "step " + t);
            }
        }
        assertTrue(absent > 0 && absent < 20, "answered absent " + absent + " of 20 times");
    }

    @Test
    void plasticityRunsOnTheOddStepsWhereTheLearnerDoesNotRetrieve() {
        for (InputNoise noise : TemporalExperimentConfig.C1_NOISE) {
            Episode e = episode("oja", noise, 13);
            DifferentiableSnn.Layer layer = e.net().layers[0];
            int in = layer.in, out = layer.out, nn = in * out;
            double feedbackWrite = 0, otherWrite = 0;
            int retrievals = 0;
            for (int t = 0; t < e.steps(); t++) {
                int phase = t % CuePrior.TRIAL_STEPS;
                assertEquals(t % 2 == 1, layer.updated[t], "plastic step " + t);
                double d = e.net().spike(0, t, CuePrior.LEARNER);
                if (phase == 1 || phase == 3) assertEquals(0.0, d, "learner spike on plastic step " + t);
                if (phase == 0 || phase == 2) retrievals += (int) d;
                double write = 0;
                for (int j = 0; j < in; j++) {
                    int k = j * out + CuePrior.LEARNER;
                    write = Math.max(write, Math.abs(layer.h[(t + 1) * nn + k] - layer.h[t * nn + k]));
                }
                if (phase == FEEDBACK) feedbackWrite = Math.max(feedbackWrite, write);
                else otherWrite = Math.max(otherWrite, write);
            }
            assertTrue(retrievals > 0, "the learner retrieves");
            assertTrue(feedbackWrite > 0 && otherWrite < 0.02 * feedbackWrite,
                    "Oja's trace changes on other steps " + otherWrite + " vs feedback steps " + feedbackWrite + " (" + noise + ")");
        }
    }

    @Test
    void modulatorIsNonzeroOnlyOnTheFeedbackStepOfAnUnrewardedPresentAnswer() {
        Episode e = episode("nm-hebbian", InputNoise.none(), 11);
        double expected = Math.tanh(5.0 * (1 - Math.exp(-0.01 / TemporalExperiment.CUE_POST_TRACE_TAU)));
        int teacherSteps = 0;
        for (int t = 0; t < e.steps(); t++) {
            double m = e.net().layers[0].bigM[t];
            boolean teacher = t % CuePrior.TRIAL_STEPS == FEEDBACK && e.out()[t - 1] > 0 && e.rewarded()[t] == 0;
            if (!e.net().layers[0].updated[t]) continue;   // M is computed on the plastic steps only
            assertEquals(teacher ? expected : 0.0, m, 1e-9, "step " + t);
            if (teacher) teacherSteps++;
        }
        assertTrue(teacherSteps > 0, "the episode has unrewarded present answers");
    }

    @Test
    void outcomeNeuronIsRightOnMostFeedbackStepsAtTheHighestNoiseLevel() {
        int right = 0, feedbacks = 0;
        for (long seed = 1; seed <= 16; seed++) {
            Episode e = episode("nm-hebbian", L2, seed);
            for (int t = FEEDBACK; t < e.steps(); t += CuePrior.TRIAL_STEPS) {
                boolean truth = e.out()[t - 1] > 0 && e.rewarded()[t] == 0;
                if ((e.net().spike(0, t, CuePrior.TEACHER) > 0) == truth) right++;
                feedbacks++;
            }
        }
        double fraction = right / (double) feedbacks;
        assertTrue(fraction >= 0.75, "T is right on " + fraction + " of feedback steps at σ 0.5 + 5 %");
        System.out.println("CuePriorTest L2: T right on " + fraction + " of feedback steps");
    }

    @Test
    void untrainedPlasticNetworksBeatTheNonPlasticOne() {
        for (String rule : new String[] {"hebbian", "oja", "bcm", "nm-hebbian"}) {
            assertTrue(untrained(rule, InputNoise.none()) >= 13.5, rule + " L0");
        }
        assertTrue(untrained("none", InputNoise.none()) <= 10.5, "none L0");
        assertTrue(untrained("hebbian", L2) >= untrained("none", L2) + 0.5, "hebbian L2");
    }

    @Test
    void trainingLeavesTheFrozenCircuitryAlone() {
        TemporalTrainerConfig tc = TemporalTrainerConfig.defaults().withIterations(3).withBatch(2).withEval(3, 2)
                .withLearningRate(1e-2).withSeed(3);
        TemporalTrainer trainer = new TemporalTrainer(TemporalExperiment.envs(TASK, SIZES, InputNoise.none()),
                TemporalExperiment.network(TASK, SIZES, "nm-hebbian"), TASK.objective(), tc, TemporalExperiment.CUE_PRIOR);
        double[] before = trainer.initialParameters();
        double[] after = trainer.train(null, false, null).params();
        boolean[] frozen = new boolean[before.length];
        TemporalExperiment.CUE_PRIOR.freeze(trainer.spec(), new SnnLayout(trainer.spec()), frozen);
        int frozenCount = 0, moved = 0;
        for (int k = 0; k < before.length; k++) {
            if (frozen[k]) {
                frozenCount++;
                assertEquals(before[k], after[k], 0.0, "frozen parameter " + k);
            } else if (before[k] != after[k]) {
                moved++;
            }
        }
        assertTrue(frozenCount > 0 && moved > 0, frozenCount + " frozen, " + moved + " trained parameters moved");
    }

    @Test
    void badFieldsAreOneErrorNamingTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> new CuePrior(40, -0.5, 40, 1, 4, 5, 0, 8, 12));
        assertEquals("cuePrior.rewardGain is 0.0, expected a finite value > 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CuePrior(40, -0.5, 40, 1, 4, 5, 4, 3, 12));
        assertEquals("cuePrior.answerGain is 3.0, expected > rewardGain (4.0)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CuePrior(Double.NaN, -0.5, 40, 1, 4, 5, 4, 8, 12));
        assertEquals("cuePrior.alpha is NaN, expected a finite number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CuePrior(40, Double.POSITIVE_INFINITY, 40, 1, 4, 5, 4, 8, 12));
        assertTrue(e.getMessage().startsWith("cuePrior.recallLift is Infinity"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CuePrior(40, -0.5, 0, 1, 4, 5, 4, 8, 12));
        assertTrue(e.getMessage().startsWith("cuePrior.gate is 0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CuePrior(40, -0.5, 40, -1, 4, 5, 4, 8, 12));
        assertTrue(e.getMessage().startsWith("cuePrior.rewardInhibit is -1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CuePrior(40, -0.5, 40, 1, 4, 5, 4, 8, -1));
        assertTrue(e.getMessage().startsWith("cuePrior.clockGain is -1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CuePrior(40, -0.5, 40, 1, 4, Double.NaN, 4, 8, 12));
        assertTrue(e.getMessage().startsWith("cuePrior.modGain is NaN"), e.getMessage());
    }

    @Test
    void tooSmallNetworkIsOneClearError() {
        NetworkSpec spec = TemporalNetworks.defaults(8).spec("CueReward-v1", 24, 1, "nm-hebbian");
        SnnLayout layout = new SnnLayout(spec);
        var e = assertThrows(IllegalArgumentException.class,
                () -> TemporalExperiment.CUE_PRIOR.apply(spec, layout, new double[layout.size]));
        assertTrue(e.getMessage().contains("8 hidden") && e.getMessage().contains(">= " + CuePrior.NEURONS), e.getMessage());
    }

    /** Greedy reward per episode (of 20 trials) of the prior's untrained network on 32 fixed episodes. */
    private static double untrained(String rule, InputNoise noise) {
        TemporalTrainer trainer = TemporalExperiment.trainer(TASK, SIZES, rule, noise, 1);
        return trainer.evaluate(trainer.initialParameters());
    }
}
