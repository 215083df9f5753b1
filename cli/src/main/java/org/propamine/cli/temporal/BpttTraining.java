package org.propamine.cli.temporal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.propamine.envs.temporal.InputNoise;
import org.propamine.trainer.bptt.BpttRun;
import org.propamine.trainer.bptt.TemporalExperimentConfig;
import org.propamine.trainer.bptt.TemporalTrainer;

/**
 * What {@code propamine train --env PatternMemory-v1|CueReward-v1 --trainer bptt --rule R [--out DIR] [--resume]}
 * does ({@link BpttRun}); the train command delegates here when its trainer is {@code bptt}.
 */
public final class BpttTraining {
    private BpttTraining() {}

    /**
     * Trains one run of the C1 experiment's size at noise level {@code noise} and prints one line per
     * evaluation plus a summary. Returns the exit code (0).
     */
    public static int run(String envId, String rule, long seed, InputNoise noise, Path outDir, boolean resume, PrintWriter out) {
        BpttRun.task(envId);
        out.printf("train %s with bptt, rule %s, seed %d -> %s%n", envId, rule, seed, outDir);
        out.flush();
        TemporalTrainer.Result r = BpttRun.train(envId, rule, TemporalExperimentConfig.full(), noise, seed, outDir, resume, p -> {
            out.printf(Locale.ROOT, "step %d (%d episodes): eval %.4f, train %.4f, |g| %.3g%n", p.iteration(), p.episodes(),
                    p.evalMetric(), p.trainScore(), p.gradNorm());
            out.flush();
        });
        out.printf(Locale.ROOT, "done in %.1f s: final %.4f, best %.4f; wrote %s/{bptt.ckpt,metrics.csv,summary.json}%n",
                r.seconds(), r.finalMetric(), r.bestMetric(), outDir);
        out.flush();
        return 0;
    }
}
