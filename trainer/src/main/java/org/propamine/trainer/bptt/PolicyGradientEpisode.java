package org.propamine.trainer.bptt;

import java.util.SplittableRandom;
import org.propamine.envs.StepResult;
import org.propamine.envs.temporal.TemporalTask;

/**
 * One REINFORCE episode of a binary-answer {@link TemporalTask} (e.g. {@code CueReward-v1}) through a
 * {@link DifferentiableSnn} with one output: on steps with {@code targetMask() > 0} the network's readout
 * {@code out ∈ (−1, 1)} defines the Bernoulli policy {@code π(answer = +1) = (1 + out)/2}; the answer is sampled
 * (seeded) or taken greedily, and sent to the env as ±1. Rewards are collected per decision.
 *
 * <p>{@link #backward} takes the advantages {@code A_d} of the D decisions and adds the gradient of
 * {@code L = −Σ_d A_d log π(a_d) − β_H Σ_d H(π_d)} (REINFORCE with a baseline, Williams 1992; entropy bonus
 * β_H) through the whole episode by BPTT. {@code d log π/d out} is {@code 1/(1+out)} for +1 and
 * {@code −1/(1−out)} for −1 (π clamped to [10⁻⁶, 1 − 10⁻⁶]); {@code dH/d out = ½ ln((1−p)/p)}.
 *
 * <p>The reset's spike is detached ({@link ResetGradient#DETACHED}): CueReward's {@link CuePrior} keeps neurons
 * charged near threshold from one trial into the next, and the full reset path multiplies the carried membrane
 * gradient by up to |β(1 − v_th·5)| ≈ 2.4 at each such step; over the episode's 120 steps a REINFORCE gradient
 * then reached norms of 10⁸ within 150 training steps (measured, nm-hebbian seed 1), which the trainer stops.
 */
public final class PolicyGradientEpisode {
    private static final double P_MIN = 1e-6;
    private final DifferentiableSnn net;
    private final SnnBackprop gradient;
    private final double[] action = new double[1];
    private final double[] out = new double[1];
    private double[] dLdOut = new double[0];
    private int[] decisionStep = new int[0];
    private double[] decisionLogpGrad = new double[0];
    private double[] decisionEntropyGrad = new double[0];
    private double[] decisionReward = new double[0];
    private int decisions;
    private double totalReward;

    public PolicyGradientEpisode(DifferentiableSnn net) {
        if (net.outputs != 1) {
            throw new IllegalArgumentException("policy-gradient episodes need a network with 1 output, got " + net.outputs);
        }
        this.net = net;
        this.gradient = new SnnBackprop(net, ResetGradient.DETACHED);
    }

    /**
     * Runs one episode. {@code policySeed} drives the answer sampling; {@code greedy} answers sign(out).
     *
     * @return the episode's total reward
     */
    public double run(TemporalTask env, long envSeed, long policySeed, boolean greedy) {
        int len = env.episodeLength();
        net.ensureCapacity(len);
        if (decisionStep.length < len) {
            decisionStep = new int[len];
            decisionLogpGrad = new double[len];
            decisionEntropyGrad = new double[len];
            decisionReward = new double[len];
        }
        SplittableRandom rng = new SplittableRandom(policySeed);
        net.reset();
        StepResult r = env.reset(envSeed);
        decisions = 0;
        totalReward = 0;
        for (int t = 0; t < len; t++) {
            net.envStep(r.observation(), out);
            double o = out[0];
            boolean decide = env.targetMask() > 0;
            if (decide) {
                double p = Math.min(1 - P_MIN, Math.max(P_MIN, (1 + o) / 2));
                boolean plus = greedy ? o > 0 : rng.nextDouble() < p;
                action[0] = plus ? 1 : -1;
                decisionStep[decisions] = t;
                // d log π / d out, with π = (1+out)/2 for +1 and (1−out)/2 for −1
                decisionLogpGrad[decisions] = plus ? 1 / (2 * p) : -1 / (2 * (1 - p));
                // H = −p ln p − (1−p) ln(1−p); dH/dout = ½ ln((1−p)/p)
                decisionEntropyGrad[decisions] = 0.5 * Math.log((1 - p) / p);
            } else {
                action[0] = 0;
            }
            r = env.step(action);
            if (decide) {
                decisionReward[decisions] = r.reward();
                decisions++;
            }
            totalReward += r.reward();
        }
        return totalReward;
    }

    /** The network this episode runs. */
    public DifferentiableSnn net() {
        return net;
    }

    public int decisions() {
        return decisions;
    }

    /** Reward received right after decision {@code d}. */
    public double reward(int d) {
        return decisionReward[d];
    }

    public double totalReward() {
        return totalReward;
    }

    /** Adds dL/dθ for advantages {@code advantage[d]} (length ≥ decisions) and entropy weight {@code entropy}. */
    public void backward(double[] advantage, double entropy, double[] grad) {
        int len = net.envSteps();
        if (dLdOut.length < len) dLdOut = new double[len];
        java.util.Arrays.fill(dLdOut, 0, len, 0);
        for (int d = 0; d < decisions; d++) {
            dLdOut[decisionStep[d]] = -advantage[d] * decisionLogpGrad[d] - entropy * decisionEntropyGrad[d];
        }
        gradient.backward(dLdOut, grad);
    }
}
