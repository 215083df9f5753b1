package org.propamine.trainer.bptt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.propamine.envs.temporal.InputNoise;
import org.propamine.trainer.io.AtomicFiles;

/**
 * {@code train --env PatternMemory-v1|CueReward-v1 --trainer bptt --rule R} as a library call: one
 * {@link TemporalTrainer} run of the experiment's network for that task, writing into a run directory
 * {@code bptt.ckpt} (atomic checkpoint at every evaluation; {@code resume} continues from it exactly),
 * {@code metrics.csv} (one line per evaluation) and {@code summary.json}. PatternMemory trains by supervised
 * BPTT, CueReward by REINFORCE through the SNN.
 */
public final class BpttRun {
    public static final String CHECKPOINT = "bptt.ckpt";

    private BpttRun() {}

    /** The task whose env id is {@code envId}; a one-line error lists the supported ids. */
    public static TemporalExperiment.Task task(String envId) {
        for (TemporalExperiment.Task t : TemporalExperiment.Task.values()) {
            if (t.envId().equals(envId)) return t;
        }
        StringBuilder ids = new StringBuilder();
        for (TemporalExperiment.Task t : TemporalExperiment.Task.values()) ids.append(ids.length() == 0 ? "" : ", ").append(t.envId());
        throw new IllegalArgumentException("--env " + envId + ": the bptt trainer supports " + ids);
    }

    /**
     * Trains and writes the run directory.
     *
     * @param sizes task and network sizes, steps, batch and learning rate (e.g. {@link TemporalExperimentConfig#full()})
     * @param listener receives each evaluation (null: none)
     */
    public static TemporalTrainer.Result train(String envId, String rule, TemporalExperimentConfig sizes, InputNoise noise,
                                               long seed, Path outDir, boolean resume,
                                               Consumer<TemporalTrainer.Progress> listener) {
        TemporalExperiment.Task task = task(envId);
        TemporalTrainer trainer = TemporalExperiment.trainer(task, sizes, rule, noise, seed);
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(outDir + ": cannot create the run directory (" + e.getMessage() + ")", e);
        }
        StringBuilder csv = new StringBuilder("iteration,episodes,train_score,eval_" + task.objective().metric() + ",grad_norm\n");
        TemporalTrainer.Result r = trainer.train(outDir.resolve(CHECKPOINT), resume, p -> {
            csv.append(String.format(Locale.ROOT, "%d,%d,%.6g,%.6g,%.6g%n", p.iteration(), p.episodes(), p.trainScore(),
                    p.evalMetric(), p.gradNorm()));
            if (listener != null) listener.accept(p);
        });
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("env", envId);
        summary.put("rule", rule);
        summary.put("trainer", task.objective() == Objective.SUPERVISED_MSE ? "bptt (supervised MSE)" : "bptt (REINFORCE)");
        summary.put("seed", seed);
        summary.put("noise", noise);
        summary.put("network", trainer.spec().name());
        summary.put("parameters", r.params().length);
        summary.put("episodes", r.episodes());
        summary.put("metric", task.objective().metric());
        summary.put("final", r.finalMetric());
        summary.put("best", r.bestMetric());
        summary.put("seconds", r.seconds());
        summary.put("sizes", sizes);
        try {
            AtomicFiles.write(outDir.resolve("metrics.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(outDir.resolve("summary.json"),
                    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary));
        } catch (IOException e) {
            throw new UncheckedIOException(outDir + ": cannot write the run summary (" + e.getMessage() + ")", e);
        }
        return r;
    }
}
