package org.propamine.trainer.bptt;

import org.propamine.envs.StepResult;
import org.propamine.envs.temporal.TemporalTask;

/**
 * One supervised episode of a {@link TemporalTask} through a {@link DifferentiableSnn}: forward on the env's
 * observations, loss {@code L = Σ_t mask_t · mean_k (out_tk − target_tk)² / Σ_t mask_t} (MSE over the target
 * steps), and its BPTT gradient. The net's action is sent to the env (clipped into [−1, 1] by construction of
 * the tanh readout), so the env's own metric (e.g. {@code bit_error}) is read from the final info.
 *
 * <p>Reusable across episodes; allocates only when an episode is longer than any before.
 */
public final class SupervisedEpisode {
    private final DifferentiableSnn net;
    private final SnnBackprop gradient;
    private final double[] action;
    private double[] dLdOut = new double[0];
    private double loss;
    private double metric;

    public SupervisedEpisode(DifferentiableSnn net) {
        this.net = net;
        this.gradient = new SnnBackprop(net);
        this.action = new double[net.outputs];
    }

    /**
     * Runs the episode seeded by {@code seed}; when {@code grad} is non-null adds dL/dθ into it.
     *
     * @param metricKey the final-step info key to report (e.g. {@code bit_error})
     * @return the loss
     */
    public double run(TemporalTask env, long seed, String metricKey, double[] grad) {
        int len = env.episodeLength();
        int o = action.length;
        if (env.actionSpace().size() != o) {
            throw new IllegalArgumentException(env + " has " + env.actionSpace().size() + " actions, the network " + o + " outputs");
        }
        net.ensureCapacity(len);
        if (dLdOut.length < len * o) dLdOut = new double[len * o];
        java.util.Arrays.fill(dLdOut, 0, len * o, 0);
        net.reset();
        StepResult r = env.reset(seed);
        double sse = 0;
        double masks = 0;
        for (int t = 0; t < len; t++) {
            net.envStep(r.observation(), action);
            double mask = env.targetMask();
            if (mask > 0) {
                double[] target = env.target();
                for (int k = 0; k < o; k++) {
                    double d = action[k] - target[k];
                    sse += mask * d * d;
                    dLdOut[t * o + k] = mask * 2 * d;
                }
                masks += mask;
            }
            r = env.step(action);
        }
        double norm = masks * o;
        loss = masks > 0 ? sse / norm : 0;
        metric = r.info().get(metricKey, Double.NaN);
        if (grad != null && masks > 0) {
            for (int k = 0; k < len * o; k++) dLdOut[k] /= norm;
            gradient.backward(dLdOut, grad);
        }
        return loss;
    }

    public double loss() {
        return loss;
    }

    /** The env's metric of the last episode. */
    public double metric() {
        return metric;
    }
}
