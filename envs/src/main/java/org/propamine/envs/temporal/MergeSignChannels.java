package org.propamine.envs.temporal;

import org.propamine.envs.Box;
import org.propamine.envs.StepResult;

/**
 * Decorates a {@link TemporalTask} whose observation starts with {@code pairs} "± split" channel pairs
 * (channel {@code 2k} for bit k = +1, {@code 2k+1} for −1, as {@link PatternMemoryEnv} and {@link CueRewardEnv}
 * emit them) and merges each pair into one signed input current {@code o'_k = o_2k − o_2k+1} ∈ {−1, 0, +1}
 * (0 for a zeroed bit or a blank step); the channels after the pairs are passed on unchanged. Noise of the wrapped
 * env (applied per split channel) carries over: current noise σ per channel becomes σ√2 on the merged one, a
 * spurious spike on either channel shifts the merged value by ±1.
 *
 * <p>Why: a Hebbian trace of non-negative spike channels, {@code H_ji ∝ Σ x_j y_i ≥ 0}, stores co-occurrence
 * counts whose common part (about half the channels of any two random patterns coincide) does not cancel at
 * recall; with one signed channel per bit the pre-synaptic trace is signed and the recall current
 * {@code Σ_j H_ji u_j} becomes a zero-mean overlap for unrelated patterns (the Hopfield / Miconi et al. 2018
 * form). Targets, masks, rewards, info and episode length are those of the wrapped task. Allocates nothing per
 * step.
 */
public final class MergeSignChannels implements TemporalTask {
    private final TemporalTask env;
    private final int pairs;
    private final Box observationSpace;
    private final StepResult result;

    /**
     * @param env the wrapped task
     * @param pairs number of leading ± channel pairs to merge (≥ 1, 2·pairs ≤ the env's observation size)
     */
    public MergeSignChannels(TemporalTask env, int pairs) {
        int n = env.observationSpace().size();
        if (pairs < 1 || 2 * pairs > n) {
            throw new IllegalArgumentException(env + ": cannot merge " + pairs + " sign-channel pairs of " + n + " channels, expected 1.." + n / 2);
        }
        this.env = env;
        this.pairs = pairs;
        Box in = env.observationSpace();
        double[] low = new double[n - pairs];
        double[] high = new double[n - pairs];
        for (int k = 0; k < pairs; k++) {
            low[k] = in.low(2 * k) - in.high(2 * k + 1);
            high[k] = in.high(2 * k) - in.low(2 * k + 1);
        }
        for (int c = 2 * pairs; c < n; c++) {
            low[c - pairs] = in.low(c);
            high[c - pairs] = in.high(c);
        }
        this.observationSpace = Box.of(low, high);
        this.result = new StepResult(n - pairs);
    }

    @Override
    public Box observationSpace() {
        return observationSpace;
    }

    @Override
    public Box actionSpace() {
        return env.actionSpace();
    }

    @Override
    public StepResult reset(long seed) {
        return merge(env.reset(seed));
    }

    @Override
    public StepResult step(double[] action) {
        return merge(env.step(action));
    }

    @Override
    public double dt() {
        return env.dt();
    }

    @Override
    public double[] target() {
        return env.target();
    }

    @Override
    public double targetMask() {
        return env.targetMask();
    }

    @Override
    public int episodeLength() {
        return env.episodeLength();
    }

    @Override
    public org.propamine.envs.Env unwrapped() {
        return env.unwrapped();
    }

    @Override
    public void close() {
        env.close();
    }

    private StepResult merge(StepResult r) {
        double[] o = r.observation();
        double[] d = result.observation();
        for (int k = 0; k < pairs; k++) d[k] = o[2 * k] - o[2 * k + 1];
        System.arraycopy(o, 2 * pairs, d, pairs, o.length - 2 * pairs);
        return result.copyScalarsFrom(r);
    }

    @Override
    public String toString() {
        return env + "+MergeSignChannels(" + pairs + ")";
    }
}
