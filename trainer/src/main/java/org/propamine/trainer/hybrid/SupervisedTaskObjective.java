package org.propamine.trainer.hybrid;

import java.util.function.Supplier;
import org.propamine.agent.spec.NetworkSpec;
import org.propamine.envs.temporal.TemporalTask;
import org.propamine.trainer.bptt.DifferentiableSnn;
import org.propamine.trainer.bptt.SpikeMode;
import org.propamine.trainer.bptt.SupervisedEpisode;
import org.propamine.trainer.bptt.TemporalTrainer;
import org.propamine.trainer.es.Seeds;

/**
 * A supervised temporal task (e.g. {@code PatternMemory-v1}) as a {@link HybridObjective}: the true return of a
 * parameter vector is minus the task's MSE averaged over the generation's {@code batch} episodes (the same
 * episodes for every candidate: common random numbers), the surrogate gradient is minus the surrogate-gradient
 * BPTT gradient of that MSE on the same episodes, and the evaluation score is minus the MSE on {@code eval}
 * fixed episodes. Each fitness or gradient call counts {@code batch} training episodes.
 */
public final class SupervisedTaskObjective implements HybridObjective {
    private final TemporalTask env;
    private final DifferentiableSnn net;
    private final SupervisedEpisode episode;
    private final int batch;
    private final int eval;
    private final long seed;
    private long episodes;

    public SupervisedTaskObjective(Supplier<TemporalTask> envs, NetworkSpec spec, int batch, int eval, long seed) {
        if (batch < 1 || eval < 1) throw new IllegalArgumentException("batch and eval episodes must be >= 1");
        this.env = envs.get();
        this.net = new DifferentiableSnn(spec, TemporalTrainer.SURROGATE, SpikeMode.HEAVISIDE);
        this.episode = new SupervisedEpisode(net);
        this.batch = batch;
        this.eval = eval;
        this.seed = seed;
    }

    @Override
    public int dimension() {
        return net.parameterCount();
    }

    @Override
    public double fitness(double[] params, long generation) {
        net.setParameters(params);
        double loss = 0;
        for (int b = 0; b < batch; b++) loss += episode.run(env, Seeds.derive(seed, generation, b), "bit_error", null);
        episodes += batch;
        return -loss / batch;
    }

    @Override
    public void surrogateGradient(double[] params, long generation, double[] dest) {
        net.setParameters(params);
        java.util.Arrays.fill(dest, 0);
        for (int b = 0; b < batch; b++) episode.run(env, Seeds.derive(seed, generation, b), "bit_error", dest);
        episodes += batch;
        for (int i = 0; i < dest.length; i++) dest[i] = -dest[i] / batch;
    }

    @Override
    public double evaluate(double[] params) {
        net.setParameters(params);
        double loss = 0;
        for (int k = 0; k < eval; k++) loss += episode.run(env, TemporalTrainer.EVAL_SEED_BASE + k, "bit_error", null);
        return -loss / eval;
    }

    @Override
    public long episodes() {
        return episodes;
    }
}
