package org.propamine.cli.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.propamine.cli.config.ConfigLoader;
import org.propamine.cli.config.ExperimentConfig;
import org.propamine.cli.report.MetricsCsv;
import org.propamine.cli.report.Plots;
import org.propamine.cli.run.ProgressLine;
import org.propamine.cli.run.RunDirectory;
import org.propamine.envs.temporal.InputNoise;
import org.propamine.trainer.TrainerState;
import org.propamine.trainer.bptt.TemporalExperiment;
import org.propamine.trainer.bptt.TemporalExperimentConfig;
import org.propamine.trainer.checkpoint.Checkpoint;
import org.propamine.trainer.checkpoint.Checkpoints;
import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.es.OptimizerState;
import org.propamine.trainer.es.Seeds;
import org.propamine.trainer.es.StrategyState;
import org.propamine.trainer.hybrid.HybridConfig;
import org.propamine.trainer.hybrid.HybridObjective;
import org.propamine.trainer.hybrid.HybridTrainer;
import org.propamine.trainer.hybrid.LocomotionObjective;
import org.propamine.trainer.hybrid.LocomotionObjectiveConfig;
import org.propamine.trainer.hybrid.SupervisedTaskObjective;
import org.propamine.trainer.io.AtomicFiles;
import org.propamine.trainer.rollout.RolloutConfig;

/**
 * {@code train --trainer hybrid}: the trainer's {@link HybridTrainer} (ES on the true objective plus a gradient
 * surrogate, combined or as Guided ES, {@code trainer.hybrid_mode}) on
 * <ul>
 *   <li>PatternMemory-v1 at the C1 experiment's sizes (surrogate: BPTT of the MSE; score −MSE), or</li>
 *   <li>a locomotion env with its network preset ({@link LocomotionObjective}; surrogate: the likelihood-ratio
 *       policy gradient of Gaussian exploration through the SNN; score: mean fitness of the evaluation episodes,
 *       metres for {@code fitness: distance}).</li>
 * </ul>
 * Config mapping: population → 2 × pairs, sigma, learning_rate, generations, seed, hybrid_beta, hybrid_alpha;
 * locomotion also env.max_steps, fitness, episodes_per_candidate, eval.episodes, threads, hybrid_gradient_episodes,
 * hybrid_gradient_steps, hybrid_exploration_sigma and hybrid_discount (weight_decay and time_budget_minutes are not
 * used). Shows a progress line; writes {@code metrics.csv} (generation, episodes, score of the mean; a row per
 * generation as it ends),
 * {@code fitness.png} and {@code summary.json}; a locomotion run also writes its final mean as
 * {@code checkpoints/best.ckpt} so {@code eval} and {@code play} can load it. Hybrid runs are not resumable.
 */
final class HybridTraining {

    private HybridTraining() {}

    /** PatternMemory-v1: ES + BPTT of the task's MSE. */
    static int patternMemory(ConfigLoader.Resolved resolved, RunDirectory run, InputNoise noise, PrintWriter out) throws IOException {
        ExperimentConfig c = resolved.config();
        TemporalExperiment.Task task = TemporalExperiment.Task.PATTERN_MEMORY;
        TemporalExperimentConfig sizes = TemporalExperimentConfig.full();
        String rule = c.network().rule();
        var objective = new SupervisedTaskObjective(TemporalExperiment.envs(task, sizes, noise),
                TemporalExperiment.network(task, sizes, rule), sizes.patternBatch(), sizes.evalEpisodes(), c.seed());
        double[] init = TemporalExperiment.trainer(task, sizes, rule, noise, c.seed()).initialParameters();
        train(c, run, objective, init, task.envId(), rule, "−MSE on the evaluation episodes", out);
        return 0;
    }

    /**
     * The locomotion objective of {@code parts} (refuses networks BPTT cannot differentiate, naming
     * {@code network.preset}); call before the run directory exists. Close it after the run.
     */
    static LocomotionObjective locomotionObjective(ConfigLoader.Resolved resolved, ExperimentParts parts) {
        ExperimentConfig c = resolved.config();
        ExperimentConfig.Trainer t = c.trainer();
        LocomotionObjectiveConfig lc = new LocomotionObjectiveConfig(c.seed(),
                new RolloutConfig(t.episodesPerCandidate(), c.env().maxSteps(), t.fitness()), c.eval().episodes(),
                t.hybridGradientEpisodes(), t.hybridGradientSteps(), t.hybridExplorationSigma(), t.hybridDiscount(), c.threads());
        try {
            return new LocomotionObjective(parts.envs(), parts.policies(), parts.spec(), lc);
        } catch (IllegalArgumentException e) {
            throw resolved.fieldError("network.preset", "the hybrid trainer back-propagates through the network, but " + e.getMessage());
        }
    }

