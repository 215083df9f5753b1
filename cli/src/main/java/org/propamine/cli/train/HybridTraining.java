package org.propamine.cli.train;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.propamine.cli.run.RunDirectory;
import org.propamine.envs.temporal.InputNoise;
import org.propamine.trainer.bptt.TemporalExperiment;
import org.propamine.trainer.bptt.TemporalExperimentConfig;
import org.propamine.trainer.es.NoiseTable;
import org.propamine.trainer.es.Seeds;
import org.propamine.trainer.hybrid.HybridConfig;
import org.propamine.trainer.hybrid.HybridTrainer;
import org.propamine.trainer.hybrid.SupervisedTaskObjective;
import org.propamine.trainer.io.AtomicFiles;

/**
 * {@code train --trainer hybrid}: the trainer's {@link HybridTrainer} (ES on the true objective plus the BPTT
 * surrogate gradient, combined or as Guided ES, {@code trainer.hybrid_mode}) on PatternMemory-v1 at the C1
 * experiment's sizes. Config mapping: population → 2 × pairs, sigma, learning_rate, generations, seed. Writes
 * {@code metrics.csv} (generation, episodes, score = −MSE of the mean on the fixed evaluation episodes),
 * {@code fitness.png} and {@code summary.json} into the run directory. No checkpoints: such runs are not resumable.
 */
final class HybridTraining {

    private HybridTraining() {}

    static int run(ConfigLoader.Resolved resolved, RunDirectory run, InputNoise noise, PrintWriter out) throws IOException {
        ExperimentConfig c = resolved.config();
        TemporalExperiment.Task task = TemporalExperiment.Task.PATTERN_MEMORY;
        TemporalExperimentConfig sizes = TemporalExperimentConfig.full();
        String rule = c.network().rule();
        var objective = new SupervisedTaskObjective(TemporalExperiment.envs(task, sizes, noise),
                TemporalExperiment.network(task, sizes, rule), sizes.patternBatch(), sizes.evalEpisodes(), c.seed());
        double[] init = TemporalExperiment.trainer(task, sizes, rule, noise, c.seed()).initialParameters();
        HybridConfig hc = new HybridConfig(c.trainer().hybridMode(), c.trainer().generations(), c.trainer().population() / 2,
                c.trainer().sigma(), c.trainer().learningRate(), 0.5, 0.5, 4, c.seed());
        NoiseTable table = NoiseTable.generate(Seeds.noiseTable(c.seed()), Math.max(1 << 20, 16 * init.length));
        out.printf(Locale.ROOT, "Training %s with hybrid (%s), rule %s: %d parameters, %d generations of %d candidates -> %s%n",
                task.envId(), hc.mode().toString().toLowerCase(Locale.ROOT), rule, init.length, hc.generations(),
                2 * hc.pairs(), run.path());
        out.flush();
        long start = System.nanoTime();
        HybridTrainer.Result r = HybridTrainer.run(hc, objective, init, table, 0.0, false);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<String> columns = List.of("generation", "episodes", "score");
        try (MetricsCsv csv = MetricsCsv.create(run.metrics(), columns)) {
            for (HybridTrainer.Point p : r.curve()) csv.append(p.generation(), p.episodes(), p.score());
        }
        double[] g = r.curve().stream().mapToDouble(HybridTrainer.Point::generation).toArray();
        double[] s = r.curve().stream().mapToDouble(HybridTrainer.Point::score).toArray();
        Plots.lines(run.file("fitness.png"), "Score of the mean (−MSE on the evaluation episodes)", "generation", "score",
                List.of(new Plots.Series("hybrid " + hc.mode().toString().toLowerCase(Locale.ROOT), g, s)));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("env", task.envId());
        summary.put("trainer", "hybrid");
        summary.put("mode", hc.mode().toString().toLowerCase(Locale.ROOT));
        summary.put("rule", rule);
        summary.put("seed", c.seed());
        summary.put("parameters", init.length);
        summary.put("generations", hc.generations());
        summary.put("episodes", r.curve().isEmpty() ? 0 : r.curve().get(r.curve().size() - 1).episodes());
        summary.put("final_score", Double.isFinite(r.finalScore()) ? r.finalScore() : null);
        summary.put("wall_seconds", seconds);
        AtomicFiles.writeString(run.file("summary.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary) + "\n");
        out.printf(Locale.ROOT, "Done in %.1f s: final score %.4f (−MSE). Results in %s%n", seconds, r.finalScore(), run.path());
        out.flush();
        return 0;
    }
}
