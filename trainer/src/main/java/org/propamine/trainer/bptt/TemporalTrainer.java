package org.propamine.trainer.bptt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.propamine.agent.SnnController;
import org.propamine.agent.neuron.SurrogateGradient;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.envs.temporal.TemporalTask;
import org.propamine.trainer.es.Adam;
import org.propamine.trainer.es.OptimizerState;

/**
 * Gradient training of a spiking network on a temporal task: per step, a batch of episodes, their summed
 * surrogate-gradient BPTT gradient (supervised MSE or REINFORCE, see {@link Objective}) divided by the batch,
 * L2-norm clipping, then the trainer's {@link Adam} with a step size decaying linearly from lr to lr/10.
 * Initial parameters come from the agent's
 * {@code ParameterInit} (via {@link SnnController#create}). Every {@code evalEvery} steps the parameters are
 * scored on fixed evaluation seeds (the same for every run, so runs compare on equal episodes) and, when a
 * checkpoint file is given, checkpointed atomically.
 *
 * <p>Parameters the structural prior declares fixed ({@link StructuralPrior#freeze}) get a zero gradient, so
 * they keep their initial value.
 *
 * <p>A NaN/∞ loss or gradient, or a gradient norm above {@code explodeNorm}, stops the run with a
 * {@link TrainingDivergedException} naming the step and the last good checkpoint, which is left untouched.
 * Single-threaded and deterministic: the same spec, config and seed give bit-identical results.
 */
public final class TemporalTrainer {
    /** Seeds of the evaluation episodes start here. */
    public static final long EVAL_SEED_BASE = 1_000_003L;
    /** Surrogate used for ∂s/∂v (fast sigmoid, k = 10; SPEC §4). */
    public static final SurrogateGradient SURROGATE = SurrogateGradient.fastSigmoid(10);

    /** One evaluation point of the learning curve. */
    public record Progress(int iteration, long episodes, double trainScore, double evalMetric, double gradNorm) {}

    /** The outcome of a run; {@code params} is owned by the record. */
    public record Result(double[] params, double finalMetric, double bestMetric, long episodes, List<Progress> curve,
                         double seconds) {}

    private final NetworkSpec spec;
    private final Objective objective;
    private final TemporalTrainerConfig config;
    private final TemporalTask env;
    private final DifferentiableSnn net;
    private final SupervisedEpisode supervised;
    private final PolicyGradientEpisode[] policyEpisodes;
    private final Adam adam = Adam.defaults();
    private final StructuralPrior prior;
    private final boolean[] frozen;

    public TemporalTrainer(Supplier<TemporalTask> envFactory, NetworkSpec spec, Objective objective,
                           TemporalTrainerConfig config) {
        this(envFactory, spec, objective, config, StructuralPrior.NONE);
    }

    /**
     * @param prior structural prior applied to the seeded initial parameters (same for every rule; see
     *     {@link PairedPrior}, {@link CuePrior}); {@link StructuralPrior#NONE} for none
     */
    public TemporalTrainer(Supplier<TemporalTask> envFactory, NetworkSpec spec, Objective objective,
                           TemporalTrainerConfig config, StructuralPrior prior) {
        if (prior == null) throw new IllegalArgumentException("prior is null, expected StructuralPrior.NONE for none");
        this.prior = prior;
        this.spec = spec;
        this.objective = objective;
        this.config = config;
        this.env = envFactory.get();
        if (env.observationSpace().size() != spec.rasterSize() || env.actionSpace().size() != spec.readout().out()) {
            throw new IllegalArgumentException(env + " has " + env.observationSpace().size() + " inputs and "
                    + env.actionSpace().size() + " actions, the network " + spec.name() + " " + spec.rasterSize() + " and "
                    + spec.readout().out());
        }
        if (objective == Objective.REINFORCE && config.batch() < 2) {
            throw new IllegalArgumentException("bptt.batch is " + config.batch() + ", expected >= 2 for REINFORCE (batch-mean baseline)");
        }
        this.net = new DifferentiableSnn(spec, SURROGATE, SpikeMode.HEAVISIDE);
        this.frozen = new boolean[net.parameterCount()];
        prior.freeze(spec, net.layout, frozen);
        this.supervised = objective == Objective.SUPERVISED_MSE ? new SupervisedEpisode(net) : null;
        this.policyEpisodes = new PolicyGradientEpisode[objective == Objective.REINFORCE ? config.batch() : 0];
        for (int b = 0; b < policyEpisodes.length; b++) {
            policyEpisodes[b] = new PolicyGradientEpisode(b == 0 ? net : new DifferentiableSnn(spec, SURROGATE, SpikeMode.HEAVISIDE));
        }
    }