    /** A locomotion env: ES on the true fitness + the policy gradient through the SNN. */
    static int locomotion(ConfigLoader.Resolved resolved, ExperimentParts parts, LocomotionObjective objective,
                          RunDirectory run, PrintWriter out) throws IOException {
        ExperimentConfig c = resolved.config();
        double[] init = new double[parts.parameterCount()];
        parts.policies().get().getParameters(init);
        String unit = c.trainer().fitness().toString().toLowerCase(Locale.ROOT);
        HybridTrainer.Result r = train(c, run, objective, init, c.env().id(), String.valueOf(c.network().rule()),
                "mean " + unit + " of the evaluation episodes", out);
        // the final mean as the run's best checkpoint, so that eval and play load it like an ES run's
        int n = init.length;
        StrategyState s = new StrategyState(c.trainer().generations(), r.params(), new double[] {c.trainer().sigma()},
                OptimizerState.zeros(n, true), Double.NEGATIVE_INFINITY, r.params());
        TrainerState state = new TrainerState(s, null, 0, 0, 0, r.finalScore(), r.params());
        Checkpoints.save(run.checkpoints(), Checkpoints.BEST,
                Checkpoint.of(TrainerConfigs.of(c), Seeds.noiseTable(c.seed()), state));
        return 0;
    }

    private static HybridTrainer.Result train(ExperimentConfig c, RunDirectory run, HybridObjective objective, double[] init,
                                              String envId, String rule, String scoreLabel, PrintWriter out) throws IOException {
        HybridConfig hc = new HybridConfig(c.trainer().hybridMode(), c.trainer().generations(), c.trainer().population() / 2,
                c.trainer().sigma(), c.trainer().learningRate(), c.trainer().hybridBeta(), c.trainer().hybridAlpha(), 4, c.seed());
        NoiseTable table = NoiseTable.generate(Seeds.noiseTable(c.seed()), Math.max(1 << 20, 16 * init.length));
        String mode = hc.mode().toString().toLowerCase(Locale.ROOT);
        out.printf(Locale.ROOT, "Training %s with hybrid (%s), rule %s: %d parameters, %d generations of %d candidates -> %s%n",
                envId, mode, rule, init.length, hc.generations(), 2 * hc.pairs(), run.path());
        out.flush();
        long start = System.nanoTime();
        HybridTrainer.Result r;
        ProgressLine bar = new ProgressLine(out, "gen", System.console() != null, hc.generations(), 0, start);
        try (MetricsCsv csv = MetricsCsv.create(run.metrics(), List.of("generation", "episodes", "score"))) {
            r = HybridTrainer.run(hc, objective, init, table, Double.POSITIVE_INFINITY, false, p -> {
                try {
                    csv.append(p.generation(), p.episodes(), p.score());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bar.update(p.generation(), String.format(Locale.ROOT, "score %.4f | %,d episodes", p.score(), p.episodes()),
                        System.nanoTime());
            });
        }
        bar.finish();
        double seconds = (System.nanoTime() - start) / 1e9;

        double[] g = r.curve().stream().mapToDouble(HybridTrainer.Point::generation).toArray();
        double[] s = r.curve().stream().mapToDouble(HybridTrainer.Point::score).toArray();
        Plots.lines(run.file("fitness.png"), "Score of the mean (" + scoreLabel + ")", "generation", "score",
                List.of(new Plots.Series("hybrid " + mode, g, s)));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("env", envId);
        summary.put("trainer", "hybrid");
        summary.put("mode", mode);
        summary.put("rule", rule);
        summary.put("seed", c.seed());
        summary.put("parameters", init.length);
        summary.put("generations", hc.generations());
        summary.put("episodes", r.curve().isEmpty() ? 0 : r.curve().get(r.curve().size() - 1).episodes());
        summary.put("score", scoreLabel);
        summary.put("final_score", Double.isFinite(r.finalScore()) ? r.finalScore() : null);
        summary.put("wall_seconds", seconds);
        AtomicFiles.writeString(run.file("summary.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary) + "\n");
        out.printf(Locale.ROOT, "Done in %.1f s: final score %.4f (%s). Results in %s%n", seconds, r.finalScore(), scoreLabel, run.path());
        out.flush();
        return r;
    }
}
