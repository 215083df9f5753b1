package org.propamine.cli.temporal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.propamine.trainer.bptt.BpttRun;
import org.propamine.trainer.bptt.TemporalExperiment;
import org.propamine.trainer.bptt.TemporalExperimentConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propamine experiment temporal [--quick] [--out DIR] [--threads N] [--seeds N] [--task ENV]}: claim C1 — the
 * non-plastic and the plastic SNNs (Hebbian, Oja, BCM, NM-Hebbian, NM-Oja, NM-BCM) trained on PatternMemory-v1
 * and CueReward-v1 at three noise levels and several seeds ({@link TemporalExperiment}); writes
 * {@code temporal.md}, {@code temporal.json} and {@code temporal.png} into DIR.
 */
@Command(name = "temporal", mixinStandardHelpOptions = true,
        description = "Claim C1: non-plastic vs plastic SNNs on PatternMemory-v1 and CueReward-v1 under noise.")
public final class TemporalExperimentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Minutes-scale smoke size (2 rules, 2 noise levels, 1 seed, tiny tasks).")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default ${DEFAULT-VALUE}); must not hold a report yet.")
    Path out = Path.of("runs", "temporal");

    @Option(names = "--threads", paramLabel = "N", description = "Parallel runs (0 = all cores, default).")
    int threads;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per cell (default 3, or 1 with --quick).")
    Integer seeds;

    @Option(names = "--task", paramLabel = "ENV", description = "Run only this task's half of the grid (PatternMemory-v1 or CueReward-v1; default both).")
    String task;

    @Override
    public Integer call() throws Exception {
        if (threads < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--threads " + threads + ": expected >= 0 (0 = all cores)");
        if (seeds != null && seeds < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--seeds " + seeds + ": expected >= 1");
        List<TemporalExperiment.Task> tasks;
        try {
            tasks = task == null ? List.of(TemporalExperiment.Task.values()) : List.of(BpttRun.task(task));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage().replace("--env", "--task"));
        }
        if (Files.exists(out.resolve("temporal.json"))) {
            throw new IllegalArgumentException(out + " already holds a temporal report; choose another --out");
        }
        TemporalExperimentConfig cfg = quick ? TemporalExperimentConfig.quick() : TemporalExperimentConfig.full();
        if (seeds != null) {
            cfg = cfg.withSeeds(seeds);
        }
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        var w = spec.commandLine().getOut();
        w.printf("experiment temporal: %d runs on %d threads -> %s%n", cfg.runCount() / 2 * tasks.size(), n, out);
        w.flush();
        TemporalExperiment.run(cfg, tasks, n, out, line -> {
            w.println(line);
            w.flush();
        });
        w.println(Files.readString(out.resolve("temporal.md")));
        w.printf("wrote %s, %s, %s%n", out.resolve("temporal.md"), out.resolve("temporal.json"), out.resolve("temporal.png"));
        w.flush();
        return 0;
    }
}
