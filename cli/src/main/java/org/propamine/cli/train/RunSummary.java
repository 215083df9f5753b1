package org.propamine.cli.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.propamine.trainer.io.AtomicFiles;

/**
 * The short summary of a finished (or stopped) training run, written as {@code summary.json} and
 * {@code summary.md}.
 *
 * @param name               run name
 * @param env                env id
 * @param rule               plasticity rule
 * @param parameters         learnable parameter count
 * @param generations        completed generations
 * @param envSteps           training env steps
 * @param wallSeconds        run wall time (including time before a resume), s
 * @param threads            rollout threads
 * @param bestEvalFitness    best evaluation fitness of the mean parameters (NaN if never evaluated)
 * @param finalEvalFitness   the last evaluation's fitness (NaN if never evaluated)
 * @param finalEvalDistance  the last evaluation's mean distance, m (NaN if never evaluated)
 * @param finalEvalReturn    the last evaluation's mean return (NaN if never evaluated)
 */
public record RunSummary(String name, String env, String rule, int parameters, long generations, long envSteps,
                         double wallSeconds, int threads, double bestEvalFitness, double finalEvalFitness,
                         double finalEvalDistance, double finalEvalReturn) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The summary as an ordered map (NaN as null). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("env", env);
        m.put("rule", rule);
        m.put("parameters", parameters);
        m.put("generations", generations);
        m.put("env_steps", envSteps);
        m.put("wall_seconds", wallSeconds);
        m.put("threads", threads);
        m.put("best_eval_fitness", num(bestEvalFitness));
        m.put("final_eval_fitness", num(finalEvalFitness));
        m.put("final_eval_distance_m", num(finalEvalDistance));
        m.put("final_eval_return", num(finalEvalReturn));
        return m;
    }

    /** Writes {@code summary.json} and {@code summary.md} into {@code dir} (atomically). */
    public void write(Path dir) throws IOException {
        try {
            AtomicFiles.writeString(dir.resolve("summary.json"), JSON.writeValueAsString(toMap()) + "\n");
        } catch (JsonProcessingException e) {
            throw new IOException("cannot write summary.json: " + e.getOriginalMessage(), e);
        }
        AtomicFiles.writeString(dir.resolve("summary.md"), toMarkdown());
    }

    /** A short Markdown summary. */
    public String toMarkdown() {
        return "# Run " + name + "\n\n"
                + "| field | value |\n|---|---|\n"
                + "| env | " + env + " |\n"
                + "| plasticity rule | " + rule + " |\n"
                + "| parameters | " + parameters + " |\n"
                + "| generations | " + generations + " |\n"
                + "| env steps | " + String.format(Locale.ROOT, "%,d", envSteps) + " |\n"
                + "| wall time | " + String.format(Locale.ROOT, "%.1f min", wallSeconds / 60) + " on " + threads + " threads |\n"
                + "| best evaluation fitness | " + fmt(bestEvalFitness) + " |\n"
                + "| final evaluation distance (m) | " + fmt(finalEvalDistance) + " |\n"
                + "| final evaluation return | " + fmt(finalEvalReturn) + " |\n\n"
                + "Curves: `fitness.png`, `distance.png`; per-generation numbers: `metrics.csv`; config: `config.yaml`.\n";
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }
}
