package org.propamine.trainer.bptt;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.propamine.envs.Env;
import org.propamine.envs.StepResult;
import org.propamine.trainer.rollout.FitnessKind;

/**
 * One episode of the Gaussian-exploration policy {@code a_t = μ_t(θ) + σ_e ε_t}, {@code ε_t ~ N(0, I)} (seeded),
 * on a locomotion env whose observation is the spike raster a {@link DifferentiableSnn} consumes; μ_t is the
 * network's tanh readout, i.e. exactly the agent's action. The episode keeps what the likelihood-ratio gradient
 * needs and nothing of the env: the rasters (network inputs), the sampled actions and the per-step rewards.
 *
 * <p>The per-step reward is the increment of the fitness quantity: the env reward ({@link FitnessKind#RETURN})
 * or the increase of {@code info["distance"]} in metres ({@link FitnessKind#DISTANCE}), so the rewards of an
 * episode sum to its return or final distance.
 *
 * <p>{@link #backward} adds the gradient of the surrogate
 * <pre>  J(θ) = w Σ_t A_t log N(a_t; μ_t(θ), σ_e² I),   ∂J/∂μ_t = w A_t (a_t − μ_t)/σ_e²  (= w A_t ε_t/σ_e at run time)</pre>
 * with the actions a_t held fixed (REINFORCE, Williams 1992). a_t is the unclipped Gaussian sample (the env clips
 * what it applies; the likelihood is that of the sample). It first replays the recorded rasters through the
 * network to rebuild its tape (the network may have run other episodes since), so one network serves many
 * episodes. Buffers grow to the longest episode; {@link #run} and {@link #backward} allocate nothing after that.
 */
public final class GaussianPolicyEpisode {
    private static final String DISTANCE = "distance";
    private static final String DIVERGED = "physics_diverged";
    private final double sigma;
    private double[] rasters = new double[0];
    private double[] actions = new double[0];
    private double[] rewards = new double[0];
    private double[] dJ = new double[0];
    private double[] mu = new double[0];
    private double[] action = new double[0];
    private double[] raster = new double[0];
    private int steps;
    private boolean diverged;

    /** @param explorationSigma σ_e, the exploration standard deviation in action units (> 0) */
    public GaussianPolicyEpisode(double explorationSigma) {
        if (!(explorationSigma > 0)) throw new IllegalArgumentException("exploration sigma is " + explorationSigma + ", expected > 0");
        this.sigma = explorationSigma;
    }

    /**
     * Runs one episode of at most {@code maxSteps} env steps: env seeded {@code envSeed}, ε drawn from
     * {@code noiseSeed}. An episode whose reward, observation or physics is not finite ends at once and is marked
     * {@link #diverged()}.
     *
     * @return the sum of the per-step rewards
     */
    public double run(DifferentiableSnn net, Env env, long envSeed, long noiseSeed, int maxSteps, FitnessKind kind) {
        int r = net.substeps * net.inputs, o = net.outputs;
        grow(maxSteps, r, o);
        net.ensureCapacity(maxSteps);
        SplittableRandom rng = new SplittableRandom(noiseSeed);
        net.reset();
        StepResult s = env.reset(envSeed);
        double distance = s.info().get(DISTANCE, 0);
        double total = 0;
        steps = 0;
        diverged = false;
        while (steps < maxSteps) {
            double[] obs = s.observation();
            if (!finite(obs)) {
                diverged = true;
                break;
            }
            System.arraycopy(obs, 0, rasters, steps * r, r);
            net.envStep(obs, mu);
            for (int i = 0; i < o; i++) {
                action[i] = mu[i] + sigma * rng.nextGaussian();
                actions[steps * o + i] = action[i];
            }
            s = env.step(action);
            double reward;
            if (kind == FitnessKind.RETURN) {
                reward = s.reward();
            } else {
                double now = s.info().get(DISTANCE, Double.NaN);
                reward = now - distance;
                distance = now;
            }
            if (!Double.isFinite(reward) || s.info().get(DIVERGED, 0) > 0) {
                diverged = true;
                break;
            }
            rewards[steps++] = reward;
            total += reward;
            if (s.done()) break;
        }
        return total;
    }

    /** Env steps of the last episode (rewards recorded). */
    public int steps() {
        return steps;
    }

    /** True when the last episode ended by a non-finite value or a physics divergence. */
    public boolean diverged() {
        return diverged;
    }

    /** Reward of step {@code t} of the last episode. */
    public double reward(int t) {
        return rewards[t];
    }

    /**
     * Adds {@code ∂J/∂θ} (codec order) into {@code grad} for advantages {@code advantage[t]} (length ≥
     * {@link #steps()}) and weight {@code weight}, replaying the episode through {@code net} (same spec and
     * parameters as when it ran) and back-propagating with {@code backprop} (built on {@code net}).
     */
    public void backward(DifferentiableSnn net, SnnBackprop backprop, double[] advantage, double weight, double[] grad) {
        replay(net);
        int o = net.outputs;
        double inv = 1 / (sigma * sigma);
        for (int t = 0; t < steps; t++) {
            double g = weight * advantage[t] * inv;
            for (int i = 0; i < o; i++) dJ[t * o + i] = g * (actions[t * o + i] - net.action(t, i));
        }
        backprop.backward(dJ, grad);
    }

    /**
     * The surrogate {@code J(θ) = w Σ_t A_t Σ_o −(a_to − μ_to(θ))²/(2σ_e²)} (the log-density up to a constant) at
     * the network's current parameters, the actions held fixed — for gradient checks.
     */
    public double surrogate(DifferentiableSnn net, double[] advantage, double weight) {
        replay(net);
        int o = net.outputs;
        double j = 0;
        for (int t = 0; t < steps; t++) {
            double sq = 0;
            for (int i = 0; i < o; i++) {
                double d = actions[t * o + i] - net.action(t, i);
                sq += d * d;
            }
            j -= weight * advantage[t] * sq / (2 * sigma * sigma);
        }
        return j;
    }

    /** Re-runs the recorded rasters through {@code net}, rebuilding its tape for this episode. */
    private void replay(DifferentiableSnn net) {
        int r = raster.length;
        net.reset();
        for (int t = 0; t < steps; t++) {
            System.arraycopy(rasters, t * r, raster, 0, r);
            net.envStep(raster, mu);
        }
    }

    private void grow(int maxSteps, int r, int o) {
        if (rasters.length < maxSteps * r) rasters = Arrays.copyOf(rasters, maxSteps * r);
        if (actions.length < maxSteps * o) {
            actions = Arrays.copyOf(actions, maxSteps * o);
            dJ = Arrays.copyOf(dJ, maxSteps * o);
        }
        if (rewards.length < maxSteps) rewards = Arrays.copyOf(rewards, maxSteps);
        if (mu.length != o) {
            mu = new double[o];
            action = new double[o];
        }
        if (raster.length != r) raster = new double[r];
    }

    private static boolean finite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) return false;
        }
        return true;
    }
}
