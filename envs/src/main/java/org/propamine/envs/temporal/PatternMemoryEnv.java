package org.propamine.envs.temporal;

import java.util.SplittableRandom;
import org.propamine.envs.Actions;
import org.propamine.envs.Box;
import org.propamine.envs.StepResult;

/**
 * {@code PatternMemory-v1}: binary pattern completion (Miconi, Clune, Stanley 2018, "Differentiable
 * plasticity"), as a spike raster.
 *
 * <p>Per episode, {@code patterns} random ±1 patterns of N bits are drawn; each is shown {@code presentations}
 * times in a shuffled order ({@code onSteps} on, then {@code offSteps} blank); finally one of them is shown for
 * {@code testSteps} with a random half of its bits zeroed. On every test step the action (N values in
 * [−1, 1]) should equal the full pattern.
 *
 * <p>Observation (2N + 1 channels): "± split" bits — channel {@code 2i} is 1 when bit i is +1, channel
 * {@code 2i+1} is 1 when bit i is −1, both 0 for a zeroed bit or a blank step — then a tonic channel that is 1 on
 * every step (a constant pre-synaptic source, so that a plastic synapse can track the recency-weighted mean
 * activity of its post neuron); then {@link InputNoise} is applied to all channels. Bounds are [0, 1] without
 * current noise, unbounded with it.
 *
 * <p>Reward on a test step: {@code −mean_i (a_i − p_i)² / testSteps} (so the return is minus the mean squared
 * error over the test phase); 0 elsewhere. Final-step info: {@code bit_error} = fraction of the zeroed bits
 * answered wrongly on the last test step (chance 0.5; the visible half is not counted because copying the input
 * solves it), {@code bit_error_all} over all N bits, {@code mse}. A bit counts as answered right when the sign
 * of its action equals the pattern bit and {@code |a_i| ≥ }{@link #DECISION_MARGIN}, so that a vanishing
 * output (e.g. the 10⁻⁹ tail of a leaky readout) is not read as an answer. These keys are NaN before the final
 * step (every step carries the same keys). The episode ends {@code truncated}.
 */
public final class PatternMemoryEnv implements TemporalTask {
    public static final String ID = "PatternMemory-v1";
    /** Smallest |action| read as an answer for the bit error (0.1). */
    public static final double DECISION_MARGIN = 0.1;

    private final PatternMemoryConfig config;
    private final Box observationSpace;
    private final Box actionSpace;
    private final StepResult result;
    private final double[][] patterns;
    private final int[] order;
    private final boolean[] zeroed;
    private final double[] target;
    private final double[] clippedAction;
    private final int cycle;
    private final int trainSteps;
    private SplittableRandom rng;
    private int testPattern;
    private int t;
    private double mseSum;

    public PatternMemoryEnv(PatternMemoryConfig config) {
        this.config = config;
        int n = config.bits();
        this.observationSpace = TemporalEpisodes.observationSpace(2 * n + 1, config.noise());
        this.actionSpace = Box.uniform(-1, 1, n);
        this.result = new StepResult(2 * n + 1);
        this.patterns = new double[config.patterns()][n];
        this.order = new int[config.patterns() * config.presentations()];
        this.zeroed = new boolean[n];
        this.target = new double[n];
        this.clippedAction = new double[n];
        this.cycle = config.onSteps() + config.offSteps();
        this.trainSteps = order.length * cycle;
    }

    public PatternMemoryConfig config() {
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

    /** One step is one SNN presentation step; 10 ms by convention (the task is defined in steps). */
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
        int n = config.bits();
        for (double[] p : patterns) TemporalEpisodes.randomSigns(rng, p);
        for (int k = 0; k < order.length; k++) order[k] = k % patterns.length;
        for (int k = order.length - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int tmp = order[k];
            order[k] = order[j];
            order[j] = tmp;
        }
        testPattern = rng.nextInt(patterns.length);
        // Exactly half of the bits are zeroed: a partial Fisher-Yates picks n/2 distinct positions.
        java.util.Arrays.fill(zeroed, false);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        for (int k = 0; k < n / 2; k++) {
            int j = k + rng.nextInt(n - k);
            int tmp = idx[k];
            idx[k] = idx[j];
            idx[j] = tmp;
            zeroed[idx[k]] = true;
        }
        t = 0;
        mseSum = 0;
        result.reward(0).terminated(false).truncated(false).info().clear();
        result.info().put("clipped_actions", 0).put("bit_error", Double.NaN).put("bit_error_all", Double.NaN).put("mse", Double.NaN);
        observe();
        return result;
    }

    @Override
    public StepResult step(double[] action) {
        TemporalEpisodes.checkStep(ID, rng, t, config.episodeLength());
        Actions.validate(action, actionSpace);
        System.arraycopy(action, 0, clippedAction, 0, action.length);
        int clipped = actionSpace.clip(clippedAction);
        double reward = 0;
        boolean testing = t >= trainSteps;
        if (testing) {
            double[] p = patterns[testPattern];
            double se = 0;
            for (int i = 0; i < p.length; i++) {
                double d = clippedAction[i] - p[i];
                se += d * d;
            }
            double mse = se / p.length;
            mseSum += mse;
            reward = -mse / config.testSteps();
        }
        t++;
        boolean last = t == config.episodeLength();
        result.reward(reward).terminated(false).truncated(last);
        result.info().put("clipped_actions", clipped);
        if (last) {
            double[] p = patterns[testPattern];
            int wrongHidden = 0;
            int wrongAll = 0;
            for (int i = 0; i < p.length; i++) {
                boolean wrong = !(clippedAction[i] * p[i] >= DECISION_MARGIN);
                if (wrong) {
                    wrongAll++;
                    if (zeroed[i]) wrongHidden++;
                }
            }
            result.info().put("bit_error", wrongHidden / (double) (p.length / 2))
                    .put("bit_error_all", wrongAll / (double) p.length)
                    .put("mse", mseSum / config.testSteps());
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
        return t >= trainSteps && t < config.episodeLength() ? 1 : 0;
    }

    /** Index of the pattern shown at step {@code t} (−1 for blank or test steps); for tests and plots. */
    int patternShownAt(int step) {
        if (step >= trainSteps) return -1;
        return step % cycle < config.onSteps() ? order[step / cycle] : -1;
    }

    private void observe() {
        double[] o = result.observation();
        java.util.Arrays.fill(o, 0);
        java.util.Arrays.fill(target, 0);
        o[o.length - 1] = 1;
        if (t < trainSteps) {
            int shown = patternShownAt(t);
            if (shown >= 0) TemporalEpisodes.encodeSigns(patterns[shown], null, o);
        } else {
            double[] p = patterns[testPattern];
            TemporalEpisodes.encodeSigns(p, zeroed, o);
            System.arraycopy(p, 0, target, 0, p.length);
        }
        config.noise().apply(o, rng);
    }

    @Override
    public String toString() {
        return ID;
    }
}