    /** Initial parameters of this run: the agent's seeded initialisation of {@code spec}. */
    public double[] initialParameters() {
        SnnController c = SnnController.create(spec, config.seed());
        double[] p = new double[c.parameterCount()];
        c.getParameters(p);
        prior.apply(spec, net.layout, p);
        return p;
    }

    public NetworkSpec spec() {
        return spec;
    }

    public TemporalTrainerConfig config() {
        return config;
    }

    /**
     * Trains from the initial parameters, or from {@code checkpoint} when {@code resume} and the file exists.
     *
     * @param checkpoint file for atomic checkpoints at every evaluation (null: none)
     * @param listener receives every evaluation point (null: none)
     */
    public Result train(Path checkpoint, boolean resume, Consumer<Progress> listener) {
        long start = System.nanoTime();
        double[] params = initialParameters();
        OptimizerState opt = adam.init(params.length);
        int firstIteration = 0;
        double best = objective.higherIsBetter() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (resume && checkpoint != null && Files.exists(checkpoint)) {
            BpttCheckpoint c;
            try {
                c = BpttCheckpoint.read(checkpoint);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            if (c.params().length != params.length) {
                throw new IllegalArgumentException(checkpoint + ": checkpoint has " + c.params().length + " parameters, the network " + params.length);
            }
            System.arraycopy(c.params(), 0, params, 0, params.length);
            opt = c.optimizerState();
            firstIteration = c.iteration();
            best = c.bestMetric();
        }
        List<Progress> curve = new ArrayList<>();
        double[] grad = new double[params.length];
        int lastGood = firstIteration;
        if (firstIteration == 0) {
            double m = evaluate(params);
            best = m;
            Progress p = new Progress(0, 0, Double.NaN, m, 0);
            curve.add(p);
            if (listener != null) listener.accept(p);
        }
        for (int it = firstIteration; it < config.iterations(); it++) {
            Arrays.fill(grad, 0);
            double score = batchGradient(params, it, grad);
            for (int k = 0; k < grad.length; k++) if (frozen[k]) grad[k] = 0;
            double norm = 0;
            for (double g : grad) norm += g * g;
            norm = Math.sqrt(norm);
            if (!Double.isFinite(score) || !Double.isFinite(norm) || norm > config.explodeNorm()) {
                throw new TrainingDivergedException("step " + (it + 1) + ": " + (Double.isFinite(score) ? "" : "loss is " + score + ", ")
                        + "gradient norm is " + norm + " (limit " + config.explodeNorm() + "); run stopped, last good checkpoint: "
                        + (checkpoint == null ? "none configured" : checkpoint + " (step " + lastGood + ")"));
            }
            // Adam ascends: step along −∇L, clipped to clipNorm.
            double scale = -(norm > config.clipNorm() ? config.clipNorm() / norm : 1);
            for (int k = 0; k < grad.length; k++) grad[k] *= scale;
            opt = adam.update(opt, params, grad, learningRate(it), params);
            int done = it + 1;
            if (done % config.evalEvery() == 0 || done == config.iterations()) {
                double m = evaluate(params);
                if (objective.better(m, best)) best = m;
                Progress p = new Progress(done, (long) done * config.batch(), score, m, norm);
                curve.add(p);
                if (checkpoint != null) {
                    try {
                        BpttCheckpoint.of(config.seed(), done, best, params, opt).write(checkpoint);
                    } catch (IOException e) {
                        throw new UncheckedIOException(checkpoint + ": cannot write checkpoint (" + e.getMessage() + ")", e);
                    }
                    lastGood = done;
                }
                if (listener != null) listener.accept(p);
            }
        }
        double finalMetric = curve.isEmpty() ? evaluate(params) : curve.get(curve.size() - 1).evalMetric();
        return new Result(params, finalMetric, best, (long) config.iterations() * config.batch(), List.copyOf(curve),
                (System.nanoTime() - start) / 1e9);
    }

    /** Step size of step {@code it}: linear decay from lr to lr/10 over the run (settles the late oscillation). */
    double learningRate(int it) {
        return config.learningRate() * (1 - 0.9 * it / (double) config.iterations());
    }

    /**
     * Adds the batch's mean loss gradient at {@code params} into {@code grad} and returns the batch's training
     * score (mean loss, or mean reward per episode for REINFORCE).
     */
    public double batchGradient(double[] params, int iteration, double[] grad) {
        int batch = config.batch();
        if (objective == Objective.SUPERVISED_MSE) {
            net.setParameters(params);
            double loss = 0;
            for (int b = 0; b < batch; b++) loss += supervised.run(env, episodeSeed(iteration, b), "bit_error", grad);
            for (int k = 0; k < grad.length; k++) grad[k] /= batch;
            return loss / batch;
        }
        double total = 0;
        int decisions = -1;
        for (int b = 0; b < batch; b++) {
            PolicyGradientEpisode ep = policyEpisodes[b];
            ep.net().setParameters(params);
            long s = episodeSeed(iteration, b);
            total += ep.run(env, s, s ^ 0x5DEECE66DL, false);
            if (decisions >= 0 && ep.decisions() != decisions) {
                throw new IllegalStateException(env + ": episodes differ in their number of decisions");
            }
            decisions = ep.decisions();
        }
        double[][] returns = new double[batch][decisions];
        double[] baseline = new double[decisions];
        for (int b = 0; b < batch; b++) {
            double g = 0;
            for (int d = decisions - 1; d >= 0; d--) {
                g = policyEpisodes[b].reward(d) + config.gamma() * g;
                returns[b][d] = g;
                baseline[d] += g / batch;
            }
        }
        double[] advantage = new double[decisions];
        for (int b = 0; b < batch; b++) {
            for (int d = 0; d < decisions; d++) advantage[d] = returns[b][d] - baseline[d];
            policyEpisodes[b].backward(advantage, config.entropy(), grad);
        }
        for (int k = 0; k < grad.length; k++) grad[k] /= batch;
        return total / batch;
    }

    /** The evaluation score of {@code params}: mean bit error (supervised) or greedy reward per episode. */
    public double evaluate(double[] params) {
        if (objective == Objective.SUPERVISED_MSE) {
            net.setParameters(params);
            double sum = 0;
            for (int k = 0; k < config.evalEpisodes(); k++) {
                supervised.run(env, EVAL_SEED_BASE + k, "bit_error", null);
                sum += supervised.metric();
            }
            return sum / config.evalEpisodes();
        }
        PolicyGradientEpisode ep = policyEpisodes[0];
        ep.net().setParameters(params);
        double sum = 0;
        for (int k = 0; k < config.evalEpisodes(); k++) sum += ep.run(env, EVAL_SEED_BASE + k, 0, true);
        return sum / config.evalEpisodes();
    }

    /** Seed of training episode {@code b} of step {@code iteration}. */
    public long episodeSeed(int iteration, int b) {
        return new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + (long) iteration * config.batch() + b).nextLong();
    }
}
