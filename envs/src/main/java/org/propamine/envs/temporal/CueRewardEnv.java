package org.propamine.envs.temporal;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.propamine.envs.Actions;
import org.propamine.envs.Box;
import org.propamine.envs.StepResult;

/**
 * {@code CueReward-v1}: target discovery by reward (Miconi et al. 2019, "Backpropamine").
 *
 * <p>Per episode, {@code cues} distinct random ±1 cues of {@code cueBits} bits are drawn and one of them is the
 * target. Each trial shows a pair of distinct cues one after the other ({@code cueSteps} each; the pair holds
 * the target with probability 1/2), then a response step, then a feedback step. The action (one value in
 * [−1, 1]) read on the response step answers "target present" when {@code > 0}; it earns reward 1 when right,
 * 0 when wrong. Actions on other steps are ignored. The target is never shown as such: it must be inferred
 * from the rewards of earlier trials, so an agent can only beat chance (0.5 per trial) by learning within the
 * episode.
 *
 * <p>Observation ({@code 2·cueBits + 4} channels): the cue as ± split spikes (channel {@code 2i} for bit i = +1,
 * {@code 2i+1} for −1), then a response-prompt channel (1 on the response step), a reward channel (the reward
 * of the trial, on the feedback step), and two channels with the agent's answer (present / absent) on the
 * feedback step; then {@link InputNoise}. Info on response steps: {@code correct} (0/1); on the final step:
 * {@code accuracy} (fraction of correct trials) and {@code accuracy_late} (over the second half of the trials),
 * NaN before the final step.
 */
public final class CueRewardEnv implements TemporalTask {
    public static final String ID = "CueReward-v1";

    private final CueRewardConfig config;
    private final Box observationSpace;
    private final Box actionSpace;
    private final StepResult result;
    private final double[][] cues;
    private final double[] target = new double[1];
    private final int prompt;
    private SplittableRandom rng;
    private int targetCue;
    private int cueA;
    private int cueB;
    private int t;
    private int correctCount;
    private int correctLate;
    private int lastReward;
    private boolean lastAnswerPresent;

    public CueRewardEnv(CueRewardConfig config) {
        this.config = config;
        int channels = 2 * config.cueBits() + 4;
        this.prompt = 2 * config.cueBits();
        this.observationSpace = TemporalEpisodes.observationSpace(channels, config.noise());
        this.actionSpace = Box.uniform(-1, 1, 1);
        this.result = new StepResult(channels);
        this.cues = new double[config.cues()][config.cueBits()];
    }

    public CueRewardConfig config() {
        return config;
    }

    @Override
    public Box observationSpace() {
        return observationSpace;
    }

    @Override
    public Box actionSpace() {
        return actionSpace;
    }

    @Override
    public double dt() {
        return 0.01;
    }

    @Override
    public int episodeLength() {
        return config.episodeLength();
    }

    @Override
    public StepResult reset(long seed) {
        rng = new SplittableRandom(seed);
        for (int c = 0; c < cues.length; c++) {
            do {
                TemporalEpisodes.randomSigns(rng, cues[c]);
            } while (duplicatesEarlier(c));
        }
        targetCue = rng.nextInt(cues.length);
        t = 0;
        correctCount = 0;
        correctLate = 0;
        lastReward = 0;
        lastAnswerPresent = false;
        drawPair();
        result.reward(0).terminated(false).truncated(false).info().clear();
        result.info().put("clipped_actions", 0).put("correct", 0).put("accuracy", Double.NaN).put("accuracy_late", Double.NaN);
        observe();
        return result;
    }

    @Override
    public StepResult step(double[] action) {
        TemporalEpisodes.checkStep(ID, rng, t, config.episodeLength());
        Actions.validate(action, actionSpace);
        int clipped = action[0] < -1 || action[0] > 1 ? 1 : 0;
        int phase = t % config.trialLength();
        double reward = 0;
        double correct = 0;
        if (phase == responsePhase()) {
            boolean present = cueA == targetCue || cueB == targetCue;
            lastAnswerPresent = action[0] > 0;
            lastReward = lastAnswerPresent == present ? 1 : 0;
            reward = lastReward;
            correct = lastReward;
            correctCount += lastReward;
            if (t / config.trialLength() >= config.trials() / 2) correctLate += lastReward;
        }
        t++;
        boolean last = t == config.episodeLength();
        if (!last && t % config.trialLength() == 0) drawPair();
        result.reward(reward).terminated(false).truncated(last);
        result.info().put("clipped_actions", clipped).put("correct", correct);
        if (last) {
            int late = config.trials() - config.trials() / 2;
            result.info().put("accuracy", correctCount / (double) config.trials())
                    .put("accuracy_late", correctLate / (double) late);
        }
        if (!last) observe();
        return result;
    }

    @Override
    public double[] target() {
        return target;
    }

    @Override
    public double targetMask() {
        return t < config.episodeLength() && t % config.trialLength() == responsePhase() ? 1 : 0;
    }

    /** Index of the target cue of this episode (tests and diagnostics only). */
    int targetCue() {
        return targetCue;
    }

    private int responsePhase() {
        return 2 * config.cueSteps();
    }

    private boolean duplicatesEarlier(int c) {
        for (int k = 0; k < c; k++) {
            if (Arrays.equals(cues[k], cues[c])) return true;
        }
        return false;
    }

    private void drawPair() {
        int others = cues.length - 1;
        if (rng.nextBoolean()) {
            int other = rng.nextInt(others);
            if (other >= targetCue) other++;
            boolean targetFirst = rng.nextBoolean();
            cueA = targetFirst ? targetCue : other;
            cueB = targetFirst ? other : targetCue;
        } else {
            // Two distinct non-target cues (needs at least 3 cues; with 2 cues the pair is target + other).
            if (others < 2) {
                cueA = targetCue;
                cueB = 1 - targetCue;
                return;
            }
            int a = rng.nextInt(others);
            int b = rng.nextInt(others - 1);
            if (b >= a) b++;
            cueA = a >= targetCue ? a + 1 : a;
            cueB = b >= targetCue ? b + 1 : b;
        }
    }

    private void observe() {
        double[] o = result.observation();
        Arrays.fill(o, 0);
        int phase = t % config.trialLength();
        int cs = config.cueSteps();
        if (phase < 2 * cs) {
            TemporalEpisodes.encodeSigns(cues[phase < cs ? cueA : cueB], null, o);
        } else if (phase == responsePhase()) {
            o[prompt] = 1;
        } else {
            o[prompt + 1] = lastReward;
            o[prompt + (lastAnswerPresent ? 2 : 3)] = 1;
        }
        target[0] = cueA == targetCue || cueB == targetCue ? 1 : -1;
        config.noise().apply(o, rng);
    }

    @Override
    public String toString() {
        return ID;
    }
}
