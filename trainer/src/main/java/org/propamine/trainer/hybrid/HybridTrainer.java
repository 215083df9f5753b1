package org.propamine.trainer.hybrid;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.propamine.trainer.es.Adam;
import org.propamine.trainer.es.FitnessShaping;
import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.es.OpenEs;
import org.propamine.trainer.es.OpenEsConfig;
import org.propamine.trainer.es.OptimizerState;
import org.propamine.trainer.es.Population;
import org.propamine.trainer.es.Schedule;
import org.propamine.trainer.es.Seeds;
import org.propamine.trainer.es.StrategyState;

/**
 * The ES + gradient trainer (SPEC §6). Every generation: antithetic pairs around the mean are scored on the
 * true return (centred ranks), and, outside pure ES, the surrogate gradient at the mean is computed; then one
 * Adam ascent step. {@link HybridMode#ES} is exactly the trainer's {@link OpenEs} ({@code ask}/{@code tell},
 * no weight decay); {@link HybridMode#COMBINED} adds the unit-normalised BPTT direction to OpenEs's own
 * gradient estimate; {@link HybridMode#GUIDED} samples from the guided covariance of {@link GuidedSubspace}
 * and estimates {@code g = 1/(Nσ) Σ_p (w_p⁺ − w_p⁻) e_p}. After each step the mean is scored on the
 * objective's fixed evaluation episodes; the run records the training episodes spent until the score first
 * reaches {@code target} (episodes-to-target). Deterministic for a given seed.
 */
public final class HybridTrainer {

    /** One point of the learning curve: score of the mean after {@code generation} steps. */
    public record Point(int generation, long episodes, double score) {}

    /** Outcome; {@code episodesToTarget} is −1 when the target was not reached. */
    public record Result(double[] params, List<Point> curve, long episodesToTarget, double finalScore) {}

    private HybridTrainer() {}

    /**
     * Runs {@code config.generations()} steps from {@code initial} (or until the target when {@code stopAtTarget}).
     */
    public static Result run(HybridConfig config, HybridObjective objective, double[] initial, NoiseTable noise,
                             double target, boolean stopAtTarget) {
        return run(config, objective, initial, noise, target, stopAtTarget, p -> { });
    }

    /** {@link #run(HybridConfig, HybridObjective, double[], NoiseTable, double, boolean)}, calling {@code onPoint} with each point of the curve as it is scored. */
    public static Result run(HybridConfig config, HybridObjective objective, double[] initial, NoiseTable noise,
                             double target, boolean stopAtTarget, Consumer<Point> onPoint) {
        int n = objective.dimension();
        if (initial.length != n) throw new IllegalArgumentException("initial parameters have " + initial.length + " values, expected " + n);
        Adam adam = Adam.defaults();
        OpenEsConfig esConfig = new OpenEsConfig(config.pairs(), Schedule.constant(config.sigma()),
                Schedule.constant(config.learningRate()), adam, 0, FitnessShaping.CENTERED_RANK);
        OpenEs es = new OpenEs(esConfig, noise, config.seed());
        StrategyState state = es.init(initial);
        double[] theta = initial.clone();
        OptimizerState opt = adam.init(n);
        GuidedSubspace subspace = new GuidedSubspace(config.subspace(), n);
        int candidates = 2 * config.pairs();
        double[] fitness = new double[candidates];
        double[][] batch = new double[candidates][n];
        double[] surrogate = new double[n];
        double[] z = new double[n];
        double[][] unit = new double[config.pairs()][n];
        List<Point> curve = new ArrayList<>();
        double score = objective.evaluate(theta);
        curve.add(new Point(0, objective.episodes(), score));
        onPoint.accept(curve.get(0));
        long toTarget = score >= target ? objective.episodes() : -1;
        for (int g = 0; g < config.generations() && !(stopAtTarget && toTarget >= 0); g++) {
            if (config.mode() == HybridMode.ES) {
                Population pop = es.ask(state);
                for (int k = 0; k < candidates; k++) pop.candidate(noise, k, batch[k]);
                objective.fitness(batch, g, fitness);
                state = es.tell(state, pop, fitness);
                System.arraycopy(state.mean(), 0, theta, 0, n);
            } else if (config.mode() == HybridMode.COMBINED) {
                StrategyState at = new StrategyState(g, theta.clone(), new double[] {config.sigma()}, opt, Double.NEGATIVE_INFINITY, theta.clone());
                Population pop = es.ask(at);
                for (int k = 0; k < candidates; k++) pop.candidate(noise, k, batch[k]);
                objective.fitness(batch, g, fitness);
                double[] esDir = es.gradient(at, pop, FitnessShaping.CENTERED_RANK.shape(fitness));
                objective.surrogateGradient(theta, g, surrogate);
                double esNorm = norm(esDir), gNorm = norm(surrogate);
                double[] dir = new double[n];
                for (int i = 0; i < n; i++) {
                    dir[i] = (esNorm > 0 ? config.beta() * esDir[i] / esNorm : 0)
                            + (gNorm > 0 ? (1 - config.beta()) * surrogate[i] / gNorm : 0);
                }
                opt = adam.update(opt, theta, dir, config.learningRate(), theta);
            } else {
                objective.surrogateGradient(theta, g, surrogate);
                subspace.add(surrogate);
                SplittableRandom rng = new SplittableRandom(Seeds.derive(config.seed(), g, 7));
                for (int p = 0; p < config.pairs(); p++) {
                    int index = noise.sampleIndex(rng, n);
                    for (int i = 0; i < n; i++) z[i] = noise.get(index + i);
                    subspace.perturbation(z, config.alpha(), rng, unit[p]);
                    for (int s = 0; s < 2; s++) {
                        double sign = s == 0 ? 1 : -1;
                        for (int i = 0; i < n; i++) batch[2 * p + s][i] = theta[i] + sign * config.sigma() * unit[p][i];
                    }
                }
                objective.fitness(batch, g, fitness);
                double[] w = FitnessShaping.CENTERED_RANK.shape(fitness);
                double[] dir = new double[n];
                double scale = 1.0 / (candidates * config.sigma());
                for (int p = 0; p < config.pairs(); p++) {
                    double d = (w[2 * p] - w[2 * p + 1]) * scale;
                    for (int i = 0; i < n; i++) dir[i] += d * unit[p][i];
                }
                opt = adam.update(opt, theta, dir, config.learningRate(), theta);
            }
            score = objective.evaluate(theta);
            curve.add(new Point(g + 1, objective.episodes(), score));
            onPoint.accept(curve.get(curve.size() - 1));
            if (toTarget < 0 && score >= target) toTarget = objective.episodes();
        }
        return new Result(theta, List.copyOf(curve), toTarget, score);
    }

    static double norm(double[] x) {
        double s = 0;
        for (double v : x) s += v * v;
        return Math.sqrt(s);
    }
}
